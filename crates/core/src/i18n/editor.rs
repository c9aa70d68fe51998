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
    /// The editors' page: the document's title.
    pub page_title: &'static str,
    /// Its heading.
    pub page_heading: &'static str,
    /// What the page does, under the heading.
    pub page_intro: &'static str,
    /// Link back to the timeline.
    pub back_to_site: &'static str,
    /// Heading of step 1.
    pub step_open: &'static str,
    /// What can be opened.
    pub open_hint: &'static str,
    /// The file input's label.
    pub choose_file: &'static str,
    /// Progress: reading the file, {0}=its name.
    pub reading: &'static str,
    /// Progress: checking the rows.
    pub checking: &'static str,
    /// Progress: building the preview.
    pub building: &'static str,
    /// Progress while the rows are converted: {0}=rows done, {1}=rows in all.
    pub rows_progress: &'static str,
    /// Progress while an xlsx sheet is read: {0}=rows read, {1}=the sheet's rows.
    pub sheet_progress: &'static str,
    /// The same when the sheet does not say how many rows it has: {0}=rows read.
    pub sheet_progress_open: &'static str,
    /// The button that stops the file being opened.
    pub cancel: &'static str,
    /// Said once an opening was stopped.
    pub cancelled: &'static str,
    /// The import worker stopped while reading the file (it ran out of memory, or failed).
    pub worker_failed: &'static str,
    /// What was read: {0}=file name, {1}=its kind, {2}=sheet part.
    pub opened: &'static str,
    /// The sheet part of `opened`: {0}=sheet name.
    pub opened_sheet: &'static str,
    /// Counts: {0}=valid events, {1}=rows left out, {2}=warnings.
    pub counts: &'static str,
    /// Heading of step 2.
    pub step_problems: &'static str,
    /// Errors: {0}=how many rows.
    pub errors_heading: &'static str,
    /// Warnings: {0}=how many.
    pub warnings_heading: &'static str,
    /// No error at all.
    pub no_errors: &'static str,
    /// Problems not listed: {0}=how many rows.
    pub more_problems: &'static str,
    /// Button on a problem: show its row.
    pub show_row: &'static str,
    /// The row panel's heading: {0}=place.
    pub row_heading: &'static str,
    /// Row table header: the column.
    pub cell_column: &'static str,
    /// Row table header: the value.
    pub cell_value: &'static str,
    /// Heading of step 3.
    pub step_preview: &'static str,
    /// Under it.
    pub preview_hint: &'static str,
    /// Before a file is opened.
    pub no_file: &'static str,
    /// Heading of step 4.
    pub step_changes: &'static str,
    /// Under it.
    pub changes_hint: &'static str,
    /// Button: compare with the bundled data.
    pub compare_site: &'static str,
    /// The button that picks a dataset file to compare with.
    pub compare_file: &'static str,
    /// What the list compares with: {0}=name.
    pub compared_with: &'static str,
    /// The bundled data's name.
    pub site_data: &'static str,
    /// Added events: {0}=how many.
    pub added: &'static str,
    /// Removed events: {0}=how many.
    pub removed: &'static str,
    /// Changed events: {0}=how many.
    pub changed: &'static str,
    /// Unchanged events: {0}=how many.
    pub unchanged: &'static str,
    /// Nothing changes.
    pub no_changes: &'static str,
    /// Change table header: field.
    pub field: &'static str,
    /// Change table header: before.
    pub before: &'static str,
    /// Change table header: after.
    pub after: &'static str,
    /// Heading of step 5.
    pub step_download: &'static str,
    /// Under it.
    pub download_hint: &'static str,
    /// Button: the dataset, {0}=events.
    pub download_dataset: &'static str,
    /// Button: the Excel template.
    pub download_xlsx_template: &'static str,
    /// Button: the CSV template.
    pub download_csv_template: &'static str,
    /// The compared data could not be loaded: {0}=why.
    pub load_failed: &'static str,
}

