//! The TimelineJS Google Sheet template, downloaded as CSV (File → Download → CSV), to a
//! dataset: a newsroom's existing sheet comes over as is. Columns, found by name in any order
//! and case: Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date,
//! Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background.
//!
//! The row whose Type is `title` gives the dataset's title (Headline) and subtitle (Text); rows
//! whose Type is `era` are eras, which datasets do not have: each is named in a note and left
//! out. Media, Media Caption and Media Credit are carried as TimelineJS media are (a picture, or
//! a link). Every other row is a slide, converted as TimelineJS JSON is (see `timelinejs_slides`); notes
//! give the spreadsheet's row numbers (the header is row 1).

use crate::formats::csv::read_csv;
use crate::formats::html_text::html_to_text;
use crate::formats::timelinejs_slides::{
    convert, era_span, never_english_nor_source, one_line, Slide, SlideDate, SlideMedia, SourceNames,
    Timeline,
};
use crate::import::Dropped;
use crate::import::{ImportError, ImportNote, ImportOptions, Imported, Layout, Naming, NoteKind, Origin};
use std::collections::HashMap;

/// The columns of the template, as TimelineJS names them.
pub const TIMELINEJS_COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// The columns without which a sheet is not a TimelineJS sheet.
const REQUIRED: [&str; 2] = ["Year", "Headline"];

/// Reads a TimelineJS sheet's CSV (see the module's notes). A file without the Year and
/// Headline columns is refused, naming them.
pub fn import_timelinejs_csv(text: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    let rows = read_csv(text).map_err(ImportError::Csv)?;
    let mut rows = rows.into_iter().filter(|r| !r.is_blank());
    let (header_row, header) = rows.next().map_or((1, Vec::new()), |r| (r.row, r.fields));
    let mut columns: HashMap<String, usize> = HashMap::new();
    let mut timeline = Timeline::default();
    for (i, name) in header.iter().enumerate() {
        let key = name.trim().to_lowercase();
        if key.is_empty() {
            continue;
        }
        if !TIMELINEJS_COLUMNS.iter().any(|c| c.to_lowercase() == key) {
            let kind = NoteKind::UnknownColumn(name.trim().to_string());
            timeline.notes.push(ImportNote { origin: Origin::Row(header_row), label: None, kind });
        }
        columns.entry(key).or_insert(i);
    }
    let missing: Vec<String> =
        REQUIRED.iter().filter(|c| !columns.contains_key(&c.to_lowercase())).map(|c| c.to_string()).collect();
    if !missing.is_empty() {
        return Err(ImportError::MissingColumns { columns: missing, layout: Layout::TimelineJsSheet });
    }
    for row in rows {
        let cell = |name: &str| {
            columns.get(&name.to_lowercase()).and_then(|&i| row.fields.get(i)).map_or("", |s| s.trim())
        };
        let any = |names: &[&str]| names.iter().any(|n| !cell(n).is_empty());
        let origin = Origin::Row(row.row);
        match cell("Type").to_lowercase().as_str() {
            "title" if timeline.title.is_none() => {
                timeline.title = Some((cell("Headline").to_string(), cell("Text").to_string()));
                if any(&["Media", "Media Thumbnail", "Background"]) {
                    timeline.dropped.push(Dropped::TitleMedia);
                }
            }
            "era" => {
                let name = one_line(&html_to_text(cell("Headline")));
                let span = era_span(cell("Year"), cell("End Year"));
                timeline.notes.push(ImportNote { origin, label: None, kind: NoteKind::Era { name, span } });
            }
            _ => {
                let date = |prefix: &str| SlideDate {
                    year: cell(&format!("{prefix}Year")).to_string(),
                    month: cell(&format!("{prefix}Month")).to_string(),
                    day: cell(&format!("{prefix}Day")).to_string(),
                    time: !cell(&format!("{prefix}Time")).is_empty(),
                };
                let end = date("End ");
                let mut dropped = Vec::new();
                if any(&["Background"]) {
                    dropped.push(Dropped::Background);
                }
                if any(&["Display Date"]) {
                    dropped.push(Dropped::DisplayDate);
                }
                timeline.slides.push(Slide {
                    origin: Some(origin),
                    start: date(""),
                    end: (!end.year.is_empty() || end.time).then_some(end),
                    headline: cell("Headline").to_string(),
                    text: cell("Text").to_string(),
                    group: cell("Group").to_string(),
                    unique_id: String::new(),
                    media: (!cell("Media").is_empty()).then(|| SlideMedia {
                        url: cell("Media").to_string(),
                        caption: cell("Media Caption").to_string(),
                        credit: cell("Media Credit").to_string(),
                        alt: String::new(),
                        link: String::new(),
                    }),
                    dropped,
                });
            }
        }
    }
    let names = SourceNames {
        year: "Year",
        month: "Month",
        day: "Day",
        naming: Naming { field: sheet_column, columns: true, quiet: never_english_nor_source },
    };
    Ok(convert(timeline, &names, options))
}

/// Our field → the sheet's column it came from.
fn sheet_column(path: &str) -> String {
    let column = match path.split(['.', '[']).next().unwrap_or("") {
        "date" => "Year",
        "end" => "End Year",
        "title" | "id" | "" => "Headline",
        "summary" => "Text",
        "tags" => "Group",
        "media" | "links" => "Media",
        other => other,
    };
    column.to_string()
}
