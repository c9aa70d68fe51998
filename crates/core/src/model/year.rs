//! A year the timeline can hold: 1 to 9999, so dates long before 1900 work as well as recent
//! ones and every year fits the four digits of the dataset's ISO dates. The rule lives here once;
//! dates, URL parameters, importers and the CLI all go through [`Year`].

use crate::model::date::DateError;
use std::fmt;
use std::str::FromStr;

/// A year from [`Year::FIRST`] to [`Year::LAST`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Year(i32);

impl Year {
    /// The first year accepted.
    pub const FIRST: i32 = 1;
    /// The last year accepted.
    pub const LAST: i32 = 9999;

    /// The year `number`, or [`DateError::YearOutOfRange`].
    pub fn new(number: i64) -> Result<Year, DateError> {
        if (i64::from(Year::FIRST)..=i64::from(Year::LAST)).contains(&number) {
            Ok(Year(number as i32))
        } else {
            Err(DateError::YearOutOfRange(number))
        }
    }

    /// The year as a number.
    pub fn get(self) -> i32 {
        self.0
    }
}

impl From<Year> for i32 {
    fn from(year: Year) -> i32 {
        year.0
    }
}

impl fmt::Display for Year {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Reads an integer such as `2020`, `938` or `-5` (surrounding spaces allowed): text that is not
/// an integer is [`DateError::Format`], an integer outside the range is
/// [`DateError::YearOutOfRange`] (saturated for numbers too long to hold).
impl FromStr for Year {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Year, DateError> {
        let text = text.trim();
        let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
        if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError::Format);
        }
        let negative = text.starts_with('-');
        let number = text.parse::<i64>().unwrap_or(if negative { i64::MIN } else { i64::MAX });
        Year::new(number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_and_text() {
        assert_eq!(Year::new(1).map(Year::get), Ok(1));
        assert_eq!(Year::new(9999).map(Year::get), Ok(9999));
        assert_eq!(Year::new(0), Err(DateError::YearOutOfRange(0)));
        assert_eq!(Year::new(10000), Err(DateError::YearOutOfRange(10000)));
        assert_eq!(" 2020 ".parse::<Year>().map(i32::from), Ok(2020));
        assert_eq!("+938".parse::<Year>().map(i32::from), Ok(938));
        assert_eq!("-5".parse::<Year>(), Err(DateError::YearOutOfRange(-5)));
        assert_eq!("99999999999999999999".parse::<Year>(), Err(DateError::YearOutOfRange(i64::MAX)));
        for bad in ["", "năm", "20 20", "2020.5", "-", "0x10"] {
            assert_eq!(bad.parse::<Year>(), Err(DateError::Format), "{bad:?}");
        }
        assert_eq!(Year::new(1940).unwrap().to_string(), "1940");
    }
}
