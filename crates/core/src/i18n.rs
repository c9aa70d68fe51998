//! The one translation table: every user-facing string of the app and the CLI, per language.
//! A struct (not a map) so that a string missing in one language is a compile error.

use crate::lang::Lang;

/// Strings that describe problems in a dataset. `{0}`, `{1}` … are filled by [`fill`].
pub struct ProblemStrings {
    pub missing_field: &'static str,
    pub wrong_type: &'static str,
    pub missing_vietnamese: &'static str,
    pub invalid_id: &'static str,
    pub duplicate_id: &'static str,
    pub invalid_date: &'static str,
    pub recurring_end: &'static str,
    pub end_before_start: &'static str,
    pub unknown_category: &'static str,
    pub unknown_level: &'static str,
    pub unknown_tag: &'static str,
    pub unsafe_url: &'static str,
    pub missing_english: &'static str,
    pub missing_source: &'static str,
    pub long_summary: &'static str,
    pub date_format: &'static str,
    pub date_year: &'static str,
    pub date_month: &'static str,
    pub date_no_such_day: &'static str,
    pub json: &'static str,
    pub not_a_dataset: &'static str,
    pub missing_version: &'static str,
    pub unsupported_version: &'static str,
    pub missing_events: &'static str,
}

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
    pub years_ago: &'static str,
    /// Said when the date is this year.
    pub this_year: &'static str,
}

