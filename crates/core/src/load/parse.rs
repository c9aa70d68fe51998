//! Reading a dataset file: JSON text to typed events, with every problem reported at once.
//! Invalid events are skipped; every valid event is kept.

use crate::check::problem::{LoadError, Problem, ProblemKind, Severity, SUMMARY_LIMIT};
use crate::load::fields::{localized_value, non_empty, FieldReader};
use crate::load::json_syntax::syntax_detail;
use crate::load::json_tree::{Json, Object};
use crate::model::date::{CalendarDate, EventDate};
use crate::model::event::{Category, Dataset, Event, Level, Reference, Source, SUPPORTED_VERSION};
use crate::model::lang::Localized;
use crate::model::media::{check_media_url, Link, Media, MediaUrlError};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// A parsed dataset and what was wrong with it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The valid part of the file.
    pub dataset: Dataset,
    /// Every problem found, in file order; events with errors are not in `dataset`.
    pub problems: Vec<Problem>,
    /// Where each event of `dataset.events` comes from, in the same order. Kept beside the
    /// events rather than in them, so that `Event` stays the same for every other use.
    pub origins: Vec<EventOrigin>,
}

/// Where an event was read: which file (of an index's list; 0 for a single file) and which
/// entry of that file's `events` list, since parsing reorders events by date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct EventOrigin {
    /// Position of the file in the index's `files` (0 when the dataset is one file).
    pub file: usize,
    /// Position of the event in that file's `events` list.
    pub position: usize,
}

impl Loaded {
    /// Problems that made an event (or a top-level field) unusable.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Error)
    }

    /// Files (or the index) with bytes that are not UTF-8: their letters show as U+FFFD, which
    /// visitors see, so the app says why although no event was left out.
    pub fn unreadable_text(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| matches!(p.kind, crate::ProblemKind::NotUtf8 { .. }))
    }

    /// Problems worth fixing that did not hide anything.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Warning)
    }

    /// How many events of the file (or of all merged files) were skipped.
    pub fn skipped_count(&self) -> usize {
        // By file too: merged files each have their own events[0].
        let mut skipped: Vec<(Option<usize>, usize)> =
            self.errors().filter_map(|p| Some((p.file, p.index?))).collect();
        crate::order::sort_dedup(&mut skipped);
        skipped.len()
    }

    /// The origin of the event at `position` in `dataset.events`.
    pub fn origin(&self, position: usize) -> Option<EventOrigin> {
        self.origins.get(position).copied()
    }

    /// True when the file has no errors at all.
    pub fn is_valid(&self) -> bool {
        self.errors().next().is_none()
    }
}

// Sorted, for a binary search per field of each event.
const EVENT_FIELDS: [&str; 15] = [
    "anniversary",
    "category",
    "date",
    "end",
    "id",
    "level",
    "links",
    "media",
    "note",
    "place",
    "reference",
    "source",
    "summary",
    "tags",
    "title",
];

/// Parses and validates a dataset from JSON text or bytes. Bytes that are not UTF-8 show as
/// U+FFFD, with a problem saying where (every event is still read).
pub fn parse_dataset(data: impl AsRef<[u8]>) -> Result<Loaded, LoadError> {
    parse_bytes(data.as_ref())
}

// Not generic, so that the app's wasm holds one copy whatever the callers pass.
fn parse_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let (text, not_utf8) = crate::load::utf8::utf8_text(bytes);
    parse_text(&text, not_utf8)
}

/// Parses decoded text; `not_utf8` is the decoding's problem, reported first.
pub(crate) fn parse_text(text: &str, not_utf8: Option<Problem>) -> Result<Loaded, LoadError> {
    parse_decoded(&read_json(text)?, not_utf8)
}

/// [`parse_value`] of a file's decoded text, the decoding's problem (`not_utf8`) put first: the
/// one rule for where it goes, whether the caller knew the file for a dataset or had to look.
pub(crate) fn parse_decoded(value: &Json, not_utf8: Option<Problem>) -> Result<Loaded, LoadError> {
    let mut loaded = parse_tree(value)?;
    if let Some(problem) = not_utf8 {
        loaded.problems.insert(0, problem);
    }
    Ok(loaded)
}

