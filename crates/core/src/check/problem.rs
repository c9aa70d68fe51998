//! What can be wrong with a dataset, said so that an editor can act on it.

use crate::i18n::fill;
use crate::model::date::DateError;
use crate::model::lang::Lang;
use std::fmt;

/// How much a problem or an import note matters, least first: one scale for the parser, the
/// validator and the importers, so a report can sort and count them together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Said for the record; nothing is wrong.
    Info,
    /// The event is shown (or imported); something is worth fixing.
    Warning,
    /// The event or row is invalid and left out.
    Error,
}

/// Words the program holds (`&'static str`), named so that serde's derive does not borrow them
/// from its input: they are read back with a function of their own.
pub type StaticText = &'static str;

/// The words of [`ProblemKind::WrongType`] read back (from the editors' import worker): the
/// parser's own words are static, so a known one is found again; any other is kept for the
/// page's lifetime (a few bytes per such problem).
#[cfg(feature = "tools")]
fn expected_words<'de, D: serde::Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    const KNOWN: [&str; 4] = ["text", "an object", "a list", "text or {\"vi\": …, \"en\": …}"];
    let text = <String as serde::Deserialize>::deserialize(d)?;
    Ok(KNOWN.into_iter().find(|k| *k == text).unwrap_or_else(|| Box::leak(text.into_boxed_str())))
}

/// What is wrong with one field of one event.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A required field is absent.
    MissingField,
    /// The field has the wrong JSON type.
    WrongType {
        /// What was expected, in words ("text", "a list").
        #[cfg_attr(feature = "tools", serde(deserialize_with = "expected_words"))]
        expected: StaticText,
    },
    /// The Vietnamese text (`vi`) is absent or empty.
    MissingVietnamese,
    /// The id is not a lowercase slug.
    InvalidId(String),
    /// Another event already uses this id.
    DuplicateId(String),
    /// The date cannot be read or does not exist.
    InvalidDate {
        /// The text as written.
        value: String,
        /// Why it was refused.
        error: DateError,
    },
    /// `end` cannot be used with a recurring date (`--MM-DD`).
    RecurringEnd,
    /// `end` is earlier than `date`.
    EndBeforeStart {
        /// The start as written.
        date: String,
        /// The end as written.
        end: String,
    },
    /// The category is not one of the known ids.
    UnknownCategory(String),
    /// The level is not one of the known ids.
    UnknownLevel(String),
    /// A tag that the tag table does not define (shown by its id).
    UnknownTag(String),
    /// A link that is not http(s); it is dropped.
    UnsafeUrl(String),
    /// A picture's address that is neither a path beside the dataset file nor `https:`
    /// (`javascript:`, `data:`, `/x`, `../x`, CSS-like text); the picture is dropped.
    UnsafeMediaUrl(String),
    /// A picture's address that is `http:`, which an https site cannot show; the picture is dropped.
    InsecureMediaUrl(String),
    /// A picture without alt text (`alt.vi`); the picture is dropped.
    MissingAlt,
    /// No English text; Vietnamese is shown instead.
    MissingEnglish,
    /// The event says nothing of where the fact comes from.
    MissingSource,
    /// The summary is longer than a card can show well.
    LongSummary(usize),
    /// A field that must be true or false (`anniversary`) is something else; the default applies.
    NotABoolean(String),
    /// Some bytes of the file are not UTF-8 (it was saved in another encoding): they show as
    /// U+FFFD. Every event is still read.
    NotUtf8 {
        /// 1-based line of the first such byte.
        line: usize,
        /// 1-based column, in characters, of the first such byte.
        column: usize,
        /// How many places in the file have such bytes.
        places: usize,
    },
    /// Merging an index's files: an earlier file already has an event with this id; that one
    /// is kept and this one is left out.
    DuplicateIdAcrossFiles {
        /// The id used twice.
        id: String,
        /// The file whose event is kept (listed first).
        kept: String,
        /// The file whose event is left out.
        dropped: String,
    },
    /// Merging an index's files: an earlier file labels this tag differently; its label is used.
    TagConflict {
        /// The tag id.
        tag: String,
        /// The file whose label is used (listed first).
        kept: String,
    },
}

