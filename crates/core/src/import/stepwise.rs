//! [`import_file`](crate::import_file) in steps, for a page that must keep painting: an xlsx
//! sheet is read a batch of rows at a time, then its rows are converted a batch at a time, then
//! checked together. Other files are read whole by [`StepwiseImport::start`] (a CSV of 10,000
//! rows in about 200 ms, an ODS in about 300 ms, measured in the browser: the editors' page runs
//! all of this in its import worker, so that cost never lands on the page; see docs/decisions.md).

use crate::formats::csv::{read_csv, CsvRow};
use crate::formats::csv_layout::{read_header, RowImport, REQUIRED_COLUMNS};
use crate::formats::spreadsheet::{read_workbook, Sheet, WorkbookError};
use crate::formats::text_encoding::decode_text;
use crate::formats::timelinejs_csv::import_timelinejs_csv;
use crate::formats::xlsx_rows::{open_xlsx, sheet_names, SharedBytes, SheetProgress, SheetRows, XlsxBook};
use crate::import::checking::Checking;
use crate::import::file::{import_json, is_ods, is_workbook, locate, FileImport, FileKind, SheetTable};
use crate::import::note::{ImportError, Imported, Layout};
use crate::import::ImportOptions;
use std::rc::Rc;

/// How far the conversion is: rows converted of the rows to convert (the header and blank rows
/// are not counted).
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowProgress {
    /// Rows converted so far.
    pub done: usize,
    /// Rows to convert in all.
    pub total: usize,
}

/// What a [`StepwiseImport`] is doing, with its counts.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Reading an xlsx sheet's rows.
    Reading(SheetProgress),
    /// Converting the rows.
    Converting(RowProgress),
    /// Checking the converted rows together: so many of so many (also once everything is done).
    Checking(RowProgress),
}

/// A file opened for a [`StepwiseImport`], which borrows it: an xlsx workbook is opened here,
/// since the reader of its sheet borrows the workbook.
pub struct OpenedFile {
    name: String,
    bytes: SharedBytes,
    book: Option<XlsxBook>,
}

impl OpenedFile {
    /// `name` only tells an `.ods` from an `.xlsx`.
    pub fn new(name: &str, bytes: Vec<u8>) -> OpenedFile {
        let bytes = SharedBytes(Rc::new(bytes));
        let xlsx = bytes.0.starts_with(b"PK\x03\x04") && !is_ods(name, &bytes.0);
        // Not an xlsx after all (xlsb, damaged): the whole-workbook read says why.
        let book = if xlsx { open_xlsx(&bytes) } else { None };
        OpenedFile { name: name.to_string(), bytes, book }
    }
}

/// [`import_file`](crate::import_file) in steps (see the module's notes): [`StepwiseImport::start`]
/// opens the file and reads its header, [`StepwiseImport::step`] reads or converts a batch of
/// rows, [`StepwiseImport::finish`] checks them together and locates every note. Dropping it
/// between steps stops the import.
pub struct StepwiseImport<'s> {
    progress: RowProgress,
    state: Stepping<'s>,
}

enum Stepping<'s> {
    /// An xlsx sheet being read; its header is read and has the required columns.
    Reading {
        kind: FileKind,
        sheet: String,
        rows: Box<SheetRows<'s>>,
        import: RowImport,
        options: ImportOptions,
    },
    /// Rows of our layout, converted up to `next`.
    Rows {
        kind: FileKind,
        sheet: Option<String>,
        table: SheetTable,
        next: usize,
        import: RowImport,
        options: ImportOptions,
    },
    /// Converted rows checked up to a point.
    Checking { kind: FileKind, sheet: Option<String>, table: SheetTable, checking: Box<Checking> },
    /// Read in one go.
    Done(Box<FileImport>),
}

