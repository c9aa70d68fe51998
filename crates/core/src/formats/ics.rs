//! iCalendar files (RFC 5545) of a year's round anniversaries and of the events themselves, to
//! import into or subscribe from any calendar app. Pure: the DTSTAMP is an argument, never read
//! from the clock.
//!
//! Every entry is an all-day event (`DTSTART;VALUE=DATE`, with the exclusive `DTEND` the day after
//! its last day), as long as the date is precisely known:
//! - a day: that day;
//! - a month: the whole month (the 1st to the 1st of the next month);
//! - a year: the whole year (1 January to 1 January of the next). Year-only dates are a third of
//!   a typical dataset (targets, congresses of "2020"); someone importing "every event" expects to
//!   find them, and a banner over the year is what "sometime in 2020" means, so they are kept;
//! - a range (`end`): from the first day of its start to the last day of its end.
//!
//! When a month or a year stands for an unknown day, the description says so. Observances
//! (`--MM-DD`) are that year's day among the anniversaries, and a yearly series among the events
//! (see [`RECURRING_BASE_YEAR`]).
//!
//! Major anniversaries (see [`crate::query::anniversary::is_major`]) carry the major label in
//! `CATEGORIES` and a ★ before the anniversary phrase in the description; the SUMMARY stays the
//! plain "80 năm Khởi nghĩa Bắc Sơn" so it reads well in any calendar grid.
//!
//! The same input gives the same file (but for DTSTAMP): UIDs come from event ids, so importing a
//! newer file updates the entries instead of duplicating them.

use crate::i18n::fill;
use crate::model::date::{CalendarDate, EventDate, Precision};
use crate::model::event::{Event, Source};
use crate::model::lang::Lang;
use crate::query::anniversary::{anniversaries_in_year, Anniversary};
use crate::view::format::{anniversary_phrase, category_name, event_date, long_date, ordinal, short_date};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike};
use std::fmt;

/// The longest physical line, in octets and without its CRLF (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The first year of an observance's yearly series in [`events_ics`] (1972 for 29 February, the
/// first leap year after it). Fixed rather than "this year" so that the file does not change
/// from one year to the next, and early enough that the series covers every year a reader browses;
/// calendar apps handle 1970 well, unlike some earlier years.
pub const RECURRING_BASE_YEAR: i32 = 1970;

/// Put before the anniversary phrase of a major anniversary in the description.
const MAJOR_MARK: &str = "★";

/// The right-hand side of every UID.
const UID_DOMAIN: &str = "daumoc";

/// The time a calendar file is made, its DTSTAMP: a UTC date and time, to the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IcsStamp(NaiveDateTime);

impl IcsStamp {
    /// 1970-01-01 00:00:00 UTC.
    pub const UNIX_EPOCH: IcsStamp = IcsStamp(DateTime::UNIX_EPOCH.naive_utc());

    /// From a date and time in UTC; fractions of a second are dropped.
    pub fn from_utc(at: NaiveDateTime) -> Self {
        IcsStamp(at.with_nanosecond(0).unwrap_or(at))
    }

    /// From seconds since 1970-01-01 00:00:00 UTC, as a caller reads them from its clock;
    /// `None` beyond the years chrono can represent.
    pub fn from_unix_seconds(seconds: i64) -> Option<Self> {
        DateTime::from_timestamp(seconds, 0).map(|at| IcsStamp(at.naive_utc()))
    }

    /// The date and time, in UTC.
    pub fn utc(self) -> NaiveDateTime {
        self.0
    }
}

impl fmt::Display for IcsStamp {
    /// The UTC form of RFC 5545, `YYYYMMDDTHHMMSSZ`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let time = self.0.time();
        write!(f, "{}T{:02}{:02}{:02}Z", ics_date(self.0.date()), time.hour(), time.minute(), time.second())
    }
}

/// The round anniversaries of `year` (see [`anniversaries_in_year`]) as an iCalendar file, one
/// all-day event each, in date order. SUMMARY "80 năm Khởi nghĩa Bắc Sơn" / "80th anniversary of
/// the Bắc Sơn uprising" (an observance: its title); DESCRIPTION the anniversary phrase, the
/// original date, the event's summary, note and source; UID `<event-id>-<year>@daumoc`.
pub fn anniversaries_ics<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    year: i32,
    lang: Lang,
    stamp: IcsStamp,
    calendar_name: &str,
) -> String {
    let entries: Vec<Entry> =
        anniversaries_in_year(events, year).iter().map(|a| anniversary_entry(a, year, lang)).collect();
    calendar(&entries, lang, stamp, calendar_name)
}