/// One problem found in a dataset, located by event and JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Error (event skipped) or warning.
    pub severity: Severity,
    /// When several files were merged: the position of the problem's file in the index's list.
    /// `None` for a single file.
    pub file: Option<usize>,
    /// Position of the event in the `events` list, if the problem is inside one.
    pub index: Option<usize>,
    /// The event's id, when it has a readable one.
    pub event_id: Option<String>,
    /// JSON path of the field, e.g. `events[3].date`.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// Maximum summary length before a warning: about four lines on a phone card.
pub const SUMMARY_LIMIT: usize = 600;

impl ProblemKind {
    /// The severity this kind of problem has.
    pub fn severity(&self) -> Severity {
        match self {
            ProblemKind::UnknownTag(_)
            | ProblemKind::UnsafeUrl(_)
            | ProblemKind::UnsafeMediaUrl(_)
            | ProblemKind::InsecureMediaUrl(_)
            | ProblemKind::MissingAlt
            | ProblemKind::MissingEnglish
            | ProblemKind::MissingSource
            | ProblemKind::LongSummary(_)
            | ProblemKind::NotABoolean(_)
            | ProblemKind::NotUtf8 { .. }
            | ProblemKind::TagConflict { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// A stable name of this kind of problem for scripts (`daumoc validate --format json`),
    /// e.g. `invalid-date`; it does not change with the language.
    pub fn code(&self) -> &'static str {
        match self {
            ProblemKind::MissingField => "missing-field",
            ProblemKind::WrongType { .. } => "wrong-type",
            ProblemKind::MissingVietnamese => "missing-vietnamese",
            ProblemKind::InvalidId(_) => "invalid-id",
            ProblemKind::DuplicateId(_) => "duplicate-id",
            ProblemKind::InvalidDate { .. } => "invalid-date",
            ProblemKind::RecurringEnd => "recurring-end",
            ProblemKind::EndBeforeStart { .. } => "end-before-start",
            ProblemKind::UnknownCategory(_) => "unknown-category",
            ProblemKind::UnknownLevel(_) => "unknown-level",
            ProblemKind::UnknownTag(_) => "unknown-tag",
            ProblemKind::UnsafeUrl(_) => "unsafe-url",
            ProblemKind::UnsafeMediaUrl(_) => "unsafe-media-url",
            ProblemKind::InsecureMediaUrl(_) => "insecure-media-url",
            ProblemKind::MissingAlt => "missing-alt",
            ProblemKind::MissingEnglish => "missing-english",
            ProblemKind::MissingSource => "missing-source",
            ProblemKind::LongSummary(_) => "long-summary",
            ProblemKind::NotABoolean(_) => "not-a-boolean",
            ProblemKind::NotUtf8 { .. } => "not-utf8",
            ProblemKind::DuplicateIdAcrossFiles { .. } => "duplicate-id-across-files",
            ProblemKind::TagConflict { .. } => "tag-conflict",
        }
    }

    /// A sentence saying what is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = &lang.strings().problems;
        match self {
            ProblemKind::MissingField => t.missing_field.to_string(),
            ProblemKind::WrongType { expected } => fill(t.wrong_type, &[expected]),
            ProblemKind::MissingVietnamese => t.missing_vietnamese.to_string(),
            ProblemKind::InvalidId(id) => fill(t.invalid_id, &[id]),
            ProblemKind::DuplicateId(id) => fill(t.duplicate_id, &[id]),
            ProblemKind::InvalidDate { value, error } => {
                fill(t.invalid_date, &[value, &date_error(error, lang)])
            }
            ProblemKind::RecurringEnd => t.recurring_end.to_string(),
            ProblemKind::EndBeforeStart { date, end } => fill(t.end_before_start, &[end, date]),
            ProblemKind::UnknownCategory(c) => {
                fill(t.unknown_category, &[c, &ids(crate::Category::ALL.map(|c| c.id()))])
            }
            ProblemKind::UnknownLevel(l) => {
                fill(t.unknown_level, &[l, &ids(crate::Level::ALL.map(|l| l.id()))])
            }
            ProblemKind::UnknownTag(tag) => fill(t.unknown_tag, &[tag]),
            ProblemKind::UnsafeUrl(url) => fill(t.unsafe_url, &[url]),
            ProblemKind::UnsafeMediaUrl(url) => fill(t.unsafe_media_url, &[url]),
            ProblemKind::InsecureMediaUrl(url) => fill(t.insecure_media_url, &[url]),
            ProblemKind::MissingAlt => t.missing_alt.to_string(),
            ProblemKind::MissingEnglish => t.missing_english.to_string(),
            ProblemKind::MissingSource => t.missing_source.to_string(),
            ProblemKind::LongSummary(n) => {
                fill(t.long_summary, &[&n.to_string(), &SUMMARY_LIMIT.to_string()])
            }
            ProblemKind::DuplicateIdAcrossFiles { id, kept, dropped } => {
                fill(t.duplicate_id_across_files, &[id, kept, dropped])
            }
            ProblemKind::TagConflict { tag, kept } => fill(t.tag_conflict, &[tag, kept]),
            ProblemKind::NotABoolean(value) => fill(t.not_a_boolean, &[value]),
            ProblemKind::NotUtf8 { line, column, places } => {
                fill(t.not_utf8, &[&line.to_string(), &column.to_string(), &places.to_string()])
            }
        }
    }

    /// True for problems that only appear when files are merged (an id in two files, a tag
    /// labelled differently), so a per-file report can add them to the file they concern.
    pub fn is_cross_file(&self) -> bool {
        matches!(self, ProblemKind::DuplicateIdAcrossFiles { .. } | ProblemKind::TagConflict { .. })
    }
}

fn ids<const N: usize>(ids: [&str; N]) -> String {
    ids.join(", ")
}

/// Why a date was refused, in `lang`.
pub fn date_error(error: &DateError, lang: Lang) -> String {
    let t = &lang.strings().problems;
    match error {
        DateError::Format => t.date_format.to_string(),
        DateError::YearOutOfRange(y) => fill(t.date_year, &[&y.to_string()]),
        DateError::MonthOutOfRange(m) => fill(t.date_month, &[&m.to_string()]),
        DateError::NoSuchDay => t.date_no_such_day.to_string(),
    }
}

impl Problem {
    /// `events[3].date (khoi-nghia-bac-son): …` in `lang`.
    /// A problem of the whole file (its encoding) has no path and is its message alone.
    pub fn describe(&self, lang: Lang) -> String {
        match &self.event_id {
            Some(id) => format!("{} ({id}): {}", self.path, self.kind.message(lang)),
            None if self.path.is_empty() => self.kind.message(lang),
            None => format!("{}: {}", self.path, self.kind.message(lang)),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Why a whole file could not be read; no event of it can be shown.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The text is not JSON.
    Json {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// The parser's description (serde_json's words, without its " at line … column …").
        detail: String,
    },
    /// The JSON is not an object with `version` and `events`.
    NotADataset,
    /// `version` is missing or not a whole number.
    MissingVersion,
    /// The file is of a newer format than this app reads.
    UnsupportedVersion(u64),
    /// `events` is missing or not a list.
    MissingEvents,
}

impl LoadError {
    /// A stable name of this kind of error for scripts, e.g. `json`.
    pub fn code(&self) -> &'static str {
        match self {
            LoadError::Json { .. } => "json",
            LoadError::NotADataset => "not-a-dataset",
            LoadError::MissingVersion => "missing-version",
            LoadError::UnsupportedVersion(_) => "unsupported-version",
            LoadError::MissingEvents => "missing-events",
        }
    }

    /// A sentence saying what is wrong and what to do, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = &lang.strings().problems;
        match self {
            LoadError::Json { line, column, detail } => {
                crate::load::json_syntax::json_message(*line, *column, detail, lang)
            }
            LoadError::NotADataset => t.not_a_dataset.to_string(),
            LoadError::MissingVersion => t.missing_version.to_string(),
            LoadError::UnsupportedVersion(v) => {
                fill(t.unsupported_version, &[&v.to_string(), &crate::SUPPORTED_VERSION.to_string()])
            }
            LoadError::MissingEvents => t.missing_events.to_string(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadError {}
