//! TimelineJS slides to dataset events, shared by the JSON reader (`timelinejs`) and the sheet
//! reader (`timelinejs_csv`): dates kept at their precision and checked for the years a dataset
//! can hold (1–9999), HTML turned into text, groups into categories or tags, ids from
//! `unique_id` or the headline, and counts of what cannot be carried over.

use crate::check::problem::ProblemKind;
use crate::formats::html_text::html_to_text;
use crate::import::{
    finish, slug, unique_id, Draft, Dropped, Header, ImportNote, ImportOptions, Imported, Naming, NoteKind,
    Origin,
};
use crate::load::parse::is_slug;
use crate::model::date::DateError;
use crate::model::event::Category;
use crate::model::lang::{Lang, Localized};
use crate::model::year::Year;
use crate::query::search::normalize;
use crate::view::format::category_name;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashSet};

/// How long a title made from the start of a slide's text may be, in characters.
const TITLE_FROM_TEXT_MAX: usize = 80;

/// A date of a slide as written: year, month and day as text, and whether it had a time.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct SlideDate {
    pub year: String,
    pub month: String,
    pub day: String,
    pub time: bool,
}

/// One TimelineJS slide, from JSON or from the sheet.
#[derive(Clone, Debug, Default)]
pub(crate) struct Slide {
    pub origin: Option<Origin>,
    pub start: SlideDate,
    pub end: Option<SlideDate>,
    pub headline: String,
    pub text: String,
    pub group: String,
    pub unique_id: String,
    pub dropped: Vec<Dropped>,
}

/// A whole timeline before conversion.
#[derive(Default)]
pub(crate) struct Timeline {
    /// Headline and text of the title slide (HTML).
    pub title: Option<(String, String)>,
    pub slides: Vec<Slide>,
    /// Era notes and anything the reader already has to say.
    pub notes: Vec<ImportNote>,
    /// Dropped things of the timeline as a whole (title media, scale).
    pub dropped: Vec<Dropped>,
}

/// What the fields are called in the source, for notes and problems.
pub(crate) struct SourceNames {
    pub year: &'static str,
    pub month: &'static str,
    pub day: &'static str,
    pub naming: Naming,
}

/// TimelineJS never has English text or sources: one note says so instead of one per event.
pub(crate) fn never_english_nor_source(kind: &ProblemKind) -> bool {
    matches!(kind, ProblemKind::MissingEnglish | ProblemKind::MissingSource)
}

/// "650–700", "650", or "" from the years as written.
pub(crate) fn era_span(start: &str, end: &str) -> String {
    match (start.trim(), end.trim()) {
        (s, "") => s.to_string(),
        (s, e) => format!("{s}–{e}"),
    }
}

/// Runs of whitespace (line breaks included) as one space: titles are one line.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Slides to events, then validation (shared with the sheet reader).
pub(crate) fn convert(timeline: Timeline, names: &SourceNames, options: &ImportOptions) -> Imported {
    let mut notes = timeline.notes;
    let mut header = Header::default();
    if let Some((headline, text)) = &timeline.title {
        let title = one_line(&html_to_text(headline));
        let subtitle = one_line(&html_to_text(text));
        header.title = (!title.is_empty()).then(|| Localized::vi(title));
        header.subtitle = (!subtitle.is_empty()).then(|| Localized::vi(subtitle));
    }
    let mut dropped: BTreeMap<Dropped, usize> = BTreeMap::new();
    let mut taken = HashSet::new();
    let mut drafts = Vec::new();
    for slide in &timeline.slides {
        let origin = slide.origin.unwrap_or(Origin::File);
        match slide_event(slide, names, options, &mut header, &mut taken) {
            Ok((draft, mut extra)) => {
                let mut kinds = slide.dropped.clone();
                if slide.start.time || slide.end.as_ref().is_some_and(|e| e.time) {
                    kinds.push(Dropped::Time);
                }
                if slide.text.to_ascii_lowercase().contains("href") {
                    kinds.push(Dropped::Links);
                }
                kinds.sort();
                kinds.dedup();
                for kind in kinds {
                    *dropped.entry(kind).or_default() += 1;
                }
                notes.append(&mut extra);
                drafts.push(draft);
            }
            Err(refusal) => {
                let (label, kind) = *refusal;
                notes.push(ImportNote { origin, label, kind })
            }
        }
    }
    let whole: Vec<NoteKind> = timeline
        .dropped
        .iter()
        .map(|&what| NoteKind::NotCarried { what, count: 1 })
        .chain(dropped.into_iter().map(|(what, count)| NoteKind::NotCarried { what, count }))
        .chain(std::iter::once(NoteKind::TextAsVietnamese))
        .collect();
    notes.extend(whole.into_iter().map(|kind| ImportNote { origin: Origin::File, label: None, kind }));
    finish(drafts, header, notes, &names.naming, options)
}

