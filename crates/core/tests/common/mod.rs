//! Helpers shared by the core's integration tests.

/// The text of a TimelineJS sample written outside this project, read in place: from
/// `DAUMOC_TIMELINEJS_SAMPLES` (set by `scripts/env.sh`), else `../shared/testdata/timelinejs/`
/// beside the repository.
pub fn timelinejs_sample(name: &str) -> String {
    let dir = std::env::var("DAUMOC_TIMELINEJS_SAMPLES")
        .unwrap_or_else(|_| format!("{}/../../../shared/testdata/timelinejs", env!("CARGO_MANIFEST_DIR")));
    let path = format!("{dir}/{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{path}: {e} (set DAUMOC_TIMELINEJS_SAMPLES to the folder of the TimelineJS samples)")
    })
}
