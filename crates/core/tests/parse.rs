//! Parsing and validation of dataset files: every error, located by event id and JSON path.

use daumoc_core::*;
use serde_json::json;

fn good_event(id: &str) -> serde_json::Value {
    json!({
        "id": id,
        "title": { "vi": "Khởi nghĩa Bắc Sơn", "en": "Bắc Sơn uprising" },
        "summary": { "vi": "Tóm tắt.", "en": "Summary." },
        "date": "1940-09-27",
        "category": "history",
        "level": "provincial",
        "source": { "document": "002_43324420ce97e9da.txt", "title": "Bài báo" }
    })
}

fn dataset(events: Vec<serde_json::Value>) -> String {
    json!({ "version": 1, "title": { "vi": "Dấu mốc" }, "events": events }).to_string()
}

fn with(id: &str, field: &str, value: serde_json::Value) -> serde_json::Value {
    let mut e = good_event(id);
    e[field] = value;
    e
}

fn only_problem(loaded: &Loaded) -> &Problem {
    assert_eq!(loaded.problems.len(), 1, "{:#?}", loaded.problems);
    &loaded.problems[0]
}

#[test]
fn a_valid_event_loads_with_no_problem() {
    let loaded = parse_dataset(dataset(vec![good_event("bac-son")])).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let e = &loaded.dataset.events[0];
    assert_eq!(e.id, "bac-son");
    assert_eq!(e.category, Category::History);
    assert_eq!(e.level, Level::Provincial);
    assert_eq!(e.date.to_iso(), "1940-09-27");
    assert_eq!(loaded.dataset.title.as_ref().unwrap().vi, "Dấu mốc");
}

#[test]
fn unknown_category_names_event_and_path_and_skips_only_that_event() {
    let events = vec![good_event("a"), with("b", "category", json!("nonsense")), good_event("c")];
    let loaded = parse_dataset(dataset(events)).unwrap();
    let p = only_problem(&loaded);
    assert_eq!(p.severity, Severity::Error);
    assert_eq!(p.event_id.as_deref(), Some("b"));
    assert_eq!(p.path, "events[1].category");
    assert_eq!(p.kind, ProblemKind::UnknownCategory("nonsense".into()));
    assert!(p.describe(Lang::En).contains("history, congress"), "{}", p.describe(Lang::En));
    let ids: Vec<&str> = loaded.dataset.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(loaded.skipped_count(), 1);
}

#[test]
fn impossible_date_is_reported() {
    let loaded = parse_dataset(dataset(vec![with("x", "date", json!("2020-02-30"))])).unwrap();
    let p = only_problem(&loaded);
    assert_eq!(p.path, "events[0].date");
    assert_eq!(p.kind, ProblemKind::InvalidDate { value: "2020-02-30".into(), error: DateError::NoSuchDay });
    assert!(p.describe(Lang::Vi).contains("ngày \"2020-02-30\" không hợp lệ"));
    assert!(loaded.dataset.events.is_empty());
}

#[test]
fn end_before_start_is_reported() {
    let loaded = parse_dataset(dataset(vec![with("x", "end", json!("1939"))])).unwrap();
    let p = only_problem(&loaded);
    assert_eq!(p.path, "events[0].end");
    assert_eq!(p.kind, ProblemKind::EndBeforeStart { date: "1940-09-27".into(), end: "1939".into() });
}

#[test]
fn end_in_the_same_coarse_period_is_not_before_start() {
    // "1940" as an end covers the whole year, so it does not precede 27/9/1940.
    let loaded = parse_dataset(dataset(vec![with("x", "end", json!("1940"))])).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
}

#[test]
fn recurring_date_cannot_have_an_end() {
    let mut e = with("x", "date", json!("--05-18"));
    e["end"] = json!("2020");
    let loaded = parse_dataset(dataset(vec![e])).unwrap();
    assert_eq!(only_problem(&loaded).kind, ProblemKind::RecurringEnd);
}

#[test]
fn duplicate_ids_keep_the_first() {
    let mut second = good_event("same");
    second["title"] = json!({ "vi": "Thứ hai", "en": "Second" });
    let loaded = parse_dataset(dataset(vec![good_event("same"), second])).unwrap();
    let p = only_problem(&loaded);
    assert_eq!(p.path, "events[1].id");
    assert_eq!(p.kind, ProblemKind::DuplicateId("same".into()));
    assert_eq!(loaded.dataset.events.len(), 1);
    assert_eq!(loaded.dataset.events[0].title.vi, "Khởi nghĩa Bắc Sơn");
}

