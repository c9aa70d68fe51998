//! Workbooks and CSV files in every encoding read to the same events as the template's CSV, and
//! problems located by sheet, row and column. The fixtures are made here, from the template.

use daumoc_core::{
    events_to_xlsx, import_csv, import_file, xlsx_template, Event, FileImport, FileKind, ImportOptions, Lang,
    OpenedFile, Phase, RowProgress, Severity, SheetProgress, StepwiseImport, TextEncoding, CSV_COLUMNS,
};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::io::Write;
use unicode_normalization::UnicodeNormalization;

fn template_text() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/csv-template.csv")).unwrap()
}

/// The events of `docs/csv-template.csv`, as `import --from csv` reads them.
fn template_events() -> Vec<Event> {
    let imported = import_csv(&template_text(), &ImportOptions::default()).unwrap();
    assert_eq!(imported.dataset.events.len(), 3);
    imported.dataset.events
}

fn read(name: &str, bytes: &[u8]) -> FileImport {
    import_file(name, bytes, &ImportOptions::default()).unwrap()
}

#[test]
fn xlsx_reads_to_the_templates_events() {
    let bytes = events_to_xlsx(&template_events()).unwrap();
    let file = read("su-kien.xlsx", &bytes);
    assert_eq!(file.kind, FileKind::Xlsx);
    assert_eq!(file.sheet.as_deref(), Some("Sự kiện"));
    assert_eq!(file.imported.dataset.events, template_events());
}

#[test]
fn excel_dates_numbers_and_booleans_read_as_typed() {
    // A sheet as an editor makes it in Excel without the template: dates typed become dates,
    // a year becomes a number, TRUE a boolean; the sheet is the second one, after notes.
    let mut workbook = Workbook::new();
    workbook.add_worksheet().set_name("Ghi chú").unwrap().write_string(0, 0, "ghi chú").unwrap();
    let sheet = workbook.add_worksheet().set_name("Dữ liệu").unwrap();
    for (col, name) in
        ["id", "date", "end", "category", "level", "anniversary", "title_vi"].iter().enumerate()
    {
        sheet.write_string(0, col as u16, *name).unwrap();
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    sheet.write_string(1, 0, "khoi-nghia-bac-son").unwrap();
    sheet.write_datetime_with_format(1, 1, ExcelDateTime::from_ymd(1940, 9, 27).unwrap(), &date).unwrap();
    sheet.write_number(1, 2, 1941).unwrap();
    sheet.write_string(1, 3, "history").unwrap();
    sheet.write_string(1, 4, "provincial").unwrap();
    sheet.write_boolean(1, 5, false).unwrap();
    sheet.write_string(1, 6, "Khởi nghĩa Bắc Sơn").unwrap();
    let file = read("a.xlsx", &workbook.save_to_buffer().unwrap());
    assert_eq!(file.sheet.as_deref(), Some("Dữ liệu"));
    assert!(file.problems.iter().all(|p| p.severity() != Severity::Error), "{:?}", file.problems);
    let event = &file.imported.dataset.events[0];
    assert_eq!(event.date.to_iso(), "1940-09-27");
    assert_eq!(event.end.map(|e| e.to_string()).as_deref(), Some("1941"));
    assert_eq!(event.anniversary, Some(false));
}

/// An OpenDocument spreadsheet with the template's rows (every cell a string, except the full
/// dates of the `date` column, which are dates as LibreOffice stores them).
fn ods(rows: &[Vec<String>]) -> Vec<u8> {
    let esc =
        |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let mut table = String::new();
    for row in rows {
        table.push_str("<table:table-row>");
        for (col, cell) in row.iter().enumerate() {
            if cell.is_empty() {
                table.push_str("<table:table-cell/>");
            } else if CSV_COLUMNS[col] == "date" && cell.len() == 10 && cell.as_bytes()[4] == b'-' {
                table.push_str(&format!(
                    r#"<table:table-cell office:value-type="date" office:date-value="{cell}"><text:p>{cell}</text:p></table:table-cell>"#
                ));
            } else {
                let paragraphs: String =
                    cell.split('\n').map(|p| format!("<text:p>{}</text:p>", esc(p))).collect();
                table.push_str(&format!(
                    r#"<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>"#
                ));
            }
        }
        table.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sự kiện">{table}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", zip::write::SimpleFileOptions::default()).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
    out.into_inner()
}

fn template_rows() -> Vec<Vec<String>> {
    let text = template_text();
    daumoc_core::read_csv(&text).unwrap().into_iter().map(|r| r.fields).collect()
}

#[test]
fn ods_reads_to_the_templates_events() {
    let file = read("su-kien.ods", &ods(&template_rows()));
    assert_eq!(file.kind, FileKind::Ods);
    assert_eq!(file.imported.dataset.events, template_events());
}

/// The template's text in windows-1258 as Excel writes it: letters the code page has as one
/// byte (â, ă, ơ, đ …) and the tone marks as separate combining marks.
fn windows_1258(text: &str) -> Vec<u8> {
    let encode = |s: &str| -> Option<Vec<u8>> {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(s);
        (!unmappable).then(|| bytes.into_owned())
    };
    let mut out = Vec::new();
    for c in text.chars() {
        if let Some(bytes) = encode(&c.to_string()) {
            out.extend(bytes);
            continue;
        }
        // The letter without its tone (ệ → ê), then the tone as a combining mark (U+0323).
        let tones = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];
        let (marks, base): (Vec<char>, Vec<char>) = c.to_string().nfd().partition(|m| tones.contains(m));
        let base: String = base.into_iter().collect::<String>().nfc().collect();
        out.extend(encode(&base).unwrap_or_else(|| panic!("{c} cannot be written in windows-1258")));
        for mark in marks {
            out.extend(encode(&mark.to_string()).unwrap());
        }
    }
    out
}

