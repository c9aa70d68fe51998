//! What an import has to say: notes located in the imported file (a spreadsheet row, a
//! TimelineJS event), their severity and messages, and the errors that stop a whole file.

use crate::check::problem::{LoadError, ProblemKind, Severity};
use crate::formats::csv::CsvError;
use crate::formats::spreadsheet::WorkbookError;
use crate::formats::timelinejs_slides::MediaKind;
use crate::i18n::fill;
use crate::model::event::Dataset;
use crate::model::lang::Lang;
use std::collections::HashSet;
use std::fmt;

/// Where in the imported file a note is about.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// The file as a whole.
    File,
    /// A spreadsheet row; the header is row 1.
    Row(usize),
    /// An event of a TimelineJS file, by its index in `events`.
    Slide(usize),
    /// The TimelineJS title slide.
    TitleSlide,
}

impl Origin {
    /// Sort key: the file first, then the title slide, then rows and events in file order.
    pub(crate) fn order(self) -> (u8, usize) {
        match self {
            Origin::File => (0, 0),
            Origin::TitleSlide => (1, 0),
            Origin::Row(n) | Origin::Slide(n) => (2, n),
        }
    }

    fn describe(self, lang: Lang) -> String {
        let t = &lang.strings().import;
        match self {
            Origin::File => t.file.to_string(),
            Origin::Row(n) => fill(t.row, &[&n.to_string()]),
            Origin::Slide(n) => fill(t.slide, &[&n.to_string()]),
            Origin::TitleSlide => t.title_slide.to_string(),
        }
    }
}

/// Something TimelineJS has that a dataset cannot hold.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dropped {
    /// Slide backgrounds (colour or picture).
    Background,
    /// Times of day.
    Time,
    /// Dates written by hand for display.
    DisplayDate,
    /// Map locations (StoryMapJS-style slides).
    Location,
    /// Addresses of links inside the text; the linked words are kept.
    Links,
    /// The title slide's picture.
    TitleMedia,
    /// The cosmological time scale.
    Scale,
}

/// What an importer has to say about one row, event or the file.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq)]
pub enum NoteKind {
    /// A field that validation refused (an error: the event is left out) or warns about.
    Field {
        /// The column (CSV) or field (TimelineJS) it came from.
        field: String,
        /// True when `field` is a spreadsheet column.
        column: bool,
        /// What is wrong.
        problem: ProblemKind,
    },
    /// A row with more cells than the header has columns; left out.
    TooManyCells {
        /// Cells in the row (trailing empty ones not counted).
        cells: usize,
        /// Columns in the header.
        columns: usize,
    },
    /// No year, so no date; left out.
    NoYear(String),
    /// A date part that is not a whole number; left out.
    NotANumber {
        /// The column or field.
        field: String,
        /// The text as written.
        value: String,
    },
    /// A year outside 1–9999 (TimelineJS allows billions of years ago); left out.
    YearOutOfRange(String),
    /// A slide with neither headline nor text; left out.
    EmptySlide,
    /// A slide without a headline, titled from its text.
    TitleFromText,
    /// A column that is not part of the layout; ignored.
    UnknownColumn(String),
    /// A column named twice; the first is used.
    DuplicateColumn(String),
    /// Something the dataset cannot hold, and for how many events.
    NotCarried {
        /// What.
        what: Dropped,
        /// How many events had it.
        count: usize,
    },
    /// A TimelineJS era, which is not carried over.
    Era {
        /// Its headline.
        name: String,
        /// Its years, e.g. "650–700".
        span: String,
    },
    /// TimelineJS text has no language; it is stored as Vietnamese.
    TextAsVietnamese,
    /// The text was declared English (`--source-lang en`): it is stored as English and, until
    /// translated, also as the Vietnamese a dataset requires.
    TextAsEnglish,
    /// A slide with a picture but neither headline nor text, titled from its caption or credit.
    TitleFromMedia,
    /// A slide's media that is not a picture, kept as a link with its caption.
    MediaAsLink(MediaKind),
    /// A slide's media that cannot be carried over (embedded HTML, another scheme).
    MediaLeftOut(MediaKind),
    /// What became of the media of every slide: pictures, links by kind, left out by kind.
    MediaCarried {
        /// Pictures carried over as `media`.
        pictures: usize,
        /// Media kept as links, per kind.
        links: Vec<(MediaKind, usize)>,
        /// Media left out, per kind.
        left_out: Vec<(MediaKind, usize)>,
    },
    /// Pictures whose `http:` address was changed to `https:`.
    PicturesUpgraded(usize),
    /// Pictures without alt text, given their caption (or credit, or title) as alt text.
    AltFromCaption(usize),
    /// Tags that have no label in the tag table; their ids stand in.
    UnlabelledTags(Vec<String>),
}

