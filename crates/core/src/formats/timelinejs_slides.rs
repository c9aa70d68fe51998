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
use crate::model::media::is_image_url;
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

/// The media of a slide as written (HTML in caption and credit).
#[derive(Clone, Debug, Default)]
pub(crate) struct SlideMedia {
    pub url: String,
    pub caption: String,
    pub credit: String,
    pub alt: String,
    pub link: String,
}

/// What a slide's media is, told from its address: a picture becomes `media`, anything else
/// on the web a link (`links`); embedded HTML and other schemes cannot be carried over.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MediaKind {
    /// A picture file (`.jpg`, `.png` …).
    Picture,
    /// A page of a known service: YouTube, Vimeo, Google Maps, Twitter …
    Service(
        #[cfg_attr(feature = "tools", serde(deserialize_with = "service_name"))]
        crate::check::problem::StaticText,
    ),
    /// A sound file (`.mp3` …).
    Audio,
    /// A video file (`.mp4` …).
    Video,
    /// A PDF document.
    Pdf,
    /// Any other web page.
    Page,
    /// HTML written into the media field (`<iframe>`, `<blockquote>`).
    Html,
    /// Not a web address (`javascript:`, `data:` …).
    Unsupported,
}

/// A service's name read back (from the editors' import worker): one of [`SERVICES`]' names, or
/// any other kept for the program's lifetime.
#[cfg(feature = "tools")]
fn service_name<'de, D: serde::Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
    let text = <String as serde::Deserialize>::deserialize(d)?;
    Ok(SERVICES
        .iter()
        .map(|(_, name)| *name)
        .find(|n| *n == text)
        .unwrap_or_else(|| Box::leak(text.into_boxed_str())))
}

/// Known services, by a part of their address.
const SERVICES: [(&str, &str); 22] = [
    ("youtube.com/", "YouTube"),
    ("youtu.be/", "YouTube"),
    ("vimeo.com/", "Vimeo"),
    ("dailymotion.com/", "Dailymotion"),
    ("tiktok.com/", "TikTok"),
    ("bsky.app/", "Bluesky"),
    ("soundcloud.com/", "SoundCloud"),
    ("twitter.com/", "Twitter/X"),
    ("x.com/", "Twitter/X"),
    ("google.com/maps", "Google Maps"),
    ("maps.google.", "Google Maps"),
    ("instagram.com/", "Instagram"),
    ("flickr.com/", "Flickr"),
    ("flic.kr/", "Flickr"),
    ("documentcloud.org/", "DocumentCloud"),
    ("docs.google.com/", "Google Docs"),
    ("drive.google.com/", "Google Drive"),
    ("commons.wikimedia.org/", "Wikimedia Commons"),
    ("wikipedia.org/", "Wikipedia"),
    ("spotify.com/", "Spotify"),
    ("imgur.com/", "Imgur"),
    ("wistia.com/", "Wistia"),
];

impl MediaKind {
    /// What the media at `url` is (see [`MediaKind`]).
    pub fn of(url: &str) -> MediaKind {
        let url = url.trim();
        if url.starts_with('<') {
            return MediaKind::Html;
        }
        let lower = url.to_ascii_lowercase();
        let web = lower.starts_with("https://") || lower.starts_with("http://");
        if !web {
            return match crate::model::media::check_media_url(url) {
                Ok(()) if is_image_url(url) => MediaKind::Picture,
                _ => MediaKind::Unsupported,
            };
        }
        if lower.contains("vine.co/") {
            return MediaKind::Service("Vine");
        }
        if let Some((_, name)) = SERVICES.iter().find(|(part, _)| lower.contains(part)) {
            return MediaKind::Service(name);
        }
        if is_image_url(url) {
            return MediaKind::Picture;
        }
        let path = lower.split(['?', '#']).next().unwrap_or_default();
        let ends = |exts: &[&str]| exts.iter().any(|e| path.ends_with(&format!(".{e}")));
        if ends(&["mp3", "wav", "ogg", "m4a", "aac", "flac"]) {
            MediaKind::Audio
        } else if ends(&["mp4", "webm", "mov", "ogv", "m4v"]) {
            MediaKind::Video
        } else if ends(&["pdf"]) {
            MediaKind::Pdf
        } else {
            MediaKind::Page
        }
    }

