//! `daumoc validate`: every problem of one or more datasets, each located by file, line and
//! column, JSON path and event id; as text or as JSON (`--format json`).

use crate::args::{Args, Spec};
use crate::input::{read_text, usage, write_out, DEFAULT_DATASET};
use crate::{Failure, EXIT_INVALID, EXIT_USAGE};
use daumoc_core::{check, checks_to_json};

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

Exit codes: 0 valid, 1 errors (or warnings with --strict), 2 wrong usage or unreadable file.

Examples:
  daumoc validate public/data/events.json --lang vi
  daumoc validate a.json b.json --strict --format json -o report.json",
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
    let mut unreadable = false;
    for file in &files {
        match read_text(file) {
            Ok(text) => checks.push(check(file, &text)),
            Err(message) => {
                eprintln!("daumoc: {message}");
                unreadable = true;
            }
        }
    }
    let report = if json {
        checks_to_json(&checks, strict, lang)
    } else {
        let mut lines: Vec<String> = checks.iter().flat_map(|c| c.to_lines(lang)).collect();
        let warnings: usize = checks.iter().map(|c| c.warnings()).sum();
        if strict && warnings > 0 {
            lines.push(lang.strings().report.strict_failed.fill(warnings, &[&warnings.to_string()]));
        }
        lines.iter().map(|l| format!("{l}\n")).collect()
    };
    write_out(&report, args.out.as_deref(), args.force, "validate")?;
    Ok(if unreadable {
        EXIT_USAGE
    } else if checks.iter().all(|c| c.passes(strict)) {
        0
    } else {
        EXIT_INVALID
    })
}
