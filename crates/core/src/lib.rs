//! # daumoc-core
//!
//! The pure domain of Dấu mốc, a timeline of a province's public events: the data model,
//! dates that keep their precision, parsing and validation of dataset files, the translation
//! table, and the shape of the timeline. No web or I/O dependencies: the Leptos app and the
//! `daumoc` CLI both build on it, and it is tested natively.

pub mod anniversary;
pub mod date;
pub mod filter;
pub mod format;
pub mod i18n;
pub mod ics;
pub mod lang;
pub mod model;
pub mod parse;
pub mod problem;
pub mod search;
pub mod timeline;
pub mod url_state;

pub use anniversary::{anniversaries_in_year, is_major, upcoming, Anniversary};
pub use date::{CalendarDate, DateError, EventDate, Precision};
pub use filter::{period_presets, Era, FacetCounts, Filter, PeriodKind, PeriodPreset};
pub use ics::{anniversaries_ics, events_ics, IcsStamp};
pub use lang::{Lang, Localized};
pub use model::{Category, Dataset, Event, Level, Reference, Source, SUPPORTED_VERSION};
pub use parse::{parse_dataset, parse_value, Loaded};
pub use problem::{LoadError, Problem, ProblemKind, Severity};
pub use search::{highlight, match_ranges, normalize, Query, SearchIndex, Segment};
pub use timeline::{group_by_year, group_positions, Period, YearGroup};
pub use url_state::{ParamProblem, ParamProblemKind, View, ViewState};
