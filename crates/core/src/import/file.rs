//! Any file an editor brings, its kind found from its content: a workbook (xlsx, ods), a CSV in
//! our layout or TimelineJS's (in whichever encoding, see [`decode_text`]), a TimelineJS JSON
//! file or a Dấu mốc dataset. Every note is then located as the spreadsheet shows it: the sheet,
//! the row number (the header is row 1) and the column's letter and header
//! ("Trang tính Sự kiện, dòng 5, cột C (title_en): …"). The CSV importer's own messages, which
//! the CLI prints, are unchanged.

use crate::check::problem::Severity;
use crate::formats::csv::CsvRow;
use crate::formats::csv_layout::read_header;
use crate::formats::spreadsheet::{column_letter, Sheet};
use crate::formats::text_encoding::TextEncoding;
use crate::formats::timelinejs::import_timelinejs;
use crate::i18n::fill;
use crate::import::note::{ImportError, ImportNote, Imported, NoteKind, Origin};
use crate::import::stepwise::{sheets_in_steps, OpenedFile, StepwiseImport};
use crate::import::ImportOptions;
use crate::load::parse::parse_dataset;
use crate::model::lang::Lang;

/// What kind of file was read.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// An Excel workbook (xlsx, and the older xls and xlsb).
    Xlsx,
    /// An OpenDocument spreadsheet (LibreOffice).
    Ods,
    /// A CSV in our layout, in this encoding.
    Csv(TextEncoding),
    /// A TimelineJS sheet's CSV, in this encoding.
    TimelineJsCsv(TextEncoding),
    /// A TimelineJS JSON file.
    TimelineJs,
    /// A Dấu mốc dataset file.
    Dataset,
}

impl FileKind {
    /// "bảng tính Excel (.xlsx)", "tệp CSV theo mẫu Dấu mốc, bảng mã windows-1258" …
    pub fn describe(self, lang: Lang) -> String {
        let t = lang.editor_strings();
        match self {
            FileKind::Xlsx => t.kind_xlsx.to_string(),
            FileKind::Ods => t.kind_ods.to_string(),
            FileKind::Csv(e) => fill(t.kind_csv, &[e.name(lang)]),
            FileKind::TimelineJsCsv(e) => fill(t.kind_timelinejs_csv, &[e.name(lang)]),
            FileKind::TimelineJs => t.kind_timelinejs.to_string(),
            FileKind::Dataset => t.kind_dataset.to_string(),
        }
    }
}

/// A column of the sheet: its letter when the file has it, and its header as written (or the
/// layout's name of a column the file lacks).
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetColumn {
    /// From 0; `None` when the file has no such column.
    pub index: Option<usize>,
    /// The header cell as written, or the layout's name.
    pub header: String,
}

impl SheetColumn {
    /// "C", or "" for a column the file does not have.
    pub fn letter(&self) -> String {
        self.index.map(column_letter).unwrap_or_default()
    }
}

/// One note of an import, located in the spreadsheet.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq)]
pub struct SheetProblem {
    /// The sheet, for a workbook.
    pub sheet: Option<String>,
    /// The spreadsheet's row (the header is row 1), for rows.
    pub row: Option<usize>,
    /// The position in `events` (from 0), for JSON files.
    pub entry: Option<usize>,
    /// The column, when the note is about one.
    pub column: Option<SheetColumn>,
    /// The event's id or title, when it has one.
    pub label: Option<String>,
    /// The importer's note.
    pub note: ImportNote,
}

impl SheetProblem {
    /// Error (the row is left out), warning, or information.
    pub fn severity(&self) -> Severity {
        self.note.kind.severity()
    }

    /// "Trang tính Sự kiện, dòng 5, cột C (title_en)"; "Cả tệp" for the file as a whole.
    pub fn place(&self, lang: Lang) -> String {
        match self.column_place(lang) {
            Some(column) if self.sheet.is_some() || self.row.is_some() || self.entry.is_some() => {
                format!("{}, {column}", self.row_place(lang))
            }
            Some(column) => capitalized(&column),
            None => self.row_place(lang),
        }
    }

