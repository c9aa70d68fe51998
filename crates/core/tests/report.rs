//! Editors' reports: validation located by line and column (text and JSON), counts, and the
//! dataset written back as JSON.

use daumoc_core::{
    check, checks_to_json, dataset_to_json, parse_dataset, stats, Category, JsonPositions, Lang, Level,
    Position,
};
use serde_json::Value;

const BUNDLED: &str = include_str!("../../../public/data/events.json");

/// A file with one valid event and known mistakes at known places.
const BAD: &str = r#"{
  "version": 1,
  "tags": {"bac-son": {"vi": "Bắc Sơn"}},
  "events": [
    {"id": "hop-le", "title": {"vi": "Hợp lệ", "en": "Valid"}, "date": "1940", "category": "history", "level": "national", "source": {"document": "a.txt"}},
    {
      "id": "ngay-sai",
      "title": "Ngày sai",
      "date": "2020-02-30",
      "category": "history",
      "level": "national",
      "tags": ["bac-son", "khong-co"],
      "source": {"document": "a.txt", "url": "ftp://x"}
    },
    {"id": "Sai Mã", "date": "2020", "category": "history", "level": "vũ trụ"}
  ]
}"#;

fn at(line: usize, column: usize) -> Position {
    Position { line, column }
}

#[test]
fn every_problem_has_its_line_and_column() {
    let checked = check("bad.json", BAD);
    let lines = checked.to_lines(Lang::En);
    assert_eq!(
        lines,
        [
            "bad.json:8:16: warning: events[1].title.en (ngay-sai): no English text; Vietnamese is shown instead",
            "bad.json:9:15: error: events[1].date (ngay-sai): date \"2020-02-30\" is not valid: this day does not exist in that month",
            "bad.json:12:27: warning: events[1].tags[1] (ngay-sai): tag \"khong-co\" is not defined in the \"tags\" table",
            "bad.json:13:46: warning: events[1].source.url (ngay-sai): link \"ftp://x\" is not http(s) and is not shown",
            "bad.json:15:5: error: events[2].title (Sai Mã): required field is missing",
            "bad.json:15:5: warning: events[2].source (Sai Mã): no source given",
            "bad.json:15:12: error: events[2].id (Sai Mã): id \"Sai Mã\" is not valid: use lowercase ASCII letters, digits and hyphens",
            "bad.json:15:70: error: events[2].level (Sai Mã): unknown level \"vũ trụ\"; use one of: national, provincial, department",
            "bad.json: 1 valid events, 2 skipped, 4 errors, 4 warnings",
        ]
    );
    assert!(!checked.passes(false));
    let vi = checked.to_lines(Lang::Vi);
    assert_eq!(vi[1], "bad.json:9:15: lỗi: events[1].date (ngay-sai): ngày \"2020-02-30\" không hợp lệ: ngày này không có trong tháng đó");
    assert_eq!(vi[8], "bad.json: 1 sự kiện hợp lệ, 2 bị bỏ qua, 4 lỗi, 4 cảnh báo");
}

#[test]
fn json_report_parses_and_says_the_same() {
    let checks =
        [check("bad.json", BAD), check("good.json", BUNDLED), check("broken.json", "{\"version\": 1,\n  ")];
    let report: Value = serde_json::from_str(&checks_to_json(&checks, false, Lang::Vi)).unwrap();
    assert_eq!(report["valid"], false);
    assert_eq!(report["strict"], false);
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    let bad = &files[0];
    assert_eq!((bad["file"].as_str(), bad["valid"].as_bool()), (Some("bad.json"), Some(false)));
    assert_eq!((bad["events"].as_u64(), bad["skipped"].as_u64()), (Some(1), Some(2)));
    assert_eq!((bad["errors"].as_u64(), bad["warnings"].as_u64()), (Some(4), Some(4)));
    let date = &bad["problems"][1];
    assert_eq!(date["severity"], "error");
    assert_eq!(date["code"], "invalid-date");
    assert_eq!((date["line"].as_u64(), date["column"].as_u64()), (Some(9), Some(15)));
    assert_eq!(date["path"], "events[1].date");
    assert_eq!((date["index"].as_u64(), date["event_id"].as_str()), (Some(1), Some("ngay-sai")));
    assert!(date["message"].as_str().unwrap().starts_with("ngày \"2020-02-30\" không hợp lệ"));
    assert_eq!(files[1]["valid"], true);
    assert_eq!(files[1]["problems"].as_array().map(Vec::len), Some(0));
    let broken = &files[2]["error"];
    assert_eq!(
        (broken["code"].as_str(), broken["line"].as_u64(), broken["column"].as_u64()),
        (Some("json"), Some(2), Some(2))
    );
}

