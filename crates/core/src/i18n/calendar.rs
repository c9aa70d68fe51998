//! Words of exported calendar files (iCalendar). Part of the one translation table (see `i18n`).

/// Words of exported calendar files: names, summaries and description lines. `{0}`, `{1}` … are
/// filled by `fill`.
pub struct CalendarStrings {
    /// The calendar's name when the dataset has no title.
    pub default_name: &'static str,
    /// The name of a year's anniversaries calendar: {0}=dataset title, {1}=year.
    pub anniversaries_name: &'static str,
    /// The title of an anniversary in the calendar: {0}=years (ordinal where the language has
    /// one), {1}=event title (with the article of `AnniversaryStrings::article`).
    pub anniversary_summary: &'static str,
    /// The date of an event, first line of its description: {0}=date or range as on cards.
    pub date: &'static str,
    /// The date of the event an anniversary commemorates: {0}=long date.
    pub original_date: &'static str,
    /// Why an event fills a whole month: {0}=the month, long form ("tháng 10 năm 2020").
    pub whole_month: &'static str,
    /// Why an event fills a whole year: {0}=the year, long form ("năm 2020").
    pub whole_year: &'static str,
    /// Why a range runs from the first to the last possible day: {0}=start, {1}=end (long forms).
    pub range_days: &'static str,
    /// Anything uncertain about the fact: {0}=note.
    pub note: &'static str,
    /// The source's document: {0}=file name or citation.
    pub source: &'static str,
    /// The source's headline: {0}=title.
    pub article: &'static str,
    /// When the source was published: {0}=date.
    pub published: &'static str,
    /// The sentence of the source that supports the fact: {0}=quote.
    pub quote: &'static str,
}

/// Vietnamese.
pub const VI: CalendarStrings = CalendarStrings {
    default_name: "Dấu mốc",
    anniversaries_name: "{0} – Ngày kỷ niệm năm {1}",
    anniversary_summary: "{0} năm {1}",
    date: "Thời gian: {0}",
    original_date: "Ngày gốc: {0}",
    whole_month: "Chỉ biết tháng, nên lịch ghi cả {0}.",
    whole_year: "Chỉ biết năm, nên lịch ghi cả {0}.",
    range_days: "Chưa rõ ngày cụ thể, nên lịch ghi từ đầu {0} đến hết {1}.",
    note: "Ghi chú: {0}",
    source: "Nguồn: {0}",
    article: "Bài viết: “{0}”",
    published: "Ngày đăng: {0}",
    quote: "Trích: “{0}”",
};

/// English.
pub const EN: CalendarStrings = CalendarStrings {
    default_name: "Milestones",
    anniversaries_name: "{0} – anniversaries of {1}",
    anniversary_summary: "{0} anniversary of {1}",
    date: "Date: {0}",
    original_date: "Original date: {0}",
    whole_month: "Only the month is known, so the calendar shows the whole of {0}.",
    whole_year: "Only the year is known, so the calendar shows the whole of {0}.",
    range_days: "The exact days are not known, so the calendar runs from the start of {0} to the end of {1}.",
    note: "Note: {0}",
    source: "Source: {0}",
    article: "Article: “{0}”",
    published: "Published: {0}",
    quote: "Quote: “{0}”",
};
