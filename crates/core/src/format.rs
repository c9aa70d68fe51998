//! Dates, categories and levels written for people, in Vietnamese or English.

use crate::date::{years_since, CalendarDate, EventDate, Precision};
use crate::i18n::fill;
use crate::lang::Lang;
use crate::model::{Category, Event, Level};
use chrono::NaiveDate;

/// The short form used on cards: "27/9/1940", "tháng 10/1950", "năm 1950", "18/5 hằng năm".
pub fn short_date(date: &EventDate, lang: Lang) -> String {
    let t = &lang.strings().dates;
    match date {
        EventDate::Calendar(d) => {
            let (y, m, day) = parts(d);
            match d.precision() {
                Precision::Day => fill(t.short_day, &[&day, &m, month_abbr(d, lang), &y]),
                Precision::Month => fill(t.short_month, &[&m, month_abbr(d, lang), &y]),
                Precision::Year => fill(t.short_year, &[&y]),
            }
        }
        EventDate::Recurring { month, day } => fill(
            t.short_recurring,
            &[&day.to_string(), &month.to_string(), t.months_short[*month as usize - 1]],
        ),
    }
}

/// The long form used in the detail view: "ngày 27 tháng 9 năm 1940", "27 September 1940".
pub fn long_date(date: &EventDate, lang: Lang) -> String {
    let t = &lang.strings().dates;
    match date {
        EventDate::Calendar(d) => {
            let (y, _, day) = parts(d);
            let month = d.month_number().map(|m| t.months_long[m as usize - 1]).unwrap_or("");
            match d.precision() {
                Precision::Day => fill(t.long_day, &[&day, month, &y]),
                Precision::Month => fill(t.long_month, &[month, &y]),
                Precision::Year => fill(t.long_year, &[&y]),
            }
        }
        EventDate::Recurring { month, day } => {
            fill(t.long_recurring, &[&day.to_string(), t.months_long[*month as usize - 1]])
        }
    }
}

/// The date of an event, as a range when it has an end: "2015–2020", "1/5/2020 – 7/5/2020".
pub fn event_date(event: &Event, lang: Lang) -> String {
    let Some(end) = event.end else {
        return short_date(&event.date, lang);
    };
    match event.date.calendar() {
        Some(start) if start.precision() == Precision::Year && end.precision() == Precision::Year => {
            format!("{}–{}", start.year_number(), end.year_number())
        }
        Some(start) => format!("{} – {}", range_part(start, lang), range_part(&end, lang)),
        None => short_date(&event.date, lang),
    }
}

/// "cách đây 80 năm" / "80 years ago", from `today`; `None` for recurring or future dates.
pub fn years_ago(date: &EventDate, today: NaiveDate, lang: Lang) -> Option<String> {
    let years = years_since(date.calendar()?, today);
    let t = &lang.strings().dates;
    match years {
        y if y < 0 => None,
        0 => Some(t.this_year.to_string()),
        y => Some(fill(t.years_ago, &[&y.to_string()])),
    }
}

/// The name of a category in `lang`.
pub fn category_name(category: Category, lang: Lang) -> &'static str {
    lang.strings().domain.categories[category as usize]
}

/// The name of a level in `lang`.
pub fn level_name(level: Level, lang: Lang) -> &'static str {
    lang.strings().domain.levels[level as usize]
}

// Inside a range the prefixes ("tháng", "năm") are dropped so both ends read as numbers.
fn range_part(d: &CalendarDate, lang: Lang) -> String {
    let (y, m, day) = parts(d);
    match (d.precision(), lang) {
        (Precision::Year, _) => y,
        (Precision::Month, Lang::Vi) => format!("{m}/{y}"),
        (Precision::Day, Lang::Vi) => format!("{day}/{m}/{y}"),
        _ => short_date(&EventDate::Calendar(*d), lang),
    }
}

