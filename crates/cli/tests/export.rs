//! The `daumoc export` command as an editor runs it: iCalendar to standard output or a file.

use daumoc_core::parse_dataset;
mod common;

use common::{daumoc, stderr, stdout};
use std::path::PathBuf;

/// A fresh path in the system's temporary directory, removed first in case a run left it.
fn temp_path(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("daumoc-export-{}-{name}", std::process::id()));
    let _ = std::fs::remove_file(&path);
    path
}

fn assert_crlf_lines(text: &str) {
    assert!(text.ends_with("\r\n"), "no final CRLF");
    for line in text.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "not CRLF: {line:?}");
        assert!(line.len() <= 77, "longer than 75 octets: {line:?}");
    }
}

#[test]
fn anniversaries_of_2020_go_to_standard_output() {
    let out = daumoc(&["export", "--to", "ics", "--year", "2020", "--lang", "vi"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), "{text}");
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert_crlf_lines(&text);
    let unfolded = text.replace("\r\n ", "");
    let at = unfolded.find("UID:khoi-nghia-bac-son-2020@daumoc\r\n").expect("the Bắc Sơn VEVENT");
    let end = at + unfolded[at..].find("END:VEVENT").unwrap();
    let bac_son = &unfolded[at..end];
    for line in [
        "DTSTART;VALUE=DATE:20200927\r\n",
        "DTEND;VALUE=DATE:20200928\r\n",
        "SUMMARY:80 năm Khởi nghĩa Bắc Sơn\r\n",
    ] {
        assert!(bac_son.contains(line), "{line} not in {bac_son}");
    }
    assert!(unfolded.contains("X-WR-CALNAME:Dấu mốc Lạng Sơn – Ngày kỷ niệm năm 2020\r\n"));
    // DTSTAMP is now, in UTC: YYYYMMDDTHHMMSSZ.
    let stamp = unfolded.lines().find_map(|l| l.strip_prefix("DTSTAMP:")).unwrap();
    assert_eq!((stamp.len(), &stamp[8..9], &stamp[15..]), (16, "T", "Z"), "{stamp}");
    assert!(stamp[..8].bytes().all(|b| b.is_ascii_digit()) && &stamp[..4] >= "2024");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 11);
}

#[test]
fn without_a_year_every_event_is_exported() {
    let out = daumoc(&["export", "--to", "ics", "--lang", "en"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_crlf_lines(&text);
    let events = parse_dataset(include_str!("../../../public/data/events.json")).unwrap().dataset.events;
    assert_eq!(text.matches("BEGIN:VEVENT").count(), events.len());
    assert!(text.contains("UID:khoi-nghia-bac-son@daumoc\r\n"));
    assert!(text.contains("SUMMARY:Bắc Sơn uprising\r\n"));
    assert!(text.contains("RRULE:FREQ=YEARLY\r\n"));
}

#[test]
fn reads_standard_input() {
    let data = include_str!("../../../public/data/events.json");
    let out = daumoc(&["export", "--to=ics", "--year=2020", "-"], Some(data));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("SUMMARY:80th anniversary of the Bắc Sơn uprising\r\n"));
}

#[test]
fn writes_a_file_and_refuses_to_overwrite_it() {
    let path = temp_path("kyniem-2020.ics");
    let target = path.to_str().unwrap();
    let args = ["export", "--to", "ics", "--year", "2020", "-o", target];
    let out = daumoc(&args, None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.starts_with("BEGIN:VCALENDAR\r\n") && written.contains("UID:khoi-nghia-bac-son-2020@daumoc")
    );

    std::fs::write(&path, "keep me").unwrap();
    let out = daumoc(&args, None);
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("already exists") && message.contains("--force"), "{message}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");

    let out = daumoc(&[&args[..], &["--force"]].concat(), None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("BEGIN:VCALENDAR\r\n"));
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn other_formats_are_not_yet_supported() {
    for format in ["csv", "timelinejs", "html", "pdf"] {
        let out = daumoc(&["export", "--to", format, "--year", "2020"], None);
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert!(stdout(&out).is_empty());
        let message = stderr(&out);
        assert!(
            message.contains("not yet supported: csv, timelinejs, html come with the editors' toolkit"),
            "{message}"
        );
        assert_eq!(message.lines().count(), 1);
    }
}

#[test]
fn wrong_command_lines_exit_2() {
    for args in [
        &["export"][..],
        &["export", "--to"],
        &["export", "--to", "ics", "--year", "nineteen"],
        &["export", "--to", "ics", "-o"],
        &["export", "--to", "ics", "a.json", "b.json"],
        &["export", "--to", "ics", "--colour"],
        &["export", "--to", "ics", "does/not/exist.json"],
    ] {
        let out = daumoc(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{args:?}");
        assert!(!stderr(&out).is_empty(), "{args:?}");
    }
    let out = daumoc(&["export", "--to", "ics", "-"], Some("{not json"));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}