/// What each column of the editors' layout holds, in the order of `CSV_COLUMNS`, in Vietnamese
/// and in English: the template's guide sheet.
pub const COLUMN_GUIDE: [(&str, &str); crate::formats::csv_layout::CSV_COLUMNS.len()] = [
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
    (
        "Ảnh: đường dẫn tới tệp ảnh cạnh tệp dữ liệu (ví dụ anh/bac-son.jpg) hoặc địa chỉ https://; không nhận http:, data: hay javascript:.",
        "Picture: a path to an image file beside the dataset (e.g. anh/bac-son.jpg) or an https:// address; http:, data: and javascript: are refused.",
    ),
    (
        "Mô tả ảnh bằng tiếng Việt cho người không xem được ảnh (bắt buộc khi có ảnh).",
        "What the picture shows, in Vietnamese, for people who cannot see it (required with a picture).",
    ),
    ("Mô tả ảnh bằng tiếng Anh.", "What the picture shows, in English."),
    ("Chú thích ảnh bằng tiếng Việt.", "The picture's caption in Vietnamese."),
    ("Chú thích ảnh bằng tiếng Anh.", "The picture's caption in English."),
    ("Tác giả hoặc nguồn ảnh (hiện là \"Ảnh: …\").", "Who took or owns the picture (shown as \"Photo: …\")."),
    ("Trang mà ảnh dẫn tới, chỉ https:// hoặc http://.", "The page the picture links to, http(s) only."),
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
    page_title: "Cập nhật dữ liệu — Dấu mốc",
    page_heading: "Cập nhật dữ liệu",
    page_intro: "Mở bảng tính của bạn: trang kiểm tra từng dòng, cho xem trước dòng thời gian như người đọc sẽ thấy, cho biết những gì thay đổi trên trang và tạo tệp dữ liệu để đăng. Tệp chỉ được đọc trong trình duyệt này, không gửi đi đâu cả, và trang vẫn chạy khi không có mạng.",
    back_to_site: "Về dòng thời gian",
    step_open: "1. Mở tệp",
    open_hint: "Bảng tính Excel (.xlsx), LibreOffice (.ods), tệp CSV (UTF-8, UTF-16 hay Windows-1258), tệp JSON của TimelineJS hoặc tệp dữ liệu Dấu mốc. Chọn tệp, hoặc kéo thả tệp vào ô này.",
    choose_file: "Chọn tệp",
    reading: "Đang đọc tệp {0}…",
    checking: "Đang kiểm tra từng dòng…",
    building: "Đang dựng bản xem trước…",
    rows_progress: "Đã kiểm tra {0} / {1} dòng…",
    sheet_progress: "Đang đọc bảng tính… {0} / {1} dòng",
    sheet_progress_open: "Đang đọc bảng tính… {0} dòng",
    cancel: "Hủy",
    cancelled: "Đã hủy mở tệp. Tệp đang mở trước đó (nếu có) vẫn giữ nguyên.",
    worker_failed: "Không đọc xong được tệp: phần đọc tệp của trang đã dừng giữa chừng (có thể tệp quá lớn so với bộ nhớ của trình duyệt). Hãy tải lại trang rồi thử lại, hoặc chia tệp thành nhiều tệp nhỏ hơn.",
    opened: "Đã mở {0}: {1}{2}.",
    opened_sheet: ", trang tính \"{0}\"",
    counts: "{0} sự kiện hợp lệ · {1} dòng có lỗi bị bỏ · {2} cảnh báo",
    step_problems: "2. Lỗi và cảnh báo",
    errors_heading: "Lỗi — {0} dòng bị bỏ, hãy sửa trong bảng tính rồi mở lại tệp",
    warnings_heading: "Cảnh báo ({0}) — vẫn được nhận, nên sửa",
    no_errors: "Không có lỗi: mọi dòng đều được nhận.",
    more_problems: "… và {0} dòng nữa",
    show_row: "Xem dòng",
    row_heading: "Nội dung {0}",
    cell_column: "Cột",
    cell_value: "Nội dung ô",
    step_preview: "3. Xem trước",
    preview_hint: "Dòng thời gian đúng như người đọc sẽ thấy, với tìm kiếm, bộ lọc, chi tiết và trình chiếu.",
    no_file: "Chưa mở tệp nào.",
    step_changes: "4. Những gì thay đổi trên trang",
    changes_hint: "So sánh với dữ liệu đang đăng trên trang, hoặc với một tệp dữ liệu bạn chọn.",
    compare_site: "So sánh với dữ liệu đang đăng",
    compare_file: "So sánh với một tệp dữ liệu…",
    compared_with: "So với {0}:",
    site_data: "dữ liệu đang đăng (data/index.json)",
    added: "Thêm mới ({0})",
    removed: "Bị bỏ ({0})",
    changed: "Được sửa ({0})",
    unchanged: "{0} sự kiện không đổi.",
    no_changes: "Không có thay đổi nào.",
    field: "Trường",
    before: "Trước",
    after: "Sau",
    step_download: "5. Tải về",
    download_hint: "Tệp dữ liệu (.json) thay cho tệp trong public/data/ của trang; đã kiểm tra như daumoc validate. Các mẫu để bắt đầu bảng tính mới.",
    download_dataset: "Tải tệp dữ liệu (.json, {0} sự kiện)",
    download_xlsx_template: "Tải mẫu Excel (.xlsx)",
    download_csv_template: "Tải mẫu CSV",
    load_failed: "Không tải được dữ liệu để so sánh: {0}",
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
    page_title: "Update the data — Dấu mốc",
    page_heading: "Update the data",
    page_intro: "Open your spreadsheet: the page checks every row, previews the timeline as visitors will see it, lists what changes on the site and makes the dataset file to publish. The file is only read in this browser, never sent anywhere, and the page works offline.",
    back_to_site: "Back to the timeline",
    step_open: "1. Open a file",
    open_hint: "An Excel (.xlsx) or LibreOffice (.ods) spreadsheet, a CSV file (UTF-8, UTF-16 or Windows-1258), a TimelineJS JSON file or a Dấu mốc dataset. Choose a file, or drop it on this box.",
    choose_file: "Choose a file",
    reading: "Reading {0}…",
    checking: "Checking every row…",
    building: "Building the preview…",
    rows_progress: "Checked {0} of {1} rows…",
    sheet_progress: "Reading the sheet… {0} of {1} rows",
    sheet_progress_open: "Reading the sheet… {0} rows",
    cancel: "Cancel",
    cancelled: "Opening the file was cancelled. The file open before (if any) is unchanged.",
    worker_failed: "The file could not be read to the end: the page's file reader stopped halfway (the file may be too large for the browser's memory). Reload the page and try again, or split the file into smaller ones.",
    opened: "Opened {0}: {1}{2}.",
    opened_sheet: ", sheet \"{0}\"",
    counts: "{0} valid events · {1} rows with errors left out · {2} warnings",
    step_problems: "2. Errors and warnings",
    errors_heading: "Errors — {0} rows left out; fix them in the spreadsheet and open the file again",
    warnings_heading: "Warnings ({0}) — accepted, worth fixing",
    no_errors: "No errors: every row goes through.",
    more_problems: "… and {0} more rows",
    show_row: "Show the row",
    row_heading: "Contents of {0}",
    cell_column: "Column",
    cell_value: "Cell",
    step_preview: "3. Preview",
    preview_hint: "The timeline exactly as visitors will see it, with search, filters, detail and presentation.",
    no_file: "No file opened yet.",
    step_changes: "4. What changes on the site",
    changes_hint: "Compare with the data the site publishes now, or with a dataset file you choose.",
    compare_site: "Compare with the published data",
    compare_file: "Compare with a dataset file…",
    compared_with: "Compared with {0}:",
    site_data: "the published data (data/index.json)",
    added: "Added ({0})",
    removed: "Removed ({0})",
    changed: "Changed ({0})",
    unchanged: "{0} events unchanged.",
    no_changes: "Nothing changes.",
    field: "Field",
    before: "Before",
    after: "After",
    step_download: "5. Download",
    download_hint: "The dataset file (.json) replaces the one in the site's public/data/; it is checked as daumoc validate checks. The templates start a new spreadsheet.",
    download_dataset: "Download the dataset (.json, {0} events)",
    download_xlsx_template: "Download the Excel template (.xlsx)",
    download_csv_template: "Download the CSV template",
    load_failed: "The data to compare with could not be loaded: {0}",
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