#[test]
fn strict_makes_warnings_fail() {
    let only_warnings = r#"{"version":1,"events":[{"id":"a","title":"A","date":"2000","category":"history","level":"national"}]}"#;
    let checked = check("w.json", only_warnings);
    assert_eq!((checked.errors(), checked.warnings()), (0, 2));
    assert!(checked.passes(false));
    assert!(!checked.passes(true));
    let report: Value = serde_json::from_str(&checks_to_json(&[checked], true, Lang::En)).unwrap();
    assert_eq!((report["valid"].as_bool(), report["strict"].as_bool()), (Some(false), Some(true)));
    assert!(check("b.json", BUNDLED).passes(true), "the bundled dataset has no warning either");
}

#[test]
fn files_that_are_not_datasets() {
    let lines = check("x.json", "{\"version\": 1,").to_lines(Lang::En);
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with("x.json:1:14: error: The file is not valid JSON (line 1, column 14)"),
        "{lines:?}"
    );
    let lines = check("v.json", "{\"version\": 9, \"events\": []}").to_lines(Lang::En);
    assert_eq!(lines, ["v.json: error: The file uses format version 9; this app reads up to version 1. Please update the app."]);
}

#[test]
fn positions_of_the_bundled_file() {
    let positions = JsonPositions::new(BUNDLED).unwrap();
    let line_of = |needle: &str| BUNDLED.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert_eq!(positions.exact("version"), Some(at(2, 14)));
    assert_eq!(positions.exact("tags.bac-son.vi").map(|p| p.line), Some(line_of("\"vi\": \"Bắc Sơn\"")));
    let event = positions.exact("events[3].id").unwrap();
    assert_eq!(event, at(line_of("\"id\": \"khoi-nghia-bac-son\""), 13));
    assert_eq!(positions.locate("events[3].end"), (positions.exact("events[3]").unwrap(), false));
}

#[test]
fn counts_of_the_bundled_dataset() {
    let data = parse_dataset(BUNDLED).unwrap().dataset;
    let s = stats(&data);
    assert_eq!(s.events, 46);
    let count = |c: Category| s.by_category.iter().find(|(k, _)| *k == c).unwrap().1;
    assert_eq!(
        Category::ALL.map(count),
        [9, 5, 9, 5, 6, 11, 1],
        "history, congress, campaign, meeting, document, target, observance"
    );
    assert_eq!(s.by_level, [(Level::National, 11), (Level::Provincial, 22), (Level::Department, 13)]);
    assert_eq!(
        s.by_decade,
        [(1890, 1), (1910, 1), (1930, 1), (1940, 3), (1950, 2), (1970, 1), (2000, 1), (2010, 18), (2020, 17)]
    );
    assert_eq!(s.recurring, 1);
    assert_eq!(
        (s.first.unwrap().to_string(), s.last.unwrap().to_string()),
        ("1890-05-19".into(), "2025".into())
    );
    let text = s.to_text(Some("Dấu mốc Lạng Sơn"), Lang::Vi);
    assert!(
        text.starts_with("Dấu mốc Lạng Sơn\n46 sự kiện, từ 19/5/1890 đến năm 2025\n\nTheo loại\n  Lịch sử  "),
        "{text}"
    );
    assert!(text.contains("\n  2010–2019             18\n"), "{text}");
    assert!(text.contains("\n  Hằng năm               1\n"), "{text}");
    let json: Value = serde_json::from_str(&s.to_json()).unwrap();
    assert_eq!(json["by_category"]["target"], 11);
    assert_eq!(json["by_decade"]["2020"], 17);
    assert_eq!((json["first"].as_str(), json["last"].as_str()), (Some("1890-05-19"), Some("2025")));
    let empty = stats(&daumoc_core::Dataset::default());
    assert_eq!((empty.events, empty.first, empty.by_decade.len()), (0, None, 0));
    assert_eq!(empty.to_text(None, Lang::En).lines().next(), Some("0 events"));
}

#[test]
fn the_dataset_written_back_as_json() {
    let data = parse_dataset(BUNDLED).unwrap().dataset;
    let written = dataset_to_json(&data);
    assert_eq!(parse_dataset(&written).unwrap().dataset, data);
    // The events read exactly like the bundled file (only the tag table comes out sorted).
    let events = |text: &str| text[text.find("\"events\"").unwrap()..].to_string();
    assert_eq!(events(&written), events(BUNDLED));
    // Unknown fields of newer versions survive.
    let newer = r#"{"version":1,"events":[{"id":"a","title":"A","date":"2000","category":"history","level":"national","x-extra":{"n":[1,2.5,null]}}]}"#;
    let data = parse_dataset(newer).unwrap().dataset;
    assert!(dataset_to_json(&data).contains(
        "\"x-extra\": {\n        \"n\": [\n          1,\n          2.5,\n          null\n        ]"
    ));
    assert_eq!(parse_dataset(dataset_to_json(&data)).unwrap().dataset, data);
}
