//! `daumoc import --from xlsx|ods`, CSV in other encodings, and `daumoc export --to xlsx` and
//! `--to xlsx-template`: the editors' workbook out and back in.

mod common;

use common::{daumoc, stderr, stdout, temp_path};
use daumoc_core::{parse_dataset, read_workbook, CSV_COLUMNS};

#[test]
fn the_workbook_goes_out_and_comes_back_with_the_same_events() {
    let path = temp_path("workbook", "su-kien.xlsx");
    let target = path.to_str().unwrap();
    let out = daumoc(&["export", "--to", "xlsx", "public/data/events.json", "-o", target, "--force"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let original =
        parse_dataset(std::fs::read_to_string("../../public/data/events.json").unwrap()).unwrap().dataset;
    let out = daumoc(&["import", "--from", "xlsx", target, "--base", "public/data/events.json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), format!("{target}: {} events imported, 0 skipped\n", original.events.len()));
    let back = parse_dataset(stdout(&out)).unwrap().dataset;
    assert_eq!(back.events, original.events);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn the_template_has_one_example_and_the_guide() {
    let path = temp_path("workbook", "mau.xlsx");
    let target = path.to_str().unwrap();
    let out = daumoc(&["export", "--to", "xlsx-template", "-o", target, "--force"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let sheets = read_workbook(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(sheets.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Sự kiện", "Hướng dẫn"]);
    assert_eq!(sheets[0].rows.len(), 2);
    assert_eq!(sheets[0].rows[0].fields, CSV_COLUMNS.map(String::from));
    let out = daumoc(&["import", "--from", "xlsx", target], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(parse_dataset(stdout(&out)).unwrap().dataset.events.len(), 1);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn a_csv_in_windows_1258_is_decoded() {
    let path = temp_path("workbook", "cp1258.csv");
    // "Bắc Sơn" as Excel saves it on a Vietnamese Windows: ă (0xE3) + combining acute (0xEC).
    let mut bytes = b"id,date,category,level,title_vi\r\nbac-son,1940-09-27,history,provincial,B".to_vec();
    bytes.extend(b"\xE3\xECc S\xF5n\r\n");
    std::fs::write(&path, bytes).unwrap();
    let out = daumoc(&["import", "--from", "csv", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(parse_dataset(stdout(&out)).unwrap().dataset.events[0].title.vi, "Bắc Sơn");
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn a_file_that_is_not_a_workbook() {
    let out = daumoc(&["import", "--from", "ods", "docs/csv-template.csv", "--lang", "vi"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("docs/csv-template.csv: error: Không mở được tệp bảng tính ("),
        "{}",
        stderr(&out)
    );
}