impl<'s> StepwiseImport<'s> {
    /// Opens the file and reads its header row (a CSV, an ODS or a JSON file whole); the file's
    /// own errors (unreadable, required columns missing) come here.
    pub fn start(
        file: &'s mut OpenedFile,
        options: &ImportOptions,
    ) -> Result<StepwiseImport<'s>, ImportError> {
        let OpenedFile { name, bytes, book } = file;
        if let Some(book) = book {
            return xlsx_in_steps(book, options);
        }
        let bytes = bytes.0.as_slice();
        if is_workbook(bytes) {
            let kind = if is_ods(name, bytes) { FileKind::Ods } else { FileKind::Xlsx };
            let sheets = read_workbook(bytes).map_err(ImportError::Workbook)?;
            return sheets_in_steps(kind, sheets, options);
        }
        let (text, encoding) = decode_text(bytes);
        if text.trim_start().starts_with('{') {
            return import_json(&text, options).map(StepwiseImport::done);
        }
        let rows = read_csv(&text).map_err(ImportError::Csv)?;
        let header = rows.iter().find(|r| !r.is_blank()).map(|r| r.fields.clone()).unwrap_or_default();
        let (columns, _) = read_header(&header, 1);
        let timelinejs =
            ["year", "headline"].iter().all(|c| header.iter().any(|h| h.trim().to_lowercase() == *c));
        if timelinejs && !columns.contains_key("title_vi") {
            let imported = import_timelinejs_csv(&text, options)?;
            let problems = locate(&imported.notes, None, &header, false);
            let table = SheetTable { header, rows };
            return Ok(StepwiseImport::done(FileImport {
                kind: FileKind::TimelineJsCsv(encoding),
                sheet: None,
                imported,
                problems,
                table: Some(table),
            }));
        }
        StepwiseImport::rows(FileKind::Csv(encoding), None, SheetTable { header, rows }, options)
    }

    fn done(file: FileImport) -> StepwiseImport<'s> {
        StepwiseImport { progress: RowProgress::default(), state: Stepping::Done(Box::new(file)) }
    }

    /// Rows of our layout to convert: the first row that is not blank is the header.
    fn rows(
        kind: FileKind,
        sheet: Option<String>,
        table: SheetTable,
        options: &ImportOptions,
    ) -> Result<StepwiseImport<'s>, ImportError> {
        let header = table.rows.iter().position(|r| !r.is_blank());
        let import = match header.map(|i| &table.rows[i]) {
            Some(header) => RowImport::new(header.row, &header.fields)?,
            None => RowImport::new(1, &[])?,
        };
        let next = header.map_or(0, |i| i + 1);
        Ok(StepwiseImport::converting(kind, sheet, table, next, import, options.clone()))
    }

    fn converting(
        kind: FileKind,
        sheet: Option<String>,
        table: SheetTable,
        next: usize,
        import: RowImport,
        options: ImportOptions,
    ) -> StepwiseImport<'s> {
        let total = table.rows[next.min(table.rows.len())..].iter().filter(|r| !r.is_blank()).count();
        let progress = RowProgress { done: 0, total };
        StepwiseImport { progress, state: Stepping::Rows { kind, sheet, table, next, import, options } }
    }

    /// Rows converted of rows to convert.
    pub fn progress(&self) -> RowProgress {
        self.progress
    }

    /// Reading the sheet, or converting its rows, with the counts.
    pub fn phase(&self) -> Phase {
        match &self.state {
            Stepping::Reading { rows, .. } => Phase::Reading(rows.progress()),
            Stepping::Rows { .. } => Phase::Converting(self.progress),
            Stepping::Checking { checking, .. } => {
                let (done, total) = checking.progress();
                Phase::Checking(RowProgress { done, total })
            }
            Stepping::Done(_) => Phase::Checking(RowProgress::default()),
        }
    }

    /// Reads or converts up to `rows` more rows; true when every row is converted. A sheet that
    /// turns out damaged halfway is the error.
    pub fn step(&mut self, rows: usize) -> Result<bool, ImportError> {
        match &mut self.state {
            Stepping::Reading { rows: sheet, .. } => {
                if sheet.read(rows).map_err(ImportError::Workbook)? {
                    self.read_to_rows();
                }
                Ok(false)
            }
            Stepping::Rows { table, next, import, .. } => {
                let mut converted = 0;
                while converted < rows && *next < table.rows.len() {
                    let row = &table.rows[*next];
                    *next += 1;
                    if !row.is_blank() {
                        import.push(row);
                        converted += 1;
                    }
                }
                self.progress.done += converted;
                if self.progress.done == self.progress.total {
                    self.rows_to_checking();
                }
                Ok(false)
            }
            Stepping::Checking { checking, .. } => Ok(checking.step(rows)),
            Stepping::Done(_) => Ok(true),
        }
    }

    /// The sheet read: its rows (the header first) to convert.
    fn read_to_rows(&mut self) {
        if !matches!(self.state, Stepping::Reading { .. }) {
            return;
        }
        let placeholder = Stepping::Done(nothing());
        if let Stepping::Reading { kind, sheet, rows, mut import, options } =
            std::mem::replace(&mut self.state, placeholder)
        {
            let rows = rows.into_rows();
            let header = rows.first().map(|r| r.fields.clone()).unwrap_or_default();
            import.widen(header.len());
            let table = SheetTable { header, rows };
            *self = StepwiseImport::converting(kind, Some(sheet), table, 1, import, options);
        }
    }

    /// Every row converted: they are checked together next.
    fn rows_to_checking(&mut self) {
        if !matches!(self.state, Stepping::Rows { .. }) {
            return;
        }
        if let Stepping::Rows { kind, sheet, table, import, options, .. } =
            std::mem::replace(&mut self.state, Stepping::Done(nothing()))
        {
            let checking = Box::new(import.checking(&options));
            self.state = Stepping::Checking { kind, sheet, table, checking };
        }
    }

    /// Checks the converted rows together (unique ids; what [`StepwiseImport::step`] has not
    /// checked yet) and locates every note. Rows not yet read or converted are left out.
    pub fn finish(mut self) -> FileImport {
        self.read_to_rows();
        self.rows_to_checking();
        match self.state {
            Stepping::Done(file) => *file,
            Stepping::Reading { .. } | Stepping::Rows { .. } => *nothing(),
            Stepping::Checking { kind, sheet, table, mut checking } => {
                checking.step(usize::MAX);
                let imported = checking.finish();
                let problems = locate(&imported.notes, sheet.as_deref(), &table.header, true);
                FileImport { kind, sheet, imported, problems, table: Some(table) }
            }
        }
    }
}