// Boxed: the refusal is rare and large, the success path should not carry its size.
type Refusal = Box<(Option<String>, NoteKind)>;

/// One slide as a draft event, or why it is left out.
fn slide_event(
    slide: &Slide,
    names: &SourceNames,
    options: &ImportOptions,
    header: &mut Header,
    taken: &mut HashSet<String>,
) -> Result<(Draft, Vec<ImportNote>), Refusal> {
    let origin = slide.origin.unwrap_or(Origin::File);
    let headline = one_line(&html_to_text(&slide.headline));
    let text = html_to_text(&slide.text);
    let mut notes = Vec::new();
    let title = if !headline.is_empty() {
        headline
    } else if !text.is_empty() {
        let title = title_from_text(&text);
        notes.push(ImportNote { origin, label: Some(title.clone()), kind: NoteKind::TitleFromText });
        title
    } else {
        return Err(Box::new((None, NoteKind::EmptySlide)));
    };
    let label = Some(title.clone());
    let date = iso_date(&slide.start, names).map_err(|kind| Box::new((label.clone(), kind)))?;
    let end = match &slide.end {
        Some(end) if !end.year.is_empty() => {
            Some(iso_date(end, names).map_err(|kind| Box::new((label.clone(), kind)))?)
        }
        _ => None,
    };
    let mut event = Map::new();
    let requested = slide.unique_id.trim();
    let id = match requested {
        r if is_slug(r) => r.to_string(),
        "" => slug(&title),
        r => slug(r),
    };
    event.insert("id".into(), Value::from(unique_id(id, taken)));
    event.insert("title".into(), Value::Object(vi(&title)));
    if !text.is_empty() {
        event.insert("summary".into(), Value::Object(vi(&text)));
    }
    event.insert("date".into(), Value::from(date));
    if let Some(end) = end {
        event.insert("end".into(), Value::from(end));
    }
    let group = one_line(&html_to_text(&slide.group));
    let category = group_category(&group);
    event.insert("category".into(), Value::from(category.unwrap_or(options.category).id()));
    event.insert("level".into(), Value::from(options.level.id()));
    if category.is_none() && !group.is_empty() {
        let tag = slug(&group);
        header.tags.entry(tag.clone()).or_insert_with(|| Localized::vi(group.clone()));
        event.insert("tags".into(), Value::Array(vec![Value::from(tag)]));
    }
    Ok((Draft { origin, label, event }, notes))
}

fn vi(text: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("vi".into(), Value::from(text));
    m
}

/// The category a TimelineJS group names: its id or its name in either language, ignoring
/// case and accents ("Lịch sử", "lich su", "History", "history").
fn group_category(group: &str) -> Option<Category> {
    let folded = normalize(group);
    if folded.is_empty() {
        return None;
    }
    Category::ALL.into_iter().find(|&c| {
        folded == c.id() || Lang::ALL.iter().any(|&lang| normalize(category_name(c, lang)) == folded)
    })
}