/// The events themselves (usually the filtered ones) as an iCalendar file, one all-day event
/// each, in the order given. SUMMARY the title; DESCRIPTION the date as on cards, the summary,
/// note and source; UID `<event-id>@daumoc`. Observances are a yearly series (`RRULE`) from
/// [`RECURRING_BASE_YEAR`]; one of 29 February falls on the last day of February in other years,
/// as among the anniversaries.
pub fn events_ics<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    lang: Lang,
    stamp: IcsStamp,
    calendar_name: &str,
) -> String {
    let entries: Vec<Entry> = events.into_iter().filter_map(|e| event_entry(e, lang)).collect();
    calendar(&entries, lang, stamp, calendar_name)
}

/// Escapes TEXT per RFC 5545 §3.3.11: `\` `;` `,` get a backslash, every line break (LF, CRLF or
/// CR) becomes `\n`. Other control characters but tab are dropped, since TEXT cannot hold them.
pub fn ics_escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line into physical lines of at most [`MAX_LINE_OCTETS`] octets, each ending
/// in CRLF, continuation lines starting with one space (RFC 5545 §3.1). Cuts only between
/// characters, so a multi-byte UTF-8 sequence is never split across lines, and never inside a
/// backslash escape. Removing every CRLF followed by a space gives the line back.
pub fn fold_ics_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut rest = line;
    // The leading space of a continuation line counts towards its 75 octets.
    let mut room = MAX_LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        // Keep an escape (`\,`, `\n`) on one line: valid either way, but some readers
        // unescape before they unfold.
        if rest[..cut].bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1 {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
    out
}

/// One VEVENT before it is written.
struct Entry {
    uid: String,
    start: NaiveDate,
    /// Exclusive: the day after the last day.
    end: NaiveDate,
    rrule: Option<&'static str>,
    summary: String,
    description: String,
    categories: Vec<&'static str>,
    location: Option<String>,
    url: Option<String>,
}

fn anniversary_entry(a: &Anniversary, year: i32, lang: Lang) -> Entry {
    let t = &lang.strings().calendar;
    let event = a.event;
    let title = event.title.text(lang);
    let summary = match a.years {
        Some(years) => fill(t.anniversary_summary, &[&ordinal(years, lang), &with_article(title, lang)]),
        None => title.to_string(),
    };
    let phrase = anniversary_phrase(a, lang);
    let mut head = vec![if a.major { format!("{MAJOR_MARK} {phrase}") } else { phrase }];
    head.push(fill(t.original_date, &[&long_date(&event.date, lang)]));
    head.extend(precision_note(&a.date, None, lang));
    let mut categories = vec![category_name(event.category, lang)];
    if a.major {
        categories.push(lang.strings().anniversaries.major_label);
    }
    Entry {
        uid: format!("{}-{year}@{UID_DOMAIN}", event.id),
        start: a.date.first_day(),
        end: day_after(a.date.last_day()),
        rrule: None,
        summary,
        description: description(head, event, lang),
        categories,
        location: event.place.as_ref().map(|p| p.text(lang).to_string()),
        url: event.source.as_ref().and_then(|s| s.url.clone()),
    }
}

/// `None` only for a recurring day that does not exist, which parsing never gives.
fn event_entry(event: &Event, lang: Lang) -> Option<Entry> {
    let (start, end, rrule, note) = match event.date {
        EventDate::Calendar(first) => {
            let last = event.end.unwrap_or(first);
            (
                first.first_day(),
                day_after(last.last_day()),
                None,
                precision_note(&first, event.end.as_ref(), lang),
            )
        }
        EventDate::Recurring { month, day } => {
            let first = (RECURRING_BASE_YEAR..RECURRING_BASE_YEAR + 8)
                .find_map(|year| NaiveDate::from_ymd_opt(year, month, day))?;
            // Every year on the last day of February, as `anniversary::anniversary` does.
            let rule =
                if (month, day) == (2, 29) { "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" } else { "FREQ=YEARLY" };
            (first, day_after(first), Some(rule), None)
        }
    };
    let head = std::iter::once(fill(lang.strings().calendar.date, &[&event_date(event, lang)])).chain(note);
    Some(Entry {
        uid: format!("{}@{UID_DOMAIN}", event.id),
        start,
        end,
        rrule,
        summary: event.title.text(lang).to_string(),
        description: description(head.collect(), event, lang),
        categories: vec![category_name(event.category, lang)],
        location: event.place.as_ref().map(|p| p.text(lang).to_string()),
        url: event.source.as_ref().and_then(|s| s.url.clone()),
    })
}