/// True when the header row has the required columns of our layout.
fn has_columns(header: &[String]) -> bool {
    let (columns, _) = read_header(header, 1);
    REQUIRED_COLUMNS.iter().all(|c| columns.contains_key(*c))
}

/// A workbook's sheet in our layout to import in steps (see [`import_sheets`](crate::import_sheets)).
pub(crate) fn sheets_in_steps<'s>(
    kind: FileKind,
    sheets: Vec<Sheet>,
    options: &ImportOptions,
) -> Result<StepwiseImport<'s>, ImportError> {
    let header = |sheet: &Sheet| sheet.rows.first().map(|r| r.fields.clone()).unwrap_or_default();
    let chosen = sheets.iter().position(|s| has_columns(&header(s))).unwrap_or(0);
    let Some(sheet) = sheets.into_iter().nth(chosen) else {
        return Err(ImportError::MissingColumns {
            columns: REQUIRED_COLUMNS.iter().map(|c| c.to_string()).collect(),
            layout: Layout::Csv,
        });
    };
    let header = header(&sheet);
    StepwiseImport::rows(kind, Some(sheet.name), SheetTable { header, rows: sheet.rows }, options)
}

/// An xlsx workbook's sheet to read in steps: the first whose header row has the required
/// columns, as [`sheets_in_steps`] chooses, found by reading each sheet's header alone.
fn xlsx_in_steps<'s>(
    book: &'s mut XlsxBook,
    options: &ImportOptions,
) -> Result<StepwiseImport<'s>, ImportError> {
    let names = sheet_names(book);
    if names.is_empty() {
        return Err(ImportError::Workbook(WorkbookError::NoSheets));
    }
    // The first readable sheet's header: its missing columns are the error when no sheet fits.
    let mut first: Option<Option<CsvRow>> = None;
    let mut chosen = None;
    for name in names {
        // A sheet that cannot be read is left out, as `read_workbook` leaves it out.
        let Ok(header) = sheet_header(book, &name) else { continue };
        if header.as_ref().is_some_and(|h| has_columns(&h.fields)) {
            chosen = header.map(|h| (name, h));
            break;
        }
        first.get_or_insert(header);
    }
    let Some((sheet, header)) = chosen else {
        let header = first.flatten();
        let header = header.as_ref().map_or((1, &[][..]), |h| (h.row, h.fields.as_slice()));
        return Err(RowImport::new(header.0, header.1).err().unwrap_or(ImportError::MissingColumns {
            columns: REQUIRED_COLUMNS.iter().map(|c| c.to_string()).collect(),
            layout: Layout::Csv,
        }));
    };
    let import = RowImport::new(header.row, &header.fields)?;
    let rows = SheetRows::open(book, &sheet).map_err(ImportError::Workbook)?;
    let rows = Box::new(rows.ok_or(ImportError::Workbook(WorkbookError::Unreadable(sheet.clone())))?);
    let (kind, options) = (FileKind::Xlsx, options.clone());
    let state = Stepping::Reading { kind, sheet, rows, import, options };
    Ok(StepwiseImport { progress: RowProgress::default(), state })
}

/// A sheet's header row alone (the first that is not blank); `None` for an empty sheet.
fn sheet_header(book: &mut XlsxBook, name: &str) -> Result<Option<CsvRow>, WorkbookError> {
    let Some(mut rows) = SheetRows::open(book, name)? else { return Ok(None) };
    Ok(rows.header()?.cloned())
}

/// What an import stopped before its sheet was read gives: nothing.
fn nothing() -> Box<FileImport> {
    Box::new(FileImport {
        kind: FileKind::Xlsx,
        sheet: None,
        imported: Imported { dataset: Default::default(), notes: Vec::new() },
        problems: Vec::new(),
        table: None,
    })
}
