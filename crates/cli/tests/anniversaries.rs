//! The `daumoc anniversaries` command as an editor runs it.

use daumoc_core::{parse_dataset, Dataset, Lang};
mod common;

use common::{assert_usage_error, daumoc, stderr, stdout};

fn bundled() -> Dataset {
    parse_dataset(include_str!("../../../public/data/events.json")).unwrap().dataset
}

/// The line of the event with `id`, found by its title in `lang`.
fn line_of<'a>(text: &'a str, data: &Dataset, id: &str, lang: Lang) -> &'a str {
    let title = data.event(id).unwrap_or_else(|| panic!("no event {id}")).title.text(lang);
    text.lines()
        .find(|l| l.ends_with(&format!("  {title}")))
        .unwrap_or_else(|| panic!("no line for {id}:\n{text}"))
}

#[test]
fn finds_every_anniversary_the_2020_articles_list() {
    let out = daumoc(&["anniversaries", "--year", "2020", "--lang", "vi"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let data = bundled();
    let expected = [
        ("ngay-sinh-chu-tich-ho-chi-minh", 130, "19/5/1890 → 19/5/2020"),
        ("ngay-sinh-dong-chi-luong-van-tri", 110, "17/8/1910 → 17/8/2020"),
        ("thanh-lap-dang-cong-san-viet-nam", 90, "3/2/1930 → 3/2/2020"),
        ("khoi-nghia-bac-son", 80, "27/9/1940 → 27/9/2020"),
        ("cach-mang-thang-tam", 75, "19/8/1945 → 19/8/2020"),
        ("quoc-khanh-2-9-1945", 75, "2/9/1945 → 2/9/2020"),
        ("giai-phong-mien-nam-thong-nhat-dat-nuoc", 45, "30/4/1975 → 30/4/2020"),
        ("chien-thang-bien-gioi-1950", 70, "1950 → 2020"),
        ("giai-phong-lang-son", 70, "17/10/1950 → 17/10/2020"),
    ];
    for (id, years, dates) in expected {
        let line = line_of(&text, &data, id, Lang::Vi);
        let columns: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(columns[0], years.to_string(), "{line}");
        assert!(line.contains(dates), "{line}");
        let major = years % 10 == 0 || years % 25 == 0;
        assert_eq!(columns[1] == "★", major, "{line}");
    }
    let brief = line_of(&text, &data, "khoi-nghia-bac-son", Lang::Vi);
    assert!(brief.trim_start().starts_with("80  ★  27/9/1940 → 27/9/2020"), "{brief}");
    assert!(brief.ends_with("  Khởi nghĩa Bắc Sơn"));
    // The observance is listed too, every year.
    let observance = line_of(&text, &data, "ngay-khoa-hoc-va-cong-nghe-viet-nam", Lang::Vi);
    assert!(
        observance.trim_start().starts_with("—") && observance.contains("18/5 hằng năm → 18/5/2020"),
        "{observance}"
    );
    // Nothing else: the start of the 16th Congress's term (2015) is not commemorated.
    assert_eq!(text.lines().count(), expected.len() + 1, "{text}");
    assert!(!text.contains("Đại hội"), "{text}");
}

#[test]
fn english_and_a_file_argument() {
    let out = daumoc(&["anniversaries", "public/data/events.json", "--year=2020", "--lang", "en"], None);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains(" 80  ★  27 Sep 1940 → 27 Sep 2020  "), "{text}");
    assert!(text.contains("Bắc Sơn uprising"));
    assert!(text.contains("18 May, every year → 18 May 2020"), "{text}");
}

#[test]
fn reads_standard_input() {
    let data = r#"{"version":1,"events":[
        {"id":"a","title":"Sự kiện A","date":"1970-02-29","category":"history","level":"national"},
        {"id":"b","title":"Sự kiện B","date":"2000","category":"history","level":"national"}]}"#;
    // 1970 had no 29 February: the parser refuses that event, the rest still counts.
    let out = daumoc(&["anniversaries", "-", "--year", "2025", "--lang", "vi"], Some(data));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), " 25  ★  2000 → 2025  Sự kiện B\n");
    assert!(stderr(&out).contains("1 invalid events left out"), "{}", stderr(&out));
}

#[test]
fn a_year_with_nothing_exits_0() {
    let data = r#"{"version":1,"events":[{"id":"a","title":"A","date":"2000","category":"history","level":"national"}]}"#;
    let out = daumoc(&["anniversaries", "-", "--year", "2003", "--lang", "vi"], Some(data));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("Năm 2003 không có ngày kỷ niệm tròn năm nào."), "{}", stderr(&out));
}

#[test]
fn without_year_it_uses_this_year() {
    let out = daumoc(&["anniversaries"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The observance recurs every year, so whatever the year, there is its line.
    assert!(stdout(&out).contains("Viet Nam Science and Technology Day"), "{}", stdout(&out));
}

#[test]
fn bad_year_is_clap_error_and_exit_2() {
    let out = daumoc(&["anniversaries", "--year"], None);
    assert_usage_error(&out, &["a value is required for '--year <YEAR>'"]);
    for (args, value) in [
        (&["anniversaries", "--year", "abc"][..], "abc"),
        (&["anniversaries", "--year", "0"], "0"),
        (&["anniversaries", "--year=20x0"], "20x0"),
    ] {
        let out = daumoc(args, None);
        let said = format!("invalid value '{value}' for '--year <YEAR>': \"{value}\" is not a year (1–9999)");
        assert_usage_error(&out, &[&said]);
    }
}

#[test]
fn other_usage_errors() {
    let out = daumoc(&["anniversaries", "--year", "2020", "no/such/file.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no/such/file.json: cannot read"));
    let out = daumoc(&["anniversaries", "--lang", "fr"], None);
    assert_usage_error(&out, &["invalid value 'fr' for '--lang <LANG>'", "[possible values: vi, en]"]);
    let out = daumoc(&["anniversaries", "a.json", "b.json"], None);
    assert_usage_error(&out, &["unexpected argument 'b.json' found", "Usage: daumoc anniversaries"]);
    let out = daumoc(&["anniversaries", "-", "--year", "2020"], Some("not json"));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("-: error: The file is not valid JSON"), "{}", stderr(&out));
    let help = stdout(&daumoc(&["--help"], None));
    assert!(help.contains("\n  anniversaries  round anniversaries of YEAR"), "{help}");
    let help = stdout(&daumoc(&["anniversaries", "--help"], None));
    assert!(help.contains("Usage: daumoc anniversaries [OPTIONS] [FILE]"), "{help}");
}
