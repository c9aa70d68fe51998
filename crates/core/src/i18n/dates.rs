//! Words used to write dates. Part of the one translation table (see `i18n`).

use super::Plural;

/// Words used to write dates.
pub struct DateStrings {
    /// Month names as used in long dates ("tháng 9", "September").
    pub months_long: [&'static str; 12],
    /// Month abbreviations for short dates (English only; Vietnamese uses numbers).
    pub months_short: [&'static str; 12],
    /// "ngày {d} tháng {m} năm {y}" and its English equivalent: {0}=day, {1}=month name, {2}=year.
    pub long_day: &'static str,
    /// {0}=month name, {1}=year.
    pub long_month: &'static str,
    /// {0}=year.
    pub long_year: &'static str,
    /// {0}=day, {1}=month name.
    pub long_recurring: &'static str,
    /// Short forms: {0}=day, {1}=month number, {2}=month abbreviation, {3}=year.
    pub short_day: &'static str,
    /// {0}=month number, {1}=month abbreviation, {2}=year.
    pub short_month: &'static str,
    /// {0}=year.
    pub short_year: &'static str,
    /// {0}=day, {1}=month number, {2}=month abbreviation.
    pub short_recurring: &'static str,
    /// Heading of the group of recurring observances on the timeline.
    pub every_year: &'static str,
    /// "cách đây {0} năm".
    pub years_ago: Plural,
    /// Said when the date is this year.
    pub this_year: &'static str,
}

/// Vietnamese.
pub const VI: DateStrings = DateStrings {
    months_long: [
        "tháng 1",
        "tháng 2",
        "tháng 3",
        "tháng 4",
        "tháng 5",
        "tháng 6",
        "tháng 7",
        "tháng 8",
        "tháng 9",
        "tháng 10",
        "tháng 11",
        "tháng 12",
    ],
    months_short: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
    long_day: "ngày {0} {1} năm {2}",
    long_month: "{0} năm {1}",
    long_year: "năm {0}",
    long_recurring: "ngày {0} {1} hằng năm",
    short_day: "{0}/{1}/{3}",
    short_month: "tháng {0}/{2}",
    short_year: "năm {0}",
    short_recurring: "{0}/{1} hằng năm",
    every_year: "Hằng năm",
    years_ago: Plural { one: "cách đây {0} năm", other: "cách đây {0} năm" },
    this_year: "trong năm nay",
};

/// English.
pub const EN: DateStrings = DateStrings {
    months_long: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    long_day: "{0} {1} {2}",
    long_month: "{0} {1}",
    long_year: "{0}",
    long_recurring: "{0} {1}, every year",
    short_day: "{0} {2} {3}",
    short_month: "{1} {2}",
    short_year: "{0}",
    short_recurring: "{0} {2}, every year",
    every_year: "Every year",
    years_ago: Plural { one: "{0} year ago", other: "{0} years ago" },
    this_year: "this year",
};
