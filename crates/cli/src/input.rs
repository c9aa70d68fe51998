//! Reading datasets and other inputs from files or standard input, and writing results to
//! standard output or a new file.

use crate::{Failure, EXIT_INVALID, EXIT_USAGE};
use daumoc_core::{parse_dataset, Lang, Loaded};
use std::fs::OpenOptions;
use std::io::{Read, Write};

/// The dataset used when no file is named.
pub const DEFAULT_DATASET: &str = "public/data/events.json";

/// Reads a named file, or standard input for `-`; the error is one line naming the file.
pub fn read_text(path: &str) -> Result<String, String> {
    let mut text = String::new();
    let result = if path == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(path).map(|t| text = t)
    };
    result.map(|_| text).map_err(|e| format!("{path}: cannot read: {e}"))
}

/// The one dataset file of a command: the one named, or [`DEFAULT_DATASET`].
pub fn one_file(files: &[String], command: &str) -> Result<String, Failure> {
    match files {
        [] => Ok(DEFAULT_DATASET.to_string()),
        [file] => Ok(file.clone()),
        _ => Err(usage(command, "give at most one dataset file".into())),
    }
}

/// Reads and parses a dataset; events with errors are left out, with one line on standard
/// error saying how many. Unreadable: exit 2; not a dataset: exit 1.
pub fn load_dataset(file: &str, lang: Lang) -> Result<Loaded, Failure> {
    let text = read_text(file).map_err(|m| (EXIT_USAGE, format!("daumoc: {m}")))?;
    let loaded =
        parse_dataset(&text).map_err(|e| (EXIT_INVALID, format!("{file}: error: {}", e.message(lang))))?;
    if loaded.skipped_count() > 0 {
        eprintln!("{file}: {} invalid events left out; see `daumoc validate {file}`", loaded.skipped_count());
    }
    Ok(loaded)
}

/// A wrong command line: exit 2 with "daumoc COMMAND: message".
pub fn usage(command: &str, message: String) -> Failure {
    (EXIT_USAGE, format!("daumoc {command}: {message}"))
}

/// Writes to standard output (no `-o`, or `-o -`), or to a new file; an existing file is
/// replaced only with `--force`.
pub fn write_out(text: &str, out: Option<&str>, force: bool, command: &str) -> Result<(), Failure> {
    let Some(path) = out.filter(|p| *p != "-") else {
        return std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| usage(command, format!("cannot write to standard output: {e}")));
    };
    // `create_new` refuses an existing file in the same step as opening, so no check can go stale.
    let mut open = OpenOptions::new();
    open.write(true);
    if force {
        open.create(true).truncate(true);
    } else {
        open.create_new(true);
    }
    let mut file = open.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            usage(command, format!("{path} already exists; add --force to overwrite it"))
        } else {
            usage(command, format!("{path}: cannot write: {e}"))
        }
    })?;
    file.write_all(text.as_bytes()).map_err(|e| usage(command, format!("{path}: cannot write: {e}")))
}