#[test]
fn missing_vietnamese_title_is_reported() {
    let loaded = parse_dataset(dataset(vec![with("x", "title", json!({ "en": "Only English" }))])).unwrap();
    let p = only_problem(&loaded);
    assert_eq!(p.path, "events[0].title.vi");
    assert_eq!(p.kind, ProblemKind::MissingVietnamese);
}

#[test]
fn missing_fields_are_each_reported_at_once() {
    let loaded = parse_dataset(dataset(vec![json!({ "id": "bare" })])).unwrap();
    let paths: Vec<&str> = loaded.errors().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["events[0].title", "events[0].date", "events[0].category", "events[0].level"]);
    assert!(loaded
        .errors()
        .all(|p| p.kind == ProblemKind::MissingField && p.event_id.as_deref() == Some("bare")));
    assert_eq!(loaded.warnings().count(), 1, "a missing source is a warning");
}

#[test]
fn every_problem_of_a_file_is_reported_together() {
    let events = vec![
        with("a", "date", json!("1940-13-01")),
        with("B A D", "level", json!("district")),
        json!("not an event"),
        with("d", "category", json!(7)),
    ];
    let loaded = parse_dataset(dataset(events)).unwrap();
    let found: Vec<(&str, &ProblemKind)> = loaded.errors().map(|p| (p.path.as_str(), &p.kind)).collect();
    assert_eq!(
        found,
        vec![
            (
                "events[0].date",
                &ProblemKind::InvalidDate {
                    value: "1940-13-01".into(),
                    error: DateError::MonthOutOfRange(13)
                }
            ),
            ("events[1].id", &ProblemKind::InvalidId("B A D".into())),
            ("events[1].level", &ProblemKind::UnknownLevel("district".into())),
            ("events[2]", &ProblemKind::WrongType { expected: "an object" }),
            ("events[3].category", &ProblemKind::WrongType { expected: "text" }),
        ]
    );
    assert_eq!(loaded.skipped_count(), 4);
}

#[test]
fn warnings_do_not_skip_the_event() {
    let mut e = with("x", "title", json!("Chỉ tiếng Việt"));
    e["summary"] = json!("x".repeat(601));
    e["tags"] = json!(["khong-co"]);
    e["source"] = json!({ "document": "d", "url": "javascript:alert(1)" });
    let loaded = parse_dataset(dataset(vec![e])).unwrap();
    assert!(loaded.is_valid());
    let kinds: Vec<&ProblemKind> = loaded.warnings().map(|p| &p.kind).collect();
    assert_eq!(
        kinds,
        vec![
            &ProblemKind::MissingEnglish,
            &ProblemKind::LongSummary(601),
            &ProblemKind::UnknownTag("khong-co".into()),
            &ProblemKind::UnsafeUrl("javascript:alert(1)".into()),
        ]
    );
    let event = &loaded.dataset.events[0];
    assert_eq!(event.source.as_ref().unwrap().url, None, "unsafe links are dropped");
    assert_eq!(event.title.en, None);
}

#[test]
fn only_http_links_are_kept() {
    let mut e = good_event("x");
    e["source"]["url"] = json!("https://sokhcn.langson.gov.vn/tin");
    let loaded = parse_dataset(dataset(vec![e])).unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(
        loaded.dataset.events[0].source.as_ref().unwrap().url.as_deref(),
        Some("https://sokhcn.langson.gov.vn/tin")
    );
    for bad in ["data:text/html,x", "//evil.example", "http://", "https://a b", "ftp://x", "HTTPS:///x"] {
        assert!(!is_http_url(bad), "{bad}");
    }
    assert!(is_http_url("HTTP://example.org"));
}

