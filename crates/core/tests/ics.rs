//! iCalendar export: line form (CRLF, 75 octets, folding inside Vietnamese text), escaping, UIDs,
//! DTSTAMP, all-day spans at each precision, observances, and the 2020 anniversaries.

use chrono::NaiveDate;
use daumoc_core::*;
use daumoc_core::{fold_ics_line, ics_escape_text, MAX_LINE_OCTETS, RECURRING_BASE_YEAR};
use serde_json::{json, Value};
use std::collections::BTreeSet;

const BUNDLED: &str = include_str!("../../../public/data/events.json");

fn bundled() -> Dataset {
    parse_dataset(BUNDLED).unwrap().dataset
}

fn stamp() -> IcsStamp {
    IcsStamp::from_utc(NaiveDate::from_ymd_opt(2020, 9, 27).unwrap().and_hms_opt(8, 30, 5).unwrap())
}

/// Events from JSON objects with defaults for the required fields.
fn events(list: &[Value]) -> Vec<Event> {
    let list: Vec<Value> = list
        .iter()
        .map(|e| {
            let mut full =
                json!({"category": "history", "level": "provincial", "source": {"document": "x.txt"}});
            full.as_object_mut().unwrap().extend(e.as_object().unwrap().clone());
            full
        })
        .collect();
    let loaded = parse_dataset(json!({"version": 1, "events": list}).to_string()).unwrap();
    assert!(loaded.is_valid(), "{:?}", loaded.problems);
    loaded.dataset.events
}

fn event(id: &str, date: &str, title: &str) -> Value {
    json!({"id": id, "date": date, "title": {"vi": title, "en": title}})
}

/// The logical content lines: unfolded, without line ends.
fn unfolded(ics: &str) -> Vec<String> {
    let text = ics.replace("\r\n ", "");
    let text = text.strip_suffix("\r\n").expect("ends with CRLF");
    text.split("\r\n").map(str::to_string).collect()
}

/// The content lines of the VEVENT with `uid`.
fn vevent(ics: &str, uid: &str) -> Vec<String> {
    let lines = unfolded(ics);
    let at = lines.iter().position(|l| *l == format!("UID:{uid}")).unwrap_or_else(|| panic!("no {uid}"));
    let begin = lines[..at].iter().rposition(|l| l == "BEGIN:VEVENT").unwrap();
    let end = at + lines[at..].iter().position(|l| l == "END:VEVENT").unwrap();
    lines[begin..=end].to_vec()
}

/// The value of the first property `name` (with its parameters, e.g. `DTSTART;VALUE=DATE`).
fn prop<'a>(lines: &'a [String], name: &str) -> &'a str {
    let prefix = format!("{name}:");
    lines.iter().find_map(|l| l.strip_prefix(&prefix)).unwrap_or_else(|| panic!("no {name} in {lines:?}"))
}

fn uids(ics: &str) -> Vec<String> {
    unfolded(ics).iter().filter_map(|l| l.strip_prefix("UID:").map(str::to_string)).collect()
}

/// Every physical line ends in CRLF, holds at most 75 octets of valid UTF-8, and there is no
/// stray CR or LF.
fn assert_physical_lines(ics: &str) {
    assert!(ics.ends_with("\r\n"));
    for raw in ics.as_bytes().split_inclusive(|&b| b == b'\n') {
        let body = raw
            .strip_suffix(b"\r\n")
            .unwrap_or_else(|| panic!("no CRLF: {:?}", String::from_utf8_lossy(raw)));
        assert!(!body.contains(&b'\r'), "stray CR");
        assert!(body.len() <= MAX_LINE_OCTETS, "{} octets: {}", body.len(), String::from_utf8_lossy(body));
        assert!(std::str::from_utf8(body).is_ok(), "split UTF-8: {body:?}");
    }
}

