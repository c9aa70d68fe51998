//! A data file's bytes as text. JSON is UTF-8; a file saved in another encoding (Notepad's
//! "ANSI", windows-1258) still shows every event, with the bytes that are not UTF-8 as U+FFFD
//! and one problem saying where the first of them is, so an editor can save it again as UTF-8.

use crate::check::problem::{Problem, ProblemKind};
use std::borrow::Cow;

/// The text of `bytes`, and the problem to report when some of them are not UTF-8.
pub(crate) fn utf8_text(bytes: &[u8]) -> (Cow<'_, str>, Option<Problem>) {
    let first = match std::str::from_utf8(bytes) {
        Ok(text) => return (Cow::Borrowed(text), None),
        Err(e) => e.valid_up_to(),
    };
    let places = bytes.utf8_chunks().filter(|chunk| !chunk.invalid().is_empty()).count();
    let before = &bytes[..first];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    // Counted in characters, as an editor's column is; a byte order mark is not one they see.
    let line_text = &before[line_start..];
    let line_text = if line_start == 0 {
        line_text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line_text)
    } else {
        line_text
    };
    let column = String::from_utf8_lossy(line_text).chars().count() + 1;
    let kind = ProblemKind::NotUtf8 { line, column, places };
    let problem = Problem {
        severity: kind.severity(),
        file: None,
        index: None,
        event_id: None,
        path: String::new(),
        kind,
    };
    (String::from_utf8_lossy(bytes), Some(problem))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed_with_no_problem() {
        let (text, problem) = utf8_text("Bắc Sơn".as_bytes());
        assert!(matches!(text, Cow::Borrowed("Bắc Sơn")));
        assert_eq!(problem, None);
    }

    #[test]
    fn the_first_bad_byte_is_located_in_characters_and_every_place_counted() {
        // "Lạng" on line 1; line 2 is "Bắc S" then windows-1258 "ơ" (0xF5), twice more after.
        let bytes = b"L\xE1\xBA\xA1ng\nB\xC4\x83c S\xF5n \xF5 \xF5";
        let (text, problem) = utf8_text(bytes);
        assert_eq!(text, "Lạng\nBăc S\u{FFFD}n \u{FFFD} \u{FFFD}");
        let problem = problem.expect("a problem");
        assert_eq!(problem.kind, ProblemKind::NotUtf8 { line: 2, column: 6, places: 3 });
        assert_eq!(problem.severity, crate::Severity::Warning);
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column() {
        let (_, problem) = utf8_text(b"\xEF\xBB\xBF{\"a\xFF");
        assert_eq!(problem.map(|p| p.kind), Some(ProblemKind::NotUtf8 { line: 1, column: 4, places: 1 }));
    }
}
