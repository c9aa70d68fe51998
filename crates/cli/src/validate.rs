//! `daumoc validate`: every problem of one or more datasets, each located by file, line and
//! column, JSON path and event id; as text or as JSON (`--format json`).

use crate::args::{Common, Format, Validate};
use crate::input::{read_bytes, read_listed, write_out, DEFAULT_DATASET};
use crate::{Failure, EXIT_INVALID, EXIT_USAGE};
use daumoc_core::{
    check, check_index, check_index_text, check_together, read_data_file, report_to_json, DataFile,
    DataFileError,
};

/// Checks every file; exit 0 when all pass, 1 when one has errors (or warnings with
/// `--strict`), 2 when one cannot be read.
pub fn run(args: Validate, common: &Common) -> Result<u8, Failure> {
    let lang = common.message_lang();
    let strict = args.strict;
    let json = args.format == Format::Json;
    let files = if args.files.is_empty() { vec![DEFAULT_DATASET.to_string()] } else { args.files };
    let mut checks = Vec::new();
    let mut indexes = Vec::new();
    let mut unreadable = false;
    for file in &files {
        let text = match read_bytes(file) {
            Ok(bytes) => bytes,
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
                    checks.extend(check_index_text(file, &index));
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
    write_out(&report, common.out.as_deref(), common.force, "validate")?;
    Ok(if unreadable {
        EXIT_USAGE
    } else if indexes.is_empty() && checks.iter().all(|c| c.passes(strict)) {
        0
    } else {
        EXIT_INVALID
    })
}