#[test]
fn every_csv_encoding_reads_to_the_templates_events() {
    let text = template_text();
    let text = text.strip_prefix('\u{feff}').unwrap();
    let utf16 = |big: bool| -> Vec<u8> {
        let mut out = if big { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
        for unit in text.encode_utf16() {
            out.extend(if big { unit.to_be_bytes() } else { unit.to_le_bytes() });
        }
        out
    };
    let cases: [(Vec<u8>, TextEncoding); 5] = [
        (text.as_bytes().to_vec(), TextEncoding::Utf8),
        ([b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(), TextEncoding::Utf8Bom),
        (utf16(false), TextEncoding::Utf16Le),
        (utf16(true), TextEncoding::Utf16Be),
        (windows_1258(text), TextEncoding::Windows1258),
    ];
    for (bytes, encoding) in cases {
        let file = read("su-kien.csv", &bytes);
        assert_eq!(file.kind, FileKind::Csv(encoding));
        assert_eq!(file.imported.dataset.events, template_events(), "{encoding:?}");
    }
    assert_eq!(
        FileKind::Csv(TextEncoding::Windows1258).describe(Lang::Vi),
        "tệp CSV theo mẫu Dấu mốc, bảng mã Windows-1258 (bảng mã tiếng Việt của Windows)"
    );
}

/// The template's rows with three broken ones: a bad date (row 3), an unknown category (row 4)
/// and a missing title (row 5, whose English title is there).
fn broken_rows() -> Vec<Vec<String>> {
    let mut rows = template_rows();
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    let mut bad_date = rows[1].clone();
    bad_date[col("id")] = "ngay-sai".into();
    bad_date[col("date")] = "27/9/1940".into();
    let mut bad_category = rows[1].clone();
    bad_category[col("id")] = "loai-sai".into();
    bad_category[col("category")] = "festival".into();
    let mut no_title = rows[1].clone();
    no_title[col("id")] = "khong-ten".into();
    no_title[col("title_vi")] = String::new();
    rows.splice(2..2, [bad_date, bad_category, no_title]);
    rows
}

fn places(file: &FileImport, lang: Lang) -> Vec<String> {
    file.problems.iter().filter(|p| p.severity() == Severity::Error).map(|p| p.describe(lang)).collect()
}

#[test]
fn problems_are_located_by_sheet_row_and_column() {
    let file = read("su-kien.ods", &ods(&broken_rows()));
    assert_eq!(file.imported.dataset.events.len(), 3);
    assert_eq!(file.left_out(), 3);
    let vi = places(&file, Lang::Vi);
    assert_eq!(vi.len(), 3, "{vi:#?}");
    assert!(vi[0].starts_with("Trang tính Sự kiện, dòng 3, cột B (date): ngày \"27/9/1940\""), "{}", vi[0]);
    assert!(vi[1].starts_with("Trang tính Sự kiện, dòng 4, cột D (category): "), "{}", vi[1]);
    assert!(vi[1].contains("festival"), "{}", vi[1]);
    assert!(vi[2].starts_with("Trang tính Sự kiện, dòng 5, cột G (title_vi): "), "{}", vi[2]);
    let en = places(&file, Lang::En);
    assert!(en[0].starts_with("Sheet Sự kiện, row 3, column B (date): "), "{}", en[0]);
    // Grouped by row: the file's own note (tags without labels, a warning) first, then one
    // group per broken row.
    let rows: Vec<(Option<usize>, usize)> = file.by_row().iter().map(|g| (g[0].row, g.len())).collect();
    assert_eq!(rows, [(None, 1), (Some(3), 1), (Some(4), 1), (Some(5), 1)]);
    assert_eq!(file.problems[0].place(Lang::Vi), "Trang tính Sự kiện");
    // The row a problem is in can be shown.
    let table = file.table.as_ref().unwrap();
    assert_eq!(table.row(4).unwrap().fields[3], "festival");
}

#[test]
fn csv_problems_have_no_sheet_and_keep_the_importers_messages() {
    let text = daumoc_core::write_csv(broken_rows());
    let file = read("su-kien.csv", text.as_bytes());
    let vi = places(&file, Lang::Vi);
    assert!(vi[0].starts_with("Dòng 3, cột B (date): "), "{}", vi[0]);
    // What `daumoc import` prints is unchanged.
    let note = &file.imported.skipped_notes().next().unwrap().describe(Lang::Vi);
    assert!(note.starts_with("dòng 3 (ngay-sai): bỏ qua: cột date: ngày \"27/9/1940\""), "{note}");
}

#[test]
fn a_header_with_its_own_spelling_is_named_as_written() {
    let mut rows = broken_rows();
    rows[0][1] = "Date".into();
    let file = read("su-kien.csv", daumoc_core::write_csv(rows).as_bytes());
    assert!(places(&file, Lang::En)[0].starts_with("Row 3, column B (Date): "));
}

#[test]
fn the_template_has_an_example_a_guide_and_lists() {
    let bytes = xlsx_template(&template_events()).unwrap();
    let sheets = daumoc_core::read_workbook(&bytes).unwrap();
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Sự kiện", "Hướng dẫn"]);
    assert_eq!(sheets[0].rows.len(), 2);
    assert_eq!(sheets[0].rows[0].fields, CSV_COLUMNS.map(String::from));
    assert_eq!(sheets[0].rows[1].fields[0], "khoi-nghia-bac-son");
    let guide: Vec<&str> =
        sheets[1].rows.iter().filter_map(|r| r.fields.first().map(String::as_str)).collect();
    for column in CSV_COLUMNS {
        assert!(guide.contains(&column), "{column} not explained");
    }
    // The drop-downs: a list validation over the category (D) and level (E) columns.
    let xml = unzip_text(&bytes, "xl/worksheets/sheet1.xml");
    assert!(xml.contains(r#"sqref="D2:D10001""#), "{xml}");
    assert!(xml.contains("history,congress,campaign,meeting,document,target,observance"));
    assert!(xml.contains(r#"sqref="E2:E10001""#));
    assert!(xml.contains("national,provincial,department"));
}

fn unzip_text(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut archive.by_name(name).unwrap(), &mut text).unwrap();
    text
}

#[test]
fn json_files_are_told_apart() {
    let dataset =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/events.json")).unwrap();
    let file = read("events.json", &dataset);
    assert_eq!(file.kind, FileKind::Dataset);
    assert!(!file.imported.dataset.events.is_empty());
    let timeline =
        r#"{"events": [{"start_date": {"year": "1940"}, "text": {"headline": "Khởi nghĩa Bắc Sơn"}}]}"#
            .as_bytes();
    let file = read("timeline.json", timeline);
    assert_eq!(file.kind, FileKind::TimelineJs);
    assert_eq!(file.imported.dataset.events.len(), 1);
}

#[test]
fn not_a_workbook_says_what_to_do() {
    let error = import_file("a.xlsx", b"PK\x03\x04broken", &ImportOptions::default()).unwrap_err();
    assert!(
        error.message(Lang::Vi).starts_with("Không mở được tệp bảng tính ("),
        "{}",
        error.message(Lang::Vi)
    );
}

/// The rows as an .xlsx whose one sheet is "Sự kiện", every cell text.
fn xlsx(rows: &[Vec<String>]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet().set_name("Sự kiện").unwrap();
    for (r, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate().filter(|(_, cell)| !cell.is_empty()) {
            sheet.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[test]
fn a_bad_picture_address_is_a_located_warning_and_the_event_is_kept() {
    let mut rows = template_rows();
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    rows[1][col("image_url")] = "javascript:alert(1)".into();
    rows[2][col("image_url")] = "http://example.org/anh.jpg".into();
    for row in &mut rows[1..3] {
        row[col("image_alt_vi")] = "Ảnh tư liệu".into();
    }
    let unsafe_url = "Trang tính Sự kiện, dòng 2, cột X (image_url): địa chỉ ảnh \"javascript:alert(1)\" bị từ chối nên ảnh không được hiển thị: dùng đường dẫn tương đối bên cạnh tệp dữ liệu (images/anh.jpg) hoặc địa chỉ https:";
    let http = "Trang tính Sự kiện, dòng 3, cột X (image_url): địa chỉ ảnh \"http://example.org/anh.jpg\" dùng http:, trang https không hiển thị được nên ảnh bị bỏ: đổi thành https: hoặc chép ảnh vào cạnh tệp dữ liệu";
    let file = read("su-kien.xlsx", &xlsx(&rows));
    let warnings: Vec<String> = file
        .problems
        .iter()
        .filter(|p| p.severity() == Severity::Warning && p.row.is_some())
        .map(|p| p.describe(Lang::Vi))
        .collect();
    assert_eq!(warnings, [unsafe_url, http]);
    // The events are kept, without the refused pictures.
    assert_eq!(file.left_out(), 0);
    assert_eq!(file.imported.dataset.events.len(), 3);
    let ids = [&rows[1][col("id")], &rows[2][col("id")]];
    for event in file.imported.dataset.events.iter().filter(|e| ids.contains(&&e.id)) {
        assert!(event.media.is_empty(), "{event:?}");
    }
    // The same rows as CSV go through the same code: the same notes, without the sheet.
    let csv = read("su-kien.csv", daumoc_core::write_csv(rows).as_bytes());
    let first = csv.problems.iter().find(|p| p.row == Some(2)).unwrap();
    assert_eq!(first.describe(Lang::Vi), unsafe_url.replace("Trang tính Sự kiện, dòng", "Dòng"));
    assert_eq!(first.place(Lang::En), "Row 2, column X (image_url)");
    assert_eq!(csv.imported.dataset.events.len(), 3);
}

/// The template's rows repeated under one header: `n` rows of events with ids of their own.
fn many_rows(n: usize) -> Vec<Vec<String>> {
    let template = template_rows();
    let mut rows = vec![template[0].clone()];
    for i in 0..n {
        let mut row = template[1 + i % (template.len() - 1)].clone();
        row[0] = format!("{}-{i}", row[0]);
        rows.push(row);
    }
    rows
}

#[test]
fn stepwise_import_counts_rows_and_gives_what_import_file_gives() {
    let mut rows = many_rows(25);
    rows.insert(10, vec![String::new(); 3]); // a blank row is not counted
    let bytes = xlsx(&rows);
    let mut opened = OpenedFile::new("lon.xlsx", bytes.clone());
    let mut import = StepwiseImport::start(&mut opened, &ImportOptions::default()).unwrap();
    let mut seen = vec![import.phase()];
    while !import.step(10).unwrap() {
        seen.push(import.phase());
    }
    seen.push(import.phase());
    let reading = |read| Phase::Reading(SheetProgress { read, total: Some(27) });
    let converting = |done| Phase::Converting(RowProgress { done, total: 25 });
    let checking = |done| Phase::Checking(RowProgress { done, total: 25 });
    // Rows 1–10 (the header and nine events), then 12–21 past the blank row 11, then the rest;
    // then the 25 rows converted, then checked together.
    let expected = [
        reading(0),
        reading(10),
        reading(21),
        converting(0),
        converting(10),
        converting(20),
        checking(0),
        checking(10),
        checking(20),
        checking(25),
    ];
    assert_eq!(seen, expected);
    let file = import.finish();
    assert_eq!(file.imported.dataset.events.len(), 25);
    assert_eq!(file, read("lon.xlsx", &bytes));
}

#[test]
fn stepwise_import_of_a_json_file_is_done_at_once() {
    let json = daumoc_core::dataset_to_json(
        &import_csv(&template_text(), &ImportOptions::default()).unwrap().dataset,
    );
    let mut opened = OpenedFile::new("a.json", json.into_bytes());
    let mut import = StepwiseImport::start(&mut opened, &ImportOptions::default()).unwrap();
    assert_eq!(import.progress(), RowProgress { done: 0, total: 0 });
    assert!(import.step(1).unwrap());
    assert_eq!(import.finish().kind, FileKind::Dataset);
}

#[test]
fn stepwise_import_reports_missing_columns_at_the_start() {
    let csv = "id,date\r\nx,1940\r\n";
    let mut opened = OpenedFile::new("a.csv", csv.as_bytes().to_vec());
    let error = StepwiseImport::start(&mut opened, &ImportOptions::default()).err().unwrap();
    assert_eq!(error, import_file("a.csv", csv.as_bytes(), &ImportOptions::default()).unwrap_err());
}