/// BEGIN/END nest and close, with one VCALENDAR around everything; returns the VEVENT count.
fn assert_balanced(ics: &str) -> usize {
    let mut stack: Vec<String> = Vec::new();
    let mut vevents = 0;
    for (i, line) in unfolded(ics).iter().enumerate() {
        if let Some(name) = line.strip_prefix("BEGIN:") {
            assert!(i == 0 || !stack.is_empty(), "outside VCALENDAR: {line}");
            vevents += usize::from(name == "VEVENT");
            stack.push(name.to_string());
        } else if let Some(name) = line.strip_prefix("END:") {
            assert_eq!(stack.pop().as_deref(), Some(name), "unbalanced END:{name}");
        } else {
            assert!(!stack.is_empty(), "property outside VCALENDAR: {line}");
        }
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    vevents
}

fn all_files() -> Vec<String> {
    let data = bundled();
    let mut files = Vec::new();
    for lang in Lang::ALL {
        for year in [1990, 2020, 2025] {
            files.push(anniversaries_ics(&data.events, year, lang, stamp(), "Dấu mốc, Lạng Sơn; 2020"));
        }
        files.push(events_ics(&data.events, lang, stamp(), "Dấu mốc Lạng Sơn"));
    }
    files
}

#[test]
fn every_line_ends_in_crlf_and_fits_in_75_octets() {
    for ics in all_files() {
        assert_physical_lines(&ics);
        assert!(ics.split("\r\n").any(|l| l.starts_with(' ')), "nothing was folded");
    }
}

#[test]
fn begin_and_end_balance() {
    let data = bundled();
    for ics in all_files() {
        assert_balanced(&ics);
    }
    let vi = |year| anniversaries_ics(&data.events, year, Lang::Vi, stamp(), "x");
    // The nine anniversaries the 2020 articles list and the observance; not the 16th
    // Congress's term, which started in 2015 but is not commemorated.
    assert_eq!(assert_balanced(&vi(2020)), 10);
    assert!(!vi(2020).contains("dai-hoi-dang-bo-tinh-lan-thu-xvi"));
    assert_eq!(assert_balanced(&events_ics(&data.events, Lang::Vi, stamp(), "x")), data.events.len());
    let empty = anniversaries_ics(&[], 2020, Lang::Vi, stamp(), "x");
    assert_eq!(assert_balanced(&empty), 0);
}

#[test]
fn calendar_header() {
    let ics = events_ics(&bundled().events, Lang::Vi, stamp(), "Dấu mốc, Lạng Sơn; 2020");
    let lines = unfolded(&ics);
    assert_eq!(
        lines[..6],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Dau moc//daumoc//VI",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Dấu mốc\\, Lạng Sơn\\; 2020",
        ]
    );
}

#[test]
fn the_2020_file_has_the_bac_son_uprising() {
    let data = bundled();
    let ics = anniversaries_ics(&data.events, 2020, Lang::Vi, stamp(), "Dấu mốc Lạng Sơn");
    let bac_son = vevent(&ics, "khoi-nghia-bac-son-2020@daumoc");
    assert_eq!(prop(&bac_son, "DTSTART;VALUE=DATE"), "20200927");
    assert_eq!(prop(&bac_son, "DTEND;VALUE=DATE"), "20200928");
    assert_eq!(prop(&bac_son, "SUMMARY"), "80 năm Khởi nghĩa Bắc Sơn");
    assert_eq!(prop(&bac_son, "CATEGORIES"), "Lịch sử,năm chẵn");
    let description = prop(&bac_son, "DESCRIPTION");
    assert!(description.starts_with("★ tròn 80 năm Khởi nghĩa Bắc Sơn (27/9/1940 – 27/9/2020)\\n"));
    assert!(description.contains("\\nNgày gốc: ngày 27 tháng 9 năm 1940\\n"), "{description}");
    let event = data.event("khoi-nghia-bac-son").unwrap();
    let source = event.source.as_ref().unwrap();
    for part in [&event.summary.as_ref().unwrap().vi, &source.document, source.title.as_ref().unwrap()] {
        assert!(description.contains(&ics_escape_text(part)), "{part} not in {description}");
    }
    // A minor anniversary is not marked.
    let reunification = vevent(&ics, "giai-phong-mien-nam-thong-nhat-dat-nuoc-2020@daumoc");
    assert_eq!(
        prop(&reunification, "SUMMARY"),
        "45 năm Giải phóng hoàn toàn miền Nam\\, thống nhất đất nước"
    );
    assert_eq!(prop(&reunification, "CATEGORIES"), "Lịch sử");
    assert!(prop(&reunification, "DESCRIPTION").starts_with("kỷ niệm 45 năm"));

    let en = anniversaries_ics(&data.events, 2020, Lang::En, stamp(), "Milestones");
    let bac_son = vevent(&en, "khoi-nghia-bac-son-2020@daumoc");
    assert_eq!(prop(&bac_son, "SUMMARY"), "80th anniversary of the Bắc Sơn uprising");
    assert_eq!(prop(&bac_son, "CATEGORIES"), "History,major anniversary");
    assert!(prop(&bac_son, "DESCRIPTION").contains("Original date: 27 September 1940"));
}

