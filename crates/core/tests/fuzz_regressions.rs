//! Inputs on which a fuzz target of `fuzz/` (see docs/fuzzing.md) once crashed, hung or ran out
//! of memory, kept as they were found, each with the smallest form of the same mistake. Each
//! test names the target and the fix.

use daumoc_core::JsonPositions;
use std::io::Write;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// Runs `work` on its own thread and gives its result, or ends the whole test process if it
/// takes more than 2 seconds (it takes microseconds): the bug kept here was an endless loop that
/// also grew memory, so a hang must stop everything at once rather than leave a thread eating
/// memory while the other tests run.
fn within_seconds<T: Send + 'static>(what: &str, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let _ = sender.send(work());
    });
    match receiver.recv_timeout(Duration::from_secs(2)) {
        Ok(value) => value,
        Err(_) => {
            // Straight to stderr: `eprintln!` is captured by the test harness, and lost on exit.
            let _ =
                writeln!(std::io::stderr(), "fuzz regression: {what:?} did not finish in 2 s (endless loop)");
            std::process::exit(101);
        }
    }
}

/// Target `json_position`, out of memory: a `}` where an array expected a value. The scanner's
/// scalar branch read nothing and returned, the array loop asked again at the same `}`, forever,
/// pushing an empty scalar each time. Fixed in `json_position.rs`: a scalar that reads nothing is
/// "not JSON" (`None`). `daumoc validate` only scans text that serde_json accepted, so only
/// direct callers of `JsonPositions::new` could meet it.
#[test]
fn json_positions_stop_at_a_brace_where_an_array_value_should_be() {
    let found: &[u8] = b"[[1, : [3]}}]], \"x\"]";
    for input in [found, b"[}", b"{\"a\": [}]}", b"[1, }"] {
        let text = std::str::from_utf8(input).expect("UTF-8");
        let positions = within_seconds(text, move || JsonPositions::new(text));
        assert_eq!(positions, None, "{text:?}");
    }
}

/// The same fix must not lose anything on real JSON: every value of an array is still found.
#[test]
fn json_positions_still_find_array_values() {
    let positions = JsonPositions::new("[1, [true, null], {\"a\": -2.5e3}, \"x\"]").expect("JSON");
    assert_eq!(positions.exact("[3]").map(|p| p.column), Some(34));
    assert_eq!(positions.exact("[2].a").map(|p| p.column), Some(25));
    assert_eq!(positions.exact("[1][1]").map(|p| p.column), Some(12));
}
