//! The editors' spreadsheet: a dataset as CSV with one row per event, to keep in LibreOffice or
//! Google Sheets and bring back. The columns are [`CSV_COLUMNS`] (documented in
//! `docs/dataset.md`, example in `docs/csv-template.csv`); tags are separated by `;`.
//!
//! Import goes through the same validation as a dataset file: a row that would be an invalid
//! event is reported by its row number (the header is row 1, as the spreadsheet shows it) and
//! left out, and the rest is converted. Export then import gives back the same events; of an
//! event's pictures only the first has columns (`image_url`, `image_alt_vi` …), and links
//! (imported from TimelineJS) have none.

use crate::formats::csv::{read_csv, write_csv, CsvRow};
use crate::import::checking::Checking;
use crate::import::{
    Draft, Header, ImportError, ImportNote, ImportOptions, Imported, Layout, Naming, NoteKind, Origin,
};
use crate::model::event::{Dataset, Event};
use crate::model::lang::Localized;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The columns of the layout, in the order export writes them. Import accepts them in any
/// order, in any case, with spaces or hyphens for underscores.
pub const CSV_COLUMNS: [&str; 30] = [
    "id",
    "date",
    "end",
    "category",
    "level",
    "anniversary",
    "title_vi",
    "title_en",
    "summary_vi",
    "summary_en",
    "place_vi",
    "place_en",
    "tags",
    "reference_number",
    "issuer_vi",
    "issuer_en",
    "source_document",
    "source_title",
    "source_published",
    "source_url",
    "source_quote",
    "note_vi",
    "note_en",
    "image_url",
    "image_alt_vi",
    "image_alt_en",
    "image_caption_vi",
    "image_caption_en",
    "image_credit",
    "image_link",
];

/// The columns a file must have; every other one may be left out.
pub const REQUIRED_COLUMNS: [&str; 5] = ["id", "date", "category", "level", "title_vi"];

/// Separates tag ids in the `tags` cell (a comma would need quoting in every row).
pub const TAG_SEPARATOR: char = ';';

/// The dataset as CSV in the editors' layout: a UTF-8 byte order mark (so that Excel reads
/// Vietnamese correctly; LibreOffice and Google Sheets ignore it), the header row, then one
/// row per event with CRLF line ends. Fields the layout has no column for (unknown fields kept
/// for newer versions) are not written; the tag labels, title and subtitle live in the JSON
/// file (see `--base` of `daumoc import`).
pub fn dataset_to_csv(dataset: &Dataset) -> String {
    let header = CSV_COLUMNS.map(String::from);
    let rows = std::iter::once(header).chain(dataset.events.iter().map(event_cells));
    format!("\u{feff}{}", write_csv(rows))
}

pub(crate) fn event_cells(e: &Event) -> [String; 30] {
    let vi = |l: Option<&Localized>| l.map(|l| l.vi.clone()).unwrap_or_default();
    let en = |l: Option<&Localized>| l.and_then(|l| l.en.clone()).unwrap_or_default();
    let reference = e.reference.as_ref();
    let issuer = reference.and_then(|r| r.issuer.as_ref());
    let source = e.source.as_ref();
    let image = e.media.first();
    [
        e.id.clone(),
        e.date.to_iso(),
        e.end.map(|d| d.to_string()).unwrap_or_default(),
        e.category.id().to_string(),
        e.level.id().to_string(),
        e.anniversary.map(|yes| if yes { "TRUE" } else { "FALSE" }).unwrap_or_default().to_string(),
        e.title.vi.clone(),
        en(Some(&e.title)),
        vi(e.summary.as_ref()),
        en(e.summary.as_ref()),
        vi(e.place.as_ref()),
        en(e.place.as_ref()),
        e.tags.join(&format!("{TAG_SEPARATOR} ")),
        reference.map(|r| r.number.clone()).unwrap_or_default(),
        vi(issuer),
        en(issuer),
        source.map(|s| s.document.clone()).unwrap_or_default(),
        source.and_then(|s| s.title.clone()).unwrap_or_default(),
        source.and_then(|s| s.published).map(|d| d.to_string()).unwrap_or_default(),
        source.and_then(|s| s.url.clone()).unwrap_or_default(),
        source.and_then(|s| s.quote.clone()).unwrap_or_default(),
        vi(e.note.as_ref()),
        en(e.note.as_ref()),
        image.map(|m| m.url.clone()).unwrap_or_default(),
        vi(image.map(|m| &m.alt)),
        en(image.map(|m| &m.alt)),
        vi(image.and_then(|m| m.caption.as_ref())),
        en(image.and_then(|m| m.caption.as_ref())),
        image.and_then(|m| m.credit.clone()).unwrap_or_default(),
        image.and_then(|m| m.link.clone()).unwrap_or_default(),
    ]
}

