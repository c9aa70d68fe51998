//! Words of the static, JavaScript-free list of events (`daumoc export --to html`). Part of the
//! one translation table (see `i18n`); labels shared with the app (source, note, place…) come
//! from `UiStrings`.

use super::Plural;

/// Words of the static list of events. `{0}`, `{1}` … are filled by `fill`.
pub struct ListingStrings {
    /// Under the title: what this page is.
    pub intro: &'static str,
    /// How many events and which years: {0}=count, {1}=first year, {2}=last year.
    pub extent: Plural,
    /// How many events when none has a year (only observances): {0}=count.
    pub count: Plural,
    /// Label of the quoted sentence of the source.
    pub quote: &'static str,
}

/// Vietnamese.
pub const VI: ListingStrings = ListingStrings {
    intro: "Danh sách đầy đủ các sự kiện, xem được cả khi không có JavaScript. Trang tương tác có thêm tìm kiếm, bộ lọc và ngày kỷ niệm.",
    extent: Plural { one: "{0} sự kiện, từ năm {1} đến năm {2}.", other: "{0} sự kiện, từ năm {1} đến năm {2}." },
    count: Plural { one: "{0} sự kiện.", other: "{0} sự kiện." },
    quote: "Trích",
};

/// English.
pub const EN: ListingStrings = ListingStrings {
    intro: "The full list of events, readable without JavaScript. The interactive page adds search, filters and anniversaries.",
    extent: Plural { one: "{0} event, from {1} to {2}.", other: "{0} events, from {1} to {2}." },
    count: Plural { one: "{0} event.", other: "{0} events." },
    quote: "Quote",
};
