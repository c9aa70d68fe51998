//! CSV as spreadsheets write it, and the editors' CSV layout: edge cases, wrong rows reported by
//! their number and left out, and the round trip of the bundled dataset.

mod common;

use daumoc_core::{
    dataset_to_csv, import_csv, parse_dataset, read_csv, CsvError, Dataset, ImportError, ImportOptions, Lang,
    Layout, NoteKind, Origin, ProblemKind, Severity, CSV_COLUMNS, REQUIRED_COLUMNS,
};

fn bundled() -> Dataset {
    parse_dataset(include_str!("../../../public/data/events.json")).unwrap().dataset
}

fn cells(text: &str) -> Vec<Vec<String>> {
    read_csv(text).unwrap().into_iter().map(|r| r.fields).collect()
}

#[test]
fn quoted_commas_doubled_quotes_and_line_breaks() {
    let text = "a,\"b, c\",\"say \"\"hi\"\"\",\"two\nlines\",\"\"\n";
    assert_eq!(cells(text), [["a", "b, c", "say \"hi\"", "two\nlines", ""]]);
}

#[test]
fn bom_crlf_lf_and_row_numbers() {
    let text = "\u{feff}id,title\r\nx,\"A\r\nB\"\r\n\r\ny,C\nz,D";
    let rows = read_csv(text).unwrap();
    let shape: Vec<(usize, usize, Vec<&str>)> =
        rows.iter().map(|r| (r.row, r.line, r.fields.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        shape,
        [
            (1, 1, vec!["id", "title"]),
            (2, 2, vec!["x", "A\nB"]),
            (3, 4, vec![""]),
            (4, 5, vec!["y", "C"]),
            (5, 6, vec!["z", "D"]),
        ]
    );
    assert!(rows[2].is_blank());
    assert_eq!(read_csv("").unwrap(), []);
    assert_eq!(cells("a\n"), [["a"]]);
}

#[test]
fn semicolons_from_vietnamese_spreadsheets() {
    assert_eq!(cells("id;title_vi\r\nx;\"a;b, c\"\r\n"), [vec!["id", "title_vi"], vec!["x", "a;b, c"]]);
}

#[test]
fn an_unclosed_quote_names_its_row_and_line() {
    let err = read_csv("id,title\nx,ok\ny,\"never\nclosed,\n").unwrap_err();
    assert_eq!(err, CsvError::UnclosedQuote { row: 3, line: 3 });
    let import =
        import_csv("id,date,category,level,title_vi\nx,\"2020", &ImportOptions::default()).unwrap_err();
    assert_eq!(import, ImportError::Csv(CsvError::UnclosedQuote { row: 2, line: 2 }));
    assert!(
        import.message(Lang::Vi).starts_with("dòng 2: ô mở ngoặc kép ở dòng 2"),
        "{}",
        import.message(Lang::Vi)
    );
}

#[test]
fn the_real_parser_test_file() {
    let rows = cells(&common::timelinejs_sample("parser_test.csv"));
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0], ["title", "count", "description"]);
    assert_eq!(rows[1][2], "let's just pile it  all in here,  commas, \"quoted strings\" and \nnew lines!");
    assert_eq!(rows[3], ["a day, i guess", "2", "what else could go wrong?"]);
}

#[test]
fn export_then_import_gives_the_same_dataset() {
    let original = bundled();
    let csv = dataset_to_csv(&original);
    assert!(csv.starts_with("\u{feff}id,date,end,category,level,anniversary,title_vi,"));
    assert_eq!(read_csv(&csv).unwrap().len(), original.events.len() + 1);
    let options = ImportOptions { base: Some(original.clone()), ..ImportOptions::default() };
    let back = import_csv(&csv, &options).unwrap();
    assert_eq!(back.notes, []);
    assert_eq!(back.dataset, original);
    // Without a base, the events are the same; tags get their ids as labels, with a note.
    let bare = import_csv(&csv, &ImportOptions::default()).unwrap();
    assert_eq!(bare.dataset.events, original.events);
    assert_eq!(bare.dataset.tags["bac-son"].vi, "bac-son");
    assert!(
        matches!(&bare.notes[..], [n] if matches!(&n.kind, NoteKind::UnlabelledTags(ids) if ids.len() == original.tags.len()))
    );
}

#[test]
fn the_shipped_template_is_valid_and_real() {
    let template = include_str!("../../../docs/csv-template.csv");
    let original = bundled();
    let options = ImportOptions { base: Some(original.clone()), ..ImportOptions::default() };
    let imported = import_csv(template, &options).unwrap();
    assert_eq!(imported.notes, []);
    assert_eq!(imported.dataset.events.len(), 3);
    for event in &imported.dataset.events {
        assert_eq!(Some(event), original.event(&event.id), "the template's rows are events of the dataset");
    }
    assert_eq!(read_csv(template).unwrap()[0].fields, CSV_COLUMNS);
}

const HEADER: &str = "id,date,end,category,level,title_vi,title_en,tags,source_document,source_url\r\n";

