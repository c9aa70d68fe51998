//! The URL's query as typed view state and back, so every view can be linked and shared:
//! `?q=bắc sơn&cat=history,congress&level=provincial&from=1940&to=1954&tag=cach-mang&event=…`.
//! Nonsense is never fatal: each bad parameter is ignored and reported in words, the rest applies.

use crate::i18n::fill;
use crate::model::date::DateError;
use crate::model::event::{Category, Dataset, Level};
use crate::model::lang::Lang;
use crate::model::year::Year;
use crate::query::filter::Filter;
use crate::query::search::Query;
use crate::view::lesson::Lesson;
use std::fmt;

/// The query keys this module reads and writes. Other keys (`data`, `mode`, `embed`…) belong to
/// other features: they are ignored here, and the app keeps them when it rewrites the URL.
pub const KEYS: [&str; 14] = [
    "q", "cat", "level", "from", "to", "tag", "event", "lang", "year", "view", "mode", "slide", "embed",
    "ids",
];

/// Which screen is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The timeline of events (the default).
    #[default]
    Timeline,
    /// The round anniversaries of one year (`view=anniversaries`).
    Anniversaries,
}

impl View {
    /// The id used in `view=`.
    pub fn id(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Anniversaries => "anniversaries",
        }
    }

    /// The view with this id (any letter case), if any.
    pub fn from_id(id: &str) -> Option<View> {
        [View::Timeline, View::Anniversaries].into_iter().find(|v| v.id().eq_ignore_ascii_case(id))
    }
}

/// How the view is presented: browsing, or one event per slide for a projector (`mode=present`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The normal page.
    #[default]
    Browse,
    /// Presentation mode: one event per slide, very large type.
    Present,
}

/// Everything the URL says about what is shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The filters (`q`, `cat`, `level`, `from`, `to`, `tag`).
    pub filter: Filter,
    /// The id of the open event (`event`).
    pub event: Option<String>,
    /// The language asked for (`lang`); `None` lets the app choose.
    pub lang: Option<Lang>,
    /// The year of the anniversaries view (`year`).
    pub year: Option<i32>,
    /// The screen (`view`).
    pub view: View,
    /// Browsing or presenting (`mode=present`).
    pub mode: Mode,
    /// The current slide in presentation mode, 1-based (`slide`).
    pub slide: Option<u32>,
    /// The compact view for an `<iframe>` (`embed=1`).
    pub embed: bool,
    /// The events a teacher picked, in the order of her lesson (`ids`); presented instead of
    /// the filtered events when not empty.
    pub lesson: Lesson,
}

/// Why a parameter was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamProblemKind {
    /// `from`, `to` or `year` is not a whole number.
    NotAYear,
    /// The year is outside 1–9999.
    YearOutOfRange,
    /// `to` is before `from` (given here); `to` is ignored.
    ToBeforeFrom {
        /// The accepted first year.
        from: i32,
    },
    /// An id in `cat` that is no category.
    UnknownCategory,
    /// A `level` that is no level.
    UnknownLevel,
    /// A `lang` the app does not speak.
    UnknownLang,
    /// A `view` that does not exist.
    UnknownView,
    /// An `event` id that the dataset does not have.
    UnknownEvent,
    /// A `tag` id that the dataset does not have.
    UnknownTag,
    /// A `mode` other than `present`.
    UnknownMode,
    /// A `slide` that is not a whole number from 1.
    NotASlide,
    /// An `embed` other than 1/0/true/false.
    NotAFlag,
}

/// A URL parameter that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamProblem {
    /// The key, e.g. `from`.
    pub key: String,
    /// The ignored value (for lists, the one ignored item).
    pub value: String,
    /// Why it was ignored.
    pub kind: ParamProblemKind,
}

/// Values are cut in messages so that a long pasted text cannot flood the notice.
const SHOWN_VALUE_CHARS: usize = 40;

impl ParamProblem {
    fn new(key: &str, value: &str, kind: ParamProblemKind) -> ParamProblem {
        ParamProblem { key: key.to_string(), value: value.to_string(), kind }
    }

    /// The problem of an `event=` id that is not in the dataset.
    pub fn unknown_event(id: &str) -> ParamProblem {
        ParamProblem::new("event", id, ParamProblemKind::UnknownEvent)
    }

