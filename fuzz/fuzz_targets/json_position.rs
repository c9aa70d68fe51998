//! The JSON position scanner (`JsonPositions`) on any text, valid JSON or not, and any path:
//! the input is `path`, a NUL byte, then the text (no NUL: the whole input is the text and a
//! few fixed paths are looked up). None may panic or hang.
#![no_main]

use daumoc_core::JsonPositions;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    let (path, text) = input.split_once('\0').unwrap_or(("events[0].date", input));
    let Some(positions) = JsonPositions::new(text) else { return };
    for path in [path, "", "events[0]", "tags.a.b", "events[99999999999999999999].id", "[0][1]."] {
        let (at, exact) = positions.locate(path);
        assert!(at.line >= 1 && at.column >= 1);
        assert_eq!(positions.exact(path).is_some(), exact);
    }
});
