//! The `daumoc export` command as an editor runs it: iCalendar to standard output or a file.

use daumoc_core::{import_csv, import_timelinejs, parse_dataset, Dataset, ImportOptions};
mod common;

use common::{assert_usage_error, daumoc, stderr, stdout, temp_path};

fn bundled() -> Dataset {
    parse_dataset(include_str!("../../../public/data/events.json")).unwrap().dataset
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
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 10);
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
    let path = temp_path("export", "kyniem-2020.ics");
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
fn csv_round_trips_through_import() {
    let out = daumoc(&["export", "--to", "csv"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = stdout(&out);
    assert!(csv.starts_with("\u{feff}id,date,end,category,level,anniversary,title_vi,title_en,summary_vi,"));
    assert!(csv.contains(
        "\r\nkhoi-nghia-bac-son,1940-09-27,,history,provincial,,Khởi nghĩa Bắc Sơn,Bắc Sơn uprising,"
    ));
    let original = bundled();
    let options = ImportOptions { base: Some(original.clone()), ..ImportOptions::default() };
    assert_eq!(import_csv(&csv, &options).unwrap().dataset, original);
}

#[test]
fn timelinejs_in_vietnamese_and_the_left_out_observance() {
    let out = daumoc(&["export", "--to", "timelinejs"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 day that recurs every year is not exported to TimelineJS"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("ngay-khoa-hoc-va-cong-nghe-viet-nam"));
    let json = stdout(&out);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["title"]["text"]["headline"], "Dấu mốc Lạng Sơn");
    assert_eq!(value["events"].as_array().unwrap().len(), 45);
    let back = import_timelinejs(&json, &ImportOptions::default()).unwrap().dataset;
    assert_eq!(back.event("khoi-nghia-bac-son").unwrap().title.vi, "Khởi nghĩa Bắc Sơn");
    let en = stdout(&daumoc(&["export", "--to", "timelinejs", "--lang", "en"], None));
    assert!(en.contains("\"headline\": \"Bắc Sơn uprising\""), "English text with --lang en");
}

#[test]
fn html_page_and_fragment() {
    let out = daumoc(&["export", "--to", "html"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let page = stdout(&out);
    assert!(page.starts_with("<!doctype html>\n<html lang=\"vi\">"));
    assert!(
        page.contains("<h2 id=\"dm-y1940\">1940</h2>")
            && page.contains("<time datetime=\"1940-09-27\">27/9/1940</time>")
    );
    assert!(!page.contains("<script"));
    let out = daumoc(&["export", "--to", "html", "--fragment", "public/data/events.json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let fragment = stdout(&out);
    assert!(fragment.starts_with("<section class=\"dm-static\" lang=\"vi\""), "{fragment}");
    assert!(!fragment.contains("<html") && !fragment.contains("<head"));
    assert_eq!(fragment.matches("<li id=").count(), 46);
    let en = stdout(&daumoc(
        &["export", "--to=html", "--lang=en", "-"],
        Some(include_str!("../../../public/data/events.json")),
    ));
    assert!(en.contains("<html lang=\"en\">") && en.contains("Bắc Sơn uprising"));
}

#[test]
fn wrong_command_lines_exit_2() {
    let formats = "[possible values: csv, timelinejs, ics, html, xlsx, xlsx-template]";
    for (args, words) in [
        (&["export"][..], &["the following required arguments were not provided", "--to <FORMAT>"][..]),
        (&["export", "--to"], &["a value is required for '--to <FORMAT>'", formats]),
        (&["export", "--to", "ics", "--year", "nineteen"], &["invalid value 'nineteen' for '--year <YEAR>'"]),
        (&["export", "--to", "ics", "-o"], &["a value is required for '--output <OUT>'"]),
        (&["export", "--to", "ics", "a.json", "b.json"], &["unexpected argument 'b.json' found"]),
        (&["export", "--to", "ics", "--colour"], &["unexpected argument '--colour' found"]),
        (&["export", "--to", "pdf"], &["invalid value 'pdf' for '--to <FORMAT>'", formats]),
        (
            &["export", "--to", "csv", "--year", "2020"],
            &["--year goes with --to ics", "Usage: daumoc export"],
        ),
        (
            &["export", "--to", "ics", "--fragment"],
            &["--fragment goes with --to html", "Usage: daumoc export"],
        ),
        (&["export", "--to", "html", "--fragment=yes"], &["unexpected value 'yes' for '--fragment'"]),
    ] {
        assert_usage_error(&daumoc(args, None), words);
    }
    let out = daumoc(&["export", "--to", "ics", "does/not/exist.json"], None);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stdout(&out).is_empty());
    assert_eq!(
        stderr(&out),
        "daumoc: does/not/exist.json: cannot read: No such file or directory (os error 2)\n"
    );
    let out = daumoc(&["export", "--to", "ics", "-"], Some("{not json"));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}