/// The line that explains why an entry spans more days than the event: a month or a year that
/// stands for an unknown day, or a range with an imprecise end.
fn precision_note(start: &CalendarDate, end: Option<&CalendarDate>, lang: Lang) -> Option<String> {
    let t = &lang.strings().calendar;
    let long = |d: &CalendarDate| long_date(&EventDate::Calendar(*d), lang);
    match end {
        Some(end) if start.precision() != Precision::Day || end.precision() != Precision::Day => {
            Some(fill(t.range_days, &[&long(start), &long(end)]))
        }
        Some(_) => None,
        None => match start.precision() {
            Precision::Day => None,
            Precision::Month => Some(fill(t.whole_month, &[&long(start)])),
            Precision::Year => Some(fill(t.whole_year, &[&long(start)])),
        },
    }
}

/// The head lines, then the event's summary, its note and its source, as paragraphs.
fn description(head: Vec<String>, event: &Event, lang: Lang) -> String {
    let t = &lang.strings().calendar;
    let mut paragraphs = vec![head.join("\n")];
    paragraphs.extend(event.summary.as_ref().map(|s| s.text(lang).to_string()));
    paragraphs.extend(event.note.as_ref().map(|n| fill(t.note, &[n.text(lang)])));
    paragraphs.extend(event.source.as_ref().map(|s| source_lines(s, lang).join("\n")));
    paragraphs.retain(|p| !p.trim().is_empty());
    paragraphs.join("\n\n")
}

fn source_lines(source: &Source, lang: Lang) -> Vec<String> {
    let t = &lang.strings().calendar;
    let mut lines = Vec::new();
    if !source.document.trim().is_empty() {
        lines.push(fill(t.source, &[&source.document]));
    }
    lines.extend(source.title.as_ref().map(|title| fill(t.article, &[title])));
    lines.extend(source.published.map(|p| fill(t.published, &[&short_date(&EventDate::Calendar(p), lang)])));
    lines.extend(source.quote.as_ref().map(|q| fill(t.quote, &[q])));
    lines.extend(source.url.clone());
    lines
}

/// The title with the language's article ("the Bắc Sơn uprising"), as the anniversary phrases do.
fn with_article(title: &str, lang: Lang) -> String {
    let article = lang.strings().anniversaries.article;
    let has_article = title.get(..article.len()).is_some_and(|p| p.eq_ignore_ascii_case(article));
    if has_article {
        title.to_string()
    } else {
        format!("{article}{title}")
    }
}

fn calendar(entries: &[Entry], lang: Lang, stamp: IcsStamp, name: &str) -> String {
    let mut out = String::with_capacity(256 + entries.len() * 1024);
    let mut line = |text: &str| out.push_str(&fold_ics_line(text));
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:-//Dau moc//daumoc//{}", lang.code().to_ascii_uppercase()));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    if !name.trim().is_empty() {
        line(&format!("X-WR-CALNAME:{}", ics_escape_text(name)));
    }
    for e in entries {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", ics_escape_text(&e.uid)));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", ics_date(e.start)));
        line(&format!("DTEND;VALUE=DATE:{}", ics_date(e.end)));
        if let Some(rule) = e.rrule {
            line(&format!("RRULE:{rule}"));
        }
        line(&format!("SUMMARY:{}", ics_escape_text(&e.summary)));
        if !e.description.is_empty() {
            line(&format!("DESCRIPTION:{}", ics_escape_text(&e.description)));
        }
        if let Some(place) = e.location.as_deref().filter(|p| !p.trim().is_empty()) {
            line(&format!("LOCATION:{}", ics_escape_text(place)));
        }
        let categories: Vec<String> = e.categories.iter().map(|c| ics_escape_text(c)).collect();
        line(&format!("CATEGORIES:{}", categories.join(",")));
        // A URI, not TEXT: not escaped, so one with a line break would corrupt the file.
        if let Some(url) = e.url.as_deref().filter(|u| !u.chars().any(char::is_control)) {
            line(&format!("URL:{url}"));
        }
        // Anniversaries are markers, not appointments: they should not make anyone look busy.
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

fn day_after(day: NaiveDate) -> NaiveDate {
    day.succ_opt().unwrap_or(day)
}

/// `YYYYMMDD`, the DATE form of RFC 5545.
fn ics_date(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}
