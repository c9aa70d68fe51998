//! `daumoc stats`, and the help every command has.

mod common;

use common::{daumoc, stderr, stdout};
use serde_json::Value;

#[test]
fn counts_of_the_bundled_dataset() {
    let out = daumoc(&["stats", "--lang", "vi"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("Dấu mốc Lạng Sơn\n46 sự kiện, từ 19/5/1890 đến năm 2025\n"), "{text}");
    for line in [
        "  Lịch sử                9",
        "  Chỉ tiêu, kết quả     11",
        "  Tỉnh                  22",
        "  1940–1949              3",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} not in\n{text}");
    }
    let out = daumoc(&["stats", "public/data/events.json", "--format", "json"], None);
    let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["events"], 46);
    assert_eq!(json["by_level"]["department"], 13);
    assert_eq!(json["by_decade"]["2010"], 18);
    assert_eq!(json["recurring"], 1);
}

#[test]
fn stats_of_standard_input_and_errors() {
    let data = r#"{"version":1,"events":[{"id":"a","title":"A","date":"1999","end":"2001","category":"target","level":"department"}]}"#;
    let out = daumoc(&["stats", "-"], Some(data));
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("1 event, from 1999 to 2001\n"), "{}", stdout(&out));
    assert_eq!(daumoc(&["stats", "-"], Some("[]")).status.code(), Some(1));
    assert_eq!(daumoc(&["stats", "--format", "yaml"], None).status.code(), Some(2));
    assert_eq!(daumoc(&["stats", "a.json", "b.json"], None).status.code(), Some(2));
}

#[test]
fn every_command_has_help_with_an_example() {
    for command in ["validate", "import", "export", "stats", "anniversaries"] {
        let out = daumoc(&[command, "--help"], None);
        assert_eq!(out.status.code(), Some(0), "{command}");
        let help = stdout(&out);
        assert!(help.starts_with(&format!("daumoc {command} ")), "{help}");
        assert!(help.contains("Examples:\n  daumoc "), "{help}");
        assert!(help.contains("Exit codes:"), "{help}");
        let out = daumoc(&[command, "--help", "--lang", "vi"], None);
        let help = stdout(&out);
        assert!(help.starts_with(&format!("daumoc {command} — ")), "{help}");
        assert!(help.contains("Ví dụ:\n  daumoc ") && help.contains("Mã thoát:"), "{help}");
    }
    let out = daumoc(&["--help"], None);
    let help = stdout(&out);
    for line in ["  0  done; the data is valid", "  1  invalid data", "  2  wrong command line"] {
        assert!(help.contains(line), "{line} not in\n{help}");
    }
    assert_eq!(daumoc(&["stats", "-h"], None).status.code(), Some(0));
}