/// One note of an import, located in the imported file.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq)]
pub struct ImportNote {
    /// Where.
    pub origin: Origin,
    /// The event's id or headline, when it has one.
    pub label: Option<String>,
    /// What.
    pub kind: NoteKind,
}

impl NoteKind {
    /// Whether the row or event was left out, or the note is a warning or for the record.
    pub fn severity(&self) -> Severity {
        match self {
            NoteKind::Field { problem, .. } if problem.severity() == Severity::Error => Severity::Error,
            NoteKind::TooManyCells { .. }
            | NoteKind::NoYear(_)
            | NoteKind::NotANumber { .. }
            | NoteKind::YearOutOfRange(_)
            | NoteKind::EmptySlide => Severity::Error,
            NoteKind::Field { .. }
            | NoteKind::TitleFromText
            | NoteKind::TitleFromMedia
            | NoteKind::MediaLeftOut(_)
            | NoteKind::PicturesUpgraded(_)
            | NoteKind::AltFromCaption(_)
            | NoteKind::UnknownColumn(_)
            | NoteKind::DuplicateColumn(_)
            | NoteKind::UnlabelledTags(_) => Severity::Warning,
            NoteKind::NotCarried { .. }
            | NoteKind::Era { .. }
            | NoteKind::TextAsVietnamese
            | NoteKind::TextAsEnglish
            | NoteKind::MediaAsLink(_)
            | NoteKind::MediaCarried { .. } => Severity::Info,
        }
    }

    /// What the note says, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = &lang.strings().import;
        match self {
            NoteKind::Field { field, column: true, problem } => {
                fill(t.column, &[field, &problem.message(lang)])
            }
            NoteKind::Field { field, column: false, problem } => {
                format!("{field}: {}", problem.message(lang))
            }
            NoteKind::TooManyCells { cells, columns } => {
                fill(t.too_many_cells, &[&cells.to_string(), &columns.to_string()])
            }
            NoteKind::NoYear(field) => fill(t.no_year, &[field]),
            NoteKind::NotANumber { field, value } => fill(t.not_a_number, &[field, value]),
            NoteKind::YearOutOfRange(year) => fill(t.year_out_of_range, &[year]),
            NoteKind::EmptySlide => t.empty_slide.to_string(),
            NoteKind::TitleFromText => t.title_from_text.to_string(),
            NoteKind::UnknownColumn(c) => fill(t.unknown_column, &[c]),
            NoteKind::DuplicateColumn(c) => fill(t.duplicate_column, &[c]),
            NoteKind::NotCarried { what, count } => {
                let n = count.to_string();
                let what = match what {
                    Dropped::Background => t.background.fill(*count, &[&n]),
                    Dropped::Time => t.time.fill(*count, &[&n]),
                    Dropped::DisplayDate => t.display_date.fill(*count, &[&n]),
                    Dropped::Location => t.location.fill(*count, &[&n]),
                    Dropped::Links => t.links.fill(*count, &[&n]),
                    Dropped::TitleMedia => t.title_media.to_string(),
                    Dropped::Scale => t.scale.to_string(),
                };
                fill(t.not_carried, &[&what])
            }
            NoteKind::Era { name, span } => fill(t.era, &[name, span]),
            NoteKind::TextAsVietnamese => t.text_as_vietnamese.to_string(),
            NoteKind::TextAsEnglish => t.text_as_english.to_string(),
            NoteKind::TitleFromMedia => t.title_from_media.to_string(),
            NoteKind::MediaAsLink(kind) => fill(t.media_as_link, &[&kind.name(lang)]),
            NoteKind::MediaLeftOut(kind) => fill(t.media_left_out, &[&kind.name(lang)]),
            NoteKind::MediaCarried { pictures, links, left_out } => {
                let list = |kinds: &[(MediaKind, usize)]| {
                    let parts: Vec<String> =
                        kinds.iter().map(|(k, n)| format!("{} {n}", k.name(lang))).collect();
                    if parts.is_empty() {
                        "0".to_string()
                    } else {
                        parts.join(", ")
                    }
                };
                fill(t.media_carried, &[&pictures.to_string(), &list(links), &list(left_out)])
            }
            NoteKind::PicturesUpgraded(n) => t.pictures_upgraded.fill(*n, &[&n.to_string()]),
            NoteKind::AltFromCaption(n) => t.alt_from_caption.fill(*n, &[&n.to_string()]),
            NoteKind::UnlabelledTags(ids) => fill(t.unlabelled_tags, &[&ids.join(", ")]),
        }
    }
}