/// JSON text to a tree borrowing it, with the line and column of a syntax error.
pub(crate) fn read_json(text: &str) -> Result<Json<'_>, LoadError> {
    // A UTF-8 byte order mark (spreadsheet exports add one) is not an error.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| LoadError::Json {
        line: e.line(),
        column: e.column(),
        detail: syntax_detail(&e),
    })
}

/// Parses and validates a dataset from a JSON value.
pub fn parse_value(value: &Value) -> Result<Loaded, LoadError> {
    parse_tree(&Json::from_value(value))
}

fn parse_tree(value: &Json) -> Result<Loaded, LoadError> {
    let root = value.as_object().ok_or(LoadError::NotADataset)?;
    let mut reader = EventsReader::new(root)?;
    let raw_events = root.get("events").and_then(Json::as_array).ok_or(LoadError::MissingEvents)?;
    for raw in raw_events {
        reader.push(raw);
    }
    Ok(reader.finish())
}

/// A dataset's events read one at a time (the editors' page checks a large import in batches):
/// the root's fields first, then each event in file order, ids unique across them all.
pub(crate) struct EventsReader {
    version: u64,
    title: Option<Localized>,
    subtitle: Option<Localized>,
    tags: BTreeMap<String, Localized>,
    problems: Vec<Problem>,
    events: Vec<(Event, EventOrigin)>,
    // Ids seen, with where (a map of the type the catalog and the merge use: one hash map type
    // less in the wasm than a set of ids).
    seen: HashMap<String, usize>,
    /// The position of the next event in `events`.
    next: usize,
}

impl EventsReader {
    /// Reads the root's fields (version, title, tags); its `events` are pushed one by one.
    pub(crate) fn new(root: &Object) -> Result<EventsReader, LoadError> {
        let version = match root.get("version") {
            None if !root.contains_key("events") => return Err(LoadError::NotADataset),
            Some(v) => v.as_u64().filter(|v| *v >= 1).ok_or(LoadError::MissingVersion)?,
            None => return Err(LoadError::MissingVersion),
        };
        if version > SUPPORTED_VERSION {
            return Err(LoadError::UnsupportedVersion(version));
        }
        root.get("events").and_then(Json::as_array).ok_or(LoadError::MissingEvents)?;
        let mut top = FieldReader::root(root);
        let title = top.localized("title", false);
        let subtitle = top.localized("subtitle", false);
        let tags = read_tag_table(&mut top);
        let (problems, events, seen) = (top.problems, Vec::new(), HashMap::new());
        Ok(EventsReader { version, title, subtitle, tags, problems, events, seen, next: 0 })
    }

    /// Reads the next event of the file; its problems, also kept for [`EventsReader::finish`].
    pub(crate) fn push(&mut self, raw: &Json) -> &[Problem] {
        let index = self.next;
        self.next += 1;
        let (event, mut found) = read_event(raw, index, &self.tags);
        if let Some(event) = event {
            if self.seen.insert(event.id.clone(), index).is_some() {
                let path = format!("events[{index}].id");
                let kind = ProblemKind::DuplicateId(event.id.clone());
                found.push(problem(index, Some(&event.id), path, kind));
            } else if found.iter().all(|p| p.severity != Severity::Error) {
                self.events.push((event, EventOrigin { file: 0, position: index }));
            }
        }
        let from = self.problems.len();
        self.problems.append(&mut found);
        &self.problems[from..]
    }

    /// The events sorted by date (stable: events on the same date keep the file's order).
    pub(crate) fn finish(self) -> Loaded {
        let mut events = self.events;
        crate::order::sort_stable_by_key(&mut events, |(e, _)| e.date);
        let (events, origins): (Vec<Event>, Vec<EventOrigin>) = events.into_iter().unzip();
        let dataset = Dataset {
            version: self.version,
            title: self.title,
            subtitle: self.subtitle,
            tags: self.tags,
            events,
        };
        Loaded { dataset, problems: self.problems, origins }
    }
}

fn problem(index: usize, id: Option<&str>, path: String, kind: ProblemKind) -> Problem {
    Problem {
        severity: kind.severity(),
        file: None,
        index: Some(index),
        event_id: id.map(str::to_string),
        path,
        kind,
    }
}

