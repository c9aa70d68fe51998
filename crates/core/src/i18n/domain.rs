//! Names of categories and levels. Part of the one translation table (see `i18n`).

use crate::model::event::{Category, Level};

/// Names of categories and levels, in the order of `Category::ALL` and `Level::ALL`.
pub struct DomainStrings {
    pub categories: [&'static str; Category::COUNT],
    pub levels: [&'static str; Level::COUNT],
}

/// Vietnamese.
pub const VI: DomainStrings = DomainStrings {
    categories: [
        "Lịch sử",
        "Đại hội",
        "Phong trào thi đua",
        "Hội nghị",
        "Văn bản",
        "Chỉ tiêu, kết quả",
        "Ngày kỷ niệm",
    ],
    levels: ["Trung ương", "Tỉnh", "Sở"],
};

/// English.
pub const EN: DomainStrings = DomainStrings {
    categories: [
        "History",
        "Congress",
        "Emulation campaign",
        "Meeting",
        "Document",
        "Target or result",
        "Observance",
    ],
    levels: ["National", "Provincial", "Department"],
};
