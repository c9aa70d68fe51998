//! Workbooks as editors save them — Excel `.xlsx` (and `.xls`, `.xlsb`) and LibreOffice `.ods` —
//! read by `calamine` into rows of text, numbered as the spreadsheet numbers them, so the rows
//! go through the same importer as a CSV file (`import_rows`).
//!
//! Cells become the text an editor typed: whole numbers without ".0" (a year typed as 1950 is
//! stored as the number 1950), dates formatted as dates become ISO `YYYY-MM-DD` (Excel turns
//! 1940-09-27 typed in a cell into a date), booleans `TRUE`/`FALSE`, formula errors as Excel
//! shows them (`#N/A`), so validation can name them.

use crate::formats::csv::CsvRow;
use calamine::{open_workbook_auto_from_rs, Data, Reader};
use std::io::Cursor;

/// One sheet of a workbook, as rows of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sheet {
    /// The sheet's name, as on its tab.
    pub name: String,
    /// Its rows that have anything, numbered from 1 as the spreadsheet shows them; the cells
    /// start at column A (empty cells before the used area are kept, so a cell's position is its
    /// column).
    pub rows: Vec<CsvRow>,
}

/// Why a workbook cannot be read.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkbookError {
    /// Not a workbook calamine can open, or a damaged one: the reader's words.
    Unreadable(String),
    /// A workbook without a sheet.
    NoSheets,
}

/// Every sheet of a workbook (xlsx, xlsm, xlsb, xls or ods: the content decides, not the name),
/// in tab order. A sheet that cannot be read (a chart sheet) is left out.
pub fn read_workbook(bytes: &[u8]) -> Result<Vec<Sheet>, WorkbookError> {
    let mut workbook = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| WorkbookError::Unreadable(e.to_string()))?;
    let names = workbook.sheet_names();
    if names.is_empty() {
        return Err(WorkbookError::NoSheets);
    }
    let mut sheets = Vec::new();
    for name in names {
        let Ok(range) = workbook.worksheet_range(&name) else { continue };
        let (top, left) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let rows = range
            .rows()
            .enumerate()
            .map(|(i, cells)| {
                let mut fields = vec![String::new(); left];
                fields.extend(cells.iter().map(cell_text));
                CsvRow { row: top + i + 1, line: top + i + 1, fields }
            })
            .filter(|r| !r.is_blank())
            .collect();
        sheets.push(Sheet { name, rows });
    }
    Ok(sheets)
}

/// A cell as the text the editor typed (see the module's notes).
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(n) => n.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, h, min, s, ms) = d.to_ymd_hms_milli();
            let date = format!("{y:04}-{m:02}-{day:02}");
            if (h, min, s, ms) == (0, 0, 0, 0) {
                date
            } else {
                format!("{date}T{h:02}:{min:02}:{s:02}")
            }
        }
        Data::DateTime(d) => number_text(d.as_f64()),
        // ODS dates are ISO text already: a date alone when the time is midnight.
        Data::DateTimeIso(s) => s.strip_suffix("T00:00:00").unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
    }
}

/// A number as a spreadsheet shows it: whole numbers without a decimal point.
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// The spreadsheet letter of a column counted from 0: A … Z, AA, AB …
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(2), "C");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn cells_read_as_typed() {
        assert_eq!(cell_text(&Data::Float(1950.0)), "1950");
        assert_eq!(cell_text(&Data::Float(2.5)), "2.5");
        assert_eq!(cell_text(&Data::Int(7)), "7");
        assert_eq!(cell_text(&Data::Bool(true)), "TRUE");
        assert_eq!(cell_text(&Data::Bool(false)), "FALSE");
        assert_eq!(cell_text(&Data::Empty), "");
        assert_eq!(cell_text(&Data::Error(CellErrorType::NA)), "#N/A");
        // 27/9/1940 is day 14,881 of Excel's 1900 calendar.
        let date = ExcelDateTime::new(14_881.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(date)), "1940-09-27");
        assert_eq!(cell_text(&Data::DateTimeIso("1940-09-27T00:00:00".into())), "1940-09-27");
        assert_eq!(cell_text(&Data::DateTimeIso("1940-09-27".into())), "1940-09-27");
    }

    #[test]
    fn not_a_workbook() {
        assert!(matches!(read_workbook(b"id,date\n"), Err(WorkbookError::Unreadable(_))));
    }
}
