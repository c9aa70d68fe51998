//! TimelineJS (Knight Lab) timelines to and from datasets: its JSON format (TimelineJS 3) both
//! ways, and the slides read from its Google Sheet template (see `timelinejs_csv`).
//!
//! Import: each slide with a year becomes an event; the headline is the title and the text the
//! summary, both converted from HTML to plain text ([`html_to_text`]); `group` becomes the
//! category when it names one ("history", "Lịch sử"), otherwise a tag; `unique_id` is kept as
//! the id when it is a valid one, otherwise the id is made from the headline ([`slug`]). The
//! title slide gives the dataset's title and subtitle. TimelineJS has no category, level,
//! source or language: the options give category and level and the language of the text
//! (`vi` by default; English goes to `en` and, until translated, to `vi`). A slide's media that
//! is a picture becomes the event's `media` (address, caption, credit, alt text, link; `http:`
//! made `https:`); any other web address (YouTube, a map, a tweet) a link with its caption; a
//! slide with media but neither headline nor text is titled from the caption. Backgrounds,
//! times of day, display dates, map locations, embedded HTML and eras cannot be carried over;
//! the import says so, with counts. Years outside 1–9999 (TimelineJS allows billions of
//! years ago) are refused, one note per event.
//!
//! Export: every event with a calendar date becomes a slide with `unique_id`, `start_date`,
//! `end_date`, `display_date` (the date as cards show it), `text` (escaped headline, summary
//! paragraphs), `media` (the first picture, else the first link) and `group` (the category's
//! name). Only id, title, summary, date, end, category and that media come back on import; observances recurring every year are left out, as TimelineJS
//! has no such dates.

use crate::formats::html_list::{escape_html, text_paragraphs};
use crate::formats::html_text::html_to_text;
use crate::formats::json::Json;
use crate::formats::timelinejs_slides::{
    convert, era_span, never_english_nor_source, one_line, Slide, SlideDate, SlideMedia, SourceNames,
    Timeline,
};
use crate::import::{Dropped, ImportError, ImportNote, ImportOptions, Imported, Naming, NoteKind, Origin};
use crate::model::event::{Dataset, Event};
use crate::model::lang::Lang;
use crate::view::format::{category_name, event_date};
use serde_json::Value;

/// TimelineJS 3 JSON to a dataset (see the module's notes). The TimelineJS 2 format and files
/// that are not timelines are refused with a message saying what to do.
pub fn import_timelinejs(text: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::Json {
        line: e.line(),
        column: e.column(),
        detail: crate::load::json_syntax::syntax_detail(&e),
    })?;
    let root = value.as_object().ok_or(ImportError::NotTimelineJs)?;
    let events = match root.get("events").and_then(Value::as_array) {
        Some(_) if root.contains_key("version") => return Err(ImportError::AlreadyDataset),
        Some(events) => events,
        None if root.get("timeline").is_some_and(Value::is_object) => return Err(ImportError::TimelineJs2),
        None => return Err(ImportError::NotTimelineJs),
    };
    let mut timeline = Timeline::default();
    if let Some(title) = root.get("title").filter(|t| t.is_object()) {
        timeline.title = Some((text_at(title, &["text", "headline"]), text_at(title, &["text", "text"])));
        if has_url(title.get("media")) || has_background(title.get("background")) {
            timeline.dropped.push(Dropped::TitleMedia);
        }
    }
    if root.get("scale").and_then(Value::as_str) == Some("cosmological") {
        timeline.dropped.push(Dropped::Scale);
    }
    for era in root.get("eras").and_then(Value::as_array).into_iter().flatten() {
        let name = one_line(&html_to_text(&text_at(era, &["text", "headline"])));
        let span = era_span(&slide_date(era.get("start_date")).year, &slide_date(era.get("end_date")).year);
        timeline.notes.push(ImportNote {
            origin: Origin::File,
            label: None,
            kind: NoteKind::Era { name, span },
        });
    }
    for (i, event) in events.iter().enumerate() {
        timeline.slides.push(json_slide(event, i));
    }
    Ok(convert(timeline, &json_names(), options))
}

fn json_names() -> SourceNames {
    SourceNames {
        year: "start_date.year",
        month: "start_date.month",
        day: "start_date.day",
        naming: Naming { field: json_field, columns: false, quiet: never_english_nor_source },
    }
}

/// Our field → the TimelineJS field it came from.
fn json_field(path: &str) -> String {
    let field = match path.split(['.', '[']).next().unwrap_or("") {
        "date" => "start_date",
        "end" => "end_date",
        "title" => "text.headline",
        "summary" => "text.text",
        "id" | "" => "unique_id",
        "tags" => "group",
        "media" => "media.url",
        "links" => "media.url",
        other => other,
    };
    field.to_string()
}

