//! The text of a CSV file whatever the program that saved it: UTF-8 with or without a byte order
//! mark, UTF-16 (Excel's "Unicode text", with its byte order mark), or the Windows code page for
//! Vietnamese, windows-1258, which Excel uses for "CSV" on Windows set to Vietnamese. Decoded by
//! `encoding_rs`; the encoding found is reported, so the page can say which it was.

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1258};
use unicode_normalization::UnicodeNormalization;

/// The encoding a text file was found to be in.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 with a byte order mark (what `daumoc export --to csv` writes).
    Utf8Bom,
    /// UTF-16 little-endian, with its byte order mark.
    Utf16Le,
    /// UTF-16 big-endian, with its byte order mark.
    Utf16Be,
    /// Windows-1258: bytes that are not UTF-8 are taken to be in it.
    Windows1258,
}

impl TextEncoding {
    /// Its name for people, in `lang`.
    pub fn name(self, lang: crate::Lang) -> &'static str {
        let t = lang.editor_strings();
        match self {
            TextEncoding::Utf8 => t.utf8,
            TextEncoding::Utf8Bom => t.utf8_bom,
            TextEncoding::Utf16Le => t.utf16le,
            TextEncoding::Utf16Be => t.utf16be,
            TextEncoding::Windows1258 => t.windows1258,
        }
    }
}

/// The text of `bytes` and the encoding it was in: a byte order mark decides (UTF-8, UTF-16 LE
/// or BE); without one, bytes that are valid UTF-8 are UTF-8, and anything else is
/// windows-1258. That code page writes tone marks as separate combining marks, so its text is
/// composed (Unicode NFC) to the usual one-character form: "Bắc Sơn" compares, searches and
/// sorts the same whichever way it came. The byte order mark is not part of the text.
pub fn decode_text(bytes: &[u8]) -> (String, TextEncoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), TextEncoding::Utf8Bom);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        let (text, _) = UTF_16LE.decode_without_bom_handling(rest);
        return (text.into_owned(), TextEncoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        let (text, _) = UTF_16BE.decode_without_bom_handling(rest);
        return (text.into_owned(), TextEncoding::Utf16Be);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), TextEncoding::Utf8),
        Err(_) => {
            let (text, _) = WINDOWS_1258.decode_without_bom_handling(bytes);
            (text.nfc().collect(), TextEncoding::Windows1258)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_order_marks_decide() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFid"), ("id".to_string(), TextEncoding::Utf8Bom));
        assert_eq!(decode_text(b"\xFF\xFEi\0d\0"), ("id".to_string(), TextEncoding::Utf16Le));
        assert_eq!(decode_text(b"\xFE\xFF\0i\0d"), ("id".to_string(), TextEncoding::Utf16Be));
        assert_eq!(decode_text("Bắc Sơn".as_bytes()), ("Bắc Sơn".to_string(), TextEncoding::Utf8));
    }

    #[test]
    fn windows_1258_is_composed() {
        // "Bắc Sơn" as Excel writes it in windows-1258: ă (0xE3) then the combining acute (0xEC).
        let bytes = b"B\xE3\xECc S\xF5n";
        let (text, encoding) = decode_text(bytes);
        assert_eq!(encoding, TextEncoding::Windows1258);
        assert_eq!(text, "Bắc Sơn");
        assert_eq!(text.chars().count(), 7);
    }
}
