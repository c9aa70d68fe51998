//! Round anniversaries ("kỷ niệm tròn năm"): which events are commemorated in a given year, and
//! which anniversaries come next from a given day. Only events people mark have them
//! ([`Event::is_commemorated`]): every view of anniversaries goes through [`anniversary`], so the
//! rule holds everywhere. Nothing here reads the clock.

use crate::model::date::{CalendarDate, EventDate, Precision};
use crate::model::event::Event;
use chrono::{Datelike, Months, NaiveDate};

/// Anniversaries are marked every this many years (5, 10, 15 …).
pub const ROUND_YEARS: u32 = 5;

/// The round anniversary of one event in one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anniversary<'a> {
    /// The event commemorated.
    pub event: &'a Event,
    /// Years since the event (its start, for a range); `None` for observances that recur
    /// every year.
    pub years: Option<u32>,
    /// The anniversary in the target year, at the precision of the original date: "1950" gives
    /// "2020", "1950-10" gives "2020-10", "1940-09-27" gives "2020-09-27". Observances get
    /// their day of that year.
    pub date: CalendarDate,
    /// A "năm chẵn" anniversary, see [`is_major`].
    pub major: bool,
}

/// Whether `years` is a major anniversary: a multiple of 10 (the Vietnamese "năm chẵn": 10, 20,
/// … 70, 80, 90, 100, 130) or of 25 (the jubilees 25, 75 …). This covers the usual 10, 25, 50,
/// 75 and 100; 5, 15, 35 or 45 are marked but not major.
pub fn is_major(years: u32) -> bool {
    years > 0 && (years.is_multiple_of(10) || years.is_multiple_of(25))
}

/// Every round anniversary that falls in `year`: commemorated events whose start is a multiple
/// of [`ROUND_YEARS`] years before it, and observances (every year). Events starting in or after
/// `year` give nothing, and so do events that are not commemorated (a meeting, a term, a
/// document…, see [`Event::is_commemorated`]).
///
/// An event of 29 February is commemorated on 28 February in years that have no 29 February,
/// the last day of February that exists, so that it still falls in its month.
///
/// Sorted by date within the year: year-only anniversaries first, then month ones before the
/// days of their month, then by day; ties by Vietnamese title, then id.
pub fn anniversaries_in_year<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    year: i32,
) -> Vec<Anniversary<'a>> {
    let mut found: Vec<Anniversary<'a>> = events.into_iter().filter_map(|e| anniversary(e, year)).collect();
    crate::order::sort_stable_by(&mut found, |a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.event.title.vi.cmp(&b.event.title.vi))
            .then_with(|| a.event.id.cmp(&b.event.id))
    });
    found
}

/// The round anniversary of `event` in `year`, if it has one: never for an event that is not
/// commemorated ([`Event::is_commemorated`]).
pub fn anniversary(event: &Event, year: i32) -> Option<Anniversary<'_>> {
    if !event.is_commemorated() {
        return None;
    }
    match event.date {
        EventDate::Recurring { month, day } => {
            Some(Anniversary { event, years: None, date: day_in(year, month, day)?, major: false })
        }
        EventDate::Calendar(start) => {
            let years = u32::try_from(year - start.year_number())
                .ok()
                .filter(|&n| n > 0 && n.is_multiple_of(ROUND_YEARS))?;
            let date = match (start.month_number(), start.day_number()) {
                (Some(m), Some(d)) => day_in(year, m, d)?,
                (Some(m), None) => CalendarDate::month(year, m).ok()?,
                _ => CalendarDate::year(year).ok()?,
            };
            Some(Anniversary { event, years: Some(years), date, major: is_major(years) })
        }
    }
}

/// The day in `year`, with 29 February moved to the 28th when the year has none.
fn day_in(year: i32, month: u32, day: u32) -> Option<CalendarDate> {
    CalendarDate::day(year, month, day).or_else(|_| CalendarDate::day(year, month, day - 1)).ok()
}

/// How far ahead [`upcoming`] looks.
pub const UPCOMING_MONTHS: u32 = 24;

/// The next round anniversaries from `today` (included), at most `limit`, soonest first, with the
/// number of days until each.
///
/// - Day-precise ones (and observances) count from `today` itself; the days are `Some(0)` today.
/// - Month-precise ones stay upcoming until their month has ended, since they may still be
///   ahead; no day is known, so their days are `None` and they sort as if on the 1st.
/// - Year-only ones have no day and are never upcoming; they are in the year view instead.
///
/// The look-ahead crosses year boundaries and stops [`UPCOMING_MONTHS`] months after `today`.
/// Each event is named once, at its next anniversary: an observance recurs within the
/// look-ahead, and a strip saying the same day twice ("còn 168 ngày", "còn 534 ngày") reads
/// as a mistake.
pub fn upcoming<'a>(
    events: &'a [Event],
    today: NaiveDate,
    limit: usize,
) -> Vec<(Anniversary<'a>, Option<i64>)> {
    let horizon = today.checked_add_months(Months::new(UPCOMING_MONTHS)).unwrap_or(NaiveDate::MAX);
    // Events already listed: at most `limit`, so a list (no hash set type in the wasm for it).
    let mut named: Vec<&str> = Vec::new();
    // Years in order, each sorted by date: the list comes out in date order.
    (today.year()..=horizon.year())
        .flat_map(|year| anniversaries_in_year(events, year))
        .filter_map(|a| match a.date.precision() {
            Precision::Year => None,
            Precision::Month => {
                (a.date.last_day() >= today && a.date.first_day() < horizon).then_some((a, None))
            }
            Precision::Day => {
                let day = a.date.first_day();
                (day >= today && day < horizon).then(|| (a, Some((day - today).num_days())))
            }
        })
        .filter(|(a, _)| {
            let new = !named.contains(&a.event.id.as_str());
            if new {
                named.push(&a.event.id);
            }
            new
        })
        .take(limit)
        .collect()
}