fn parts(d: &CalendarDate) -> (String, String, String) {
    (
        d.year_number().to_string(),
        d.month_number().map(|m| m.to_string()).unwrap_or_default(),
        d.day_number().map(|x| x.to_string()).unwrap_or_default(),
    )
}

fn month_abbr(d: &CalendarDate, lang: Lang) -> &'static str {
    d.month_number().map(|m| lang.strings().dates.months_short[m as usize - 1]).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_dataset;

    fn date(s: &str) -> EventDate {
        EventDate::parse(s).unwrap()
    }

    #[test]
    fn short_dates_in_vietnamese() {
        assert_eq!(short_date(&date("1940-09-27"), Lang::Vi), "27/9/1940");
        assert_eq!(short_date(&date("1950-10"), Lang::Vi), "tháng 10/1950");
        assert_eq!(short_date(&date("1950"), Lang::Vi), "năm 1950");
        assert_eq!(short_date(&date("--05-18"), Lang::Vi), "18/5 hằng năm");
        assert_eq!(short_date(&date("2020-01-16"), Lang::Vi), "16/1/2020");
    }

    #[test]
    fn short_dates_in_english() {
        assert_eq!(short_date(&date("1940-09-27"), Lang::En), "27 Sep 1940");
        assert_eq!(short_date(&date("1950-10"), Lang::En), "Oct 1950");
        assert_eq!(short_date(&date("1950"), Lang::En), "1950");
        assert_eq!(short_date(&date("--05-18"), Lang::En), "18 May, every year");
    }

    #[test]
    fn long_dates() {
        assert_eq!(long_date(&date("1940-09-27"), Lang::Vi), "ngày 27 tháng 9 năm 1940");
        assert_eq!(long_date(&date("1950-10"), Lang::Vi), "tháng 10 năm 1950");
        assert_eq!(long_date(&date("1950"), Lang::Vi), "năm 1950");
        assert_eq!(long_date(&date("--05-18"), Lang::Vi), "ngày 18 tháng 5 hằng năm");
        assert_eq!(long_date(&date("1940-09-27"), Lang::En), "27 September 1940");
        assert_eq!(long_date(&date("1950-10"), Lang::En), "October 1950");
    }

    fn event_with(date: &str, end: &str) -> Event {
        let json = format!(
            r#"{{"version":1,"events":[{{"id":"x","title":{{"vi":"X"}},"date":"{date}","end":"{end}","category":"congress","level":"provincial"}}]}}"#
        );
        parse_dataset(&json).unwrap().dataset.events.remove(0)
    }

    #[test]
    fn ranges() {
        assert_eq!(event_date(&event_with("2015", "2020"), Lang::Vi), "2015–2020");
        assert_eq!(event_date(&event_with("2020-05-01", "2020-05-07"), Lang::Vi), "1/5/2020 – 7/5/2020");
        assert_eq!(event_date(&event_with("2020-01", "2020-03"), Lang::Vi), "1/2020 – 3/2020");
        assert_eq!(event_date(&event_with("2019", "2025-12"), Lang::En), "2019 – Dec 2025");
    }

    #[test]
    fn years_ago_counts_from_today() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(years_ago(&date("1940-09-27"), today, Lang::Vi).unwrap(), "cách đây 86 năm");
        assert_eq!(years_ago(&date("1940-09-27"), today, Lang::En).unwrap(), "86 years ago");
        assert_eq!(years_ago(&date("2026-01"), today, Lang::Vi).unwrap(), "trong năm nay");
        assert_eq!(years_ago(&date("2030"), today, Lang::Vi), None);
        assert_eq!(years_ago(&date("--05-18"), today, Lang::Vi), None);
    }

    #[test]
    fn names() {
        assert_eq!(category_name(Category::Congress, Lang::Vi), "Đại hội");
        assert_eq!(category_name(Category::Observance, Lang::En), "Observance");
        assert_eq!(level_name(Level::Department, Lang::Vi), "Sở");
    }
}
