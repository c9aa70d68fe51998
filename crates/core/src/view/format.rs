//! Dates, categories and levels written for people, in Vietnamese or English.

use crate::i18n::fill;
use crate::model::date::{years_since, CalendarDate, EventDate, Precision};
use crate::model::event::{Category, Event, Level};
use crate::model::lang::Lang;
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
        y => Some(t.years_ago.fill(y as usize, &[&y.to_string()])),
    }
}

/// At most `max_chars` characters of `text`, cut at a word boundary when one is near, with "…"
/// when anything was cut. Cards and slides show clipped text: a browser cannot lay out megabytes
/// of text in one paragraph, and an editor's mistake must not freeze the page.
pub fn clip(text: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    let Some((cut, _)) = text.char_indices().nth(max_chars) else {
        return std::borrow::Cow::Borrowed(text);
    };
    let head = &text[..cut];
    let at_word = head.rfind(char::is_whitespace).filter(|&i| i + 80 > cut).unwrap_or(cut);
    std::borrow::Cow::Owned(format!("{}…", head[..at_word].trim_end()))
}

/// The name of a category in `lang`.
pub fn category_name(category: Category, lang: Lang) -> &'static str {
    lang.strings().domain.categories[category.index()]
}

/// The name of a level in `lang`.
pub fn level_name(level: Level, lang: Lang) -> &'static str {
    lang.strings().domain.levels[level.index()]
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

/// An ordinal in `lang`: "1st", "22nd", "113th" in English; the bare number in Vietnamese,
/// where "tròn 80 năm" needs none.
pub fn ordinal(n: u32, lang: Lang) -> String {
    let suffix = match (n % 100, n % 10) {
        (11..=13, _) => 0,
        (_, d @ 1..=3) => d as usize,
        _ => 0,
    };
    format!("{n}{}", lang.strings().anniversaries.ordinal_suffixes[suffix])
}

/// A date without the words of its precision, as inside ranges: "27/9/1940", "10/1950", "1950";
/// "27 Sep 1940", "Oct 1950".
pub fn compact_date(date: &CalendarDate, lang: Lang) -> String {
    range_part(date, lang)
}

/// "tròn 80 năm Khởi nghĩa Bắc Sơn (27/9/1940 – 27/9/2020)", "kỷ niệm 45 năm … (30/4/1975 –
/// 30/4/2020)", "80th anniversary of the Bắc Sơn uprising (27 Sep 1940 – 27 Sep 2020)", or for an
/// observance "Ngày Khoa học và Công nghệ Việt Nam (18/5 hằng năm)". Both dates keep the
/// original precision: "(1950 – 2020)".
pub fn anniversary_phrase(anniversary: &crate::query::anniversary::Anniversary, lang: Lang) -> String {
    let t = &lang.strings().anniversaries;
    let title = anniversary.event.title.text(lang);
    let (Some(years), Some(start)) = (anniversary.years, anniversary.event.date.calendar()) else {
        return fill(t.recurring, &[title, &short_date(&anniversary.event.date, lang)]);
    };
    let has_article = title.get(..t.article.len()).is_some_and(|p| p.eq_ignore_ascii_case(t.article));
    let named = if has_article { title.to_string() } else { format!("{}{title}", t.article) };
    let span = fill(t.span, &[&compact_date(start, lang), &compact_date(&anniversary.date, lang)]);
    let template = if anniversary.major { t.major } else { t.minor };
    fill(template, &[&ordinal(years, lang), &named, &span])
}

/// The number of years as a badge ("80 năm", "80 years"), or "hằng năm" for an observance.
pub fn anniversary_years(anniversary: &crate::query::anniversary::Anniversary, lang: Lang) -> String {
    let t = &lang.strings().anniversaries;
    match anniversary.years {
        Some(years) => fill(t.years, &[&years.to_string()]),
        None => t.every_year.to_string(),
    }
}

/// The countdown to an anniversary: "Hôm nay", "Ngày mai", "Còn 12 ngày" / "Today", "Tomorrow",
/// "in 12 days". [`upcoming`](crate::query::anniversary::upcoming) never gives a day in the past; 0 or
/// less reads as today.
pub fn countdown(days: i64, lang: Lang) -> String {
    let t = &lang.strings().anniversaries;
    match days {
        ..=0 => t.today.to_string(),
        1 => t.tomorrow.to_string(),
        n => fill(t.in_days, &[&n.to_string()]),
    }
}

/// Hundredths of a percent as a CSS length: 1234 → "12.34%". Integer arithmetic: the float
/// formatter would cost the WebAssembly download more than this whole function.
pub fn css_percent(hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let n = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}%", n / 100, n % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_for_css() {
        assert_eq!(css_percent(1234), "12.34%");
        assert_eq!(css_percent(5), "0.05%");
        assert_eq!(css_percent(10_000), "100.00%");
        assert_eq!(css_percent(-250), "-2.50%");
    }
    use crate::load::parse::parse_dataset;

    fn date(s: &str) -> EventDate {
        s.parse::<EventDate>().unwrap()
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
    fn clip_keeps_short_text_and_cuts_long_text_at_a_word() {
        assert_eq!(clip("Khởi nghĩa Bắc Sơn", 100), "Khởi nghĩa Bắc Sơn");
        assert_eq!(clip("Khởi nghĩa Bắc Sơn", 12), "Khởi nghĩa…");
        let long = "Rất dài. ".repeat(1000);
        let clipped = clip(&long, 600);
        assert!(clipped.chars().count() <= 601 && clipped.ends_with('…'), "{clipped}");
        assert_eq!(clip(&"x".repeat(700), 600).chars().count(), 601, "no word boundary: a hard cut");
    }

    #[test]
    fn names() {
        assert_eq!(category_name(Category::Congress, Lang::Vi), "Đại hội");
        assert_eq!(category_name(Category::Observance, Lang::En), "Observance");
        assert_eq!(level_name(Level::Department, Lang::Vi), "Sở");
    }
}
