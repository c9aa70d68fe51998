//! An xlsx sheet read a batch of rows at a time, for a page that must paint between batches:
//! calamine's streaming cell reader ([`XlsxCellReader`]) gives the cells in file order, and
//! the rows come out as [`read_workbook`](crate::read_workbook) gives them (numbered as the
//! spreadsheet shows them, blank rows left out, every row as wide as the sheet's used area).
//!
//! The reader borrows the open workbook, so whoever steps it keeps the workbook
//! ([`OpenedFile`](crate::OpenedFile)) beside it: a page's `async` function holds both across
//! its pauses, which safe Rust allows, where a struct holding both could not exist.

use crate::formats::csv::CsvRow;
use crate::formats::spreadsheet::{cell_text, WorkbookError};
use calamine::{Data, DataRef, Reader, Xlsx, XlsxCellReader, XlsxError};
use std::io::Cursor;
use std::rc::Rc;

/// A file's bytes, shared between the workbook reading them and the importer (which falls back
/// to reading the whole workbook when the bytes are not an xlsx), without copying them.
#[derive(Clone, Debug, Default)]
pub(crate) struct SharedBytes(pub Rc<Vec<u8>>);

impl AsRef<[u8]> for SharedBytes {
    fn as_ref(&self) -> &[u8] {
        self.0.as_slice()
    }
}

/// An xlsx workbook opened over shared bytes.
pub(crate) type XlsxBook = Xlsx<Cursor<SharedBytes>>;

/// The workbook, when the bytes are an xlsx calamine opens; `None` for anything else.
pub(crate) fn open_xlsx(bytes: &SharedBytes) -> Option<XlsxBook> {
    Xlsx::new(Cursor::new(bytes.clone())).ok()
}

/// The names of the workbook's sheets, in tab order.
pub(crate) fn sheet_names(book: &XlsxBook) -> Vec<String> {
    book.sheet_names()
}

/// How far the sheet is read: the last row read whole, of the rows its `<dimension>` declares (`None` when it declares none, or fewer than it has).
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SheetProgress {
    /// The number of the last row read (the header is row 1).
    pub read: usize,
    /// The sheet's last row, when known.
    pub total: Option<usize>,
}

/// One sheet being read (see the module's notes).
pub(crate) struct SheetRows<'s> {
    cells: XlsxCellReader<'s, Cursor<SharedBytes>>,
    /// The rows read whole, blank ones left out.
    rows: Vec<CsvRow>,
    /// The row whose cells are coming.
    current: Option<CsvRow>,
    /// The used area's width: one past the rightmost cell that has anything.
    width: usize,
    declared: Option<usize>,
    ended: bool,
}

impl<'s> SheetRows<'s> {
    /// Opens the sheet; `Ok(None)` for a sheet without cells (a chart sheet), which reads as an
    /// empty sheet, as in [`read_workbook`](crate::read_workbook).
    pub(crate) fn open(book: &'s mut XlsxBook, name: &str) -> Result<Option<SheetRows<'s>>, WorkbookError> {
        let cells = match book.worksheet_cells_reader(name) {
            Ok(cells) => cells,
            Err(XlsxError::NotAWorksheet(_)) => return Ok(None),
            Err(e) => return Err(WorkbookError::Unreadable(e.to_string())),
        };
        let end = cells.dimensions().end.0 as usize + 1;
        let declared = (cells.dimensions() != calamine::Dimensions::default()).then_some(end);
        Ok(Some(SheetRows { cells, rows: Vec::new(), current: None, width: 0, declared, ended: false }))
    }

    /// Reads until `rows` more rows are complete or the sheet ends; true at its end.
    pub(crate) fn read(&mut self, rows: usize) -> Result<bool, WorkbookError> {
        let target = self.rows.len().saturating_add(rows);
        while !self.ended && self.rows.len() < target {
            self.next_cell()?;
        }
        Ok(self.ended)
    }

    /// The first row that is not blank, read as far as needed; `None` for an empty sheet.
    pub(crate) fn header(&mut self) -> Result<Option<&CsvRow>, WorkbookError> {
        while !self.ended && self.rows.is_empty() {
            self.next_cell()?;
        }
        Ok(self.rows.first())
    }

    pub(crate) fn progress(&self) -> SheetProgress {
        let read = self.rows.last().map_or(0, |r| r.row);
        SheetProgress { read, total: self.declared.filter(|t| *t >= read) }
    }

    /// The rows read, each as wide as the sheet's used area.
    pub(crate) fn into_rows(self) -> Vec<CsvRow> {
        let mut rows = self.rows;
        for row in &mut rows {
            row.fields.resize(self.width, String::new());
        }
        // Excel writes rows in order; a file that does not still reads in the sheet's order.
        if !rows.is_sorted_by_key(|r| r.row) {
            rows.sort_by_key(|r| r.row);
        }
        rows
    }

    /// Takes one cell into its row; a cell of a later row completes the row before it.
    fn next_cell(&mut self) -> Result<(), WorkbookError> {
        let cell = self.cells.next_cell().map_err(|e| WorkbookError::Unreadable(e.to_string()))?;
        let Some(cell) = cell else {
            self.complete_row();
            self.ended = true;
            return Ok(());
        };
        if matches!(cell.get_value(), DataRef::Empty) {
            return Ok(());
        }
        let (row, column) = cell.get_position();
        let (row, column) = (row as usize + 1, column as usize);
        if self.current.as_ref().is_none_or(|r| r.row != row) {
            self.complete_row();
            self.current = Some(CsvRow { row, line: row, fields: Vec::new() });
        }
        self.width = self.width.max(column + 1);
        if let Some(current) = &mut self.current {
            if current.fields.len() <= column {
                current.fields.resize(column + 1, String::new());
            }
            current.fields[column] = ref_text(cell.get_value());
        }
        Ok(())
    }

    fn complete_row(&mut self) {
        if let Some(row) = self.current.take().filter(|r| !r.is_blank()) {
            self.rows.push(row);
        }
    }
}

/// A cell's text as [`cell_text`] gives it, without copying shared strings twice.
fn ref_text(cell: &DataRef) -> String {
    match cell {
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        other => cell_text(&Data::from(other.clone())),
    }
}