/// Reads a CSV in the editors' layout. Whole-file problems (an unclosed quote, required columns
/// missing) are errors; a wrong row is a note with its row number and is left out; blank rows
/// are ignored.
pub fn import_csv(text: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    import_rows(read_csv(text).map_err(ImportError::Csv)?, options)
}

/// The rows of a sheet in the editors' layout, numbered as the spreadsheet numbers them (from a
/// CSV file or a workbook's sheet), imported as [`import_csv`] does.
pub(crate) fn import_rows(rows: Vec<CsvRow>, options: &ImportOptions) -> Result<Imported, ImportError> {
    let mut rows = rows.iter().filter(|r| !r.is_blank());
    let (header_row, header) = rows.next().map_or((1, &[][..]), |r| (r.row, r.fields.as_slice()));
    let mut import = RowImport::new(header_row, header)?;
    rows.for_each(|row| import.push(row));
    Ok(import.finish(options))
}

/// Rows of the editors' layout converted one at a time, so a caller can stop between them (the
/// editors' page converts a large sheet in batches and paints its progress in between).
pub(crate) struct RowImport {
    columns: HashMap<String, usize>,
    width: usize,
    notes: Vec<ImportNote>,
    drafts: Vec<Draft>,
}

impl RowImport {
    /// Reads the header row (number `header_row`); missing required columns are the error.
    pub(crate) fn new(header_row: usize, header: &[String]) -> Result<RowImport, ImportError> {
        let (columns, notes) = read_header(header, header_row);
        let missing: Vec<String> =
            REQUIRED_COLUMNS.iter().filter(|c| !columns.contains_key(**c)).map(|c| c.to_string()).collect();
        if !missing.is_empty() {
            return Err(ImportError::MissingColumns { columns: missing, layout: Layout::Csv });
        }
        Ok(RowImport { columns, width: header.len(), notes, drafts: Vec::new() })
    }

    /// The header row as wide as `width` cells (a sheet's rows are as wide as its used area,
    /// known once the whole sheet is read): rows up to that width have no cell too many.
    pub(crate) fn widen(&mut self, width: usize) {
        self.width = self.width.max(width);
    }

    /// Converts one row that is not blank.
    pub(crate) fn push(&mut self, row: &CsvRow) {
        let cells = Cells { columns: &self.columns, fields: &row.fields };
        let id = cells.get("id").trim();
        let label = (!id.is_empty()).then(|| id.to_string());
        let used = row.fields.iter().rposition(|f| !f.trim().is_empty()).map_or(0, |i| i + 1);
        if used > self.width {
            let kind = NoteKind::TooManyCells { cells: used, columns: self.width };
            self.notes.push(ImportNote { origin: Origin::Row(row.row), label, kind });
            return;
        }
        self.drafts.push(Draft { origin: Origin::Row(row.row), label, event: row_event(&cells) });
    }

    /// Validates the converted rows as a dataset (every row at once: ids must be unique).
    pub(crate) fn finish(self, options: &ImportOptions) -> Imported {
        let mut checking = self.checking(options);
        checking.step(usize::MAX);
        checking.finish()
    }

