//! The `daumoc validate` command as an editor runs it.

mod common;

use common::{daumoc, stdout};

#[test]
fn the_bundled_dataset_is_valid() {
    let out = daumoc(&["validate"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("public/data/events.json:"), "{}", stdout(&out));
    assert!(stdout(&out).contains(" 0 errors"));
}

#[test]
fn invalid_data_exits_1_naming_event_and_path() {
    let data = r#"{"version":1,"events":[
        {"id":"ok","title":"A","date":"1940","category":"history","level":"national","source":{"document":"d"}},
        {"id":"bad-date","title":"B","date":"2020-02-30","category":"history","level":"national"}]}"#;
    let out = daumoc(&["validate", "-"], Some(data));
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("-: error: events[1].date (bad-date): date \"2020-02-30\" is not valid"), "{text}");
    assert!(text.contains("1 valid events, 1 skipped, 1 errors"), "{text}");
}

#[test]
fn messages_in_vietnamese() {
    let out = daumoc(&["validate", "-", "--lang", "vi"], Some(r#"{"version":1,"events":[{"id":"x"}]}"#));
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("events[0].title (x): thiếu trường bắt buộc"), "{}", stdout(&out));
}

#[test]
fn broken_json_is_one_clear_line() {
    let out = daumoc(&["validate", "-"], Some("{\"version\": 1,"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).starts_with("-: error: The file is not valid JSON (line 1, column 14)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn unreadable_file_and_bad_usage_exit_2() {
    let out = daumoc(&["validate", "no/such/file.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(common::stderr(&out).contains("no/such/file.json: cannot read"));
    assert_eq!(daumoc(&["frobnicate"], None).status.code(), Some(2));
    assert_eq!(daumoc(&["validate", "--lang", "fr"], None).status.code(), Some(2));
}
