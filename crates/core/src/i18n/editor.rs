//! Words of the editors' toolkit: where a problem is in a spreadsheet, the text encodings, the
//! spreadsheet template's guide to every column, the dataset comparison and the editors' page.
//! Part of the one translation table (see `i18n`), but a table of its own, reached through
//! [`Lang::editor_strings`] and only with the `tools` feature, so that the visitors' app does not
//! carry it.

use crate::model::lang::Lang;

/// Words of the editors' toolkit. `{0}`, `{1}` … are filled by `fill`.
pub struct EditorStrings {
    /// Where a problem is: a sheet of a workbook, {0}=its name.
    pub sheet: &'static str,
    /// Where a problem is: a spreadsheet row, {0}=row number (the header is row 1).
    pub row: &'static str,
    /// Where a problem is: a column, {0}=its letter (A, B … AA), {1}=its header.
    pub column: &'static str,
    /// Where a problem is: a column the file does not have, {0}=its name.
    pub column_missing: &'static str,
    /// Where a problem is: an event of a JSON file, {0}=its index in `events` (from 0).
    pub entry: &'static str,
    /// The whole file.
    pub whole_file: &'static str,
    /// Said before an error: the row is left out.
    pub left_out: &'static str,
    /// Text encodings as the page names them: UTF-8.
    pub utf8: &'static str,
    /// UTF-8 with a byte order mark.
    pub utf8_bom: &'static str,
    /// UTF-16, little-endian.
    pub utf16le: &'static str,
    /// UTF-16, big-endian.
    pub utf16be: &'static str,
    /// The Windows code page for Vietnamese.
    pub windows1258: &'static str,
    /// Kinds of file read: an Excel workbook.
    pub kind_xlsx: &'static str,
    /// An OpenDocument spreadsheet.
    pub kind_ods: &'static str,
    /// Our CSV layout: {0}=the encoding.
    pub kind_csv: &'static str,
    /// A TimelineJS spreadsheet's CSV: {0}=the encoding.
    pub kind_timelinejs_csv: &'static str,
    /// A TimelineJS JSON file.
    pub kind_timelinejs: &'static str,
    /// A Dấu mốc dataset file.
    pub kind_dataset: &'static str,
    /// A workbook that cannot be opened: {0}=the reader's words.
    pub unreadable_workbook: &'static str,
    /// A workbook with no sheet: nothing to read.
    pub no_sheets: &'static str,
    /// The name of the template's sheet of events.
    pub events_sheet: &'static str,
    /// The name of the template's guide sheet.
    pub guide_sheet: &'static str,
    /// Headers of the guide sheet: column, required, what it holds (vi), what it holds (en).
    pub guide_header: [&'static str; 4],
    /// "yes" in the guide's "required" column.
    pub required_yes: &'static str,
    /// The guide's first line, above the table.
    pub guide_intro: &'static str,
    /// The title of the drop-down's message when a cell is not one of the ids.
    pub list_error_title: &'static str,
    /// The drop-down's message when a cell is not one of the ids: {0}=column.
    pub list_error: &'static str,
    /// A field that changed, its value before: (empty).
    pub empty_value: &'static str,
}

/// What each column of the editors' layout holds, in the order of `CSV_COLUMNS`, in Vietnamese
/// and in English: the template's guide sheet.
pub const COLUMN_GUIDE: [(&str, &str); 23] = [
    (
        "Mã sự kiện: chữ thường không dấu, số và dấu gạch nối, không trùng, ví dụ khoi-nghia-bac-son. Dùng trong đường liên kết (?event=).",
        "The event's id: lowercase ASCII letters, digits and hyphens, unique, e.g. khoi-nghia-bac-son. Used in links (?event=).",
    ),
    (
        "Ngày: 1940-09-27 (năm-tháng-ngày), 1950-10 (tháng), 1950 (năm) hoặc --05-18 (ngày lặp lại hằng năm). Có thể gõ ngày của Excel.",
        "Date: 1940-09-27 (year-month-day), 1950-10 (month), 1950 (year) or --05-18 (every year). An Excel date works too.",
    ),
    (
        "Ngày kết thúc của một giai đoạn (nhiệm kỳ, kế hoạch), cùng các dạng như cột date; để trống nếu không có.",
        "When a range (a term, a plan) ended, in the same forms as date; empty if none.",
    ),
    (
        "Loại sự kiện, chọn trong danh sách: history, congress, campaign, meeting, document, target, observance.",
        "Kind of event, from the list: history, congress, campaign, meeting, document, target, observance.",
    ),
    (
        "Cấp, chọn trong danh sách: national (Trung ương), provincial (Tỉnh), department (Sở, ngành).",
        "Level, from the list: national, provincial, department.",
    ),
    (
        "Có đánh dấu ngày kỷ niệm tròn năm không: TRUE/FALSE (hoặc có/không); để trống là theo loại sự kiện.",
        "Whether round anniversaries are marked: TRUE/FALSE; empty follows the kind of event.",
    ),
    ("Tên sự kiện bằng tiếng Việt, ngắn gọn.", "The event's title in Vietnamese, short."),
    ("Tên sự kiện bằng tiếng Anh (nên có).", "The title in English (recommended)."),
    ("Tóm tắt một đến ba câu bằng tiếng Việt.", "One to three sentences in Vietnamese."),
    ("Tóm tắt bằng tiếng Anh.", "The summary in English."),
    ("Địa điểm bằng tiếng Việt, nếu nguồn có nói.", "The place in Vietnamese, if the source says."),
    ("Địa điểm bằng tiếng Anh.", "The place in English."),
    (
        "Các mã chủ đề, cách nhau bằng dấu chấm phẩy: bac-son; cach-mang.",
        "Topic ids separated by semicolons: bac-son; cach-mang.",
    ),
    ("Số hiệu văn bản, ví dụ 26/CT-TTg.", "The document's number, e.g. 26/CT-TTg."),
    ("Cơ quan ban hành, tiếng Việt.", "The issuing body, in Vietnamese."),
    ("Cơ quan ban hành, tiếng Anh.", "The issuing body, in English."),
    (
        "Nguồn: tên văn bản hoặc trang chứa thông tin (nên có để người đọc kiểm chứng).",
        "Source: the document or page the fact comes from (recommended, so readers can check it).",
    ),
    ("Tiêu đề của nguồn.", "The source's title."),
    ("Ngày đăng của nguồn, dạng 2020-09-27.", "When the source was published, e.g. 2020-09-27."),
    (
        "Địa chỉ của nguồn, bắt đầu bằng https:// hoặc http://.",
        "The source's address, starting with https:// or http://.",
    ),
    ("Câu trích từ nguồn làm bằng chứng.", "The sentence quoted from the source as evidence."),
    ("Ghi chú về điều chưa chắc chắn, tiếng Việt.", "A note on anything uncertain, in Vietnamese."),
    ("Ghi chú bằng tiếng Anh.", "The note in English."),
];

/// Vietnamese.
pub const VI: EditorStrings = EditorStrings {
    sheet: "Trang tính {0}",
    row: "dòng {0}",
    column: "cột {0} ({1})",
    column_missing: "cột {0} (chưa có trong tệp)",
    entry: "sự kiện events[{0}]",
    whole_file: "Cả tệp",
    left_out: "bỏ qua dòng này",
    utf8: "UTF-8",
    utf8_bom: "UTF-8 có BOM",
    utf16le: "UTF-16 (little-endian)",
    utf16be: "UTF-16 (big-endian)",
    windows1258: "Windows-1258 (bảng mã tiếng Việt của Windows)",
    kind_xlsx: "bảng tính Excel (.xlsx)",
    kind_ods: "bảng tính LibreOffice (.ods)",
    kind_csv: "tệp CSV theo mẫu Dấu mốc, bảng mã {0}",
    kind_timelinejs_csv: "tệp CSV theo mẫu TimelineJS, bảng mã {0}",
    kind_timelinejs: "tệp JSON của TimelineJS",
    kind_dataset: "tệp dữ liệu Dấu mốc (.json)",
    unreadable_workbook: "Không mở được tệp bảng tính ({0}). Hãy lưu lại bằng Excel (.xlsx) hoặc LibreOffice (.ods) rồi thử lại.",
    no_sheets: "Tệp bảng tính không có trang tính nào.",
    events_sheet: "Sự kiện",
    guide_sheet: "Hướng dẫn",
    guide_header: ["Cột", "Bắt buộc", "Nội dung (tiếng Việt)", "What it holds (English)"],
    required_yes: "có",
    guide_intro: "Mỗi sự kiện một dòng ở trang tính \"Sự kiện\"; dòng 1 là tên cột, không đổi tên cột. Mở tệp ở trang dành cho biên tập viên để kiểm tra và tải bộ dữ liệu.",
    list_error_title: "Giá trị không có trong danh sách",
    list_error: "Hãy chọn một mã trong danh sách của cột {0}.",
    empty_value: "(trống)",
};

/// English.
pub const EN: EditorStrings = EditorStrings {
    sheet: "Sheet {0}",
    row: "row {0}",
    column: "column {0} ({1})",
    column_missing: "column {0} (not in the file)",
    entry: "event events[{0}]",
    whole_file: "Whole file",
    left_out: "row left out",
    utf8: "UTF-8",
    utf8_bom: "UTF-8 with BOM",
    utf16le: "UTF-16 (little-endian)",
    utf16be: "UTF-16 (big-endian)",
    windows1258: "Windows-1258 (the Windows code page for Vietnamese)",
    kind_xlsx: "Excel workbook (.xlsx)",
    kind_ods: "LibreOffice spreadsheet (.ods)",
    kind_csv: "CSV in the Dấu mốc layout, encoding {0}",
    kind_timelinejs_csv: "CSV in the TimelineJS layout, encoding {0}",
    kind_timelinejs: "TimelineJS JSON file",
    kind_dataset: "Dấu mốc dataset file (.json)",
    unreadable_workbook: "The spreadsheet cannot be opened ({0}). Save it again from Excel (.xlsx) or LibreOffice (.ods) and retry.",
    no_sheets: "The spreadsheet has no sheet.",
    events_sheet: "Sự kiện",
    guide_sheet: "Hướng dẫn",
    guide_header: ["Cột", "Bắt buộc", "Nội dung (tiếng Việt)", "What it holds (English)"],
    required_yes: "có",
    guide_intro: "One event per row on the \"Sự kiện\" sheet; row 1 names the columns, keep them as they are. Open the file on the editors' page to check it and download the dataset.",
    list_error_title: "Not in the list",
    list_error: "Choose one of the ids in the list of column {0}.",
    empty_value: "(empty)",
};

impl Lang {
    /// The editors' toolkit's words in this language.
    pub fn editor_strings(self) -> &'static EditorStrings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}