    /// The sheet and row (or entry) alone: "Trang tính Sự kiện, dòng 5"; "Cả tệp" for the file.
    pub fn row_place(&self, lang: Lang) -> String {
        let t = lang.editor_strings();
        let mut parts = Vec::new();
        if let Some(sheet) = &self.sheet {
            parts.push(fill(t.sheet, &[sheet]));
        }
        if let Some(row) = self.row {
            parts.push(fill(t.row, &[&row.to_string()]));
        }
        if let Some(entry) = self.entry {
            parts.push(fill(t.entry, &[&entry.to_string()]));
        }
        if parts.is_empty() {
            return t.whole_file.to_string();
        }
        capitalized(&parts.join(", "))
    }

    /// The column alone: "cột C (title_en)", or "cột title_en (chưa có trong tệp)".
    pub fn column_place(&self, lang: Lang) -> Option<String> {
        let t = lang.editor_strings();
        self.column.as_ref().map(|c| match c.index {
            Some(_) => fill(t.column, &[&c.letter(), &c.header]),
            None => fill(t.column_missing, &[&c.header]),
        })
    }

    /// What is wrong, without the place: "ngày \"27/9/1940\" không hợp lệ: …".
    pub fn message(&self, lang: Lang) -> String {
        match &self.note.kind {
            NoteKind::Field { problem, .. } => problem.message(lang),
            kind => kind.message(lang),
        }
    }

    /// The line `daumoc import` prints: "Trang tính Sự kiện, dòng 5 (khoi-nghia), cột B (date): bỏ
    /// qua: …", the event's id after the row, and "bỏ qua" (skipped) before an error.
    pub fn report(&self, lang: Lang) -> String {
        let mut place = self.place(lang);
        if let (Some(label), Some(row)) = (&self.label, self.row.or(self.entry)) {
            let at = row.to_string();
            if let Some(i) = place.find(&at) {
                place.insert_str(i + at.len(), &format!(" ({label})"));
            }
        }
        let message = self.message(lang);
        match self.severity() {
            Severity::Error => format!("{place}: {}", fill(lang.strings().import.skipped, &[&message])),
            _ => format!("{place}: {message}"),
        }
    }

    /// The place and the message in one line.
    pub fn describe(&self, lang: Lang) -> String {
        format!("{}: {}", self.place(lang), self.message(lang))
    }
}

/// The rows of the sheet that was read, to show the one a problem is in.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SheetTable {
    /// The header row's cells.
    pub header: Vec<String>,
    /// Every row that has anything, header included, in order.
    pub rows: Vec<CsvRow>,
}

impl SheetTable {
    /// The row of this number, if it has anything.
    pub fn row(&self, number: usize) -> Option<&CsvRow> {
        self.rows.binary_search_by_key(&number, |r| r.row).ok().and_then(|i| self.rows.get(i))
    }
}

/// A file read for the editors' page or `daumoc import`.
#[derive(Clone, Debug, PartialEq)]
pub struct FileImport {
    /// What the file was found to be.
    pub kind: FileKind,
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
    /// The events and the importer's notes.
    pub imported: Imported,
    /// The notes, located (same order as `imported.notes`).
    pub problems: Vec<SheetProblem>,
    /// The sheet's cells, for spreadsheets and CSV files.
    pub table: Option<SheetTable>,
}

impl FileImport {
    /// The problems grouped by row (or entry) in file order; the file's own notes first.
    pub fn by_row(&self) -> Vec<Vec<&SheetProblem>> {
        group_by_row(&self.problems)
    }

    /// How many rows (or events) were left out because of errors.
    pub fn left_out(&self) -> usize {
        self.imported.skipped()
    }
}

/// Problems grouped by row (or entry), in their order.
pub(crate) fn group_by_row(problems: &[SheetProblem]) -> Vec<Vec<&SheetProblem>> {
    let mut groups: Vec<Vec<&SheetProblem>> = Vec::new();
    for p in problems {
        match groups.last_mut() {
            Some(group) if group[0].row == p.row && group[0].entry == p.entry => group.push(p),
            _ => groups.push(vec![p]),
        }
    }
    groups
}

