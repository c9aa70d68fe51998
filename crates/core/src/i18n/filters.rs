//! Messages about search, filters and URL parameters. Part of the one translation table (see `i18n`).

/// Messages about search, filters and URL parameters. `{0}`, `{1}` … are filled by `fill`.
pub struct FilterStrings {
    /// A URL parameter that was ignored: {0}=key, {1}=value, {2}=why (one of the reasons below).
    pub ignored: &'static str,
    /// Reason: the value is not a whole number.
    pub not_a_year: &'static str,
    /// Reason: the year is outside what dates accept.
    pub year_out_of_range: &'static str,
    /// Reason: `to` is before `from`; {0}=from.
    pub to_before_from: &'static str,
    /// Reason: no such category; {0}=the valid ids.
    pub unknown_category: &'static str,
    /// Reason: no such level; {0}=the valid ids.
    pub unknown_level: &'static str,
    /// Reason: the app does not speak that language.
    pub unknown_lang: &'static str,
    /// Reason: no such view.
    pub unknown_view: &'static str,
    /// Reason: no event of the dataset has that id.
    pub unknown_event: &'static str,
    /// Reason: the dataset has no such tag.
    pub unknown_tag: &'static str,
    /// Reason: `mode` is not `present`.
    pub unknown_mode: &'static str,
    /// Reason: `slide` is not a number from 1.
    pub not_a_slide: &'static str,
    /// Reason: `embed` is not 1 or 0.
    pub not_a_flag: &'static str,
    /// Names of the eras, in the order of `Era::ALL`.
    pub eras: [&'static str; 6],
    /// An era quick pick: {0}=name, {1}=first year, {2}=last year.
    pub era_label: &'static str,
    /// A decade quick pick: {0}=first year.
    pub decade: &'static str,
    /// A congress term quick pick: {0}=first year, {1}=last year.
    pub term: &'static str,
    /// A five-year plan quick pick: {0}=first year, {1}=last year.
    pub plan: &'static str,
}

/// Vietnamese.
pub const VI: FilterStrings = FilterStrings {
    ignored: "Bỏ qua {0}=\"{1}\": {2}",
    not_a_year: "không phải một năm",
    year_out_of_range: "năm phải từ 1 đến 9999",
    to_before_from: "sớm hơn năm bắt đầu ({0})",
    unknown_category: "không có loại này (dùng {0})",
    unknown_level: "không có cấp này (dùng {0})",
    unknown_lang: "chỉ có vi hoặc en",
    unknown_view: "chỉ có timeline hoặc anniversaries",
    unknown_event: "không có sự kiện nào mang mã này",
    unknown_tag: "dữ liệu không có thẻ này",
    unknown_mode: "chỉ có present (trình chiếu)",
    not_a_slide: "số trang chiếu phải là số nguyên từ 1",
    not_a_flag: "chỉ có 1 hoặc 0",
    eras: [
        "Thời Pháp thuộc",
        "Từ khi Đảng ra đời đến Cách mạng Tháng Tám",
        "Kháng chiến chống thực dân Pháp",
        "Kháng chiến chống Mỹ, cứu nước",
        "Từ thống nhất đất nước đến trước Đổi mới",
        "Đổi mới",
    ],
    era_label: "{0} ({1}–{2})",
    decade: "Thập niên {0}",
    term: "Nhiệm kỳ {0}–{1}",
    plan: "Kế hoạch 5 năm {0}–{1}",
};

/// English.
pub const EN: FilterStrings = FilterStrings {
    ignored: "Ignored {0}=\"{1}\": {2}",
    not_a_year: "not a year",
    year_out_of_range: "the year must be between 1 and 9999",
    to_before_from: "earlier than the first year ({0})",
    unknown_category: "no such category (use {0})",
    unknown_level: "no such level (use {0})",
    unknown_lang: "only vi or en",
    unknown_view: "only timeline or anniversaries",
    unknown_event: "no event has this id",
    unknown_tag: "the data has no such tag",
    unknown_mode: "only present",
    not_a_slide: "the slide must be a whole number from 1",
    not_a_flag: "only 1 or 0",
    eras: [
        "French colonial period",
        "From the Party's founding to the August Revolution",
        "Resistance war against French colonialism",
        "Resistance war against the United States",
        "From reunification to Đổi mới",
        "Đổi mới (renovation)",
    ],
    era_label: "{0} ({1}–{2})",
    decade: "The {0}s",
    term: "{0}–{1} term",
    plan: "{0}–{1} five-year plan",
};
