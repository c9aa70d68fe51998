//! Counts of a dataset for editors (`daumoc stats`): events per category, level and decade, and
//! the time they span.

use crate::formats::json::Json;
use crate::i18n::fill;
use crate::model::date::{CalendarDate, EventDate};
use crate::model::event::{Category, Dataset, Level};
use crate::model::lang::Lang;
use crate::view::format::{category_name, level_name, short_date};

/// The counts of a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stats {
    /// How many events.
    pub events: usize,
    /// Events per category, every category in the order of [`Category::ALL`] (zeros included).
    pub by_category: Vec<(Category, usize)>,
    /// Events per level, every level in the order of [`Level::ALL`] (zeros included).
    pub by_level: Vec<(Level, usize)>,
    /// Events per decade of their start (1940 for 1940–1949), oldest first; only decades with
    /// events.
    pub by_decade: Vec<(i32, usize)>,
    /// Observances that recur every year, which belong to no decade.
    pub recurring: usize,
    /// The earliest start.
    pub first: Option<CalendarDate>,
    /// The latest start or end (ranges count to their end).
    pub last: Option<CalendarDate>,
}

/// Counts the events of a dataset.
pub fn stats(dataset: &Dataset) -> Stats {
    let events = &dataset.events;
    let by_category = Category::ALL.map(|c| (c, events.iter().filter(|e| e.category == c).count())).to_vec();
    let by_level = Level::ALL.map(|l| (l, events.iter().filter(|e| e.level == l).count())).to_vec();
    let mut by_decade: Vec<(i32, usize)> = Vec::new();
    let mut years: Vec<i32> = events.iter().filter_map(|e| e.year()).collect();
    years.sort_unstable();
    for year in years {
        let decade = year - year.rem_euclid(10);
        match by_decade.last_mut() {
            Some((d, n)) if *d == decade => *n += 1,
            _ => by_decade.push((decade, 1)),
        }
    }
    let starts = events.iter().filter_map(|e| e.date.calendar().copied());
    let ends = events.iter().filter_map(|e| e.end.or_else(|| e.date.calendar().copied()));
    Stats {
        events: events.len(),
        by_category,
        by_level,
        by_decade,
        recurring: events.iter().filter(|e| e.date.is_recurring()).count(),
        first: starts.min(),
        last: ends.max_by_key(|d| (d.last_day(), *d)),
    }
}

impl Stats {
    /// The counts as text for a terminal, in `lang`: a line with the count and the span, then
    /// aligned tables by category, level and decade.
    pub fn to_text(&self, title: Option<&str>, lang: Lang) -> String {
        let t = &lang.strings().report;
        let mut out = String::new();
        if let Some(title) = title {
            out.push_str(title);
            out.push('\n');
        }
        let mut headline = t.events.fill(self.events, &[&self.events.to_string()]);
        if let (Some(first), Some(last)) = (self.first, self.last) {
            let date = |d: CalendarDate| short_date(&EventDate::Calendar(d), lang);
            headline.push_str(", ");
            headline.push_str(&fill(t.range, &[&date(first), &date(last)]));
        }
        out.push_str(&headline);
        out.push('\n');
        let categories: Vec<(String, usize)> =
            self.by_category.iter().map(|&(c, n)| (category_name(c, lang).to_string(), n)).collect();
        let levels: Vec<(String, usize)> =
            self.by_level.iter().map(|&(l, n)| (level_name(l, lang).to_string(), n)).collect();
        let mut decades: Vec<(String, usize)> =
            self.by_decade.iter().map(|&(d, n)| (format!("{d}–{}", d + 9), n)).collect();
        if self.recurring > 0 {
            decades.push((lang.strings().dates.every_year.to_string(), self.recurring));
        }
        let width = [&categories, &levels, &decades]
            .iter()
            .flat_map(|rows| rows.iter())
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        for (heading, rows) in [(t.by_category, categories), (t.by_level, levels), (t.by_decade, decades)] {
            out.push('\n');
            out.push_str(heading);
            out.push('\n');
            for (label, n) in rows {
                let pad = " ".repeat(width - label.chars().count());
                out.push_str(&format!("  {label}{pad}  {n:>4}\n"));
            }
        }
        out
    }

    /// The counts as JSON for scripts: ids as keys (`"history": 9`), decades by their first
    /// year, dates as in the dataset.
    pub fn to_json(&self) -> String {
        let counts = |rows: Vec<(String, usize)>| {
            Json::Obj(rows.into_iter().map(|(k, n)| (k, Json::Int(n as i64))).collect())
        };
        let date = |d: Option<CalendarDate>| d.map_or(Json::Null, |d| Json::str(d.to_string()));
        Json::Obj(vec![
            ("events".into(), Json::Int(self.events as i64)),
            ("first".into(), date(self.first)),
            ("last".into(), date(self.last)),
            (
                "by_category".into(),
                counts(self.by_category.iter().map(|(c, n)| (c.id().to_string(), *n)).collect()),
            ),
            (
                "by_level".into(),
                counts(self.by_level.iter().map(|(l, n)| (l.id().to_string(), *n)).collect()),
            ),
            ("by_decade".into(), counts(self.by_decade.iter().map(|(d, n)| (d.to_string(), *n)).collect())),
            ("recurring".into(), Json::Int(self.recurring as i64)),
        ])
        .to_pretty()
    }
}
