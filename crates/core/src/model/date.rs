//! Event dates that keep their precision: a day, a month, a year, or a day that recurs every year.

use crate::model::year::Year;
use chrono::{Datelike, NaiveDate};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// How precisely a calendar date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year (`"1950"`).
    Year,
    /// Year and month (`"1950-10"`).
    Month,
    /// The exact day (`"1950-10-17"`).
    Day,
}

/// A date in a given year, known to the day, the month or only the year.
/// Its year is a [`Year`] (1–9999).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CalendarDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

/// When an event happened: once, on a calendar date, or every year on the same day
/// (an observance such as Ngày Khoa học và Công nghệ Việt Nam, `"--05-18"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EventDate {
    /// A date in one year, at some precision.
    Calendar(CalendarDate),
    /// A day and month that recur every year.
    Recurring {
        /// Month, 1–12.
        month: u32,
        /// Day of the month, 1–31 (29 February allowed).
        day: u32,
    },
}

/// Why a date string was refused.
#[cfg_attr(feature = "tools", derive(serde::Serialize, serde::Deserialize))]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The text is none of the accepted forms.
    Format,
    /// The year is outside 1–9999.
    YearOutOfRange(i64),
    /// The month is outside 1–12.
    MonthOutOfRange(u32),
    /// The day does not exist in that month (e.g. 2020-02-30).
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str(
                "not a date: use YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD for a day that recurs every year",
            ),
            DateError::YearOutOfRange(y) => write!(f, "year {y} is outside {}–{}", Year::FIRST, Year::LAST),
            DateError::MonthOutOfRange(m) => write!(f, "month {m} does not exist (1–12)"),
            DateError::NoSuchDay => f.write_str("this day does not exist in that month"),
        }
    }
}

impl std::error::Error for DateError {}

impl CalendarDate {
    /// A date known to the day; refuses days that do not exist.
    pub fn day(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        Self::checked(year, Some(month), Some(day))
    }

    /// A date known to the month.
    pub fn month(year: i32, month: u32) -> Result<Self, DateError> {
        Self::checked(year, Some(month), None)
    }

    /// A date known only to the year.
    pub fn year(year: i32) -> Result<Self, DateError> {
        Self::checked(year, None, None)
    }

    fn checked(year: i32, month: Option<u32>, day: Option<u32>) -> Result<Self, DateError> {
        let year = Year::new(year.into())?.get();
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::MonthOutOfRange(m));
            }
        }
        if let (Some(m), Some(d)) = (month, day) {
            NaiveDate::from_ymd_opt(year, m, d).ok_or(DateError::NoSuchDay)?;
        }
        Ok(CalendarDate { year, month, day })
    }

    /// The year.
    pub fn year_number(&self) -> i32 {
        self.year
    }

    /// The month (1–12), if known.
    pub fn month_number(&self) -> Option<u32> {
        self.month
    }

    /// The day of the month, if known.
    pub fn day_number(&self) -> Option<u32> {
        self.day
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day this date can mean (1 January for a year, the 1st for a month).
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("validated at construction")
    }

    /// The last day this date can mean (31 December for a year, the month's last day).
    pub fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => last_day_of_month(self.year, m),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .expect("validated at construction")
    }

    fn parse_iso(text: &str) -> Result<Self, DateError> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Result<u32, DateError> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| DateError::Format)
            } else {
                Err(DateError::Format)
            }
        };
        match parts.as_slice() {
            [y] => Self::year(number(y, 4)? as i32),
            [y, m] => Self::month(number(y, 4)? as i32, number(m, 2)?),
            [y, m, d] => Self::day(number(y, 4)? as i32, number(m, 2)?, number(d, 2)?),
            _ => Err(DateError::Format),
        }
    }

    fn sort_key(&self) -> (i32, u32, u32) {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0))
    }
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

/// Less precise dates sort before more precise ones of the same period ("1950" before "1950-10").
impl Ord for CalendarDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

impl PartialOrd for CalendarDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (four-digit year), as written in the dataset.
impl FromStr for CalendarDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, DateError> {
        CalendarDate::parse_iso(text)
    }
}

impl fmt::Display for CalendarDate {
    /// The ISO 8601 form at its own precision, as written in the dataset.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Reads any accepted form: `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD` (recurring);
/// surrounding spaces are ignored.
impl FromStr for EventDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, DateError> {
        let text = text.trim();
        match text.strip_prefix("--") {
            Some(rest) => parse_recurring(rest),
            None => text.parse().map(EventDate::Calendar),
        }
    }
}

impl EventDate {
    /// The calendar date, or `None` for a recurring day.
    pub fn calendar(&self) -> Option<&CalendarDate> {
        match self {
            EventDate::Calendar(date) => Some(date),
            EventDate::Recurring { .. } => None,
        }
    }

    /// The year, or `None` for a recurring day.
    pub fn year(&self) -> Option<i32> {
        self.calendar().map(|d| d.year)
    }

    /// True for a day that recurs every year.
    pub fn is_recurring(&self) -> bool {
        matches!(self, EventDate::Recurring { .. })
    }

    /// The date as written in the dataset.
    pub fn to_iso(&self) -> String {
        self.to_string()
    }
}

fn parse_recurring(rest: &str) -> Result<EventDate, DateError> {
    let (m, d) = rest.split_once('-').ok_or(DateError::Format)?;
    let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !two_digits(m) || !two_digits(d) {
        return Err(DateError::Format);
    }
    let (month, day): (u32, u32) = (m.parse().unwrap_or(0), d.parse().unwrap_or(0));
    if !(1..=12).contains(&month) {
        return Err(DateError::MonthOutOfRange(month));
    }
    // 2000 is a leap year, so 29 February is accepted as a recurring day.
    NaiveDate::from_ymd_opt(2000, month, day).ok_or(DateError::NoSuchDay)?;
    Ok(EventDate::Recurring { month, day })
}

