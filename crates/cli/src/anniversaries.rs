//! `daumoc anniversaries`: the round anniversaries of one year, one line each, e.g.
//! ` 80  ★  27/9/1940 → 27/9/2020  Khởi nghĩa Bắc Sơn`.

use crate::args::{Anniversaries, Common};
use crate::input::{load_dataset, write_out, DEFAULT_DATASET};
use crate::Failure;
use daumoc_core::i18n::fill;
use daumoc_core::{anniversaries_in_year, compact_date, short_date, Anniversary, Lang};
use std::time::{SystemTime, UNIX_EPOCH};

/// Marks a major anniversary (a multiple of 10 or 25 years).
const MAJOR_MARK: &str = "★";

/// Runs the command; exit 0 whatever the year holds.
pub fn run(args: Anniversaries, common: &Common) -> Result<u8, Failure> {
    let file = args.file.unwrap_or_else(|| DEFAULT_DATASET.to_string());
    let lang = common.message_lang();
    // The clock is read here, in the thin shell, never in the core.
    let year = args.year.unwrap_or_else(current_year);
    let loaded = load_dataset(&file, lang)?;
    let found = anniversaries_in_year(&loaded.dataset.events, year);
    if found.is_empty() {
        eprintln!("{}", fill(lang.strings().anniversaries.none_in_year, &[&year.to_string()]));
    }
    let text: String = format_lines(&found, lang).iter().map(|l| format!("{l}\n")).collect();
    write_out(&text, common.out.as_deref(), common.force, "anniversaries")?;
    Ok(0)
}

/// Columns: years (or "—" for observances), the major mark, original → anniversary date, title.
fn format_lines(found: &[Anniversary], lang: Lang) -> Vec<String> {
    let dates: Vec<String> = found
        .iter()
        .map(|a| {
            let original = match a.event.date.calendar() {
                Some(start) => compact_date(start, lang),
                None => short_date(&a.event.date, lang),
            };
            format!("{original} → {}", compact_date(&a.date, lang))
        })
        .collect();
    let width = dates.iter().map(|d| d.chars().count()).max().unwrap_or(0);
    found
        .iter()
        .zip(&dates)
        .map(|(a, date)| {
            let years = a.years.map_or_else(|| "—".to_string(), |n| n.to_string());
            let mark = if a.major { MAJOR_MARK } else { " " };
            let pad = " ".repeat(width - date.chars().count());
            format!("{years:>3}  {mark}  {date}{pad}  {}", a.event.title.text(lang))
        })
        .collect()
}

/// The current year in UTC, from the system clock.
fn current_year() -> i32 {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    year_of_day(i64::try_from(seconds / 86_400).unwrap_or(0))
}

/// The Gregorian year of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`),
/// since the CLI has no calendar library of its own.
fn year_of_day(days: i64) -> i32 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153; // 0 = March … 11 = February
    (year_of_era + era * 400 + i64::from(shifted_month >= 10)) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_of_days() {
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(364), 1970);
        assert_eq!(year_of_day(365), 1971);
        assert_eq!(year_of_day(18_261), 2019); // 2019-12-31
        assert_eq!(year_of_day(18_262), 2020); // 2020-01-01
        assert_eq!(year_of_day(18_321), 2020); // 2020-02-29
        assert_eq!(year_of_day(-1), 1969);
    }
}
