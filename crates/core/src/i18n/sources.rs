//! Several dataset files listed in `data/index.json`: what can be wrong with the list, and
//! what the app says when some files fail. Part of the one translation table (see `i18n`).

use super::Plural;

/// Strings about the index of dataset files. `{0}`, `{1}` … are filled by `fill`.
pub struct SourceStrings {
    /// The JSON is not an object with a `files` list.
    pub not_an_index: &'static str,
    /// `files` is empty.
    pub no_files: &'static str,
    /// An entry has no `file`.
    pub missing_path: &'static str,
    /// {0}=the path as written.
    pub unsafe_path: &'static str,
    /// {0}=the path, {1}=the entry that lists it first (`files[N]`).
    pub duplicate_file: &'static str,
    /// {0}=the index's URL, {1}=what is wrong with it.
    pub index_invalid: &'static str,
    /// Heading of the notice of files that failed while others loaded: {0}=how many.
    pub files_failed: Plural,
    /// Heading of the error when no listed file loaded: {0}=the index's URL.
    pub all_files_failed: &'static str,
    /// Label of the data file an event comes from, in the event's detail.
    pub origin: &'static str,
}

/// Vietnamese.
pub const VI: SourceStrings = SourceStrings {
    not_an_index: "Tệp không phải danh sách tệp dữ liệu: cần một đối tượng có \"version\" và \"files\".",
    no_files: "Danh sách \"files\" trống: cần ít nhất một tệp dữ liệu.",
    missing_path: "thiếu đường dẫn tệp (\"file\")",
    unsafe_path: "đường dẫn \"{0}\" không được chấp nhận: chỉ dùng đường dẫn tương đối nằm trong thư mục của danh sách (không có \"..\", không bắt đầu bằng \"/\", không có \":\", \"%\", \"?\", \"#\", \"\\\" hay khoảng trắng)",
    duplicate_file: "tệp \"{0}\" đã có trong danh sách ở {1}",
    index_invalid: "{0}: danh sách tệp dữ liệu không hợp lệ: {1}",
    files_failed: Plural {
        one: "{0} tệp dữ liệu không tải được; sự kiện của các tệp khác vẫn hiển thị:",
        other: "{0} tệp dữ liệu không tải được; sự kiện của các tệp khác vẫn hiển thị:",
    },
    all_files_failed: "Không tải được tệp dữ liệu nào trong danh sách {0}:",
    origin: "Tệp dữ liệu",
};

/// English.
pub const EN: SourceStrings = SourceStrings {
    not_an_index: "The file is not a list of data files: an object with \"version\" and \"files\" is needed.",
    no_files: "The \"files\" list is empty: at least one data file is needed.",
    missing_path: "no file path (\"file\")",
    unsafe_path: "the path \"{0}\" is refused: only a relative path inside the list's folder is allowed (no \"..\", no leading \"/\", no \":\", \"%\", \"?\", \"#\", \"\\\" or spaces)",
    duplicate_file: "the file \"{0}\" is already listed at {1}",
    index_invalid: "{0}: the list of data files is not valid: {1}",
    files_failed: Plural {
        one: "{0} data file could not be loaded; the events of the other files still show:",
        other: "{0} data files could not be loaded; the events of the other files still show:",
    },
    all_files_failed: "None of the data files listed in {0} could be loaded:",
    origin: "Data file",
};
