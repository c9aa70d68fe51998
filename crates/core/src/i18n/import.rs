//! Messages of the importers (CSV, TimelineJS) and of exports that leave something out. Part of
//! the one translation table (see `i18n`).

use super::Plural;

/// Messages of the importers. `{0}`, `{1}` … are filled by `fill`.
pub struct ImportStrings {
    /// Where a note is: a spreadsheet row, {0}=row number (the header is row 1).
    pub row: &'static str,
    /// Where a note is: an event of a TimelineJS file, {0}=its index in `events`.
    pub slide: &'static str,
    /// Where a note is: the TimelineJS title slide.
    pub title_slide: &'static str,
    /// Where a note is: the whole file.
    pub file: &'static str,
    /// A note that made the importer leave the row or event out: {0}=why.
    pub skipped: &'static str,
    /// A problem in one column of the CSV: {0}=column, {1}=problem.
    pub column: &'static str,
    /// A row with more cells than the header has columns: {0}=cells, {1}=columns.
    pub too_many_cells: &'static str,
    /// No year: {0}=the column or field that should hold it.
    pub no_year: &'static str,
    /// A number that is not one: {0}=column or field, {1}=the text.
    pub not_a_number: &'static str,
    /// A year the dataset cannot hold: {0}=the year as written.
    pub year_out_of_range: &'static str,
    /// A slide with neither a headline nor text.
    pub empty_slide: &'static str,
    /// A slide without a headline, titled from its text.
    pub title_from_text: &'static str,
    /// A column that is not part of the layout: {0}=its name.
    pub unknown_column: &'static str,
    /// A column named twice: {0}=its name.
    pub duplicate_column: &'static str,
    /// What TimelineJS has and the dataset does not: {0}=the list below, joined.
    pub not_carried: &'static str,
    /// The kinds of TimelineJS media, for notes and links without a caption.
    pub kind_picture: &'static str,
    pub kind_audio: &'static str,
    pub kind_video: &'static str,
    pub kind_pdf: &'static str,
    pub kind_page: &'static str,
    pub kind_html: &'static str,
    pub kind_unsupported: &'static str,
    /// A picture-only slide titled from its caption or credit.
    pub title_from_media: &'static str,
    /// Media kept as a link: {0}=its kind.
    pub media_as_link: &'static str,
    /// Media left out: {0}=its kind.
    pub media_left_out: &'static str,
    /// {0}=pictures carried over, {1}=links per kind, {2}=left out per kind.
    pub media_carried: &'static str,
    /// {0}=pictures whose http: address became https:.
    pub pictures_upgraded: Plural,
    /// {0}=pictures given their caption as alt text.
    pub alt_from_caption: Plural,
    /// The text was declared English (`--source-lang en`).
    pub text_as_english: &'static str,
    /// Slide backgrounds: {0}=how many.
    pub background: Plural,
    /// Times of day: {0}=how many.
    pub time: Plural,
    /// Display dates written by hand: {0}=how many.
    pub display_date: Plural,
    /// Map locations: {0}=how many.
    pub location: Plural,
    /// Addresses of links inside the text (their words are kept): {0}=how many.
    pub links: Plural,
    /// The picture of the title slide.
    pub title_media: &'static str,
    /// The cosmological time scale setting.
    pub scale: &'static str,
    /// An era that is not carried over: {0}=its headline, {1}=its years.
    pub era: &'static str,
    /// TimelineJS has one language; where its text goes.
    pub text_as_vietnamese: &'static str,
    /// Tags without a label yet: {0}=their ids.
    pub unlabelled_tags: &'static str,
    /// The last line of an import: {0}=file, {1}=events imported, {2}=skipped.
    pub summary: &'static str,
    /// A CSV file whose quoted cell never closes: {0}=row, {1}=line of the file.
    pub unclosed_quote: &'static str,
    /// Required columns missing: {0}=their names, {1}=where the layout is described.
    pub missing_columns: &'static str,
    /// Where our CSV layout is described.
    pub csv_layout_help: &'static str,
    /// Where the TimelineJS sheet layout comes from.
    pub timelinejs_sheet_help: &'static str,
    /// An old TimelineJS 2 file.
    pub timelinejs2: &'static str,
    /// JSON that is not a TimelineJS 3 timeline.
    pub not_timelinejs: &'static str,
    /// A file that already is a Dấu mốc dataset.
    pub already_dataset: &'static str,
    /// Recurring days a TimelineJS export cannot hold: {0}=how many, {1}=their ids.
    pub recurring_left_out: Plural,
}

