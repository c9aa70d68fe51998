//! Words of the editors' reports: `daumoc validate` and `daumoc stats`. Part of the one
//! translation table (see `i18n`).

use super::Plural;

/// Words of the editors' reports. `{0}`, `{1}` … are filled by `fill`.
pub struct ReportStrings {
    /// Marks a problem that keeps an event out.
    pub error: &'static str,
    /// Marks a problem worth fixing.
    pub warning: &'static str,
    /// Last line per file: {0}=file, {1}=valid events, {2}=skipped, {3}=errors, {4}=warnings.
    pub summary: &'static str,
    /// Said when `--strict` turns warnings into a failure: {0}=how many warnings.
    pub strict_failed: Plural,
    /// How many events: {0}=count.
    pub events: Plural,
    /// The time the events span: {0}=first date, {1}=last date.
    pub range: &'static str,
    /// Heading of the counts per category.
    pub by_category: &'static str,
    /// Heading of the counts per level.
    pub by_level: &'static str,
    /// Heading of the counts per decade.
    pub by_decade: &'static str,
}

/// Vietnamese.
pub const VI: ReportStrings = ReportStrings {
    error: "lỗi",
    warning: "cảnh báo",
    summary: "{0}: {1} sự kiện hợp lệ, {2} bị bỏ qua, {3} lỗi, {4} cảnh báo",
    strict_failed: Plural {
        one: "--strict: {0} cảnh báo cũng tính là không đạt",
        other: "--strict: {0} cảnh báo cũng tính là không đạt",
    },
    events: Plural { one: "{0} sự kiện", other: "{0} sự kiện" },
    range: "từ {0} đến {1}",
    by_category: "Theo loại",
    by_level: "Theo cấp",
    by_decade: "Theo thập niên",
};

/// English.
pub const EN: ReportStrings = ReportStrings {
    error: "error",
    warning: "warning",
    summary: "{0}: {1} valid events, {2} skipped, {3} errors, {4} warnings",
    strict_failed: Plural {
        one: "--strict: {0} warning counts as a failure",
        other: "--strict: {0} warnings count as a failure",
    },
    events: Plural { one: "{0} event", other: "{0} events" },
    range: "from {0} to {1}",
    by_category: "By category",
    by_level: "By level",
    by_decade: "By decade",
};
