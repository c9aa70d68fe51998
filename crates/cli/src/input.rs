//! Reading datasets and other inputs from files or standard input, and writing results to
//! standard output or a new file.

use crate::{Failure, EXIT_INVALID, EXIT_USAGE};
use daumoc_core::{
    describe_index_errors, parse_dataset, read_data_file, resolve, DataFile, DataFileError, Lang, Loaded,
    SourceIndex,
};
use std::fs::OpenOptions;
use std::io::{Read, Write};

/// The dataset used when no file is named.
pub const DEFAULT_DATASET: &str = "public/data/events.json";

/// Reads a named file, or standard input for `-`, as bytes (workbooks, CSV in any encoding).
pub fn read_bytes(path: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let result = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    result.map(|_| bytes).map_err(|e| format!("{path}: cannot read: {e}"))
}

/// Reads and parses a dataset, or an index of datasets (`data/index.json`, told apart by shape)
/// whose files are read and merged; events with errors are left out, with one line on standard
/// error saying how many. Unreadable: exit 2; not a dataset, or a bad index: exit 1.
pub fn load_dataset(file: &str, lang: Lang) -> Result<Loaded, Failure> {
    let bytes = read_bytes(file).map_err(|m| (EXIT_USAGE, format!("daumoc: {m}")))?;
    let (loaded, names) = match read_data_file(&bytes) {
        Ok(DataFile::Dataset(loaded)) => (loaded, Vec::new()),
        Ok(DataFile::Index(index)) => load_index(file, &index, lang)?,
        Err(DataFileError::Dataset(e)) => {
            return Err((EXIT_INVALID, format!("{file}: error: {}", e.message(lang))))
        }
        Err(DataFileError::Index(errors)) => {
            return Err((EXIT_INVALID, format!("{file}: error: {}", describe_index_errors(&errors, lang))))
        }
    };
    if loaded.skipped_count() > 0 {
        eprintln!("{file}: {} invalid events left out; see `daumoc validate {file}`", loaded.skipped_count());
    }
    // Letters read as U+FFFD are lost in what a command writes: said, with the file to mend.
    for problem in loaded.unreadable_text() {
        let name = problem.file.and_then(|i| names.get(i)).map_or(file, String::as_str);
        eprintln!("{name}: warning: {}", problem.describe(lang));
    }
    Ok(loaded)
}

/// The bytes of an index's files, named by their path beside the index, in listed order.
pub fn read_listed(index_file: &str, index: &SourceIndex) -> Vec<(String, Result<Vec<u8>, String>)> {
    index
        .files
        .iter()
        .map(|f| {
            let path = resolve(index_file, &f.file);
            let bytes = read_bytes(&path);
            (path, bytes)
        })
        .collect()
}

/// Every file of an index, merged. Unlike the app, which shows what it can, a command stops at
/// a file it cannot read or parse: an export missing a file would silently lack its events.
/// Returns the merged dataset and the files' paths, in listed order.
fn load_index(file: &str, index: &SourceIndex, lang: Lang) -> Result<(Loaded, Vec<String>), Failure> {
    let mut parts = Vec::new();
    for (path, text) in read_listed(file, index) {
        let text = text.map_err(|m| (EXIT_USAGE, format!("daumoc: {m} (listed in {file})")))?;
        let loaded = parse_dataset(&text)
            .map_err(|e| (EXIT_INVALID, format!("{path}: error: {}", e.message(lang))))?;
        parts.push((path, Some(loaded)));
    }
    let names = parts.iter().map(|(path, _)| path.clone()).collect();
    let merged = index.merge_named(parts);
    for p in merged.errors().filter(|p| p.kind.is_cross_file()) {
        eprintln!("{file}: error: {}", p.kind.message(lang));
    }
    Ok((merged, names))
}

/// An output that cannot (or may not) be written: exit 2 with "daumoc COMMAND: message".
fn unwritable(command: &str, message: String) -> Failure {
    (EXIT_USAGE, format!("daumoc {command}: {message}"))
}

/// Writes to standard output (no `-o`, or `-o -`), or to a new file; an existing file is
/// replaced only with `--force`.
pub fn write_out(text: &str, out: Option<&str>, force: bool, command: &str) -> Result<(), Failure> {
    write_bytes(text.as_bytes(), out, force, command)
}

/// [`write_out`] for bytes (a workbook).
pub fn write_bytes(bytes: &[u8], out: Option<&str>, force: bool, command: &str) -> Result<(), Failure> {
    let Some(path) = out.filter(|p| *p != "-") else {
        return std::io::stdout()
            .write_all(bytes)
            .map_err(|e| unwritable(command, format!("cannot write to standard output: {e}")));
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
            unwritable(command, format!("{path} already exists; add --force to overwrite it"))
        } else {
            unwritable(command, format!("{path}: cannot write: {e}"))
        }
    })?;
    file.write_all(bytes).map_err(|e| unwritable(command, format!("{path}: cannot write: {e}")))
}