fn read_tag_table(top: &mut FieldReader) -> BTreeMap<String, Localized> {
    let mut tags = BTreeMap::new();
    let Some(table) = top.object("tags") else { return tags };
    for (id, label) in table.sorted() {
        let path = format!("tags.{id}");
        match localized_value(label) {
            Ok(l) => {
                tags.insert(id.to_string(), l);
            }
            Err(kind) => top.push(path, kind),
        }
    }
    tags
}

/// Reads one event; `None` when it has no usable shape at all. Problems come back either way.
fn read_event(raw: &Json, index: usize, tags: &BTreeMap<String, Localized>) -> (Option<Event>, Vec<Problem>) {
    let Some(obj) = raw.as_object() else {
        let path = format!("events[{index}]");
        let p = problem(index, None, path, ProblemKind::WrongType { expected: "an object" });
        return (None, vec![p]);
    };
    let id = obj.get("id").and_then(Json::as_str).map(str::trim).filter(|s| !s.is_empty());
    let mut r = FieldReader::event(obj, index, id);
    let event = build_event(&mut r, tags);
    (event, r.problems)
}

fn build_event(r: &mut FieldReader, tags: &BTreeMap<String, Localized>) -> Option<Event> {
    let id = r.required_string("id").map(str::trim).map(str::to_string);
    if let Some(id) = &id {
        if !is_slug(id) {
            r.push_field("id", ProblemKind::InvalidId(id.clone()));
        }
    }
    let title = r.localized("title", true);
    if title.as_ref().is_some_and(|t| t.en.as_deref().is_none_or(|e| e.trim().is_empty())) {
        r.push_field("title.en", ProblemKind::MissingEnglish);
    }
    let summary = r.localized("summary", false);
    check_summary_length(r, summary.as_ref());
    let date = r.date("date", true);
    let end = read_end(r, date.as_ref());
    let category = r.enumerated("category", |id| id.parse::<Category>().ok(), ProblemKind::UnknownCategory);
    let level = r.enumerated("level", |id| id.parse::<Level>().ok(), ProblemKind::UnknownLevel);
    let anniversary = r.yes_no("anniversary");
    let place = r.localized("place", false);
    let tag_ids = read_tags(r, tags);
    let reference = read_reference(r);
    let source = read_source(r);
    let note = r.localized("note", false);
    let media = read_media(r);
    let links = read_links(r);
    let extra = r.unknown_fields(&EVENT_FIELDS);
    Some(Event {
        id: id?,
        title: title?,
        summary,
        date: date?,
        end,
        category: category?,
        level: level?,
        anniversary,
        place,
        tags: tag_ids,
        reference,
        source,
        note,
        media,
        links,
        extra,
    })
}

fn check_summary_length(r: &mut FieldReader, summary: Option<&Localized>) {
    let Some(summary) = summary else { return };
    let longest = [Some(summary.vi.as_str()), summary.en.as_deref()]
        .into_iter()
        .flatten()
        .map(|t| t.chars().count())
        .max()
        .unwrap_or(0);
    if longest > SUMMARY_LIMIT {
        r.push_field("summary", ProblemKind::LongSummary(longest));
    }
}

fn read_end(r: &mut FieldReader, date: Option<&EventDate>) -> Option<CalendarDate> {
    let end = r.date("end", false)?;
    match (date, end) {
        (_, EventDate::Recurring { .. }) | (Some(EventDate::Recurring { .. }), _) => {
            r.push_field("end", ProblemKind::RecurringEnd);
            None
        }
        (Some(EventDate::Calendar(start)), EventDate::Calendar(end))
            if end.last_day() < start.first_day() =>
        {
            let kind = ProblemKind::EndBeforeStart { date: start.to_string(), end: end.to_string() };
            r.push_field("end", kind);
            None
        }
        (_, EventDate::Calendar(end)) => Some(end),
    }
}

fn read_tags(r: &mut FieldReader, table: &BTreeMap<String, Localized>) -> Vec<String> {
    let Some(list) = r.array("tags") else { return Vec::new() };
    let mut tags = Vec::new();
    for (i, tag) in list.iter().enumerate() {
        match tag.as_str().map(str::trim).filter(|t| !t.is_empty()) {
            Some(tag) => {
                if !table.contains_key(tag) {
                    r.push_field(&format!("tags[{i}]"), ProblemKind::UnknownTag(tag.to_string()));
                }
                if !tags.iter().any(|t| t == tag) {
                    tags.push(tag.to_string());
                }
            }
            None => r.push_field(&format!("tags[{i}]"), ProblemKind::WrongType { expected: "text" }),
        }
    }
    tags
}