/// Vietnamese.
pub const VI: ImportStrings = ImportStrings {
    row: "dòng {0}",
    slide: "events[{0}]",
    title_slide: "trang tiêu đề",
    file: "cả tệp",
    skipped: "bỏ qua: {0}",
    column: "cột {0}: {1}",
    too_many_cells: "có {0} ô, nhiều hơn {1} cột của dòng tên cột",
    no_year: "thiếu năm ({0})",
    not_a_number: "{0} \"{1}\" không phải số nguyên",
    year_out_of_range: "năm {0} không ghi được: Dấu mốc chỉ nhận năm từ 1 đến 9999 (không có năm trước Công nguyên hay niên đại địa chất)",
    empty_slide: "không có tiêu đề lẫn nội dung",
    title_from_text: "không có tiêu đề; tên sự kiện được lấy từ đầu nội dung, hãy sửa lại",
    unknown_column: "cột \"{0}\" không thuộc mẫu nên bị bỏ qua",
    duplicate_column: "cột \"{0}\" có hai lần; chỉ dùng cột đầu tiên",
    not_carried: "không chuyển sang được: {0}",
    kind_picture: "ảnh",
    kind_audio: "tệp âm thanh",
    kind_video: "tệp video",
    kind_pdf: "tài liệu PDF",
    kind_page: "trang web",
    kind_html: "mã HTML nhúng (iframe, blockquote)",
    kind_unsupported: "địa chỉ không phải trang web",
    title_from_media: "không có tiêu đề lẫn nội dung; tên sự kiện được lấy từ chú thích hoặc nguồn ảnh, hãy kiểm tra lại",
    media_as_link: "media ({0}) không phải ảnh: giữ làm liên kết kèm chú thích",
    media_left_out: "media ({0}) không chuyển sang được",
    media_carried: "media: {0} ảnh chuyển thành ảnh của sự kiện; giữ làm liên kết: {1}; không chuyển được: {2}",
    pictures_upgraded: Plural {
        one: "{0} địa chỉ ảnh http: đã đổi thành https: (trang https không hiển thị ảnh http:); hãy kiểm tra ảnh còn mở được",
        other: "{0} địa chỉ ảnh http: đã đổi thành https: (trang https không hiển thị ảnh http:); hãy kiểm tra ảnh còn mở được",
    },
    alt_from_caption: Plural {
        one: "{0} ảnh không có mô tả (alt): tạm dùng chú thích; hãy viết lại cho đúng nội dung ảnh",
        other: "{0} ảnh không có mô tả (alt): tạm dùng chú thích; hãy viết lại cho đúng nội dung ảnh",
    },
    text_as_english: "nội dung được nhập làm tiếng Anh (en) và tạm chép sang tiếng Việt (vi) vì bộ dữ liệu bắt buộc có tiếng Việt; hãy dịch các trường vi, bổ sung loại, cấp và nguồn của từng sự kiện (xem docs/dataset.md)",
    background: Plural { one: "nền (background) của {0} sự kiện", other: "nền (background) của {0} sự kiện" },
    time: Plural { one: "giờ trong ngày của {0} sự kiện", other: "giờ trong ngày của {0} sự kiện" },
    display_date: Plural {
        one: "cách ghi ngày riêng (display date) của {0} sự kiện",
        other: "cách ghi ngày riêng (display date) của {0} sự kiện",
    },
    location: Plural { one: "vị trí bản đồ của {0} sự kiện", other: "vị trí bản đồ của {0} sự kiện" },
    links: Plural {
        one: "địa chỉ liên kết trong nội dung của {0} sự kiện (chữ vẫn giữ)",
        other: "địa chỉ liên kết trong nội dung của {0} sự kiện (chữ vẫn giữ)",
    },
    title_media: "ảnh của trang tiêu đề",
    scale: "thang thời gian vũ trụ (scale: cosmological)",
    era: "giai đoạn (era) \"{0}\" ({1}) không được chuyển: bộ dữ liệu không có giai đoạn riêng",
    text_as_vietnamese: "nội dung được nhập làm tiếng Việt (vi); hãy bổ sung bản tiếng Anh, loại, cấp và nguồn của từng sự kiện (xem docs/dataset.md)",
    unlabelled_tags: "thẻ chưa có nhãn trong dữ liệu gốc (trên trang biên tập là dữ liệu đang đăng; với dòng lệnh là --base), tạm dùng mã làm nhãn; muốn đặt nhãn, thêm vào bảng \"tags\" của tệp dữ liệu: {0}",
    summary: "{0}: đã nhập {1} sự kiện, bỏ qua {2}",
    unclosed_quote: "dòng {0}: ô mở ngoặc kép ở dòng {1} của tệp không bao giờ đóng, nên phần còn lại của tệp không đọc được",
    missing_columns: "thiếu cột bắt buộc: {0}. Dòng đầu tiên phải là tên các cột ({1})",
    csv_layout_help: "xem docs/csv-template.csv",
    timelinejs_sheet_help: "mẫu Google Sheet của TimelineJS",
    timelinejs2: "Đây là định dạng TimelineJS 2 cũ ({\"timeline\": {\"date\": […]}}), không nhập được. Hãy mở dòng thời gian bằng TimelineJS 3, hoặc tải bảng Google Sheet của nó về dạng CSV và dùng --from timelinejs-csv.",
    not_timelinejs: "Không phải tệp TimelineJS 3: cần một đối tượng JSON có danh sách \"events\".",
    already_dataset: "Tệp này đã là bộ dữ liệu Dấu mốc, không cần nhập; kiểm tra bằng daumoc validate.",
    recurring_left_out: Plural {
        one: "{0} ngày lặp lại hằng năm không xuất được sang TimelineJS (TimelineJS không có ngày lặp lại): {1}",
        other: "{0} ngày lặp lại hằng năm không xuất được sang TimelineJS (TimelineJS không có ngày lặp lại): {1}",
    },
};