fn json_slide(event: &Value, index: usize) -> Slide {
    let mut slide = Slide {
        origin: Some(Origin::Slide(index)),
        start: slide_date(event.get("start_date")),
        end: event.get("end_date").filter(|d| d.is_object()).map(|d| slide_date(Some(d))),
        headline: text_at(event, &["text", "headline"]),
        text: text_at(event, &["text", "text"]),
        group: text_at(event, &["group"]),
        unique_id: text_at(event, &["unique_id"]),
        media: event.get("media").filter(|m| has_url(Some(m))).map(|m| SlideMedia {
            url: text_at(m, &["url"]),
            caption: text_at(m, &["caption"]),
            credit: text_at(m, &["credit"]),
            alt: text_at(m, &["alt"]),
            link: text_at(m, &["link"]),
        }),
        dropped: Vec::new(),
    };
    if has_background(event.get("background")) {
        slide.dropped.push(Dropped::Background);
    }
    if !text_at(event, &["display_date"]).trim().is_empty()
        || !text_at(event, &["start_date", "display_date"]).trim().is_empty()
    {
        slide.dropped.push(Dropped::DisplayDate);
    }
    if event.get("location").is_some_and(Value::is_object) {
        slide.dropped.push(Dropped::Location);
    }
    slide
}

/// The text at a path of objects; numbers as their digits; "" when absent.
fn text_at(value: &Value, path: &[&str]) -> String {
    let mut v = value;
    for key in path {
        match v.get(key) {
            Some(next) => v = next,
            None => return String::new(),
        }
    }
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

fn slide_date(value: Option<&Value>) -> SlideDate {
    let Some(value) = value else { return SlideDate::default() };
    let part = |key: &str| text_at(value, &[key]).trim().to_string();
    SlideDate {
        year: part("year"),
        month: part("month"),
        day: part("day"),
        time: ["hour", "minute", "second", "millisecond"].iter().any(|k| !part(k).is_empty()),
    }
}

fn has_url(media: Option<&Value>) -> bool {
    media.is_some_and(|m| !text_at(m, &["url"]).trim().is_empty())
}

fn has_background(background: Option<&Value>) -> bool {
    background
        .is_some_and(|b| !text_at(b, &["url"]).trim().is_empty() || !text_at(b, &["color"]).trim().is_empty())
}

/// The events left out of a TimelineJS export: observances that recur every year.
pub fn timelinejs_left_out(dataset: &Dataset) -> Vec<&Event> {
    dataset.events.iter().filter(|e| e.date.is_recurring()).collect()
}

/// The dataset as TimelineJS 3 JSON, the text in `lang` (see the module's notes for what
/// survives the way back).
pub fn dataset_to_timelinejs(dataset: &Dataset, lang: Lang) -> String {
    let mut root = Vec::new();
    if let Some(title) = &dataset.title {
        let mut text = vec![("headline".to_string(), Json::str(escape_html(title.text(lang))))];
        if let Some(subtitle) = &dataset.subtitle {
            text.push(("text".into(), Json::str(text_paragraphs(subtitle.text(lang)))));
        }
        root.push(("title".to_string(), Json::Obj(vec![("text".into(), Json::Obj(text))])));
    }
    let events = dataset.events.iter().filter_map(|e| slide_json(e, lang)).collect();
    root.push(("events".into(), Json::Arr(events)));
    Json::Obj(root).to_pretty()
}

/// The slide's media: the first picture (address, caption, credit, alt text, link), else the
/// first link with its words as the caption. Caption and credit are HTML in TimelineJS.
fn slide_media(event: &Event, lang: Lang) -> Option<Json> {
    if let Some(picture) = event.media.first() {
        let mut m = vec![("url".to_string(), Json::str(picture.url.as_str()))];
        if let Some(caption) = &picture.caption {
            m.push(("caption".into(), Json::str(text_paragraphs(caption.text(lang)))));
        }
        if let Some(credit) = &picture.credit {
            m.push(("credit".into(), Json::str(escape_html(credit))));
        }
        m.push(("alt".into(), Json::str(picture.alt.text(lang))));
        if let Some(link) = &picture.link {
            m.push(("link".into(), Json::str(link.as_str())));
        }
        return Some(Json::Obj(m));
    }
    let link = event.links.first()?;
    Some(Json::Obj(vec![
        ("url".to_string(), Json::str(link.url.as_str())),
        ("caption".into(), Json::str(escape_html(link.label.text(lang)))),
    ]))
}

fn slide_json(event: &Event, lang: Lang) -> Option<Json> {
    let start = event.date.calendar()?;
    let date = |d: &crate::model::date::CalendarDate| {
        let mut parts = vec![("year".to_string(), Json::Int(d.year_number().into()))];
        parts.extend(d.month_number().map(|m| ("month".to_string(), Json::Int(m.into()))));
        parts.extend(d.day_number().map(|day| ("day".to_string(), Json::Int(day.into()))));
        Json::Obj(parts)
    };
    let mut m =
        vec![("unique_id".to_string(), Json::str(event.id.as_str())), ("start_date".into(), date(start))];
    if let Some(end) = &event.end {
        m.push(("end_date".into(), date(end)));
    }
    m.push(("display_date".into(), Json::str(escape_html(&event_date(event, lang)))));
    let mut text = vec![("headline".to_string(), Json::str(escape_html(event.title.text(lang))))];
    if let Some(summary) = &event.summary {
        text.push(("text".into(), Json::str(text_paragraphs(summary.text(lang)))));
    }
    m.push(("text".into(), Json::Obj(text)));
    if let Some(media) = slide_media(event, lang) {
        m.push(("media".into(), media));
    }
    m.push(("group".into(), Json::str(escape_html(category_name(event.category, lang)))));
    Some(Json::Obj(m))
}
