//! # daumoc-core
//!
//! The pure domain of Dấu mốc, a timeline of a province's public events. No web or I/O
//! dependencies: the Leptos app and the `daumoc` CLI both build on it, and it is tested natively.
//!
//! Everything is used from the crate root (`daumoc_core::Event`, `daumoc_core::upcoming`); only
//! the translation table keeps its own path, [`i18n`]. Inside, the code is grouped by concern:
//!
//! | folder | what lives there |
//! |---|---|
//! | `model/` | [`Event`], [`Dataset`], [`Category`] and [`CategorySet`], [`Level`]; [`TagSet`]; [`EventDate`] and [`CalendarDate`] (dates that keep their precision); [`Year`]; [`Lang`] and [`Localized`] text; pictures ([`Media`], [`check_media_url`]) and [`Link`]s |
//! | `load/` | reading a dataset file ([`parse_dataset`]) and several files listed by an index ([`SourceIndex`], [`merge_datasets`]), and the loaded whole ([`Catalog`]) |
//! | `check/` | [`Problem`]s said so an editor can act on them, one [`Severity`], JSON positions; with `tools`, the validation report (`check`) and what a new dataset changes (`diff_datasets`) |
//! | `query/` | search ([`Query`], [`SearchIndex`]), filters and their counts ([`Filter`]), the year-grouped timeline, round anniversaries ([`anniversaries_in_year`], [`upcoming`]); with `tools`, `stats` |
//! | `view/` | dates and names written for people ([`event_date`], [`long_date`]…), the URL as view state ([`ViewState`]) with a teacher's [`Lesson`] and the links built from it ([`compose_query`]), the windowed list's geometry ([`ListLayout`]) |
//! | `formats/` | calendar ([`events_ics`]) and the static HTML list; with `tools`, dataset JSON, CSV (any encoding: `decode_text`), workbooks in (`read_workbook`: xlsx, ods) and out (`events_to_xlsx`, `xlsx_template`), and TimelineJS |
//! | `import/` | with `tools`: what the importers share (`ImportOptions`, `ImportNote`), and any file an editor brings, its problems located by sheet, row and column (`import_file`, `SheetProblem`) |
//! | `i18n/` | the one translation table (vi, en) of every user-facing string |
//! | `order.rs` | one stable sort ([`sort_stable_by`]) for every caller, so the wasm holds one copy of it |
//!
//! The feature `tools` adds the editors' toolkit (importers, validation report, counts, the
//! synthetic-data generator, JSON/CSV/TimelineJS/xlsx writers, the dataset comparison, and their
//! words, `i18n::EditorStrings`), which the CLI and the editors' page (`editor.html`, feature
//! `browser`) enable: the visitors' WebAssembly never contains it.

mod check;
mod formats;
#[cfg(feature = "tools")]
mod generate;
pub mod i18n;
#[cfg(feature = "tools")]
mod import;
mod load;
mod model;
mod order;
mod query;
mod view;