#[test]
fn a_field_of_the_wrong_kind_is_one_problem_and_its_neighbours_are_still_read() {
    let mut e = good_event("x");
    e["source"] = json!("a text, not an object");
    e["reference"] = json!(["26/CT-TTg"]);
    e["media"] = json!({ "url": "https://example.org/a.jpg" });
    e["links"] = json!([7, { "url": " https://example.org/tin ", "label": " Tin " }]);
    e["tags"] = json!("khoa-hoc");
    e["anniversary"] = json!("có");
    e["place"] = json!({ "en": "Lang Son" });
    let loaded = parse_dataset(dataset(vec![e])).unwrap();
    let found: Vec<(&str, &ProblemKind)> =
        loaded.problems.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
    assert_eq!(
        found,
        vec![
            ("events[0].anniversary", &ProblemKind::NotABoolean("\"có\"".into())),
            ("events[0].place.vi", &ProblemKind::MissingVietnamese),
            ("events[0].tags", &ProblemKind::WrongType { expected: "a list" }),
            ("events[0].reference", &ProblemKind::WrongType { expected: "an object" }),
            ("events[0].source", &ProblemKind::WrongType { expected: "an object" }),
            ("events[0].media", &ProblemKind::WrongType { expected: "a list" }),
            ("events[0].links[0]", &ProblemKind::WrongType { expected: "an object" }),
        ]
    );
    assert_eq!(loaded.skipped_count(), 1);
    // A known field of the wrong kind is reported, not kept as an unknown one.
    let loaded = parse_dataset(dataset(vec![with("y", "anniversary", json!("có"))])).unwrap();
    assert_eq!(only_problem(&loaded).kind, ProblemKind::NotABoolean("\"có\"".into()));
    assert!(loaded.dataset.events[0].extra.is_empty(), "{:?}", loaded.dataset.events[0].extra);
}