impl ImportNote {
    /// "dòng 5 (khoi-nghia-bac-son): bỏ qua: cột date: …" / "row 5 (…): skipped: column date: …".
    pub fn describe(&self, lang: Lang) -> String {
        let t = &lang.strings().import;
        let message = match self.kind.severity() {
            Severity::Error => fill(t.skipped, &[&self.kind.message(lang)]),
            _ => self.kind.message(lang),
        };
        match (self.origin, &self.label) {
            (Origin::File, _) => message,
            (origin, Some(label)) => format!("{} ({label}): {message}", origin.describe(lang)),
            (origin, None) => format!("{}: {message}", origin.describe(lang)),
        }
    }
}

/// An imported dataset and what the import has to say about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The events that could be converted, valid as the app reads them, in time order.
    pub dataset: Dataset,
    /// Notes in file order: what was left out, warnings, what could not be carried over.
    pub notes: Vec<ImportNote>,
}

impl Imported {
    /// The notes about rows or events that were left out.
    pub fn skipped_notes(&self) -> impl Iterator<Item = &ImportNote> {
        self.notes.iter().filter(|n| n.kind.severity() == Severity::Error)
    }

    /// How many rows or events were left out.
    pub fn skipped(&self) -> usize {
        let skipped: HashSet<Origin> = self.skipped_notes().map(|n| n.origin).collect();
        skipped.len()
    }

    /// "{file}: 10 events imported, 1 skipped", in `lang`.
    pub fn summary(&self, file: &str, lang: Lang) -> String {
        let counts = [self.dataset.events.len().to_string(), self.skipped().to_string()];
        fill(lang.strings().import.summary, &[file, &counts[0], &counts[1]])
    }
}

/// Which layout a file was expected to have, for the message about missing columns.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Our CSV layout (`docs/csv-template.csv`).
    Csv,
    /// The TimelineJS Google Sheet template.
    TimelineJsSheet,
}

/// Why a whole file cannot be imported.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The CSV cannot be read.
    Csv(CsvError),
    /// Columns the layout needs are not in the header row.
    MissingColumns {
        /// Their names.
        columns: Vec<String>,
        /// Which layout.
        layout: Layout,
    },
    /// The text is not JSON.
    Json {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's description (serde_json's words, without its " at line … column …").
        detail: String,
    },
    /// The old TimelineJS 2 format (`{"timeline": {"date": […]}}`).
    TimelineJs2,
    /// JSON that is not a TimelineJS 3 timeline.
    NotTimelineJs,
    /// The file is already a Dấu mốc dataset.
    AlreadyDataset,
    /// A workbook that cannot be read.
    Workbook(WorkbookError),
    /// A dataset file that cannot be read as one.
    Dataset(LoadError),
}

impl ImportError {
    /// A sentence saying what is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = &lang.strings().import;
        match self {
            ImportError::Csv(CsvError::UnclosedQuote { row, line }) => {
                fill(t.unclosed_quote, &[&row.to_string(), &line.to_string()])
            }
            ImportError::MissingColumns { columns, layout } => {
                let help = match layout {
                    Layout::Csv => t.csv_layout_help,
                    Layout::TimelineJsSheet => t.timelinejs_sheet_help,
                };
                fill(t.missing_columns, &[&columns.join(", "), help])
            }
            ImportError::Json { line, column, detail } => {
                crate::load::json_syntax::json_message(*line, *column, detail, lang)
            }
            ImportError::TimelineJs2 => t.timelinejs2.to_string(),
            ImportError::NotTimelineJs => t.not_timelinejs.to_string(),
            ImportError::AlreadyDataset => t.already_dataset.to_string(),
            ImportError::Workbook(WorkbookError::Unreadable(detail)) => {
                fill(lang.editor_strings().unreadable_workbook, &[detail])
            }
            ImportError::Workbook(WorkbookError::NoSheets) => lang.editor_strings().no_sheets.to_string(),
            ImportError::Dataset(error) => error.message(lang),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ImportError {}