#[test]
fn uids_are_unique_and_stable() {
    let data = bundled();
    let later = IcsStamp::from_unix_seconds(1_900_000_000).unwrap();
    for (a, b) in [
        (
            anniversaries_ics(&data.events, 2020, Lang::Vi, stamp(), "x"),
            anniversaries_ics(&data.events, 2020, Lang::En, later, "y"),
        ),
        (events_ics(&data.events, Lang::Vi, stamp(), "x"), events_ics(&data.events, Lang::En, later, "y")),
    ] {
        let (first, second) = (uids(&a), uids(&b));
        assert_eq!(first, second, "UIDs depend only on the events");
        assert_eq!(first.iter().collect::<BTreeSet<_>>().len(), first.len(), "duplicate UIDs");
    }
    let anniversaries = uids(&anniversaries_ics(&data.events, 2020, Lang::Vi, stamp(), "x"));
    assert!(anniversaries.iter().all(|u| u.ends_with("-2020@daumoc")));
    let every = uids(&events_ics(&data.events, Lang::Vi, stamp(), "x"));
    let expected: Vec<String> = data.events.iter().map(|e| format!("{}@daumoc", e.id)).collect();
    assert_eq!(every, expected);
    // The same input gives the same file.
    let twice = || anniversaries_ics(&data.events, 2020, Lang::Vi, stamp(), "x");
    assert_eq!(twice(), twice());
}

#[test]
fn dtstamp_is_utc_to_the_second() {
    assert_eq!(stamp().to_string(), "20200927T083005Z");
    assert_eq!(IcsStamp::from_unix_seconds(0).unwrap().to_string(), "19700101T000000Z");
    assert_eq!(IcsStamp::UNIX_EPOCH, IcsStamp::from_unix_seconds(0).unwrap());
    assert_eq!(IcsStamp::from_unix_seconds(1_601_195_405).unwrap(), stamp());
    let fraction = NaiveDate::from_ymd_opt(2020, 9, 27).unwrap().and_hms_milli_opt(8, 30, 5, 999).unwrap();
    assert_eq!(IcsStamp::from_utc(fraction), stamp());
    let ics = events_ics(&bundled().events, Lang::Vi, stamp(), "x");
    let stamps: Vec<String> = unfolded(&ics).into_iter().filter(|l| l.starts_with("DTSTAMP")).collect();
    assert_eq!(stamps.len(), bundled().events.len());
    assert!(stamps.iter().all(|l| l == "DTSTAMP:20200927T083005Z"));
}

