//! `daumoc validate`: every problem of one or more datasets, each located by event id and path.

use crate::input::{read_text, DEFAULT_DATASET};
use crate::{parse_common, EXIT_USAGE};
use daumoc_core::{parse_dataset, Severity};
use std::process::ExitCode;

/// Runs the command; exit 0 when every file is valid, 1 when one has errors.
pub fn run(args: &[String]) -> ExitCode {
    let common = match parse_common(args) {
        Ok(c) => c,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let files = if common.files.is_empty() { vec![DEFAULT_DATASET.to_string()] } else { common.files };
    let mut invalid = false;
    for file in &files {
        let text = match read_text(file) {
            Ok(t) => t,
            Err(message) => {
                eprintln!("daumoc: {message}");
                return ExitCode::from(EXIT_USAGE);
            }
        };
        let loaded = match parse_dataset(&text) {
            Ok(l) => l,
            Err(error) => {
                println!("{file}: error: {}", error.message(common.lang));
                invalid = true;
                continue;
            }
        };
        for p in &loaded.problems {
            let level = if p.severity == Severity::Error { "error" } else { "warning" };
            println!("{file}: {level}: {}", p.describe(common.lang));
        }
        let errors = loaded.errors().count();
        println!(
            "{file}: {} valid events, {} skipped, {errors} errors, {} warnings",
            loaded.dataset.events.len(),
            loaded.skipped_count(),
            loaded.warnings().count()
        );
        invalid |= errors > 0;
    }
    if invalid {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