    /// One short sentence in `lang`: `Bỏ qua from="abc": không phải một năm`.
    pub fn message(&self, lang: Lang) -> String {
        let t = &lang.strings().filters;
        let reason = match &self.kind {
            ParamProblemKind::NotAYear => t.not_a_year.to_string(),
            ParamProblemKind::YearOutOfRange => t.year_out_of_range.to_string(),
            ParamProblemKind::ToBeforeFrom { from } => fill(t.to_before_from, &[&from.to_string()]),
            ParamProblemKind::UnknownCategory => {
                fill(t.unknown_category, &[&Category::ALL.map(Category::id).join(", ")])
            }
            ParamProblemKind::UnknownLevel => fill(t.unknown_level, &[&Level::ALL.map(Level::id).join(", ")]),
            ParamProblemKind::UnknownLang => t.unknown_lang.to_string(),
            ParamProblemKind::UnknownView => t.unknown_view.to_string(),
            ParamProblemKind::UnknownEvent => t.unknown_event.to_string(),
            ParamProblemKind::UnknownTag => t.unknown_tag.to_string(),
            ParamProblemKind::UnknownMode => t.unknown_mode.to_string(),
            ParamProblemKind::NotASlide => t.not_a_slide.to_string(),
            ParamProblemKind::NotAFlag => t.not_a_flag.to_string(),
        };
        let mut value: String = self.value.chars().take(SHOWN_VALUE_CHARS).collect();
        if value.len() < self.value.len() {
            value.push('…');
        }
        fill(t.ignored, &[&self.key, &value, &reason])
    }
}

impl fmt::Display for ParamProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl ViewState {
    /// Reads decoded query pairs. Unknown keys are skipped silently; empty values count as
    /// absent; for a repeated key the last value wins, except `cat` and `tag`, which add up.
    pub fn from_query<I, K, V>(pairs: I) -> (ViewState, Vec<ParamProblem>)
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut state = ViewState::default();
        let mut problems = Vec::new();
        let mut to_text = String::new();
        for (key, value) in pairs {
            let (key, value) = (key.as_ref(), value.as_ref().trim());
            if value.is_empty() {
                continue;
            }
            let mut report = |kind| problems.push(ParamProblem::new(key, value, kind));
            match key {
                "q" => state.filter.query = Query::parse(value),
                "cat" => {
                    for id in list(value) {
                        match id.to_ascii_lowercase().parse::<Category>() {
                            Ok(c) => {
                                state.filter.categories.insert(c);
                            }
                            Err(_) => {
                                problems.push(ParamProblem::new(key, id, ParamProblemKind::UnknownCategory))
                            }
                        }
                    }
                }
                "level" => match value.to_ascii_lowercase().parse::<Level>() {
                    Ok(l) => state.filter.level = Some(l),
                    Err(_) => report(ParamProblemKind::UnknownLevel),
                },
                "from" => match parse_year(value) {
                    Ok(y) => state.filter.from = Some(y),
                    Err(kind) => report(kind),
                },
                "to" => match parse_year(value) {
                    Ok(y) => (state.filter.to, to_text) = (Some(y), value.to_string()),
                    Err(kind) => report(kind),
                },
                "year" => match parse_year(value) {
                    Ok(y) => state.year = Some(y),
                    Err(kind) => report(kind),
                },
                "tag" => state.filter.tags.extend(list(value).map(String::from)),
                "event" => state.event = Some(value.to_string()),
                "lang" => match value.parse::<Lang>() {
                    Ok(l) => state.lang = Some(l),
                    Err(_) => report(ParamProblemKind::UnknownLang),
                },
                "view" => match View::from_id(value) {
                    Some(v) => state.view = v,
                    None => report(ParamProblemKind::UnknownView),
                },
                "mode" => match value.to_ascii_lowercase().as_str() {
                    "present" => state.mode = Mode::Present,
                    "browse" => state.mode = Mode::Browse,
                    _ => report(ParamProblemKind::UnknownMode),
                },
                "slide" => match value.parse::<u32>() {
                    Ok(n) if n >= 1 => state.slide = Some(n),
                    _ => report(ParamProblemKind::NotASlide),
                },
                "embed" => match value.to_ascii_lowercase().as_str() {
                    "1" | "true" | "yes" => state.embed = true,
                    "0" | "false" | "no" => state.embed = false,
                    _ => report(ParamProblemKind::NotAFlag),
                },
                "ids" => state.lesson = Lesson::parse(value),
                _ => {}
            }
        }
        if let (Some(from), Some(to)) = (state.filter.from, state.filter.to) {
            if to < from {
                problems.push(ParamProblem::new("to", &to_text, ParamProblemKind::ToBeforeFrom { from }));
                state.filter.to = None;
            }
        }
        (state, problems)
    }

    /// Reads a query string such as `?q=b%E1%BA%AFc+s%C6%A1n&cat=history` (see [`decode_query`]).
    pub fn from_query_string(query: &str) -> (ViewState, Vec<ParamProblem>) {
        ViewState::from_query(decode_query(query))
    }

    /// The canonical, minimal query: defaults left out, keys in the order of [`KEYS`],
    /// categories in the order of `Category::ALL`. Reading it back gives this same state.
    pub fn to_query(&self) -> Vec<(String, String)> {
        let f = &self.filter;
        let mut pairs = Vec::new();
        let mut put = |key: &str, value: String| pairs.push((key.to_string(), value));
        if !f.query.text().is_empty() {
            put("q", f.query.text().to_string());
        }
        if !f.categories.is_empty() {
            let ids: Vec<&str> = f.categories.iter().map(Category::id).collect();
            put("cat", ids.join(","));
        }
        if let Some(level) = f.level {
            put("level", level.id().to_string());
        }
        if let Some(from) = f.from {
            put("from", from.to_string());
        }
        if let Some(to) = f.to {
            put("to", to.to_string());
        }
        if !f.tags.is_empty() {
            put("tag", f.tags.iter().map(String::as_str).collect::<Vec<_>>().join(","));
        }
        if let Some(event) = &self.event {
            put("event", event.clone());
        }
        if let Some(lang) = self.lang {
            put("lang", lang.code().to_string());
        }
        if let Some(year) = self.year {
            put("year", year.to_string());
        }
        if self.view != View::Timeline {
            put("view", self.view.id().to_string());
        }
        if self.mode == Mode::Present {
            put("mode", "present".to_string());
        }
        if let Some(slide) = self.slide {
            put("slide", slide.to_string());
        }
        if self.embed {
            put("embed", "1".to_string());
        }
        if !self.lesson.is_empty() {
            put("ids", self.lesson.to_param());
        }
        pairs
    }

    /// [`to_query`](Self::to_query) encoded, without the leading `?`; empty for the default view.
    pub fn to_query_string(&self) -> String {
        encode_query(&self.to_query())
    }

    /// Drops the open event, the tags and the lesson's ids that `dataset` does not have,
    /// reporting each. Separate
    /// from parsing because the URL is read before the data has loaded.
    pub fn check_against(&mut self, dataset: &Dataset) -> Vec<ParamProblem> {
        let mut problems = Vec::new();
        if let Some(id) = self.event.take_if(|id| dataset.event(id).is_none()) {
            problems.push(ParamProblem::unknown_event(&id));
        }
        for id in self.lesson.retain_known(dataset) {
            problems.push(ParamProblem::new("ids", &id, ParamProblemKind::UnknownEvent));
        }
        let known = |tag: &str| {
            dataset.tags.contains_key(tag) || dataset.events.iter().any(|e| e.tags.iter().any(|t| t == tag))
        };
        self.filter.tags.retain(|tag| {
            let keep = known(tag);
            if !keep {
                problems.push(ParamProblem::new("tag", tag, ParamProblemKind::UnknownTag));
            }
            keep
        });
        problems
    }
}

