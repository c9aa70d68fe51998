//! `daumoc anniversaries`: the round anniversaries of one year, one line each, e.g.
//! ` 80  ★  27/9/1940 → 27/9/2020  Khởi nghĩa Bắc Sơn`.

use crate::input::{read_text, DEFAULT_DATASET};
use crate::{parse_common, EXIT_USAGE};
use daumoc_core::format::{compact_date, short_date};
use daumoc_core::i18n::fill;
use daumoc_core::{anniversaries_in_year, parse_dataset, Anniversary, Lang};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

/// Marks a major anniversary (a multiple of 10 or 25 years).
const MAJOR_MARK: &str = "★";

/// Runs the command; exit 0 whatever the year holds, 1 when the file is not a dataset,
/// 2 for a wrong command line or an unreadable file.
pub fn run(args: &[String]) -> ExitCode {
    match lines(args) {
        Ok(lines) => {
            for line in lines {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err((code, message)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}

/// The output lines, or an exit code and a one-line message.
fn lines(args: &[String]) -> Result<Vec<String>, (u8, String)> {
    let usage = |message: String| (EXIT_USAGE, format!("daumoc anniversaries: {message}"));
    let (year, rest) = take_year(args).map_err(usage)?;
    let common = parse_common(&rest).map_err(usage)?;
    let file = match common.files.as_slice() {
        [] => DEFAULT_DATASET.to_string(),
        [file] => file.clone(),
        _ => return Err(usage("give at most one dataset file".into())),
    };
    // The clock is read here, in the thin shell, never in the core.
    let year = year.unwrap_or_else(current_year);
    let text = read_text(&file).map_err(|m| (EXIT_USAGE, format!("daumoc: {m}")))?;
    let loaded =
        parse_dataset(&text).map_err(|e| (1, format!("{file}: error: {}", e.message(common.lang))))?;
    if loaded.skipped_count() > 0 {
        eprintln!("{file}: {} invalid events left out; see `daumoc validate {file}`", loaded.skipped_count());
    }
    let found = anniversaries_in_year(&loaded.dataset.events, year);
    if found.is_empty() {
        eprintln!("{}", fill(common.lang.strings().anniversaries.none_in_year, &[&year.to_string()]));
    }
    Ok(format_lines(&found, common.lang))
}

/// Removes `--year N` (or `--year=N`) from the arguments; the last one given counts.
fn take_year(args: &[String]) -> Result<(Option<i32>, Vec<String>), String> {
    let mut year = None;
    let mut rest = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--year") {
            Some("") => args.next().ok_or("--year needs a year, e.g. --year 2020")?.as_str(),
            Some(v) if v.starts_with('=') => &v[1..],
            _ => {
                rest.push(arg.clone());
                continue;
            }
        };
        let parsed = value.trim().parse::<i32>().ok().filter(|y| (1..=9999).contains(y));
        year = Some(
            parsed.ok_or_else(|| format!("--year: \"{value}\" is not a year (1–9999), e.g. --year 2020"))?,
        );
    }
    Ok((year, rest))
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

    #[test]
    fn year_options() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (year, rest) = take_year(&args(&["--year", "2020", "f.json", "--lang", "vi"])).unwrap();
        assert_eq!((year, rest), (Some(2020), args(&["f.json", "--lang", "vi"])));
        assert_eq!(take_year(&args(&["--year=1990"])).unwrap().0, Some(1990));
        assert_eq!(take_year(&args(&[])).unwrap().0, None);
        assert!(take_year(&args(&["--year"])).is_err());
        assert!(take_year(&args(&["--year", "abc"])).is_err());
        assert!(take_year(&args(&["--year", "0"])).is_err());
        assert!(take_year(&args(&["--year=10000"])).is_err());
        assert_eq!(take_year(&args(&["--yearly"])).unwrap().1, args(&["--yearly"]));
    }
}
