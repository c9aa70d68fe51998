//! Words of anniversaries ("tròn 80 năm …"). Part of the one translation table (see `i18n`).

/// Words of anniversaries ("tròn 80 năm …"). `{0}`, `{1}` … are filled by `fill`.
///
/// Vietnamese says "tròn N năm" for major anniversaries (multiples of 10 or 25) and
/// "kỷ niệm N năm" for the others (5, 15, 45 …), as the provincial press does.
pub struct AnniversaryStrings {
    /// A major anniversary: {0}=years (ordinal where the language has one), {1}=title, {2}=span.
    pub major: &'static str,
    /// Any other round anniversary, same arguments.
    pub minor: &'static str,
    /// An observance: {0}=title, {1}=its recurring date ("18/5 hằng năm").
    pub recurring: &'static str,
    /// Put before the title in the phrases ("the "), unless the title already starts with it.
    pub article: &'static str,
    /// Ordinal endings for numbers ending in other digits, 1, 2, 3 ("th", "st", "nd", "rd");
    /// 11, 12, 13 take the first.
    pub ordinal_suffixes: [&'static str; 4],
    /// From the original date to the anniversary: {0}=original, {1}=anniversary.
    pub span: &'static str,
    /// The countdown on the day itself.
    pub today: &'static str,
    /// The countdown the day before.
    pub tomorrow: &'static str,
    /// The countdown: {0}=days.
    pub in_days: &'static str,
    /// The number of years as a badge: {0}=years.
    pub years: &'static str,
    /// In place of the number of years for observances.
    pub every_year: &'static str,
    /// Said when a year has no round anniversary: {0}=year.
    pub none_in_year: &'static str,
    /// What the mark of a major anniversary means (tooltip, screen readers).
    pub major_label: &'static str,
}

/// Vietnamese.
pub const VI: AnniversaryStrings = AnniversaryStrings {
    major: "tròn {0} năm {1} ({2})",
    minor: "kỷ niệm {0} năm {1} ({2})",
    recurring: "{0} ({1})",
    article: "",
    ordinal_suffixes: ["", "", "", ""],
    span: "{0} – {1}",
    today: "Hôm nay",
    tomorrow: "Ngày mai",
    in_days: "Còn {0} ngày",
    years: "{0} năm",
    every_year: "hằng năm",
    none_in_year: "Năm {0} không có ngày kỷ niệm tròn năm nào.",
    major_label: "năm chẵn",
};

/// English.
pub const EN: AnniversaryStrings = AnniversaryStrings {
    major: "{0} anniversary of {1} ({2})",
    minor: "{0} anniversary of {1} ({2})",
    recurring: "{0} ({1})",
    article: "the ",
    ordinal_suffixes: ["th", "st", "nd", "rd"],
    span: "{0} – {1}",
    today: "Today",
    tomorrow: "Tomorrow",
    in_days: "in {0} days",
    years: "{0} years",
    every_year: "every year",
    none_in_year: "No round anniversaries in {0}.",
    major_label: "major anniversary",
};