/// Calendar dates in time order; recurring days after them, by month and day.
impl Ord for EventDate {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (EventDate::Calendar(a), EventDate::Calendar(b)) => a.cmp(b),
            (EventDate::Calendar(_), EventDate::Recurring { .. }) => Ordering::Less,
            (EventDate::Recurring { .. }, EventDate::Calendar(_)) => Ordering::Greater,
            (EventDate::Recurring { month: m1, day: d1 }, EventDate::Recurring { month: m2, day: d2 }) => {
                (m1, d1).cmp(&(m2, d2))
            }
        }
    }
}

impl PartialOrd for EventDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventDate::Calendar(date) => date.fmt(f),
            EventDate::Recurring { month, day } => write!(f, "--{month:02}-{day:02}"),
        }
    }
}

/// Whole years from `start` to `today` (the "cách đây N năm" of the detail view), counting
/// a year only once its anniversary has passed at the date's own precision.
pub fn years_since(start: &CalendarDate, today: NaiveDate) -> i32 {
    let mut years = today.year() - start.year;
    let not_yet = match (start.month, start.day) {
        (Some(m), Some(d)) => (today.month(), today.day()) < (m, d),
        (Some(m), None) => today.month() < m,
        _ => false,
    };
    if not_yet {
        years -= 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn parses_each_precision() {
        let day = "1940-09-27".parse::<EventDate>().unwrap();
        assert_eq!(day.calendar().unwrap().precision(), Precision::Day);
        assert_eq!(day.to_iso(), "1940-09-27");
        let month = "1950-10".parse::<EventDate>().unwrap();
        assert_eq!(month.calendar().unwrap().precision(), Precision::Month);
        let year = "1950".parse::<EventDate>().unwrap();
        assert_eq!(year.calendar().unwrap().precision(), Precision::Year);
        assert_eq!(year.year(), Some(1950));
        assert_eq!("--05-18".parse::<EventDate>().unwrap(), EventDate::Recurring { month: 5, day: 18 });
        assert_eq!(" 1890-05-19 ".parse::<EventDate>().unwrap().to_iso(), "1890-05-19");
    }

    #[test]
    fn years_before_1900_work() {
        let d = "1890-05-19".parse::<CalendarDate>().unwrap();
        assert_eq!(d.year_number(), 1890);
        assert_eq!(d.first_day(), ymd(1890, 5, 19));
        assert_eq!("0938".parse::<CalendarDate>().unwrap().year_number(), 938);
    }

    #[test]
    fn refuses_impossible_dates() {
        assert_eq!("2020-02-30".parse::<EventDate>(), Err(DateError::NoSuchDay));
        assert_eq!("2019-02-29".parse::<EventDate>(), Err(DateError::NoSuchDay));
        assert!("2020-02-29".parse::<EventDate>().is_ok());
        assert_eq!("2020-13".parse::<EventDate>(), Err(DateError::MonthOutOfRange(13)));
        assert_eq!("2020-00-10".parse::<EventDate>(), Err(DateError::MonthOutOfRange(0)));
        assert_eq!("0000".parse::<EventDate>(), Err(DateError::YearOutOfRange(0)));
        assert_eq!("--02-30".parse::<EventDate>(), Err(DateError::NoSuchDay));
        assert!("--02-29".parse::<EventDate>().is_ok());
        assert_eq!("--13-01".parse::<EventDate>(), Err(DateError::MonthOutOfRange(13)));
    }

    #[test]
    fn refuses_other_forms() {
        for bad in
            ["", "27/9/1940", "1940-9-27", "19400", "1940-09-27T00:00", "abc", "--5-18", "-1940", "1940--"]
        {
            assert_eq!(bad.parse::<EventDate>(), Err(DateError::Format), "{bad:?}");
        }
    }

    #[test]
    fn orders_by_time_with_coarse_dates_first_and_recurring_last() {
        let mut dates: Vec<EventDate> = ["--05-18", "1950-10-17", "1950", "1940-09-27", "1950-10", "--01-01"]
            .iter()
            .map(|s| s.parse::<EventDate>().unwrap())
            .collect();
        dates.sort();
        let iso: Vec<String> = dates.iter().map(EventDate::to_iso).collect();
        assert_eq!(iso, ["1940-09-27", "1950", "1950-10", "1950-10-17", "--01-01", "--05-18"]);
    }

    #[test]
    fn first_and_last_day_span_the_precision() {
        let y = "2020".parse::<CalendarDate>().unwrap();
        assert_eq!((y.first_day(), y.last_day()), (ymd(2020, 1, 1), ymd(2020, 12, 31)));
        let m = "2020-02".parse::<CalendarDate>().unwrap();
        assert_eq!((m.first_day(), m.last_day()), (ymd(2020, 2, 1), ymd(2020, 2, 29)));
        let dec = "2019-12".parse::<CalendarDate>().unwrap();
        assert_eq!(dec.last_day(), ymd(2019, 12, 31));
    }

    #[test]
    fn years_since_counts_whole_years() {
        let bac_son = "1940-09-27".parse::<CalendarDate>().unwrap();
        assert_eq!(years_since(&bac_son, ymd(2020, 9, 27)), 80);
        assert_eq!(years_since(&bac_son, ymd(2020, 9, 26)), 79);
        let month = "1950-10".parse::<CalendarDate>().unwrap();
        assert_eq!(years_since(&month, ymd(2020, 9, 30)), 69);
        assert_eq!(years_since(&month, ymd(2020, 10, 1)), 70);
        let year = "1950".parse::<CalendarDate>().unwrap();
        assert_eq!(years_since(&year, ymd(2020, 1, 1)), 70);
    }
}