    /// The same check, to run in batches.
    pub(crate) fn checking(self, options: &ImportOptions) -> Checking {
        let naming = Naming { field: column_of, columns: true, quiet: |_| false };
        Checking::new(self.drafts, Header::default(), self.notes, naming, options)
    }
}

/// Column name → index, and notes on unknown or doubled columns.
pub(crate) fn read_header(header: &[String], row: usize) -> (HashMap<String, usize>, Vec<ImportNote>) {
    let mut columns = HashMap::new();
    let mut notes = Vec::new();
    for (i, raw) in header.iter().enumerate() {
        let name = raw.trim().to_lowercase().replace([' ', '-'], "_");
        if name.is_empty() {
            continue;
        }
        let kind = if !CSV_COLUMNS.contains(&name.as_str()) {
            NoteKind::UnknownColumn(raw.trim().to_string())
        } else if let std::collections::hash_map::Entry::Vacant(slot) = columns.entry(name) {
            slot.insert(i);
            continue;
        } else {
            NoteKind::DuplicateColumn(raw.trim().to_string())
        };
        notes.push(ImportNote { origin: Origin::Row(row), label: None, kind });
    }
    (columns, notes)
}

/// The cells of one row, by column name.
struct Cells<'a> {
    columns: &'a HashMap<String, usize>,
    fields: &'a [String],
}

impl<'a> Cells<'a> {
    /// The cell of a column; "" when the file has no such column or the row is short.
    fn get(&self, name: &str) -> &'a str {
        self.columns.get(name).and_then(|&i| self.fields.get(i)).map_or("", String::as_str)
    }

    /// The cell, unless it is empty or blank.
    fn present(&self, name: &str) -> Option<&'a str> {
        Some(self.get(name)).filter(|v| !v.trim().is_empty())
    }
}

/// One row in the dataset's JSON shape. Empty cells are absent fields, so validation says
/// "required field is missing" for an empty `id` and "no source given" for empty sources.
fn row_event(cells: &Cells) -> Map<String, Value> {
    let cell = |name: &str| cells.get(name);
    let present = |name: &str| cells.present(name);
    let mut event = Map::new();
    let mut put = |key: &str, value: Option<Value>| {
        if let Some(value) = value {
            event.insert(key.to_string(), value);
        }
    };
    let text = |name: &str| present(name).map(Value::from);
    let localized = |vi: &str, en: &str| -> Option<Value> {
        if present(vi).is_none() && present(en).is_none() {
            return None;
        }
        let mut m = Map::new();
        m.insert("vi".into(), Value::from(cell(vi)));
        if let Some(en) = present(en) {
            m.insert("en".into(), Value::from(en));
        }
        Some(Value::Object(m))
    };
    put("id", text("id"));
    put("title", localized("title_vi", "title_en"));
    put("summary", localized("summary_vi", "summary_en"));
    put("date", text("date"));
    put("end", text("end"));
    put("category", text("category"));
    put("level", text("level"));
    put("anniversary", present("anniversary").map(yes_no));
    put("place", localized("place_vi", "place_en"));
    let tags: Vec<Value> =
        cell("tags").split(TAG_SEPARATOR).map(str::trim).filter(|t| !t.is_empty()).map(Value::from).collect();
    put("tags", (!tags.is_empty()).then_some(Value::Array(tags)));
    let issuer = localized("issuer_vi", "issuer_en");
    if present("reference_number").is_some() || issuer.is_some() {
        let mut reference = Map::new();
        if let Some(number) = text("reference_number") {
            reference.insert("number".into(), number);
        }
        if let Some(issuer) = issuer {
            reference.insert("issuer".into(), issuer);
        }
        put("reference", Some(Value::Object(reference)));
    }
    let mut source = Map::new();
    for field in ["document", "title", "published", "url", "quote"] {
        if let Some(value) = text(&format!("source_{field}")) {
            source.insert(field.into(), value);
        }
    }
    put("source", (!source.is_empty()).then_some(Value::Object(source)));
    put("note", localized("note_vi", "note_en"));
    let alt = localized("image_alt_vi", "image_alt_en");
    let caption = localized("image_caption_vi", "image_caption_en");
    let image_cells = ["image_url", "image_credit", "image_link"];
    if alt.is_some() || caption.is_some() || image_cells.iter().any(|c| present(c).is_some()) {
        let mut image = Map::new();
        for (key, value) in [
            ("url", text("image_url")),
            ("alt", alt),
            ("caption", caption),
            ("credit", text("image_credit")),
            ("link", text("image_link")),
        ] {
            if let Some(value) = value {
                image.insert(key.into(), value);
            }
        }
        put("media", Some(Value::Array(vec![Value::Object(image)])));
    }
    event
}

