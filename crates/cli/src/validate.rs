//! `daumoc validate`: every problem of one or more datasets, each located by file, line and
//! column, JSON path and event id; as text or as JSON (`--format json`).

use crate::args::{Args, Spec};
use crate::input::{read_listed, read_text, usage, write_out, DEFAULT_DATASET};
use crate::{Failure, EXIT_INVALID, EXIT_USAGE};
use daumoc_core::{
    check, check_index, check_together, read_data_file, report_to_json, DataFile, DataFileError,
};

/// The command line of `daumoc validate`.
pub const SPEC: Spec = Spec {
    name: "validate",
    values: &["--format"],
    flags: &["--strict"],
    help: "\
daumoc validate [FILE...] [--strict] [--format text|json] [--lang vi|en] [-o OUT [--force]]

Checks datasets (default: public/data/events.json; - reads standard input) and lists every
problem at once, one per line:
  FILE:LINE:COLUMN: error|warning: PATH (EVENT ID): message
then a summary line per file. Errors keep an event off the timeline; warnings (no English
title, no source, a summary over 600 characters, an undefined tag, a link that is not http(s))
do not, unless --strict. --format json writes the same as JSON for scripts.

An index of dataset files (public/data/index.json, a files list instead of events) is checked
by checking every file it lists, each with its own lines, together: an id used in two files is
an error in the later one, a tag labelled differently a warning. Mistakes in the index itself
(no files, a path outside its folder, a file listed twice) are errors of the index.

Exit codes: 0 valid, 1 errors (or warnings with --strict), 2 wrong usage or unreadable file.

Examples:
  daumoc validate public/data/events.json --lang vi
  daumoc validate a.json b.json --strict --format json -o report.json
  daumoc validate public/data/index.json",
};

/// Checks every file; exit 0 when all pass, 1 when one has errors (or warnings with
/// `--strict`), 2 when one cannot be read.
pub fn run(args: Args) -> Result<u8, Failure> {
    let lang = args.message_lang();
    let strict = args.flag("--strict");
    let json = match args.value("--format") {
        None | Some("text") => false,
        Some("json") => true,
        Some(other) => return Err(usage("validate", format!("--format {other}: use text or json"))),
    };
    let files = if args.files.is_empty() { vec![DEFAULT_DATASET.to_string()] } else { args.files.clone() };
    let mut checks = Vec::new();
    let mut indexes = Vec::new();
    let mut unreadable = false;
    for file in &files {
        let text = match read_text(file) {
            Ok(text) => text,
            Err(message) => {
                eprintln!("daumoc: {message}");
                unreadable = true;
                continue;
            }
        };
        match read_data_file(&text) {
            Ok(DataFile::Index(_)) | Err(DataFileError::Index(_)) => match check_index(file, &text) {
                Err(bad) => indexes.push(bad),
                Ok(index) => {
                    let mut listed = Vec::new();
                    for (path, text) in read_listed(file, &index) {
                        match text {
                            Ok(text) => listed.push((path, text)),
                            Err(message) => {
                                eprintln!("daumoc: {message} (listed in {file})");
                                unreadable = true;
                            }
                        }
                    }
                    checks.extend(check_together(&listed));
                }
            },
            _ => checks.push(check(file, &text)),
        }
    }
    let report = if json {
        report_to_json(&indexes, &checks, strict, lang)
    } else {
        let mut lines: Vec<String> = indexes.iter().flat_map(|i| i.to_lines(lang)).collect();
        lines.extend(checks.iter().flat_map(|c| c.to_lines(lang)));
        let warnings: usize = checks.iter().map(|c| c.warnings()).sum();
        if strict && warnings > 0 {
            lines.push(lang.strings().report.strict_failed.fill(warnings, &[&warnings.to_string()]));
        }
        lines.iter().map(|l| format!("{l}\n")).collect()
    };
    write_out(&report, args.out.as_deref(), args.force, "validate")?;
    Ok(if unreadable {
        EXIT_USAGE
    } else if indexes.is_empty() && checks.iter().all(|c| c.passes(strict)) {
        0
    } else {
        EXIT_INVALID
    })
}
