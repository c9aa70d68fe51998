//! The `daumoc import` command as an editor runs it: spreadsheets and TimelineJS timelines in,
//! a dataset out, notes on standard error.

mod common;

use common::{assert_usage_error, daumoc, stderr, stdout, temp_path, timelinejs_sample};
use daumoc_core::{parse_dataset, Category, Level};

const TEMPLATE: &str = include_str!("../../../docs/csv-template.csv");

#[test]
fn the_csv_template_becomes_a_dataset() {
    let out = daumoc(
        &["import", "--from", "csv", "docs/csv-template.csv", "--base", "public/data/events.json"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "docs/csv-template.csv: 3 events imported, 0 skipped\n");
    let loaded = parse_dataset(stdout(&out)).unwrap();
    assert!(loaded.is_valid());
    assert_eq!(loaded.dataset.title.as_ref().unwrap().vi, "Dấu mốc Lạng Sơn");
    assert_eq!(loaded.dataset.tags["bac-son"].vi, "Bắc Sơn");
    assert!(loaded.dataset.event("khoi-nghia-bac-son").is_some());
    // Without --base, the tags are labelled by their ids, and the editor is told.
    let out = daumoc(&["import", "--from", "csv", "-"], Some(TEMPLATE));
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("-: tags without a label, their id is used for now"), "{}", stderr(&out));
}