#[test]
fn wrong_rows_are_reported_by_number_and_left_out() {
    let csv = format!(
        "{HEADER}\
         khoi-nghia,1940-09-27,,history,provincial,Khởi nghĩa,Uprising,bac-son,a.txt,javascript:alert(1)\r\n\
         ngay-sai,2020-02-30,,history,provincial,Ngày sai,Wrong day,,a.txt,\r\n\
         ,,,,,,,,,\r\n\
         loai-sai,2020,,nonsense,provincial,\"Loại, sai\",Wrong,,a.txt,\r\n\
         thua-o,2020,,history,provincial,Thừa ô,Extra,,a.txt,,extra\r\n\
         khong-nguon,2019,,target,department,Không nguồn,,,,\r\n\
         khoi-nghia,1950,,history,provincial,Trùng mã,Duplicate,,a.txt,\r\n"
    );
    let imported = import_csv(&csv, &ImportOptions::default()).unwrap();
    let ids: Vec<&str> = imported.dataset.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["khoi-nghia", "khong-nguon"]);
    assert_eq!(imported.skipped(), 4);
    let skipped: Vec<String> = imported.skipped_notes().map(|n| n.describe(Lang::En)).collect();
    assert_eq!(
        skipped,
        [
            "row 3 (ngay-sai): skipped: column date: date \"2020-02-30\" is not valid: this day does not exist in that month",
            "row 5 (loai-sai): skipped: column category: unknown category \"nonsense\"; use one of: history, congress, campaign, meeting, document, target, observance",
            "row 6 (thua-o): skipped: has 11 cells, more than the 10 columns of the header row",
            "row 8 (khoi-nghia): skipped: column id: id \"khoi-nghia\" is already used by another event",
        ]
    );
    // Warnings keep the row: an unsafe link (dropped), no English title, no source.
    let warnings: Vec<(Origin, &ProblemKind)> = imported
        .notes
        .iter()
        .filter_map(|n| match &n.kind {
            NoteKind::Field { problem, .. } if n.kind.severity() == Severity::Warning => {
                Some((n.origin, problem))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        warnings,
        [
            (Origin::Row(2), &ProblemKind::UnsafeUrl("javascript:alert(1)".into())),
            (Origin::Row(7), &ProblemKind::MissingEnglish),
            (Origin::Row(7), &ProblemKind::MissingSource),
        ]
    );
    let linked = imported.dataset.event("khoi-nghia").unwrap().source.as_ref().unwrap();
    assert_eq!((linked.document.as_str(), linked.url.as_deref()), ("a.txt", None));
    assert_eq!(imported.dataset.event("khong-nguon").unwrap().source, None);
    assert!(imported.notes.iter().any(|n| n.describe(Lang::Vi) == "dòng 3 (ngay-sai): bỏ qua: cột date: ngày \"2020-02-30\" không hợp lệ: ngày này không có trong tháng đó"));
}

#[test]
fn every_field_of_a_row() {
    let header = CSV_COLUMNS.join(",");
    let row =
        "chi-thi-1, 2020-05-01 ,2020-05-07,Document,provincial,Có,Chỉ thị 1,Directive 1,Tóm tắt,Summary,\
               Bắc Sơn,,\"a ; b;;\",1/CT-UBND,UBND tỉnh,Provincial People's Committee,doc.txt,Bài,2020-05-02,\
               https://example.org/a,\"Câu \"\"trích\"\"\",Ghi chú,";
    let imported = import_csv(&format!("{header}\n{row}\n"), &ImportOptions::default()).unwrap();
    // "Document" is not an id: ids are lowercase, as the validator says.
    assert_eq!(imported.dataset.events.len(), 0);
    let fixed = row.replace("Document", "document");
    let imported = import_csv(&format!("{header}\n{fixed}\n"), &ImportOptions::default()).unwrap();
    let e = &imported.dataset.events[0];
    assert_eq!((e.date.to_string(), e.end.unwrap().to_string()), ("2020-05-01".into(), "2020-05-07".into()));
    assert_eq!(e.tags, ["a", "b"]);
    assert_eq!(e.place.as_ref().map(|p| (p.vi.as_str(), p.en.as_deref())), Some(("Bắc Sơn", None)));
    let reference = e.reference.as_ref().unwrap();
    assert_eq!(reference.number, "1/CT-UBND");
    assert_eq!(reference.issuer.as_ref().unwrap().en.as_deref(), Some("Provincial People's Committee"));
    let source = e.source.as_ref().unwrap();
    assert_eq!(source.published.unwrap().to_string(), "2020-05-02");
    assert_eq!(source.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(source.quote.as_deref(), Some("Câu \"trích\""));
    assert_eq!(e.note.as_ref().unwrap().vi, "Ghi chú");
    assert_eq!(e.anniversary, Some(true));
}

#[test]
fn the_anniversary_column_takes_what_spreadsheets_write() {
    let header = "id,date,category,level,title_vi,title_en,source_document,anniversary";
    let row = |id: &str, cell: &str| format!("{id},1950-10-17,history,provincial,T {id},T {id},a.txt,{cell}");
    let cells = ["TRUE", "x", "1", "FALSE", "không", "0", "", "có lẽ"];
    let rows: Vec<String> = cells.iter().enumerate().map(|(i, c)| row(&format!("e{i}"), c)).collect();
    let imported =
        import_csv(&format!("{header}\n{}\n", rows.join("\n")), &ImportOptions::default()).unwrap();
    let values: Vec<Option<bool>> = imported.dataset.events.iter().map(|e| e.anniversary).collect();
    assert_eq!(
        values,
        [Some(true), Some(true), Some(true), Some(false), Some(false), Some(false), None, None]
    );
    // "có lẽ" (maybe) is neither: a warning on its row and column; the event is kept.
    let warnings: Vec<String> = imported.notes.iter().map(|n| n.describe(Lang::En)).collect();
    assert_eq!(
        warnings,
        ["row 9 (e7): column anniversary: \"có lẽ\" is not a yes or no (true or false); the default of the event's category applies"]
    );
}

#[test]
fn headers() {
    let options = ImportOptions::default();
    match import_csv("id,date,title_vi\nx,2020,X\n", &options).unwrap_err() {
        ImportError::MissingColumns { columns, layout: Layout::Csv } => {
            assert_eq!(columns, ["category", "level"])
        }
        other => panic!("{other:?}"),
    }
    let message = import_csv("", &options).unwrap_err().message(Lang::En);
    assert_eq!(
        message,
        format!(
            "required columns are missing: {}. The first row must name the columns (see docs/csv-template.csv)",
            REQUIRED_COLUMNS.join(", ")
        )
    );
    // Blank rows first, names in another case and order, an unknown column.
    let csv = "\n;;\nTitle VI;LEVEL;Category;Date;ID;Colour\nA;national;history;1945;a;red\n";
    let imported = import_csv(csv, &options).unwrap();
    assert_eq!(imported.dataset.events[0].id, "a");
    assert_eq!(imported.notes[0].kind, NoteKind::UnknownColumn("Colour".into()));
}

#[test]
fn the_image_columns_round_trip_exactly() {
    let text = serde_json::json!({ "version": 1, "events": [{
        "id": "bac-son", "title": { "vi": "Khởi nghĩa Bắc Sơn", "en": "Bắc Sơn uprising" },
        "date": "1940-09-27", "category": "history", "level": "provincial",
        "source": { "document": "a.txt" },
        "media": [{
            "url": "images/dinh-nong-luc.jpg",
            "alt": { "vi": "Đình Nông Lục, mái ngói, sân đất", "en": "Nông Lục communal house" },
            "caption": { "vi": "Nơi thành lập đội du kích, \"Bắc Sơn\"", "en": "Where the guerrillas, first met" },
            "credit": "Bảo tàng tỉnh; 1995",
            "link": "https://example.org/dinh?x=1&y=2"
        }]
    }, {
        "id": "no-picture", "title": { "vi": "Không ảnh", "en": "No picture" },
        "date": "1941", "category": "history", "level": "provincial", "source": { "document": "a.txt" }
    }]})
    .to_string();
    let dataset = parse_dataset(&text).unwrap().dataset;
    let csv = dataset_to_csv(&dataset);
    let rows = cells(&csv);
    let at = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    assert_eq!(rows[1][at("image_url")], "images/dinh-nong-luc.jpg");
    assert_eq!(rows[1][at("image_alt_vi")], "Đình Nông Lục, mái ngói, sân đất");
    assert_eq!(rows[1][at("image_caption_en")], "Where the guerrillas, first met");
    assert_eq!(rows[1][at("image_credit")], "Bảo tàng tỉnh; 1995");
    assert_eq!(rows[1][at("image_link")], "https://example.org/dinh?x=1&y=2");
    assert!(rows[2][at("image_url")..].iter().all(String::is_empty), "{:?}", rows[2]);
    let back = import_csv(&csv, &ImportOptions::default()).unwrap();
    assert!(back.notes.is_empty(), "{:?}", back.notes);
    assert_eq!(back.dataset.events, dataset.events);
    assert_eq!(dataset_to_csv(&back.dataset), csv);
}

#[test]
fn a_row_with_a_picture_but_no_alt_names_the_column() {
    let csv = "id,date,category,level,title_vi,image_url,source_document\r\nx,1940,history,provincial,X,javascript:alert(1),a\r\ny,1941,history,provincial,Y,images/y.png,a\r\n";
    let imported = import_csv(csv, &ImportOptions::default()).unwrap();
    let said: Vec<String> = imported.notes.iter().map(|n| n.describe(Lang::En)).collect();
    assert_eq!(imported.dataset.events.len(), 2);
    assert!(imported.dataset.events.iter().all(|e| e.media.is_empty()));
    assert!(said.contains(&"row 2 (x): column image_url: picture address \"javascript:alert(1)\" is refused and the picture is not shown: use a path beside the dataset file (images/photo.jpg) or an https: address".to_string()), "{said:#?}");
    assert!(
        said.iter().any(|s| s.starts_with("row 3 (y): column image_alt_vi: the picture has no alt text")),
        "{said:#?}"
    );
}