#[test]
fn texts_are_read_without_surrounding_spaces() {
    let mut e = with(" x ", "title", json!({ "vi": " Một ", "en": "One" }));
    e["source"] = json!({ "document": "d", "url": " https://example.org/a ", "quote": " q " });
    e["tags"] = json!([" a ", "a", "b"]);
    let mut file: serde_json::Value = serde_json::from_str(&dataset(vec![e])).unwrap();
    file["tags"] = json!({ "a": "A", "b": { "vi": "B", "en": "  " } });
    let loaded = parse_dataset(file.to_string()).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let event = &loaded.dataset.events[0];
    assert_eq!(event.id, "x");
    assert_eq!(event.title, Localized { vi: "Một".into(), en: Some("One".into()) });
    assert_eq!(event.tags, ["a", "b"]);
    let source = event.source.as_ref().unwrap();
    assert_eq!(source.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(source.quote.as_deref(), Some(" q "), "a quote keeps its own spacing");
    assert_eq!(loaded.dataset.tags["b"], Localized::vi("B"));
}

#[test]
fn unknown_fields_are_kept_and_ignored() {
    let mut e = good_event("x");
    e["gallery"] = json!({ "url": "x.jpg" });
    let mut file: serde_json::Value = serde_json::from_str(&dataset(vec![e])).unwrap();
    file["generator"] = json!("a future editor");
    let loaded = parse_dataset(file.to_string()).unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(loaded.dataset.events[0].extra["gallery"]["url"], "x.jpg");
}

#[test]
fn newer_version_is_refused_with_a_message() {
    let err = parse_dataset(r#"{"version": 2, "events": []}"#).unwrap_err();
    assert_eq!(err, LoadError::UnsupportedVersion(2));
    assert!(err.message(Lang::Vi).contains("phiên bản 2"));
    assert!(err.message(Lang::En).contains("update the app"));
}

#[test]
fn whole_file_errors() {
    match parse_dataset("{\n  \"version\": 1,\n  \"events\": [ }").unwrap_err() {
        LoadError::Json { line, column, .. } => assert_eq!((line, column), (3, 15)),
        other => panic!("{other:?}"),
    }
    assert_eq!(parse_dataset("[1, 2]").unwrap_err(), LoadError::NotADataset);
    assert_eq!(parse_dataset(r#"{"title": "x"}"#).unwrap_err(), LoadError::NotADataset);
    assert_eq!(parse_dataset(r#"{"events": []}"#).unwrap_err(), LoadError::MissingVersion);
    assert_eq!(parse_dataset(r#"{"version": "1", "events": []}"#).unwrap_err(), LoadError::MissingVersion);
    assert_eq!(parse_dataset(r#"{"version": 1}"#).unwrap_err(), LoadError::MissingEvents);
    assert_eq!(parse_dataset(r#"{"version": 1, "events": {}}"#).unwrap_err(), LoadError::MissingEvents);
}

#[test]
fn byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", dataset(vec![good_event("a")]));
    assert_eq!(parse_dataset(&text).unwrap().dataset.events.len(), 1);
}

#[test]
fn events_are_sorted_by_date_keeping_file_order_for_ties() {
    let events = vec![
        with("later", "date", json!("1950-10-17")),
        with("tie-1", "date", json!("1940")),
        with("tie-2", "date", json!("1940")),
        with("daily", "date", json!("--05-18")),
        with("old", "date", json!("1890-05-19")),
    ];
    let loaded = parse_dataset(dataset(events)).unwrap();
    let ids: Vec<&str> = loaded.dataset.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["old", "tie-1", "tie-2", "later", "daily"]);
}

#[test]
fn tag_table_labels_tags() {
    let mut file: serde_json::Value =
        serde_json::from_str(&dataset(vec![with("x", "tags", json!(["bac-son"]))])).unwrap();
    file["tags"] = json!({ "bac-son": { "vi": "Bắc Sơn", "en": "Bắc Sơn" }, "bad": 3 });
    let loaded = parse_dataset(file.to_string()).unwrap();
    assert_eq!(loaded.dataset.tag_label("bac-son").vi, "Bắc Sơn");
    assert_eq!(loaded.dataset.tag_label("other").vi, "other");
    let p = only_problem(&loaded);
    assert_eq!(p.path, "tags.bad");
    assert_eq!(p.index, None);
}

/// `text` with its first `ơ` saved as windows-1258 saves it (0xF5), which is not UTF-8.
fn windows_1258(text: &str) -> Vec<u8> {
    text.replacen('ơ', "\u{0}", 1).bytes().map(|b| if b == 0 { 0xF5 } else { b }).collect()
}

#[test]
fn bytes_that_are_not_utf8_are_a_located_warning_and_every_event_is_read() {
    let text = dataset(vec![good_event("a"), good_event("b")]);
    let loaded = parse_dataset(windows_1258(&text)).unwrap();
    assert_eq!(loaded.dataset.events.len(), 2);
    // serde_json writes keys in order: the English title comes first.
    assert_eq!(loaded.dataset.events[0].title.en.as_deref(), Some("Bắc S\u{FFFD}n uprising"));
    let problem = only_problem(&loaded);
    let column = text[..text.find('ơ').unwrap()].chars().count() + 1;
    assert_eq!(problem.kind, ProblemKind::NotUtf8 { line: 1, column, places: 1 });
    assert_eq!(
        (problem.severity, problem.kind.code(), problem.path.as_str()),
        (Severity::Warning, "not-utf8", "")
    );
    assert_eq!(loaded.unreadable_text().count(), 1);
    assert!(loaded.is_valid(), "a warning leaves no event out");
    assert_eq!(
        problem.describe(Lang::En),
        format!(
            "The file is not saved as UTF-8: letters that cannot be read show as �, first at line 1, column \
             {column} (1 in all). Every event is still shown. Save the file again as UTF-8 (the editors' page \
             reads a windows-1258 file and writes it back as UTF-8)"
        )
    );
    let check = check("a.json", windows_1258(&text));
    let located = &check.result.unwrap().problems[0];
    assert_eq!(located.position, Position { line: 1, column });
    assert_eq!(parse_dataset(&text).unwrap().unreadable_text().count(), 0, "UTF-8 text has none");
}

#[test]
fn a_data_file_that_is_not_utf8_reports_it_first_as_parse_dataset_does() {
    let bytes = windows_1258(&dataset(vec![good_event("a"), with("b", "date", json!("hôm qua"))]));
    let DataFile::Dataset(read) = read_data_file(&bytes).unwrap() else { panic!("a dataset") };
    let codes: Vec<&str> = read.problems.iter().map(|p| p.kind.code()).collect();
    assert_eq!(codes.first(), Some(&"not-utf8"));
    assert_eq!(codes.len(), 2, "{codes:?}");
    assert_eq!(read.problems, parse_dataset(&bytes).unwrap().problems);
}

#[test]
fn an_index_that_is_not_utf8_reports_it_first_in_the_merged_timeline() {
    let index = r#"{"version":1,"files":[{"file":"a.json","label":"Sở KH&CN Lạng Sơn"}]}"#;
    let DataFile::Index(index) = read_data_file(windows_1258(index)).unwrap() else { panic!("an index") };
    assert_eq!(index.files[0].label.vi, "Sở KH&CN Lạng S\u{FFFD}n");
    let part = parse_dataset(windows_1258(&dataset(vec![good_event("a")]))).unwrap();
    let merged = index.merge(vec![Some(part)]);
    let files: Vec<(Option<usize>, &str)> = merged.problems.iter().map(|p| (p.file, p.kind.code())).collect();
    assert_eq!(files, [(None, "not-utf8"), (Some(0), "not-utf8")]);
    assert_eq!(merged.dataset.events.len(), 1);
}

#[test]
fn visitors_are_told_of_left_out_events_unreadable_text_and_missing_files() {
    let valid = dataset(vec![good_event("a")]);
    assert!(!Catalog::new(parse_dataset(&valid).unwrap()).has_notices());
    let invalid = dataset(vec![good_event("a"), with("b", "date", json!("hôm qua"))]);
    assert!(Catalog::new(parse_dataset(&invalid).unwrap()).has_notices());
    assert!(Catalog::new(parse_dataset(windows_1258(&valid)).unwrap()).has_notices());
    let missing = FileFailure {
        label: Localized::vi("B"),
        url: "b.json".into(),
        failure: LoadFailure::Http { url: "b.json".into(), status: 404 },
    };
    let catalog = Catalog::with_sources(parse_dataset(&valid).unwrap(), Vec::new(), vec![missing]);
    assert!(catalog.has_notices());
}

#[test]
fn the_text_of_a_file_and_the_same_file_as_a_serde_json_value_read_alike() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let files = [
        "public/data/events.json",
        "tests/fixtures/partly-invalid.json",
        "tests/fixtures/hostile.json",
        "tests/fixtures/multi/tinh.json",
        "tests/fixtures/multi/quoc-gia.json",
    ];
    let mut texts: Vec<String> =
        files.iter().map(|f| std::fs::read_to_string(format!("{root}/{f}")).unwrap()).collect();
    texts.push(
        r#"{"version": 1, "tags": {"x": 5, "b": "B", "x": "X\u0020y"}, "events": [
            {"id": "a", "id": "bac-son", "date": "1940", "title": "Kh\u1edfi ngh\u0129a \"B\u1eafc S\u01a1n\"",
             "category": "history", "level": "provincial", "tags": ["x", "b"], "source": {"document": "d"},
             "mới": {"b": [1, 2.5, null, true], "a": "z"}},
            {"id": "c", "date": "1941", "title": "C", "category": "history", "level": "provincial",
             "anniversary": {"z": 1, "a": [false]}, "source": {"document": "d"}}
        ]}"#
        .to_string(),
    );
    for text in &texts {
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(parse_dataset(text).unwrap(), parse_value(&value).unwrap(), "{text:.120}");
    }
}

#[test]
fn a_repeated_name_means_its_last_value_and_escapes_are_read() {
    let text = r#"{"version": 1, "tags": {"x": 5, "x": "X\u0020y"}, "events": [
        {"id": "a", "id": "bac-son", "date": "1940", "category": "history", "level": "provincial",
         "title": {"vi": "Kh\u1edfi ngh\u0129a \"B\u1eafc S\u01a1n\"", "en": "Uprising"},
         "tags": ["x"], "source": {"document": "d"}, "anniversary": {"z": 1, "a": [false]}, "mới": {"b": [1, 2.5, null], "a": "z\n"}}
    ]}"#;
    let loaded = parse_dataset(text).unwrap();
    let e = &loaded.dataset.events[0];
    assert_eq!(e.id, "bac-son");
    assert_eq!(e.title.vi, "Khởi nghĩa \"Bắc Sơn\"");
    assert_eq!(loaded.dataset.tags["x"].vi, "X y");
    assert_eq!(serde_json::Value::Object(e.extra.clone()), json!({"mới": {"a": "z\n", "b": [1, 2.5, null]}}));
    // The one problem: the yes-or-no field, quoted as compact JSON with its names in order.
    let problem = only_problem(&loaded);
    assert_eq!(problem.path, "events[0].anniversary");
    assert_eq!(problem.kind, ProblemKind::NotABoolean(r#"{"a":[false],"z":1}"#.to_string()));
}