#[test]
fn wrong_rows_are_reported_skipped_and_exit_1() {
    let csv = "id,date,category,level,title_vi,title_en,source_document\r\n\
               a,1940-09-27,history,provincial,\"Khởi nghĩa, Bắc Sơn\",Uprising,x.txt\r\n\
               b,27/9/1940,history,provincial,Sai,Wrong,x.txt\r\n";
    let path = temp_path("import", "out.json");
    let target = path.to_str().unwrap();
    let out = daumoc(&["import", "--from=csv", "-", "-o", target, "--lang", "vi"], Some(csv));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("-: dòng 3 (b): bỏ qua: cột date: ngày \"27/9/1940\" không hợp lệ"), "{err}");
    assert!(err.ends_with("-: đã nhập 1 sự kiện, bỏ qua 1\n"), "{err}");
    // The rest is written.
    let written = parse_dataset(std::fs::read_to_string(&path).unwrap()).unwrap().dataset;
    assert_eq!(written.events.len(), 1);
    assert_eq!(written.events[0].title.vi, "Khởi nghĩa, Bắc Sơn");
    // Never overwritten silently.
    let out = daumoc(&["import", "--from", "csv", "-", "-o", target], Some(csv));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("already exists; add --force"));
    let out = daumoc(&["import", "--from", "csv", "-", "-o", target, "--force"], Some(TEMPLATE));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(parse_dataset(std::fs::read_to_string(&path).unwrap()).unwrap().dataset.events.len(), 3);
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn a_timelinejs_file_with_eras_title_and_html() {
    let file = timelinejs_sample("eras.json");
    let out = daumoc(
        &["import", "--from", "timelinejs", &file, "--category", "history", "--level", "national"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("era \"Era Test 650-700\" (650–700) is not carried over"), "{err}");
    assert!(err.contains("media: 0 pictures carried over as the events' pictures; kept as links: Wikipedia 19; not carried over: 0"), "{err}");
    assert!(err.contains("the text is imported as Vietnamese (vi)"), "{err}");
    assert!(err.ends_with("eras.json: 20 events imported, 0 skipped\n"), "{err}");
    let data = parse_dataset(stdout(&out)).unwrap().dataset;
    assert_eq!(data.events.len(), 20);
    assert!(data.events.iter().all(|e| e.level == Level::National && e.category == Category::History));
    assert_eq!(data.title.unwrap().vi, "Eras Test");
}

#[test]
fn every_sample_and_its_exit_code() {
    for (name, from, code, imported) in [
        ("women_in_computing.json", "timelinejs", 0, 10),
        ("women_in_computing.csv", "timelinejs-csv", 0, 10),
        ("my-own-timeline.csv", "timelinejs-csv", 0, 10),
        ("houston-timeline3.json", "timelinejs", 0, 18),
        ("republican-timeline3.json", "timelinejs", 0, 13),
        ("user-interface-timeline3.json", "timelinejs", 0, 22),
        ("all-media-types.json", "timelinejs", 0, 41),
        ("twain-marktwain.json", "timelinejs", 0, 17),
        ("cosmo-mixed.json", "timelinejs", 1, 5),
        ("cosmo.json", "timelinejs", 1, 0),
    ] {
        let out = daumoc(&["import", "--from", from, &timelinejs_sample(name)], None);
        assert_eq!(out.status.code(), Some(code), "{name}: {}", stderr(&out));
        let data = parse_dataset(stdout(&out)).unwrap_or_else(|e| panic!("{name}: {e}")).dataset;
        assert_eq!(data.events.len(), imported, "{name}");
    }
}

#[test]
fn files_of_the_wrong_kind_exit_1_with_one_line() {
    for (name, from, expected) in [
        ("example.json", "timelinejs", "This is the old TimelineJS 2 format"),
        ("parser_test.csv", "timelinejs-csv", "required columns are missing: Year, Headline"),
        ("parser_test.csv", "csv", "required columns are missing: id, date, category, level, title_vi"),
    ] {
        let out = daumoc(&["import", "--from", from, &timelinejs_sample(name)], None);
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(stdout(&out).is_empty());
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(&format!("{name}: error: {expected}")), "{err}");
    }
    let out = daumoc(&["import", "--from", "timelinejs", "public/data/events.json"], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already is a Dấu mốc dataset"));
}

#[test]
fn wrong_command_lines_exit_2() {
    let template = "docs/csv-template.csv";
    let categories = "[possible values: history, congress, campaign, meeting, document, target, observance]";
    for (args, words) in [
        (
            &["import", template][..],
            &["the following required arguments were not provided", "--from <FORMAT>"][..],
        ),
        (
            &["import", "--from", "pdf", template],
            &[
                "invalid value 'pdf' for '--from <FORMAT>'",
                "[possible values: csv, timelinejs, timelinejs-csv, xlsx, ods]",
            ],
        ),
        (&["import", "--from", "csv"], &["the following required arguments were not provided", "<FILE>"]),
        (&["import", "--from", "csv", "a.csv", "b.csv"], &["unexpected argument 'b.csv' found"]),
        (
            &["import", "--from", "csv", template, "--category", "war"],
            &["invalid value 'war' for '--category <C>'", categories],
        ),
        (
            &["import", "--from", "csv", template, "--level", "district"],
            &[
                "invalid value 'district' for '--level <L>'",
                "[possible values: national, provincial, department]",
            ],
        ),
    ] {
        assert_usage_error(&daumoc(args, None), words);
    }
    for args in [
        &["import", "--from", "csv", "no/such.csv"][..],
        &["import", "--from", "csv", template, "--base", "no/such.json"],
    ] {
        let out = daumoc(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).is_empty(), "{args:?}");
        assert_eq!(stderr(&out).lines().count(), 1, "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(": cannot read: "), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn source_lang_puts_english_text_in_en() {
    let file = timelinejs_sample("twain-marktwain.json");
    let out = daumoc(&["import", "--from", "timelinejs", &file, "--source-lang", "en", "--lang", "vi"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let data = parse_dataset(stdout(&out)).unwrap().dataset;
    assert_eq!(data.events.len(), 17);
    let hawaii = data.event("hawaii").unwrap();
    assert_eq!(hawaii.title.en.as_deref(), Some("Hawaii"));
    assert_eq!(hawaii.media[0].caption.as_ref().unwrap().en.as_deref(), Some("Wreck of USS Hornet."));
    assert!(stderr(&out).contains("nội dung được nhập làm tiếng Anh (en)"), "{}", stderr(&out));
    let bad = daumoc(&["import", "--from", "timelinejs", &file, "--source-lang", "fr"], None);
    assert_eq!(bad.status.code(), Some(2));
}