/// Names of categories and levels, in the order of `Category::ALL` and `Level::ALL`.
pub struct DomainStrings {
    pub categories: [&'static str; 7],
    pub levels: [&'static str; 3],
}

/// Strings of the app's screens.
pub struct UiStrings {
    pub app_name: &'static str,
    pub default_title: &'static str,
    pub default_subtitle: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub fetch_failed: &'static str,
    pub foreign_data_url: &'static str,
    pub http_status: &'static str,
    pub retry: &'static str,
    pub skipped_events: &'static str,
    pub warnings: &'static str,
    pub event_count: &'static str,
    pub empty_dataset: &'static str,
    pub source: &'static str,
    pub published: &'static str,
    pub note: &'static str,
    pub place: &'static str,
    pub untranslated: &'static str,
    pub timeline_label: &'static str,
    pub skip_to_timeline: &'static str,
    pub language_switch: &'static str,
    pub data_from: &'static str,
}

/// Everything user-facing, for one language.
pub struct Strings {
    pub ui: UiStrings,
    pub dates: DateStrings,
    pub domain: DomainStrings,
    pub problems: ProblemStrings,
}

impl Lang {
    /// The translation table of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}

/// Fills `{0}`, `{1}` … in a template with `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let arg = after
            .find('}')
            .and_then(|close| after[..close].parse::<usize>().ok().map(|i| (i, close)));
        match arg {
            Some((i, close)) => {
                out.push_str(args.get(i).copied().unwrap_or(""));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

static VI: Strings = Strings {
    ui: UiStrings {
        app_name: "Dấu mốc",
        default_title: "Dấu mốc",
        default_subtitle: "Các sự kiện công khai theo dòng thời gian",
        loading: "Đang tải dữ liệu…",
        load_failed: "Không tải được dữ liệu",
        fetch_failed: "Không kết nối được tới {0}: {1}",
        foreign_data_url: "Tham số data=\"{0}\" không phải địa chỉ trên cùng trang web nên không được tải.",
        http_status: "Máy chủ trả về lỗi {0} cho {1}",
        retry: "Thử lại",
        skipped_events: "{0} sự kiện bị bỏ qua vì dữ liệu không hợp lệ:",
        warnings: "{0} lưu ý về dữ liệu",
        event_count: "{0} sự kiện",
        empty_dataset: "Tệp dữ liệu không có sự kiện nào hợp lệ.",
        source: "Nguồn",
        published: "đăng",
        note: "Ghi chú",
        place: "Địa điểm",
        untranslated: "",
        timeline_label: "Dòng thời gian",
        skip_to_timeline: "Tới dòng thời gian",
        language_switch: "English",
        data_from: "Dữ liệu: {0}",
    },
    dates: DateStrings {
        months_long: [
            "tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6",
            "tháng 7", "tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12",
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
        years_ago: "cách đây {0} năm",
        this_year: "trong năm nay",
    },
    domain: DomainStrings {
        categories: ["Lịch sử", "Đại hội", "Phong trào thi đua", "Hội nghị", "Văn bản", "Chỉ tiêu, kết quả", "Ngày kỷ niệm"],
        levels: ["Trung ương", "Tỉnh", "Sở"],
    },
    problems: ProblemStrings {
        missing_field: "thiếu trường bắt buộc",
        wrong_type: "sai kiểu dữ liệu: cần {0}",
        missing_vietnamese: "thiếu nội dung tiếng Việt (\"vi\")",
        invalid_id: "mã \"{0}\" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang",
        duplicate_id: "mã \"{0}\" đã được dùng cho một sự kiện khác",
        invalid_date: "ngày \"{0}\" không hợp lệ: {1}",
        recurring_end: "sự kiện lặp lại hằng năm (--MM-DD) không thể có ngày kết thúc",
        end_before_start: "ngày kết thúc \"{0}\" sớm hơn ngày bắt đầu \"{1}\"",
        unknown_category: "loại \"{0}\" không có; dùng một trong: {1}",
        unknown_level: "cấp \"{0}\" không có; dùng một trong: {1}",
        unknown_tag: "thẻ \"{0}\" chưa được khai báo trong bảng \"tags\"",
        unsafe_url: "liên kết \"{0}\" không phải http(s) nên không được hiển thị",
        missing_english: "chưa có bản tiếng Anh; sẽ hiển thị tiếng Việt",
        missing_source: "chưa ghi nguồn",
        long_summary: "tóm tắt dài {0} ký tự, quá {1}",
        date_format: "dùng dạng YYYY-MM-DD, YYYY-MM, YYYY hoặc --MM-DD (ngày lặp lại hằng năm)",
        date_year: "năm {0} nằm ngoài khoảng 1–9999",
        date_month: "tháng {0} không có (1–12)",
        date_no_such_day: "ngày này không có trong tháng đó",
        json: "Tệp không phải JSON hợp lệ (dòng {0}, cột {1}): {2}",
        not_a_dataset: "Tệp không phải bộ dữ liệu Dấu mốc: cần một đối tượng có \"version\" và \"events\".",
        missing_version: "Thiếu \"version\" (số nguyên) ở đầu tệp.",
        unsupported_version: "Tệp dùng định dạng phiên bản {0}, ứng dụng này chỉ đọc được đến phiên bản {1}. Hãy cập nhật ứng dụng.",
        missing_events: "Thiếu danh sách \"events\" (một mảng các sự kiện).",
    },
};

static EN: Strings = Strings {
    ui: UiStrings {
        app_name: "Dấu mốc",
        default_title: "Milestones",
        default_subtitle: "Public events on a timeline",
        loading: "Loading data…",
        load_failed: "The data could not be loaded",
        fetch_failed: "Could not reach {0}: {1}",
        foreign_data_url: "The data=\"{0}\" parameter is not an address on this site, so it was not loaded.",
        http_status: "The server answered {0} for {1}",
        retry: "Try again",
        skipped_events: "{0} events were skipped because their data is invalid:",
        warnings: "{0} notes about the data",
        event_count: "{0} events",
        empty_dataset: "The data file has no valid events.",
        source: "Source",
        published: "published",
        note: "Note",
        place: "Place",
        untranslated: "Vietnamese only",
        timeline_label: "Timeline",
        skip_to_timeline: "Skip to the timeline",
        language_switch: "Tiếng Việt",
        data_from: "Data: {0}",
    },
    dates: DateStrings {
        months_long: [
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
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
        years_ago: "{0} years ago",
        this_year: "this year",
    },
    domain: DomainStrings {
        categories: ["History", "Congress", "Emulation campaign", "Meeting", "Document", "Target or result", "Observance"],
        levels: ["National", "Provincial", "Department"],
    },
    problems: ProblemStrings {
        missing_field: "required field is missing",
        wrong_type: "wrong type: expected {0}",
        missing_vietnamese: "the Vietnamese text (\"vi\") is missing",
        invalid_id: "id \"{0}\" is not valid: use lowercase ASCII letters, digits and hyphens",
        duplicate_id: "id \"{0}\" is already used by another event",
        invalid_date: "date \"{0}\" is not valid: {1}",
        recurring_end: "a day that recurs every year (--MM-DD) cannot have an end",
        end_before_start: "end \"{0}\" is before the start \"{1}\"",
        unknown_category: "unknown category \"{0}\"; use one of: {1}",
        unknown_level: "unknown level \"{0}\"; use one of: {1}",
        unknown_tag: "tag \"{0}\" is not defined in the \"tags\" table",
        unsafe_url: "link \"{0}\" is not http(s) and is not shown",
        missing_english: "no English text; Vietnamese is shown instead",
        missing_source: "no source given",
        long_summary: "summary is {0} characters long, over {1}",
        date_format: "use YYYY-MM-DD, YYYY-MM, YYYY, or --MM-DD for a day that recurs every year",
        date_year: "year {0} is outside 1–9999",
        date_month: "month {0} does not exist (1–12)",
        date_no_such_day: "this day does not exist in that month",
        json: "The file is not valid JSON (line {0}, column {1}): {2}",
        not_a_dataset: "The file is not a Dấu mốc dataset: expected an object with \"version\" and \"events\".",
        missing_version: "\"version\" (a whole number) is missing at the top of the file.",
        unsupported_version: "The file uses format version {0}; this app reads up to version {1}. Please update the app.",
        missing_events: "The \"events\" list (an array of events) is missing.",
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_numbered_placeholders() {
        assert_eq!(fill("{0} / {1} sự kiện", &["12", "57"]), "12 / 57 sự kiện");
        assert_eq!(fill("{1}-{0}", &["a", "b"]), "b-a");
        assert_eq!(fill("no args", &[]), "no args");
        assert_eq!(fill("{x} {5}", &["a"]), "{x} ");
        assert_eq!(fill("ngày {0}", &["27"]), "ngày 27");
    }

    #[test]
    fn every_language_has_every_category_and_month() {
        for lang in Lang::ALL {
            let s = lang.strings();
            assert!(s.domain.categories.iter().all(|c| !c.is_empty()));
            assert!(s.dates.months_long.iter().all(|m| !m.is_empty()));
        }
    }
}
