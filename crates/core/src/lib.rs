//! # daumoc-core
//!
//! The pure domain of Dấu mốc, a timeline of a province's public events: the data model,
//! dates that keep their precision, parsing and validation of dataset files, the translation
//! table, and the shape of the timeline; and the editors' toolkit: validation reports with line
//! and column, CSV and TimelineJS import and export, the static HTML list, counts. No web or I/O
//! dependencies: the Leptos app and the `daumoc` CLI both build on it, and it is tested natively.

pub mod anniversary;
pub mod csv;
pub mod csv_layout;
pub mod date;
pub mod filter;
pub mod format;
pub mod generate;
pub mod html_list;
pub mod html_text;
pub mod i18n;
pub mod ics;
pub mod import;
pub mod import_note;
pub mod json_position;
pub mod list_layout;
pub mod lang;
pub mod model;
pub mod parse;
pub mod problem;
pub mod search;
pub mod serialize;
pub mod sources;
pub mod stats;
pub mod timeline;
pub mod timelinejs;
pub mod timelinejs_csv;
pub mod timelinejs_slides;
pub mod url_state;
pub mod validation;

pub use anniversary::{anniversaries_in_year, is_major, upcoming, Anniversary};
pub use csv::{read_csv, write_csv, CsvError, CsvRow};
pub use csv_layout::{dataset_to_csv, import_csv, CSV_COLUMNS};
pub use date::{CalendarDate, DateError, EventDate, Precision};
pub use filter::{period_presets, Era, Evaluation, FacetCounts, Filter, PeriodKind, PeriodPreset};
pub use generate::{generate, SplitMix64};
pub use html_list::{escape_html, html_document, html_fragment};
pub use html_text::html_to_text;
pub use ics::{anniversaries_ics, events_ics, IcsStamp};
pub use import::{
    slug, Dropped, ImportError, ImportNote, ImportOptions, Imported, NoteKind, NoteSeverity, Origin,
};
pub use json_position::{JsonPositions, Position};
pub use list_layout::{rows, ListLayout, Row, RowHeights, Window};
pub use lang::{Lang, Localized};
pub use model::{Category, Dataset, Event, Level, Reference, Source, SUPPORTED_VERSION};
pub use parse::{parse_dataset, parse_value, EventOrigin, Loaded};
pub use problem::{LoadError, Problem, ProblemKind, Severity};
pub use search::{highlight, match_ranges, normalize, Query, SearchIndex, Segment};
pub use serialize::dataset_to_json;
pub use sources::{
    merge_datasets, parse_index, read_data_file, DataFile, DataFileError, IndexError, SourceFile, SourceIndex,
};
pub use stats::{stats, Stats};
pub use timeline::{group_by_year, group_positions, Period, YearGroup};
pub use timelinejs::{dataset_to_timelinejs, import_timelinejs, timelinejs_left_out};
pub use timelinejs_csv::import_timelinejs_csv;
pub use url_state::{ParamProblem, ParamProblemKind, View, ViewState};
pub use validation::{
    check, check_index, check_together, checks_to_json, report_to_json, Checked, FileCheck, IndexCheck,
    Located,
};