/// A yes/no cell as spreadsheets and editors write it (TRUE/FALSE, có/không, 1/0, x); anything
/// else is kept as text, so validation names the row and column and the category's default
/// applies.
fn yes_no(cell: &str) -> Value {
    match crate::query::search::normalize(cell.trim()).as_str() {
        "true" | "co" | "1" | "x" | "yes" => Value::Bool(true),
        "false" | "khong" | "0" | "no" => Value::Bool(false),
        _ => Value::from(cell),
    }
}

/// The column a problem at a path inside an event comes from.
fn column_of(path: &str) -> String {
    let column = match path {
        "" => "id",
        "title" | "title.vi" => "title_vi",
        "title.en" => "title_en",
        "summary" | "summary.vi" => "summary_vi",
        "summary.en" => "summary_en",
        "place" | "place.vi" => "place_vi",
        "place.en" => "place_en",
        "note" | "note.vi" => "note_vi",
        "note.en" => "note_en",
        "reference" | "reference.number" => "reference_number",
        "reference.issuer" | "reference.issuer.vi" => "issuer_vi",
        "reference.issuer.en" => "issuer_en",
        "source" | "source.document" => "source_document",
        "media" | "media[0]" | "media[0].url" => "image_url",
        "media[0].alt" | "media[0].alt.vi" => "image_alt_vi",
        "media[0].alt.en" => "image_alt_en",
        "media[0].caption" | "media[0].caption.vi" => "image_caption_vi",
        "media[0].caption.en" => "image_caption_en",
        "media[0].credit" => "image_credit",
        "media[0].link" => "image_link",
        p if p.starts_with("tags") => "tags",
        p => return p.strip_prefix("source.").map_or_else(|| p.to_string(), |f| format!("source_{f}")),
    };
    column.to_string()
}

/// The cells of the header row, in the layout's order (for editors starting a sheet by hand).
pub fn csv_header() -> String {
    write_csv([CSV_COLUMNS])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_of_problem_paths() {
        assert_eq!(column_of("date"), "date");
        assert_eq!(column_of("title.en"), "title_en");
        assert_eq!(column_of("tags[2]"), "tags");
        assert_eq!(column_of("source.url"), "source_url");
        assert_eq!(column_of("source"), "source_document");
        assert_eq!(column_of("reference.issuer.vi"), "issuer_vi");
    }

    #[test]
    fn header_names_are_forgiving() {
        let header: Vec<String> =
            ["ID", " Title VI ", "title-en", "colour", "id", ""].map(String::from).to_vec();
        let (columns, notes) = read_header(&header, 1);
        assert_eq!(columns.get("id"), Some(&0));
        assert_eq!(columns.get("title_vi"), Some(&1));
        assert_eq!(columns.get("title_en"), Some(&2));
        let kinds: Vec<&NoteKind> = notes.iter().map(|n| &n.kind).collect();
        assert_eq!(
            kinds,
            [&NoteKind::UnknownColumn("colour".into()), &NoteKind::DuplicateColumn("id".into())]
        );
    }
}