/// The first line of the text, cut between words at about [`TITLE_FROM_TEXT_MAX`] characters.
fn title_from_text(text: &str) -> String {
    let first = one_line(text.lines().find(|l| !l.trim().is_empty()).unwrap_or(""));
    if first.chars().count() <= TITLE_FROM_TEXT_MAX {
        return first;
    }
    let cut: String = first.chars().take(TITLE_FROM_TEXT_MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// The date as the dataset writes it ("0622-08-09", "1943-07", "1951"); the validator checks
/// that the month and day exist. A day without a month is ignored, as TimelineJS does.
fn iso_date(date: &SlideDate, names: &SourceNames) -> Result<String, NoteKind> {
    if date.year.is_empty() {
        return Err(NoteKind::NoYear(names.year.to_string()));
    }
    let year = match date.year.parse::<Year>() {
        Ok(year) => year.get(),
        Err(DateError::YearOutOfRange(_)) => return Err(NoteKind::YearOutOfRange(date.year.clone())),
        Err(_) => {
            return Err(NoteKind::NotANumber { field: names.year.to_string(), value: date.year.clone() })
        }
    };
    let number = |text: &str, field: &str| -> Result<Option<u32>, NoteKind> {
        match text {
            "" => Ok(None),
            t => t
                .parse::<u32>()
                .map(Some)
                .map_err(|_| NoteKind::NotANumber { field: field.to_string(), value: t.to_string() }),
        }
    };
    let month = number(&date.month, names.month)?;
    let day = number(&date.day, names.day)?;
    Ok(match (month, day) {
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        (None, _) => format!("{year:04}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> SourceNames {
        SourceNames {
            year: "start_date.year",
            month: "start_date.month",
            day: "start_date.day",
            naming: Naming { field: |p| p.to_string(), columns: false, quiet: never_english_nor_source },
        }
    }

    fn date(year: &str, month: &str, day: &str) -> SlideDate {
        SlideDate { year: year.into(), month: month.into(), day: day.into(), time: false }
    }

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(iso_date(&date("622", "08", "9"), &names()), Ok("0622-08-09".into()));
        assert_eq!(iso_date(&date("1943", "7", ""), &names()), Ok("1943-07".into()));
        assert_eq!(iso_date(&date("1951", "", "5"), &names()), Ok("1951".into()));
        assert_eq!(
            iso_date(&date("-13800000000", "", ""), &names()),
            Err(NoteKind::YearOutOfRange("-13800000000".into()))
        );
        assert_eq!(iso_date(&date("0", "", ""), &names()), Err(NoteKind::YearOutOfRange("0".into())));
        assert_eq!(
            iso_date(&date("99999999999999999999", "", ""), &names()),
            Err(NoteKind::YearOutOfRange("99999999999999999999".into()))
        );
        assert!(matches!(iso_date(&date("1990s", "", ""), &names()), Err(NoteKind::NotANumber { .. })));
        assert!(matches!(iso_date(&date("1990", "May", ""), &names()), Err(NoteKind::NotANumber { .. })));
        assert_eq!(iso_date(&date("", "1", "1"), &names()), Err(NoteKind::NoYear("start_date.year".into())));
    }

    #[test]
    fn groups_that_name_a_category() {
        assert_eq!(group_category("Lịch sử"), Some(Category::History));
        assert_eq!(group_category("lich su"), Some(Category::History));
        assert_eq!(group_category("Chỉ tiêu, kết quả"), Some(Category::Target));
        assert_eq!(group_category("Emulation campaign"), Some(Category::Campaign));
        assert_eq!(group_category("congress"), Some(Category::Congress));
        assert_eq!(group_category("Video"), None);
        assert_eq!(group_category(""), None);
    }

    #[test]
    fn titles_from_text_are_short() {
        assert_eq!(title_from_text("\nShort one.\nSecond"), "Short one.");
        let long = title_from_text(&"word, ".repeat(30));
        assert!(long.ends_with('…') && long.chars().count() <= TITLE_FROM_TEXT_MAX + 1, "{long}");
    }
}