/// The text with its first letter in capitals ("dòng 5" starts a sentence).
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Reads a file of any kind the editors bring (see the module's notes). `name` is only used
/// to tell an `.ods` from an `.xlsx` in what is said about it.
pub fn import_file(name: &str, bytes: &[u8], options: &ImportOptions) -> Result<FileImport, ImportError> {
    let mut file = OpenedFile::new(name, bytes.to_vec());
    let mut import = StepwiseImport::start(&mut file, options)?;
    while !import.step(usize::MAX)? {}
    Ok(import.finish())
}

/// Imports a workbook's sheets in our layout from the first sheet whose header row has the
/// required columns; none: the first sheet's missing columns are the error.
pub fn import_sheets(
    kind: FileKind,
    sheets: Vec<Sheet>,
    options: &ImportOptions,
) -> Result<FileImport, ImportError> {
    let mut import = sheets_in_steps(kind, sheets, options)?;
    while !import.step(usize::MAX)? {}
    Ok(import.finish())
}

/// True for the bytes of a ZIP archive (xlsx, ods) or an OLE file (xls).
pub(crate) fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0")
}

/// An OpenDocument spreadsheet rather than an Excel workbook: by its name or its mimetype entry.
pub(crate) fn is_ods(name: &str, bytes: &[u8]) -> bool {
    name.to_lowercase().ends_with(".ods")
        || bytes.windows(39).take(100).any(|w| w == b"application/vnd.oasis.opendocument.spre")
}

/// A JSON file: a TimelineJS timeline, or a dataset of ours (its problems located by entry).
pub(crate) fn import_json(text: &str, options: &ImportOptions) -> Result<FileImport, ImportError> {
    let (kind, imported) = match import_timelinejs(text, options) {
        Err(ImportError::AlreadyDataset) => {
            let loaded = parse_dataset(text).map_err(ImportError::Dataset)?;
            let notes = loaded
                .problems
                .into_iter()
                .map(|p| {
                    let origin = p.index.map_or(Origin::File, Origin::Slide);
                    let prefix = format!("events[{}]", p.index.unwrap_or(0));
                    let field =
                        p.path.strip_prefix(&prefix).unwrap_or(&p.path).trim_start_matches('.').to_string();
                    ImportNote {
                        origin,
                        label: p.event_id,
                        kind: NoteKind::Field { field, column: false, problem: p.kind },
                    }
                })
                .collect();
            (FileKind::Dataset, Imported { dataset: loaded.dataset, notes })
        }
        other => (FileKind::TimelineJs, other?),
    };
    let problems = locate(&imported.notes, None, &[], false);
    Ok(FileImport { kind, sheet: None, imported, problems, table: None })
}

/// Each note with its sheet, row and column. `columns`: the notes' fields are column names of
/// our layout (else the field is named as it is and has no letter).
pub(crate) fn locate(
    notes: &[ImportNote],
    sheet: Option<&str>,
    header: &[String],
    columns: bool,
) -> Vec<SheetProblem> {
    let (named, _) = read_header(header, 1);
    let by_header = |wanted: &str, last: bool| {
        let mut found = header.iter().enumerate().filter(|(_, h)| h.trim() == wanted).map(|(i, _)| i);
        if last {
            found.next_back()
        } else {
            found.next()
        }
    };
    let column = |name: &str| {
        let index = named.get(name).copied();
        let header = index.and_then(|i| header.get(i)).map_or(name, |h| h.trim()).to_string();
        SheetColumn { index, header }
    };
    notes
        .iter()
        .map(|note| {
            let (row, entry) = match note.origin {
                Origin::Row(n) => (Some(n), None),
                Origin::Slide(n) => (None, Some(n)),
                Origin::File | Origin::TitleSlide => (None, None),
            };
            let column = match &note.kind {
                NoteKind::Field { field, column: true, .. } if columns => Some(column(field)),
                NoteKind::Field { field, .. } if !field.is_empty() && !header.is_empty() => {
                    Some(SheetColumn { index: by_header(field, false), header: field.clone() })
                }
                NoteKind::UnknownColumn(c) => {
                    Some(SheetColumn { index: by_header(c, false), header: c.clone() })
                }
                NoteKind::DuplicateColumn(c) => {
                    Some(SheetColumn { index: by_header(c, true), header: c.clone() })
                }
                _ => None,
            };
            SheetProblem {
                sheet: sheet.map(str::to_string),
                row,
                entry,
                column,
                label: note.label.clone(),
                note: note.clone(),
            }
        })
        .collect()
}