    /// Its name in `lang`, for notes and for a link without a caption.
    pub fn name(self, lang: Lang) -> String {
        let t = &lang.strings().import;
        match self {
            MediaKind::Picture => t.kind_picture.to_string(),
            MediaKind::Service(name) => name.to_string(),
            MediaKind::Audio => t.kind_audio.to_string(),
            MediaKind::Video => t.kind_video.to_string(),
            MediaKind::Pdf => t.kind_pdf.to_string(),
            MediaKind::Page => t.kind_page.to_string(),
            MediaKind::Html => t.kind_html.to_string(),
            MediaKind::Unsupported => t.kind_unsupported.to_string(),
        }
    }
}

/// A picture's address made loadable by an https page: `http:` becomes `https:` (the big
/// picture hosts serve both; the note asks the editor to check), and the characters a picture's
/// address may not have (spaces, quotes) are percent-encoded. The bool says it was upgraded.
fn picture_url(url: &str) -> (String, bool) {
    let url = url.trim();
    let (url, upgraded) = match url.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("http://") => (format!("https://{}", &url[7..]), true),
        _ => (url.to_string(), false),
    };
    let encoded = url.replace(' ', "%20").replace('"', "%22").replace('\'', "%27");
    (encoded, upgraded)
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
    pub media: Option<SlideMedia>,
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
        header.title = (!title.is_empty()).then(|| in_lang(&title, options.text_lang));
        header.subtitle = (!subtitle.is_empty()).then(|| in_lang(&subtitle, options.text_lang));
    }
    let mut tally = MediaTally::default();
    let mut dropped: BTreeMap<Dropped, usize> = BTreeMap::new();
    let mut taken = HashSet::new();
    let mut drafts = Vec::new();
    for slide in &timeline.slides {
        let origin = slide.origin.unwrap_or(Origin::File);
        match slide_event(slide, names, options, &mut header, &mut taken, &mut tally) {
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
        .chain(tally.notes())
        .chain(std::iter::once(match options.text_lang {
            Lang::Vi => NoteKind::TextAsVietnamese,
            Lang::En => NoteKind::TextAsEnglish,
        }))
        .collect();
    notes.extend(whole.into_iter().map(|kind| ImportNote { origin: Origin::File, label: None, kind }));
    finish(drafts, header, notes, &names.naming, options)
}

/// What became of the slides' media, counted for the notes of the whole file.
#[derive(Default)]
struct MediaTally {
    pictures: usize,
    links: BTreeMap<MediaKind, usize>,
    left_out: BTreeMap<MediaKind, usize>,
    upgraded: usize,
    alt_from_caption: usize,
}

impl MediaTally {
    fn notes(self) -> Vec<NoteKind> {
        let mut notes = Vec::new();
        if self.pictures + self.links.len() + self.left_out.len() > 0 {
            notes.push(NoteKind::MediaCarried {
                pictures: self.pictures,
                links: self.links.into_iter().collect(),
                left_out: self.left_out.into_iter().collect(),
            });
        }
        if self.upgraded > 0 {
            notes.push(NoteKind::PicturesUpgraded(self.upgraded));
        }
        if self.alt_from_caption > 0 {
            notes.push(NoteKind::AltFromCaption(self.alt_from_caption));
        }
        notes
    }
}

/// Text in the language of the source file: `{"vi": …}`, or for English `{"vi": …, "en": …}`
/// with the same text, since a dataset must have Vietnamese (see `TextAsEnglish`).
fn in_lang(text: &str, lang: Lang) -> Localized {
    match lang {
        Lang::Vi => Localized::vi(text),
        Lang::En => Localized { vi: text.to_string(), en: Some(text.to_string()) },
    }
}

fn text_value(text: &str, lang: Lang) -> Value {
    crate::import::localized_value(&in_lang(text, lang))
}

/// The slide's media as `media` (a picture) or `links` (anything else on the web) of the event,
/// with the notes on this slide.
fn carry_media(
    media: &SlideMedia,
    title: &str,
    options: &ImportOptions,
    event: &mut Map<String, Value>,
    tally: &mut MediaTally,
) -> Option<NoteKind> {
    let lang = options.text_lang;
    let kind = MediaKind::of(&media.url);
    let caption = html_to_text(&media.caption);
    let credit = one_line(&html_to_text(&media.credit));
    match kind {
        MediaKind::Picture => {
            let (url, upgraded) = picture_url(&media.url);
            let mut item = Map::new();
            item.insert("url".into(), Value::from(url));
            let alt = one_line(&html_to_text(&media.alt));
            let alt = if !alt.is_empty() {
                alt
            } else {
                tally.alt_from_caption += 1;
                [one_line(&caption), credit.clone(), title.to_string()]
                    .into_iter()
                    .find(|t| !t.is_empty())
                    .unwrap_or_default()
            };
            item.insert("alt".into(), text_value(&alt, lang));
            if !caption.is_empty() {
                item.insert("caption".into(), text_value(&caption, lang));
            }
            if !credit.is_empty() {
                item.insert("credit".into(), Value::from(credit));
            }
            if !media.link.trim().is_empty() {
                item.insert("link".into(), Value::from(media.link.trim()));
            }
            event.insert("media".into(), Value::Array(vec![Value::Object(item)]));
            tally.pictures += 1;
            tally.upgraded += usize::from(upgraded);
            None
        }
        MediaKind::Html | MediaKind::Unsupported => {
            *tally.left_out.entry(kind).or_default() += 1;
            Some(NoteKind::MediaLeftOut(kind))
        }
        _ => {
            let label = [one_line(&caption), credit].into_iter().find(|t| !t.is_empty());
            let label = label.unwrap_or_else(|| kind.name(lang));
            let mut link = Map::new();
            link.insert("url".into(), Value::from(media.url.trim()));
            link.insert("label".into(), text_value(&label, lang));
            event.insert("links".into(), Value::Array(vec![Value::Object(link)]));
            *tally.links.entry(kind).or_default() += 1;
            Some(NoteKind::MediaAsLink(kind))
        }
    }
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
    tally: &mut MediaTally,
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
    } else if let Some(media) = slide.media.as_ref().filter(|m| !m.url.trim().is_empty()) {
        // A picture-only slide: named from its caption or credit, for the editor to check.
        let kind = MediaKind::of(&media.url);
        let title = [&media.caption, &media.credit]
            .into_iter()
            .map(|t| one_line(&html_to_text(t)))
            .find(|t| !t.is_empty())
            .map_or_else(|| kind.name(options.text_lang), |t| title_from_text(&t));
        notes.push(ImportNote { origin, label: Some(title.clone()), kind: NoteKind::TitleFromMedia });
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
    let lang = options.text_lang;
    event.insert("title".into(), text_value(&title, lang));
    if !text.is_empty() {
        event.insert("summary".into(), text_value(&text, lang));
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
        header.tags.entry(tag.clone()).or_insert_with(|| in_lang(&group, lang));
        event.insert("tags".into(), Value::Array(vec![Value::from(tag)]));
    }
    if let Some(media) = slide.media.as_ref().filter(|m| !m.url.trim().is_empty()) {
        if let Some(kind) = carry_media(media, &title, options, &mut event, tally) {
            notes.push(ImportNote { origin, label: label.clone(), kind });
        }
    }
    Ok((Draft { origin, label, event }, notes))
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
