//! Commands given an index of dataset files (`data/index.json`) instead of one dataset.

mod common;

use common::{daumoc, stderr, stdout, temp_path};
use serde_json::Value;

#[test]
fn the_bundled_index_is_valid_and_lists_events_json() {
    let out = daumoc(&["validate", "--strict", "public/data/index.json"], None);
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));
    assert_eq!(stdout(&out), "public/data/events.json: 46 valid events, 0 skipped, 0 errors, 0 warnings\n");
}

#[test]
fn the_static_list_of_the_index_is_that_of_its_files() {
    let of_index = daumoc(&["export", "--to", "html", "--fragment", "public/data/index.json"], None);
    let of_file = daumoc(&["export", "--to", "html", "--fragment", "public/data/events.json"], None);
    assert_eq!(of_index.status.code(), Some(0), "{}", stderr(&of_index));
    assert_eq!(stdout(&of_index), stdout(&of_file));
}

#[test]
fn validate_reports_each_listed_file_and_fails_on_a_broken_one() {
    let out = daumoc(&["validate", "tests/fixtures/multi/index.json"], None);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("tests/fixtures/multi/quoc-gia.json: 3 valid events, 0 skipped"), "{text}");
    assert!(text.contains("tests/fixtures/multi/tinh.json: 3 valid events, 0 skipped"), "{text}");
    assert!(
        text.contains("tests/fixtures/multi/so-hong.json:5:0: error: The file is not valid JSON"),
        "{text}"
    );
}

#[test]
fn mistakes_in_the_index_are_located() {
    let out = daumoc(&["validate", "tests/fixtures/multi/unsafe.json", "--lang", "vi"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).starts_with(
            "tests/fixtures/multi/unsafe.json:4:15: lỗi: files[0].file: đường dẫn \"../partly-invalid.json\" không được chấp nhận"
        ),
        "{}",
        stdout(&out)
    );
    let out = daumoc(&["validate", "tests/fixtures/multi/unsafe.json", "--format", "json"], None);
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["valid"], false);
    assert_eq!(report["indexes"][0]["errors"][0]["code"], "unsafe-path");
    assert_eq!(report["indexes"][0]["errors"][0]["line"], 4);
    // Nothing outside the index's folder was read.
    assert_eq!(report["files"].as_array().map(Vec::len), Some(0));
}

#[test]
fn an_id_in_two_files_is_an_error_of_the_later_one() {
    let dir = temp_path("sources", "dir");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let event = |id: &str, date: &str| {
        format!(
            r#"{{"id":"{id}","title":{{"vi":"{id}","en":"{id}"}},"date":"{date}","category":"history","level":"provincial","source":{{"document":"test"}}}}"#
        )
    };
    let file = |name: &str, events: &[String]| {
        std::fs::write(dir.join(name), format!("{{\"version\":1,\"events\":[\n{}\n]}}", events.join(",\n")))
            .unwrap();
    };
    file("a.json", &[event("chung", "1940"), event("a", "2000")]);
    file("b.json", &[event("b", "1930"), event("chung", "1950")]);
    std::fs::write(
        dir.join("index.json"),
        r#"{"version":1,"title":"Hai tệp","files":[{"file":"a.json","label":"A"},{"file":"b.json","label":"B"}]}"#,
    )
    .unwrap();
    let index = dir.join("index.json").to_string_lossy().into_owned();
    let b = dir.join("b.json").to_string_lossy().into_owned();

    let out = daumoc(&["validate", &index], None);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains(&format!("{b}:3:7: error: events[1].id (chung): the id \"chung\" is already used in")),
        "{text}"
    );
    assert!(text.contains(&format!("{b}: 1 valid events, 1 skipped, 1 errors, 0 warnings")), "{text}");

    let out = daumoc(&["stats", &index, "--format", "json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let stats: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(stats["events"], 3, "{stats}");
    assert!(stderr(&out).contains("the id \"chung\" is already used in"), "{}", stderr(&out));

    std::fs::remove_file(dir.join("b.json")).unwrap();
    let out = daumoc(&["export", "--to", "csv", &index], None);
    assert_eq!(out.status.code(), Some(2), "a listed file that cannot be read stops the export");
    assert!(stderr(&out).contains("b.json: cannot read"), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn text_that_is_not_utf8_is_a_located_warning_of_its_file_and_every_event_is_read() {
    let dir = temp_path("sources", "encoding");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // "Sơn" as windows-1258 writes it (ơ is 0xF5), in a file and in the index's label.
    let mut data = br#"{"version":1,"events":[
{"id":"bac-son","title":{"vi":"B"#
        .to_vec();
    data.extend_from_slice(b"\xE1c S\xF5n\",\"en\":\"Bac Son\"},\"date\":\"1940\",\"category\":\"history\",\"level\":\"provincial\",\"source\":{\"document\":\"test\"}}]}");
    std::fs::write(dir.join("a.json"), &data).unwrap();
    std::fs::write(
        dir.join("index.json"),
        b"{\"version\":1,\"files\":[{\"file\":\"a.json\",\"label\":\"S\xF5n\"}]}",
    )
    .unwrap();
    let a = dir.join("a.json").to_string_lossy().into_owned();
    let index = dir.join("index.json").to_string_lossy().into_owned();

    let out = daumoc(&["validate", &a], None);
    assert_eq!(out.status.code(), Some(0), "a warning alone passes: {}", stdout(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{a}:2:33: warning: The file is not saved as UTF-8: letters that cannot be read show as �, first at \
             line 2, column 33 (2 in all). Every event is still shown. Save the file again as UTF-8 (the \
             editors' page reads a windows-1258 file and writes it back as UTF-8)\n\
             {a}: 1 valid events, 0 skipped, 0 errors, 1 warnings\n"
        )
    );
    let out = daumoc(&["validate", "--strict", &index], None);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains(&format!("{index}:1:50: warning: The file is not saved as UTF-8: letters that cannot be read show as �, first at line 1, column 50 (1 in all)")), "{text}");
    assert!(text.contains(&format!("{index}: 0 valid events, 0 skipped, 0 errors, 1 warnings")), "{text}");
    assert!(text.contains(&format!("{a}: 1 valid events, 0 skipped, 0 errors, 1 warnings")), "{text}");
    let out = daumoc(&["export", "--to", "csv", &a], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("B\u{FFFD}c S\u{FFFD}n"), "{}", stdout(&out));
    // What a command writes has lost those letters: it says so, naming the file to mend.
    let warning =
        ": warning: The file is not saved as UTF-8: letters that cannot be read show as �, first at line";
    assert!(stderr(&out).contains(&format!("{a}{warning} 2, column 33 (2 in all)")), "{}", stderr(&out));
    let out = daumoc(&["export", "--to", "csv", &index], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stderr(&out);
    assert!(said.contains(&format!("{index}{warning} 1, column 50 (1 in all)")), "{said}");
    assert!(said.contains(&format!("{a}{warning} 2, column 33 (2 in all)")), "{said}");
    let _ = std::fs::remove_dir_all(&dir);
}