fn read_reference(r: &mut FieldReader) -> Option<Reference> {
    let obj = r.object("reference")?;
    let mut sub = r.nested(obj, "reference".into());
    let number = sub.required_string("number").map(str::to_string);
    let issuer = sub.localized("issuer", false);
    r.absorb(sub);
    Some(Reference { number: number?, issuer })
}

fn read_source(r: &mut FieldReader) -> Option<Source> {
    let Some(obj) = r.object("source") else {
        if !r.has("source") {
            r.push_field("source", ProblemKind::MissingSource);
        }
        return None;
    };
    let mut sub = r.nested(obj, "source".into());
    let document = sub.required_string("document").map(str::to_string);
    let title = sub.string("title").map(str::to_string);
    let published = sub.date("published", false).and_then(|d| d.calendar().copied());
    let url = sub.string("url").map(str::trim).map(str::to_string);
    let url = url.filter(|u| {
        let safe = is_http_url(u);
        if !safe {
            sub.push_field("url", ProblemKind::UnsafeUrl(u.clone()));
        }
        safe
    });
    let quote = sub.string("quote").map(str::to_string);
    r.absorb(sub);
    Some(Source { document: document?, title, published, url, quote })
}

/// The pictures: each needs a safe address and alt text, or it is dropped with a warning; the
/// event stays either way.
fn read_media(r: &mut FieldReader) -> Vec<Media> {
    let Some(list) = r.array("media") else { return Vec::new() };
    let mut media = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let key = format!("media[{i}]");
        let Some(obj) = item.as_object() else {
            r.push_field(&key, ProblemKind::WrongType { expected: "an object" });
            continue;
        };
        let mut sub = r.nested(obj, key.into());
        let url = sub.required_string("url").map(str::trim).map(str::to_string);
        let url = url.filter(|u| match check_media_url(u) {
            Ok(()) => true,
            Err(MediaUrlError::Insecure) => {
                sub.push_field("url", ProblemKind::InsecureMediaUrl(u.clone()));
                false
            }
            Err(MediaUrlError::Unsafe) => {
                sub.push_field("url", ProblemKind::UnsafeMediaUrl(u.clone()));
                false
            }
        });
        let alt = match sub.get("alt").map(localized_value) {
            None | Some(Err(ProblemKind::MissingVietnamese)) => {
                sub.push_field("alt", ProblemKind::MissingAlt);
                None
            }
            Some(Err(kind)) => {
                sub.push_field("alt", kind);
                None
            }
            Some(Ok(alt)) => Some(alt),
        };
        let caption = sub.localized("caption", false);
        let credit = sub.string("credit").and_then(non_empty).map(str::to_string);
        let link = sub.string("link").map(str::trim).map(str::to_string).filter(|u| {
            let safe = is_http_url(u);
            if !safe {
                sub.push_field("link", ProblemKind::UnsafeUrl(u.clone()));
            }
            safe
        });
        r.absorb(sub);
        if let (Some(url), Some(alt)) = (url, alt) {
            media.push(Media { url, alt, caption, credit, link });
        }
    }
    media
}

/// Links to what is not a picture: http(s) only, each with its words.
fn read_links(r: &mut FieldReader) -> Vec<Link> {
    let Some(list) = r.array("links") else { return Vec::new() };
    let mut links = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let key = format!("links[{i}]");
        let Some(obj) = item.as_object() else {
            r.push_field(&key, ProblemKind::WrongType { expected: "an object" });
            continue;
        };
        let mut sub = r.nested(obj, key.into());
        let url = sub.required_string("url").map(str::trim).map(str::to_string).filter(|u| {
            let safe = is_http_url(u);
            if !safe {
                sub.push_field("url", ProblemKind::UnsafeUrl(u.clone()));
            }
            safe
        });
        let label = sub.localized("label", true);
        r.absorb(sub);
        if let (Some(url), Some(label)) = (url, label) {
            links.push(Link { url, label });
        }
    }
    links
}

/// True for an absolute http or https link without spaces or control characters.
pub fn is_http_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// True for an id made of lowercase ASCII letters, digits and inner hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
