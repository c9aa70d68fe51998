//! Running the built `daumoc` binary from the repository root, as an editor would.
#![allow(dead_code)] // each test file uses a different part

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `daumoc` with `args`, feeding `stdin` (empty when `None`).
pub fn daumoc(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_daumoc"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh path in the system's temporary directory, removed first in case a run left it.
pub fn temp_path(test: &str, name: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("daumoc-{test}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_file(&path);
    path
}

/// A sample TimelineJS file written outside this project (read in place, never copied): in
/// `DAUMOC_TIMELINEJS_SAMPLES` (set by `scripts/env.sh`), else `../shared/testdata/timelinejs/`
/// beside the repository.
pub fn timelinejs_sample(name: &str) -> String {
    let dir = std::env::var("DAUMOC_TIMELINEJS_SAMPLES")
        .unwrap_or_else(|_| format!("{}/../../../shared/testdata/timelinejs", env!("CARGO_MANIFEST_DIR")));
    format!("{dir}/{name}")
}

/// Asserts clap's error for a wrong command line: exit 2, nothing on standard output, and on
/// standard error `error: ` with each of `words`, then clap's pointer to `--help`.
pub fn assert_usage_error(o: &Output, words: &[&str]) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(o.stdout.is_empty(), "{}", stdout(o));
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.ends_with("For more information, try '--help'.\n"), "{err}");
    for word in words {
        assert!(err.contains(word), "{word:?} not in {err}");
    }
}