/// The non-empty, trimmed items of a comma-separated list.
fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|s| !s.is_empty())
}

fn parse_year(value: &str) -> Result<i32, ParamProblemKind> {
    match value.parse::<Year>() {
        Ok(year) => Ok(year.get()),
        Err(DateError::YearOutOfRange(_)) => Err(ParamProblemKind::YearOutOfRange),
        Err(_) => Err(ParamProblemKind::NotAYear),
    }
}

/// Splits a query string (with or without its leading `?`) into decoded pairs: `+` is a space,
/// `%XX` a byte, invalid UTF-8 is replaced rather than refused.
pub fn decode_query(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if hex(i + 1).is_some() && hex(i + 2).is_some() => {
                out.push((hex(i + 1).unwrap_or(0) * 16 + hex(i + 2).unwrap_or(0)) as u8);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Joins pairs into `key=value&…`, percent-encoding UTF-8 but leaving `,` `/` `:` readable
/// (`cat=history,congress`) and writing spaces as `+`.
pub fn encode_query(pairs: &[(String, String)]) -> String {
    let encode = |text: &str, out: &mut String| {
        for b in text.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' | b'/' | b':' => {
                    out.push(b as char)
                }
                b' ' => out.push('+'),
                _ => out.push_str(&format!("%{b:02X}")),
            }
        }
    };
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        encode(k, &mut out);
        out.push('=');
        encode(v, &mut out);
    }
    out
}
