//! serde_json's syntax errors in the words of the translation table. An editor who saved a file
//! by hand reads what to type where, not the parser's English ("EOF while parsing a list").

use crate::i18n::fill;
use crate::Lang;

/// What serde_json found wrong, without the " at line L column C" it appends: the messages that
/// carry this detail give the line and column themselves.
pub(crate) fn syntax_detail(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let place = format!(" at line {} column {}", e.line(), e.column());
    match text.strip_suffix(&place) {
        Some(detail) => detail.to_string(),
        None => text,
    }
}

/// The message for a file that is not JSON: where, and what is wrong there (explained in the
/// editors' tools, see [`explain`]).
pub(crate) fn json_message(line: usize, column: usize, detail: &str, lang: Lang) -> String {
    fill(lang.strings().problems.json, &[&line.to_string(), &column.to_string(), explain(detail, lang)])
}

/// `detail` (serde_json's wording, as [`syntax_detail`] keeps it) in the table's words, in the
/// editors' tools. A text the table does not know is shown as it is, and so is every text in
/// the visitors' app, which leaves the table out (1.3 KB of gzip wasm for a file already broken).
#[cfg(feature = "tools")]
fn explain(detail: &str, lang: Lang) -> &str {
    let t = &lang.strings().problems.json_syntax;
    match detail {
        "EOF while parsing a list" => t.end_in_list,
        "EOF while parsing an object" => t.end_in_object,
        "EOF while parsing a string" => t.end_in_text,
        "EOF while parsing a value" => t.end_before_value,
        "expected `:`" => t.expected_colon,
        "expected `,` or `]`" => t.expected_list_comma,
        "expected `,` or `}`" => t.expected_object_comma,
        "expected ident" => t.bare_word,
        "expected value" => t.expected_value,
        "expected `\"`" | "key must be a string" => t.unquoted_name,
        "invalid escape"
        | "invalid unicode code point"
        | "lone leading surrogate in hex escape"
        | "unexpected end of hex escape" => t.bad_escape,
        "invalid number" | "number out of range" => t.bad_number,
        "control character (\\u0000-\\u001F) found while parsing a string" => t.control_character,
        "trailing comma" => t.trailing_comma,
        "trailing characters" => t.trailing_text,
        "recursion limit exceeded" => t.too_deep,
        _ => detail,
    }
}

/// The visitors' app: the parser's words.
#[cfg(not(feature = "tools"))]
fn explain(detail: &str, _lang: Lang) -> &str {
    detail
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detail_of(text: &str) -> String {
        syntax_detail(&serde_json::from_str::<serde_json::Value>(text).unwrap_err())
    }

    fn explained(text: &str, lang: Lang) -> String {
        explain(&detail_of(text), lang).to_string()
    }

    #[test]
    fn the_location_suffix_is_dropped() {
        assert_eq!(detail_of("[1, 2"), "EOF while parsing a list");
        assert_eq!(detail_of("{\"a\": 1,}"), "trailing comma");
    }

    #[test]
    fn every_syntax_error_a_hand_edited_file_can_have_is_explained() {
        // One broken text per entry of the table; each must be explained, in both languages.
        let broken = [
            "[1, 2",
            "{\"a\": 1",
            "\"abc",
            "{\"a\": ",
            "{\"a\" 1}",
            "[1 2]",
            "{\"a\": 1 \"b\": 2}",
            "[tru]",
            "[#]",
            "{a: 1}",
            "[\"\\q\"]",
            "[\"\\ud800x\"]",
            "[1e999999]",
            "[\"a\u{1}b\"]",
            "[1,]",
            "[1] x",
            &"[".repeat(200),
        ];
        for text in broken {
            let detail = detail_of(text);
            for lang in [Lang::Vi, Lang::En] {
                assert_ne!(explained(text, lang), detail, "{text:?} ({detail}) is not in the {lang:?} table");
            }
        }
    }

    #[test]
    fn exact_words_in_both_languages() {
        assert_eq!(
            explained("[1, 2", Lang::Vi),
            "tệp hết khi một danh sách [ … ] chưa đóng: thiếu dấu ], hoặc tệp bị cắt mất phần cuối"
        );
        assert_eq!(explained("{\"a\": 1,}", Lang::En), "there is an extra comma before a ] or }");
    }

    #[test]
    fn unknown_text_is_kept() {
        assert_eq!(explain("something new", Lang::Vi), "something new");
    }
}