#[test]
fn escapes_text() {
    assert_eq!(ics_escape_text(r"a,b;c\d"), r"a\,b\;c\\d");
    assert_eq!(ics_escape_text("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
    assert_eq!(ics_escape_text("tab\tbell\u{7}"), "tab\tbell");
    assert_eq!(ics_escape_text("Đại hội: “XVII”"), "Đại hội: “XVII”");
    let list = events(&[json!({"id": "x", "date": "2020-05-01",
        "title": {"vi": r"Kế hoạch 1, 2; C:\dữ liệu"},
        "summary": {"vi": "Dòng một.\nDòng hai, ba; bốn."}})]);
    let ics = events_ics(&list, Lang::Vi, stamp(), "x");
    let lines = vevent(&ics, "x@daumoc");
    assert_eq!(prop(&lines, "SUMMARY"), r"Kế hoạch 1\, 2\; C:\\dữ liệu");
    assert!(prop(&lines, "DESCRIPTION").contains(r"\n\nDòng một.\nDòng hai\, ba\; bốn."));
    // A category name with a comma is one value, not two.
    let target = events(&[json!({"id": "t", "date": "2020", "title": {"vi": "T"}, "category": "target"})]);
    let lines = vevent(&events_ics(&target, Lang::Vi, stamp(), "x"), "t@daumoc");
    assert_eq!(prop(&lines, "CATEGORIES"), r"Chỉ tiêu\, kết quả");
}

#[test]
fn folding_never_splits_a_character_and_unfolds_exactly() {
    // Characters of 1 to 4 octets after every offset, so that cuts fall everywhere inside them.
    for filler in ["a", "đ", "ế", "𝄞", "ệ,", "\\n"] {
        for offset in 0..80 {
            let line = format!("{}{}", "x".repeat(offset), filler.repeat(120));
            let folded = fold_ics_line(&line);
            assert_physical_lines(&folded);
            assert_eq!(folded.replace("\r\n ", ""), format!("{line}\r\n"));
            // An escape is never cut in two.
            assert!(!folded.contains("\\\r\n"), "{folded}");
        }
    }
    assert_eq!(fold_ics_line(""), "\r\n");
    assert_eq!(fold_ics_line(&"a".repeat(75)), format!("{}\r\n", "a".repeat(75)));
    assert_eq!(fold_ics_line(&"a".repeat(76)), format!("{}\r\n a\r\n", "a".repeat(75)));
}

#[test]
fn a_long_vietnamese_title_folds_at_a_character_boundary() {
    let title = "Hội nghị trực tuyến tổng kết phong trào thi đua “Lạng Sơn cùng cả nước chung sức \
                 xây dựng nông thôn mới” giai đoạn 2016–2020, biểu dương tập thể, cá nhân tiêu biểu";
    let list = events(&[json!({"id": "dai", "date": "2020-12-31", "title": {"vi": title}})]);
    let ics = events_ics(&list, Lang::Vi, stamp(), "x");
    assert_physical_lines(&ics);
    let summary = format!("SUMMARY:{}", ics_escape_text(title));
    // The 75th octet is inside "ạ" (three octets), so the first line holds 74.
    assert!(!summary.is_char_boundary(MAX_LINE_OCTETS));
    let physical: Vec<&str> = ics.split("\r\n").collect();
    let first = physical.iter().position(|l| l.starts_with("SUMMARY:")).unwrap();
    assert_eq!(physical[first].len(), MAX_LINE_OCTETS - 1);
    assert!(physical[first].ends_with("“L") && physical[first + 1].starts_with(" ạng"));
    assert!(unfolded(&ics).contains(&summary));
    let lines = vevent(&ics, "dai@daumoc");
    assert_eq!(prop(&lines, "DTSTART;VALUE=DATE"), "20201231");
    assert_eq!(prop(&lines, "DTEND;VALUE=DATE"), "20210101");
}

#[test]
fn all_day_spans_end_the_next_day_at_every_precision() {
    let list = events(&[
        event("day", "2020-09-27", "Day"),
        event("new-year-eve", "2019-12-31", "New Year's Eve"),
        event("leap", "2020-02-29", "Leap day"),
        event("month", "2020-02", "February"),
        event("december", "2020-12", "December"),
        event("year", "2020", "Year"),
        json!({"id": "days", "date": "2020-05-01", "end": "2020-05-07", "title": {"vi": "Days"}}),
        json!({"id": "term", "date": "2015", "end": "2020", "title": {"vi": "Term"}}),
        json!({"id": "mixed", "date": "2019-06-15", "end": "2020-12", "title": {"vi": "Mixed"}}),
    ]);
    let ics = events_ics(&list, Lang::Vi, stamp(), "x");
    let span = |id: &str| {
        let lines = vevent(&ics, &format!("{id}@daumoc"));
        (prop(&lines, "DTSTART;VALUE=DATE").to_string(), prop(&lines, "DTEND;VALUE=DATE").to_string())
    };
    let expected = [
        ("day", "20200927", "20200928"),
        ("new-year-eve", "20191231", "20200101"),
        ("leap", "20200229", "20200301"),
        ("month", "20200201", "20200301"),
        ("december", "20201201", "20210101"),
        ("year", "20200101", "20210101"),
        ("days", "20200501", "20200508"),
        ("term", "20150101", "20210101"),
        ("mixed", "20190615", "20210101"),
    ];
    for (id, start, end) in expected {
        assert_eq!(span(id), (start.to_string(), end.to_string()), "{id}");
    }
    let description = |id: &str| prop(&vevent(&ics, &format!("{id}@daumoc")), "DESCRIPTION").to_string();
    assert!(description("month").contains("Chỉ biết tháng\\, nên lịch ghi cả tháng 2 năm 2020."));
    assert!(description("year").contains("Chỉ biết năm\\, nên lịch ghi cả năm 2020."));
    assert!(description("term").contains("từ đầu năm 2015 đến hết năm 2020"));
    assert!(!description("day").contains("Chỉ biết") && !description("days").contains("Chưa rõ"));
    assert!(description("days").starts_with("Thời gian: 1/5/2020 – 7/5/2020"));
}

#[test]
fn anniversaries_keep_the_precision_of_the_original_date() {
    let list = events(&[
        event("month", "1950-10", "Tháng"),
        event("december", "1970-12", "Tháng chạp"),
        event("year", "1950", "Năm"),
        event("leap", "1980-02-29", "Nhuận"),
        event("dec31", "1990-12-31", "Cuối năm"),
    ]);
    let ics = anniversaries_ics(&list, 2020, Lang::Vi, stamp(), "x");
    let lines = |id: &str| vevent(&ics, &format!("{id}-2020@daumoc"));
    let span = |id: &str| {
        let l = lines(id);
        (prop(&l, "DTSTART;VALUE=DATE").to_string(), prop(&l, "DTEND;VALUE=DATE").to_string())
    };
    assert_eq!(span("month"), ("20201001".into(), "20201101".into()));
    assert_eq!(span("december"), ("20201201".into(), "20210101".into()));
    assert_eq!(span("year"), ("20200101".into(), "20210101".into()));
    assert_eq!(span("leap"), ("20200229".into(), "20200301".into()));
    assert_eq!(span("dec31"), ("20201231".into(), "20210101".into()));
    assert!(prop(&lines("month"), "DESCRIPTION").contains("cả tháng 10 năm 2020"));
    assert!(prop(&lines("year"), "DESCRIPTION").contains("Chỉ biết năm\\, nên lịch ghi cả năm 2020."));
    assert_eq!(prop(&lines("month"), "SUMMARY"), "70 năm Tháng");
    // 29 February in a year without it: the 28th, as on the anniversaries screen.
    let ics = anniversaries_ics(&list, 2025, Lang::Vi, stamp(), "x");
    let leap = vevent(&ics, "leap-2025@daumoc");
    assert_eq!(prop(&leap, "DTSTART;VALUE=DATE"), "20250228");
    assert_eq!(prop(&leap, "DTEND;VALUE=DATE"), "20250301");
}

#[test]
fn observances_recur_yearly_among_events_and_fall_on_the_day_among_anniversaries() {
    let data = bundled();
    let every = events_ics(&data.events, Lang::Vi, stamp(), "x");
    let day = vevent(&every, "ngay-khoa-hoc-va-cong-nghe-viet-nam@daumoc");
    assert_eq!(RECURRING_BASE_YEAR, 1970);
    assert_eq!(prop(&day, "DTSTART;VALUE=DATE"), "19700518");
    assert_eq!(prop(&day, "DTEND;VALUE=DATE"), "19700519");
    assert_eq!(prop(&day, "RRULE"), "FREQ=YEARLY");
    assert_eq!(unfolded(&every).iter().filter(|l| l.starts_with("RRULE")).count(), 1);

    let year = anniversaries_ics(&data.events, 2020, Lang::Vi, stamp(), "x");
    let day = vevent(&year, "ngay-khoa-hoc-va-cong-nghe-viet-nam-2020@daumoc");
    assert_eq!(prop(&day, "DTSTART;VALUE=DATE"), "20200518");
    assert_eq!(prop(&day, "SUMMARY"), "Ngày Khoa học và Công nghệ Việt Nam");
    assert!(!day.iter().any(|l| l.starts_with("RRULE")));

    let leap = events(&[event("nhuan", "--02-29", "Ngày nhuận")]);
    let ics = events_ics(&leap, Lang::Vi, stamp(), "x");
    let lines = vevent(&ics, "nhuan@daumoc");
    assert_eq!(prop(&lines, "DTSTART;VALUE=DATE"), "19720229");
    assert_eq!(prop(&lines, "RRULE"), "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1");
}

#[test]
fn place_and_source_link() {
    let list = events(&[json!({"id": "p", "date": "2020-05-01", "title": {"vi": "P"},
        "place": {"vi": "Bắc Sơn, Lạng Sơn"},
        "source": {"document": "a.txt", "title": "Bài", "published": "2020-05-02",
                   "url": "https://example.org/bai?a=1,2;b"}})]);
    let ics = events_ics(&list, Lang::Vi, stamp(), "x");
    let lines = vevent(&ics, "p@daumoc");
    assert_eq!(prop(&lines, "LOCATION"), r"Bắc Sơn\, Lạng Sơn");
    assert_eq!(prop(&lines, "URL"), "https://example.org/bai?a=1,2;b");
    assert!(prop(&lines, "DESCRIPTION")
        .ends_with(r"Nguồn: a.txt\nBài viết: “Bài”\nNgày đăng: 2/5/2020\nhttps://example.org/bai?a=1\,2\;b"));
    assert_eq!(prop(&lines, "TRANSP"), "TRANSPARENT");
}
