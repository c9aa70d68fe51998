//! The `daumoc validate` command as an editor runs it.

mod common;

use common::{assert_usage_error, daumoc, stderr, stdout, temp_path};
use serde_json::Value;

#[test]
fn the_bundled_dataset_is_valid() {
    let out = daumoc(&["validate"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "public/data/events.json: 46 valid events, 0 skipped, 0 errors, 0 warnings\n");
    let out = daumoc(&["validate", "--strict", "public/data/events.json"], None);
    assert_eq!(out.status.code(), Some(0), "no warnings either");
}

#[test]
fn invalid_data_exits_1_naming_line_column_event_and_path() {
    let data = r#"{"version":1,"events":[
        {"id":"ok","title":"A","date":"1940","category":"history","level":"national","source":{"document":"d"}},
        {"id":"bad-date","title":"B","date":"2020-02-30","category":"history","level":"national"}]}"#;
    let out = daumoc(&["validate", "-"], Some(data));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("-:3:45: error: events[1].date (bad-date): date \"2020-02-30\" is not valid"),
        "{text}"
    );
    assert!(text.contains("-:3:9: warning: events[1].source (bad-date): no source given"), "{text}");
    assert!(text.ends_with("-: 1 valid events, 1 skipped, 1 errors, 3 warnings\n"), "{text}");
}

#[test]
fn a_known_bad_file_with_its_positions() {
    let out = daumoc(&["validate", "tests/fixtures/partly-invalid.json"], None);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let errors: Vec<&str> = text.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(
        errors,
        [
            "tests/fixtures/partly-invalid.json:7:69: error: events[1].date (ngay-sai): date \"2020-02-30\" is not valid: this day does not exist in that month",
            "tests/fixtures/partly-invalid.json:8:82: error: events[2].category (loai-la): unknown category \"nonsense\"; use one of: history, congress, campaign, meeting, document, target, observance",
        ]
    );
    // Sorted by position down the file.
    let positions: Vec<(usize, usize)> = text
        .lines()
        .filter_map(|l| {
            let mut parts = l.splitn(4, ':');
            parts.next();
            Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "{positions:?}");
    assert_eq!(positions.len(), 8);
}

#[test]
fn messages_in_vietnamese() {
    let out = daumoc(&["validate", "-", "--lang", "vi"], Some(r#"{"version":1,"events":[{"id":"x"}]}"#));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("-:1:24: lỗi: events[0].title (x): thiếu trường bắt buộc"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("-: 0 sự kiện hợp lệ, 1 bị bỏ qua, 4 lỗi, 1 cảnh báo"), "{}", stdout(&out));
}

#[test]
fn broken_json_is_one_clear_line() {
    let out = daumoc(&["validate", "-"], Some("{\"version\": 1,"));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).lines().count(), 1);
    assert_eq!(
        stdout(&out).trim_end(),
        "-:1:14: error: The file is not valid JSON (line 1, column 14): \
         the file ends where a value should follow"
    );
}

#[test]
fn several_files_at_once() {
    let out = daumoc(
        &[
            "validate",
            "public/data/events.json",
            "tests/fixtures/broken.json",
            "tests/fixtures/future-version.json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("public/data/events.json: 46 valid events"));
    assert!(text.contains("tests/fixtures/broken.json:1:41: error: The file is not valid JSON"));
    assert!(text.contains("tests/fixtures/future-version.json: error: The file uses format version 7"));
}

#[test]
fn json_format_for_scripts() {
    let out = daumoc(
        &["validate", "--format", "json", "tests/fixtures/partly-invalid.json", "public/data/events.json"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    assert_eq!(report["valid"], false);
    let first = &report["files"][0];
    assert_eq!(first["file"], "tests/fixtures/partly-invalid.json");
    assert_eq!((first["errors"].as_u64(), first["skipped"].as_u64()), (Some(2), Some(2)));
    let date = first["problems"].as_array().unwrap().iter().find(|p| p["code"] == "invalid-date").unwrap();
    assert_eq!((date["line"].as_u64(), date["column"].as_u64()), (Some(7), Some(69)));
    assert_eq!(
        (date["path"].as_str(), date["event_id"].as_str()),
        (Some("events[1].date"), Some("ngay-sai"))
    );
    assert_eq!(report["files"][1]["valid"], true);
    let out = daumoc(&["validate", "--format=json", "--lang", "vi"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(serde_json::from_str::<Value>(&stdout(&out)).unwrap()["valid"], true);
}

#[test]
fn strict_turns_warnings_into_failure() {
    let warned = r#"{"version":1,"events":[{"id":"a","title":"A","date":"2000","category":"history","level":"national"}]}"#;
    let out = daumoc(&["validate", "-"], Some(warned));
    assert_eq!(out.status.code(), Some(0), "warnings alone pass");
    assert!(
        stdout(&out).contains("-:1:42: warning: events[0].title.en (a): no English text"),
        "{}",
        stdout(&out)
    );
    let out = daumoc(&["validate", "-", "--strict"], Some(warned));
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).ends_with("--strict: 2 warnings count as a failure\n"), "{}", stdout(&out));
    let out = daumoc(&["validate", "-", "--strict", "--format", "json"], Some(warned));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(serde_json::from_str::<Value>(&stdout(&out)).unwrap()["strict"], true);
}

#[test]
fn report_to_a_file_never_overwritten_silently() {
    let path = temp_path("validate", "report.txt");
    let target = path.to_str().unwrap();
    let out = daumoc(&["validate", "-o", target], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).is_empty());
    assert!(std::fs::read_to_string(&path).unwrap().contains("46 valid events"));
    let out = daumoc(&["validate", "-o", target], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("already exists; add --force"), "{}", stderr(&out));
    assert_eq!(daumoc(&["validate", "-o", target, "--force"], None).status.code(), Some(0));
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn unreadable_file_and_bad_usage_exit_2() {
    let out = daumoc(&["validate", "no/such/file.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no/such/file.json: cannot read"));
    // The other files are still checked.
    let out = daumoc(&["validate", "no/such/file.json", "public/data/events.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).contains("46 valid events"));
    assert_usage_error(&daumoc(&["frobnicate"], None), &["unrecognized subcommand 'frobnicate'"]);
    for (args, words) in [
        (
            &["validate", "--lang", "fr"][..],
            &["invalid value 'fr' for '--lang <LANG>'", "[possible values: vi, en]"][..],
        ),
        (
            &["validate", "--format", "xml"],
            &["invalid value 'xml' for '--format <FORMAT>'", "[possible values: text, json]"],
        ),
        (&["validate", "--colour"], &["unexpected argument '--colour' found", "Usage: daumoc validate"]),
        (&["validate", "--strict=yes"], &["unexpected value 'yes' for '--strict'"]),
    ] {
        assert_usage_error(&daumoc(args, None), words);
    }
}
