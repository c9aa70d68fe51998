//! Reading datasets from files or standard input.

use std::io::Read;

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