pub use check::position::{JsonPositions, Position};
pub use check::problem::{date_error, LoadError, Problem, ProblemKind, Severity, SUMMARY_LIMIT};
#[cfg(feature = "tools")]
pub use formats::html_list::{escape_html, html_document, html_fragment, text_paragraphs, ID_PREFIX};
pub use formats::ics::{
    anniversaries_ics, events_ics, fold_ics_line, ics_escape_text, IcsStamp, MAX_LINE_OCTETS,
    RECURRING_BASE_YEAR,
};
pub use load::catalog::Catalog;
pub use load::failure::{FileFailure, LoadFailure};
pub use load::parse::{is_http_url, is_slug, parse_dataset, parse_value, EventOrigin, Loaded};
pub use load::sources::{
    describe_index_errors, is_index, merge_datasets, parse_index, parse_index_value, read_data_file, resolve,
    safe_relative_path, DataFile, DataFileError, IndexError, SourceFile, SourceIndex, INDEX_VERSION,
};
pub use model::category_set::CategorySet;
pub use model::date::{years_since, CalendarDate, DateError, EventDate, Precision};
pub use model::event::{Category, Dataset, Event, Level, Reference, Source, SUPPORTED_VERSION};
pub use model::lang::{Lang, Localized};
pub use model::media::{check_media_url, is_image_url, media_src, resolve_media, Link, Media, MediaUrlError};
pub use model::name::UnknownName;
pub use model::tag_set::TagSet;
pub use model::year::Year;
pub use order::{sort_dedup, sort_stable_by, sort_stable_by_key};
pub use query::anniversary::{
    anniversaries_in_year, anniversary, is_major, upcoming, Anniversary, ROUND_YEARS, UPCOMING_MONTHS,
};
pub use query::filter::{period_presets, Era, Evaluation, FacetCounts, Filter, PeriodKind, PeriodPreset};
pub use query::search::{highlight, match_ranges, normalize, Query, SearchIndex, Segment};
pub use query::timeline::{group_by_year, group_positions, Period, YearGroup};
pub use view::format::{
    anniversary_phrase, anniversary_years, category_name, clip, compact_date, countdown, css_percent,
    event_date, level_name, long_date, ordinal, short_date, years_ago,
};
pub use view::lesson::Lesson;
pub use view::links::compose_query;
pub use view::list_layout::{rows, ListLayout, Row, RowHeights, Window};
pub use view::url_state::{
    decode_query, encode_query, Mode, ParamProblem, ParamProblemKind, View, ViewState, KEYS,
};

#[cfg(feature = "tools")]
pub use check::diff::{diff_datasets, DatasetDiff, EventChange, FieldChange};
#[cfg(feature = "tools")]
pub use check::validation::{
    check, check_index, check_index_text, check_together, checks_to_json, report_to_json, Checked, FileCheck,
    IndexCheck, Located,
};
#[cfg(feature = "tools")]
pub use formats::csv::{csv_field, detect_separator, read_csv, write_csv, CsvError, CsvRow};
#[cfg(feature = "tools")]
pub use formats::csv_layout::{
    csv_header, dataset_to_csv, import_csv, CSV_COLUMNS, REQUIRED_COLUMNS, TAG_SEPARATOR,
};
#[cfg(feature = "tools")]
pub use formats::html_text::html_to_text;
#[cfg(feature = "tools")]
pub use formats::json::dataset_to_json;
#[cfg(feature = "tools")]
pub use formats::spreadsheet::{cell_text, column_letter, read_workbook, Sheet, WorkbookError};
#[cfg(feature = "tools")]
pub use formats::text_encoding::{decode_text, TextEncoding};
#[cfg(feature = "tools")]
pub use formats::timelinejs::{dataset_to_timelinejs, import_timelinejs, timelinejs_left_out};
#[cfg(feature = "tools")]
pub use formats::timelinejs_csv::{import_timelinejs_csv, TIMELINEJS_COLUMNS};
#[cfg(feature = "tools")]
pub use formats::timelinejs_slides::MediaKind;
#[cfg(feature = "tools")]
pub use formats::xlsx::{events_to_xlsx, xlsx_template, XlsxWriteError, LIST_ROWS};
#[cfg(feature = "tools")]
pub use formats::xlsx_rows::SheetProgress;
#[cfg(feature = "tools")]
pub use generate::{generate, synthetic_document, SplitMix64, FIRST_YEAR, LAST_YEAR};
#[cfg(feature = "tools")]
pub use import::file::{
    import_file, import_sheets, FileImport, FileKind, SheetColumn, SheetProblem, SheetTable,
};
#[cfg(feature = "tools")]
pub use import::stepwise::{OpenedFile, Phase, RowProgress, StepwiseImport};
#[cfg(feature = "tools")]
pub use import::summary::ImportSummary;
#[cfg(feature = "tools")]
pub use import::{
    slug, Dropped, ImportError, ImportNote, ImportOptions, Imported, Layout, NoteKind, Origin, FALLBACK_ID,
    SLUG_MAX,
};
#[cfg(feature = "tools")]
pub use load::stepwise_parse::StepwiseParse;
#[cfg(feature = "tools")]
pub use query::stats::{stats, Stats};
