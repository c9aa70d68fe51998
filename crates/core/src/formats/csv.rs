//! Reading and writing CSV (RFC 4180) as spreadsheets write it: UTF-8 with or without a byte
//! order mark, CRLF or LF line ends, fields quoted with `"` when they hold the separator, a
//! quote (doubled inside) or line breaks. Written by hand because a CSV crate would grow the
//! WebAssembly download for a few dozen lines of work.
//!
//! The separator is a comma, or a semicolon or tab when the first line has more of those:
//! spreadsheets set to Vietnamese (where the comma is the decimal mark) save with semicolons.

use std::fmt;

/// One record of a CSV file and where it is.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRow {
    /// The spreadsheet's row number: the first record (usually the header) is row 1. A record
    /// with line breaks inside quotes is still one row, as in the spreadsheet.
    pub row: usize,
    /// The line of the file the record starts on, from 1.
    pub line: usize,
    /// The cells, unquoted. Line breaks inside a cell are `\n`, whatever the file used.
    pub fields: Vec<String>,
}

impl CsvRow {
    /// True when every cell is empty or blank (spreadsheets keep such rows between blocks).
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.trim().is_empty())
    }
}

/// Why a CSV text cannot be read.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    /// A quoted cell is never closed, so the rest of the file is inside it.
    UnclosedQuote {
        /// The row the cell is in.
        row: usize,
        /// The line of the file where the cell opens.
        line: usize,
    },
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CsvError::UnclosedQuote { row, line } => {
                write!(f, "row {row}: the quoted cell that opens on line {line} is never closed")
            }
        }
    }
}

impl std::error::Error for CsvError {}

/// The separator a CSV text uses: `,` unless the first line that has any separator has more
/// `;` or tabs (outside quotes).
pub fn detect_separator(text: &str) -> char {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            // The first line that has any of them: blank lines may come first.
            '\n' | '\r' if !quoted && counts.iter().any(|&n| n > 0) => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], std::cmp::Reverse(i))).unwrap_or(0);
    if counts[best] == 0 {
        ','
    } else {
        [',', ';', '\t'][best]
    }
}

/// Reads every record of a CSV text (see the module's notes on separators and line ends).
/// Lenient where spreadsheets are sloppy: a quote inside an unquoted cell is kept as a
/// character, and text after a closing quote is added to the cell. A final line break does not
/// make an extra row.
pub fn read_csv(text: &str) -> Result<Vec<CsvRow>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let separator = detect_separator(text);
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let (mut quoted, mut was_quoted) = (false, false);
    let (mut line, mut row_line, mut quote_line) = (1, 1, 1);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\r' => {
                    chars.next_if_eq(&'\n');
                    field.push('\n');
                    line += 1;
                }
                '\n' => {
                    field.push('\n');
                    line += 1;
                }
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
                quote_line = line;
            }
            c if c == separator => {
                fields.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' | '\n' => {
                if c == '\r' {
                    chars.next_if_eq(&'\n');
                }
                fields.push(std::mem::take(&mut field));
                rows.push(CsvRow {
                    row: rows.len() + 1,
                    line: row_line,
                    fields: std::mem::take(&mut fields),
                });
                was_quoted = false;
                line += 1;
                row_line = line;
            }
            c => field.push(c),
        }
    }
    if quoted {
        return Err(CsvError::UnclosedQuote { row: rows.len() + 1, line: quote_line });
    }
    if !field.is_empty() || !fields.is_empty() || was_quoted {
        fields.push(field);
        rows.push(CsvRow { row: rows.len() + 1, line: row_line, fields });
    }
    Ok(rows)
}

/// One cell as CSV: quoted when it holds a comma, a semicolon, a quote, a line break, or
/// leading or trailing spaces (which spreadsheets would otherwise drop); quotes are doubled.
pub fn csv_field(text: &str) -> String {
    let needs_quotes =
        text.contains([',', ';', '"', '\n', '\r', '\t']) || text.starts_with(' ') || text.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Rows as CSV text with CRLF line ends (RFC 4180), the last one included.
pub fn write_csv<R, F>(rows: R) -> String
where
    R: IntoIterator<Item = F>,
    F: IntoIterator,
    F::Item: AsRef<str>,
{
    let mut out = String::new();
    for row in rows {
        for (i, cell) in row.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&csv_field(cell.as_ref()));
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(rows: &[CsvRow]) -> Vec<Vec<&str>> {
        rows.iter().map(|r| r.fields.iter().map(String::as_str).collect()).collect()
    }

    #[test]
    fn separators() {
        assert_eq!(detect_separator("a,b;c"), ',');
        assert_eq!(detect_separator("id;date;title_vi\n1,2,3,4,5"), ';');
        assert_eq!(detect_separator("\"a;b;c\",d"), ',');
        assert_eq!(detect_separator("a\tb\tc"), '\t');
        assert_eq!(detect_separator("single"), ',');
        assert_eq!(detect_separator("\n\r\na;b"), ';');
    }

    #[test]
    fn writing_then_reading_gives_the_cells_back() {
        let rows = vec![
            vec!["id", "title_vi", ""],
            vec!["a", "Bắc Sơn, \"Lạng Sơn\"", " padded "],
            vec!["b", "two\nlines", "x;y"],
        ];
        let text = write_csv(&rows);
        assert!(text.ends_with("\r\n"));
        assert_eq!(cells(&read_csv(&text).unwrap()), rows);
    }
}