/// English.
pub const EN: ImportStrings = ImportStrings {
    row: "row {0}",
    slide: "events[{0}]",
    title_slide: "title slide",
    file: "whole file",
    skipped: "skipped: {0}",
    column: "column {0}: {1}",
    too_many_cells: "has {0} cells, more than the {1} columns of the header row",
    no_year: "no year ({0})",
    not_a_number: "{0} \"{1}\" is not a whole number",
    year_out_of_range: "year {0} cannot be recorded: Dấu mốc dates run from year 1 to 9999 (no years BC, no geological ages)",
    empty_slide: "has neither a headline nor text",
    title_from_text: "no headline; the title was taken from the start of the text, please edit it",
    unknown_column: "column \"{0}\" is not part of the layout and is ignored",
    duplicate_column: "column \"{0}\" appears twice; only the first is used",
    not_carried: "not carried over: {0}",
    kind_picture: "picture",
    kind_audio: "audio file",
    kind_video: "video file",
    kind_pdf: "PDF document",
    kind_page: "web page",
    kind_html: "embedded HTML (iframe, blockquote)",
    kind_unsupported: "address that is not a web page",
    title_from_media: "neither headline nor text; the title was taken from the media's caption or credit, please check it",
    media_as_link: "the media ({0}) is not a picture: kept as a link with its caption",
    media_left_out: "the media ({0}) cannot be carried over",
    media_carried: "media: {0} pictures carried over as the events' pictures; kept as links: {1}; not carried over: {2}",
    pictures_upgraded: Plural {
        one: "{0} picture address changed from http: to https: (an https site cannot show http: pictures); check that it loads",
        other: "{0} picture addresses changed from http: to https: (an https site cannot show http: pictures); check that they load",
    },
    alt_from_caption: Plural {
        one: "{0} picture had no alt text: its caption stands in; rewrite it to describe the picture",
        other: "{0} pictures had no alt text: their captions stand in; rewrite them to describe the pictures",
    },
    text_as_english: "the text is imported as English (en) and, until translated, also copied to Vietnamese (vi), which every dataset must have; translate the vi fields and add each event's category, level and source (see docs/dataset.md)",
    background: Plural { one: "the background of {0} event", other: "the backgrounds of {0} events" },
    time: Plural { one: "the time of day of {0} event", other: "the times of day of {0} events" },
    display_date: Plural {
        one: "the hand-written display date of {0} event",
        other: "the hand-written display dates of {0} events",
    },
    location: Plural { one: "the map location of {0} event", other: "the map locations of {0} events" },
    links: Plural {
        one: "link addresses in the text of {0} event (their words are kept)",
        other: "link addresses in the text of {0} events (their words are kept)",
    },
    title_media: "the title slide's media",
    scale: "the cosmological time scale (scale: cosmological)",
    era: "era \"{0}\" ({1}) is not carried over: datasets have no eras of their own",
    text_as_vietnamese: "the text is imported as Vietnamese (vi); add English translations and each event's category, level and source (see docs/dataset.md)",
    unlabelled_tags: "tags without a label, their id is used for now: the base data (the published data on the editors' page, --base on the command line) has no label for them; new labels go in the dataset file's \"tags\" table: {0}",
    summary: "{0}: {1} events imported, {2} skipped",
    unclosed_quote: "row {0}: the quoted cell that opens on line {1} of the file is never closed, so the rest of the file cannot be read",
    missing_columns: "required columns are missing: {0}. The first row must name the columns ({1})",
    csv_layout_help: "see docs/csv-template.csv",
    timelinejs_sheet_help: "the TimelineJS Google Sheet template",
    timelinejs2: "This is the old TimelineJS 2 format ({\"timeline\": {\"date\": […]}}), which cannot be imported. Open the timeline in TimelineJS 3, or download its Google Sheet as CSV and use --from timelinejs-csv.",
    not_timelinejs: "Not a TimelineJS 3 file: expected a JSON object with an \"events\" list.",
    already_dataset: "This file already is a Dấu mốc dataset; there is nothing to import. Check it with daumoc validate.",
    recurring_left_out: Plural {
        one: "{0} day that recurs every year is not exported to TimelineJS (TimelineJS has no recurring dates): {1}",
        other: "{0} days that recur every year are not exported to TimelineJS (TimelineJS has no recurring dates): {1}",
    },
};
