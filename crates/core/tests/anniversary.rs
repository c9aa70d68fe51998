//! Round anniversaries: the 2020 list, precision, observances, 29 February, ranges, the major
//! rule, upcoming ones across a year boundary, and how they are written.

use chrono::NaiveDate;
use daumoc_core::*;
use serde_json::json;

const BUNDLED: &str = include_str!("../../../public/data/events.json");

fn bundled() -> Dataset {
    parse_dataset(BUNDLED).unwrap().dataset
}

fn event(id: &str, date: &str, end: Option<&str>, title: &str) -> Event {
    let mut e = json!({"id": id, "title": {"vi": title, "en": title}, "date": date,
        "category": "history", "level": "national", "source": {"document": "x"}});
    if let Some(end) = end {
        e["end"] = json!(end);
    }
    let loaded = parse_dataset(json!({"version": 1, "events": [e]}).to_string()).unwrap();
    assert!(loaded.is_valid(), "{:?}", loaded.problems);
    loaded.dataset.events.into_iter().next().unwrap()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn summary(list: &[Anniversary]) -> Vec<(String, Option<u32>, String, bool)> {
    list.iter().map(|a| (a.event.id.clone(), a.years, a.date.to_string(), a.major)).collect()
}

fn row(id: &str, years: Option<u32>, date: &str, major: bool) -> (String, Option<u32>, String, bool) {
    (id.to_string(), years, date.to_string(), major)
}

#[test]
fn the_2020_anniversaries_of_the_bundled_dataset() {
    let data = bundled();
    let found = anniversaries_in_year(&data.events, 2020);
    assert_eq!(
        summary(&found),
        [
            row("chien-thang-bien-gioi-1950", Some(70), "2020", true),
            row("thanh-lap-dang-cong-san-viet-nam", Some(90), "2020-02-03", true),
            row("giai-phong-mien-nam-thong-nhat-dat-nuoc", Some(45), "2020-04-30", false),
            row("ngay-khoa-hoc-va-cong-nghe-viet-nam", None, "2020-05-18", false),
            row("ngay-sinh-chu-tich-ho-chi-minh", Some(130), "2020-05-19", true),
            row("ngay-sinh-dong-chi-luong-van-tri", Some(110), "2020-08-17", true),
            row("cach-mang-thang-tam", Some(75), "2020-08-19", true),
            row("quoc-khanh-2-9-1945", Some(75), "2020-09-02", true),
            row("khoi-nghia-bac-son", Some(80), "2020-09-27", true),
            row("giai-phong-lang-son", Some(70), "2020-10-17", true),
        ]
    );
    // Exactly the nine the 2020 articles list as anniversaries of 2020, plus the observance.
    let mut listed: Vec<&str> = data
        .events
        .iter()
        .filter(|e| e.tags.iter().any(|t| t == "ky-niem-2020"))
        .map(|e| e.id.as_str())
        .chain(["ngay-khoa-hoc-va-cong-nghe-viet-nam"])
        .collect();
    let mut ids: Vec<&str> = found.iter().map(|a| a.event.id.as_str()).collect();
    listed.sort_unstable();
    ids.sort_unstable();
    assert_eq!(listed.len(), 10);
    assert_eq!(ids, listed);
}

#[test]
fn no_meeting_term_campaign_target_or_document_has_anniversaries_in_any_year() {
    let data = bundled();
    for year in 1890..=2100 {
        for a in anniversaries_in_year(&data.events, year) {
            assert!(
                matches!(a.event.category, Category::History | Category::Observance),
                "{year}: {} ({})",
                a.event.id,
                a.event.category
            );
        }
    }
    for today in [ymd(2017, 7, 1), ymd(2019, 12, 20), ymd(2026, 12, 4)] {
        for (a, _) in upcoming(&data.events, today, 100) {
            assert!(a.event.is_commemorated(), "{today}: {}", a.event.id);
        }
    }
}

fn with_category(category: &str, anniversary: Option<serde_json::Value>) -> Loaded {
    let mut e = json!({"id": "e", "title": {"vi": "E", "en": "E"}, "date": "2010-07-24",
        "category": category, "level": "provincial", "source": {"document": "x"}});
    if let Some(value) = anniversary {
        e["anniversary"] = value;
    }
    parse_dataset(json!({"version": 1, "events": [e]}).to_string()).unwrap()
}

#[test]
fn the_category_decides_unless_the_dataset_says() {
    let commemorated = |category: &str, anniversary| {
        let loaded = with_category(category, anniversary);
        assert!(loaded.is_valid(), "{:?}", loaded.problems);
        anniversary_of(&loaded.dataset.events[0])
    };
    fn anniversary_of(e: &Event) -> bool {
        anniversary(e, 2020).is_some()
    }
    for c in Category::ALL {
        assert_eq!(commemorated(c.id(), None), c.commemorated_by_default(), "{c}");
    }
    assert_eq!(
        Category::ALL.into_iter().filter(|c| c.commemorated_by_default()).collect::<Vec<_>>(),
        [Category::History, Category::Observance]
    );
    assert!(commemorated("meeting", Some(json!(true))));
    assert!(!commemorated("history", Some(json!(false))));
}

#[test]
fn an_anniversary_that_is_not_yes_or_no_is_a_located_warning_and_keeps_the_event() {
    let loaded = with_category("meeting", Some(json!("có")));
    assert_eq!(loaded.dataset.events.len(), 1);
    assert_eq!(loaded.problems.len(), 1);
    let p = &loaded.problems[0];
    assert_eq!(
        (p.severity, p.kind.code(), p.path.as_str()),
        (Severity::Warning, "not-a-boolean", "events[0].anniversary")
    );
    assert_eq!(
        p.kind.message(Lang::En),
        "\"có\" is not a yes or no (true or false); the default of the event's category applies"
    );
    assert_eq!(loaded.dataset.events[0].anniversary, None);
    assert!(anniversary(&loaded.dataset.events[0], 2020).is_none());
}

#[test]
fn anniversaries_keep_the_original_precision() {
    let year = event("y", "1950", None, "Y");
    let month = event("m", "1950-10", None, "M");
    let day = event("d", "1950-10-17", None, "D");
    let a = anniversary(&year, 2020).unwrap();
    assert_eq!((a.date.precision(), a.date.to_string()), (Precision::Year, "2020".into()));
    let a = anniversary(&month, 2020).unwrap();
    assert_eq!((a.date.precision(), a.date.to_string()), (Precision::Month, "2020-10".into()));
    let a = anniversary(&day, 2020).unwrap();
    assert_eq!((a.date.precision(), a.date.to_string()), (Precision::Day, "2020-10-17".into()));
}

#[test]
fn every_five_years_and_never_before_or_in_the_start_year() {
    let e = event("e", "1940-09-27", None, "E");
    let years: Vec<i32> = (1930..=2000).filter(|&y| anniversary(&e, y).is_some()).collect();
    assert_eq!(years, [1945, 1950, 1955, 1960, 1965, 1970, 1975, 1980, 1985, 1990, 1995, 2000]);
    assert!(anniversary(&e, 1940).is_none());
    assert!(anniversary(&e, 1935).is_none());
    assert!(anniversary(&e, 2021).is_none());
    assert!(anniversaries_in_year([&e], 10_000).is_empty());
}

#[test]
fn ranges_count_from_their_start() {
    let term = event("t", "2015", Some("2020"), "Nhiệm kỳ");
    assert_eq!(anniversary(&term, 2020).unwrap().years, Some(5));
    assert_eq!(anniversary(&term, 2025).unwrap().years, Some(10));
    assert!(anniversary(&term, 2030).is_some());
    let ranged = event("r", "2016-03", Some("2020-12"), "R");
    assert!(anniversary(&ranged, 2025).is_none(), "5 years after the end, not the start");
    assert_eq!(anniversary(&ranged, 2026).unwrap().date.to_string(), "2026-03");
}

#[test]
fn observances_recur_every_year() {
    let day = event("kh", "--05-18", None, "Ngày Khoa học và Công nghệ Việt Nam");
    for year in [1, 1890, 2020, 2021, 9999] {
        let a = anniversary(&day, year).unwrap();
        assert_eq!((a.years, a.major), (None, false));
        assert_eq!(
            (a.date.year_number(), a.date.month_number(), a.date.day_number()),
            (year, Some(5), Some(18))
        );
    }
}

#[test]
fn the_29th_of_february_falls_on_the_28th_in_other_years() {
    let leap = event("l", "1960-02-29", None, "L");
    assert_eq!(anniversary(&leap, 2020).unwrap().date.to_string(), "2020-02-29");
    assert_eq!(anniversary(&leap, 2025).unwrap().date.to_string(), "2025-02-28");
    assert_eq!(anniversary(&leap, 2100).unwrap().date.to_string(), "2100-02-28");
    let observance = event("o", "--02-29", None, "O");
    assert_eq!(anniversary(&observance, 2023).unwrap().date.to_string(), "2023-02-28");
    assert_eq!(anniversary(&observance, 2024).unwrap().date.to_string(), "2024-02-29");
}

#[test]
fn major_means_a_multiple_of_ten_or_twenty_five() {
    for n in [10, 20, 25, 50, 70, 75, 80, 100, 125, 130] {
        assert!(is_major(n), "{n}");
    }
    for n in [0, 5, 15, 35, 45, 55, 105, 115] {
        assert!(!is_major(n), "{n}");
    }
    let e = event("e", "1945", None, "E");
    assert!(anniversary(&e, 2020).unwrap().major); // 75
    assert!(!anniversary(&e, 1990).unwrap().major); // 45
}

#[test]
fn sorted_year_only_first_then_months_before_their_days_then_titles() {
    let events = [
        event("d2", "1990-10-17", None, "B"),
        event("m", "1990-10", None, "Z"),
        event("y", "1990", None, "Y"),
        event("d1", "1990-10-17", None, "A"),
        event("jan", "1995-01-05", None, "J"),
        event("obs", "--10-17", None, "0"),
    ];
    let ids: Vec<&str> = anniversaries_in_year(&events, 2020).iter().map(|a| a.event.id.as_str()).collect();
    assert_eq!(ids, ["y", "jan", "m", "obs", "d1", "d2"]);
}

#[test]
fn upcoming_crosses_the_year_boundary() {
    let data = bundled();
    let today = ymd(2019, 12, 20);
    let next = upcoming(&data.events, today, 4);
    let shown: Vec<(&str, Option<u32>, Option<i64>)> =
        next.iter().map(|(a, days)| (a.event.id.as_str(), a.years, *days)).collect();
    assert_eq!(
        shown,
        [
            ("thanh-lap-dang-cong-san-viet-nam", Some(90), Some(45)),
            ("giai-phong-mien-nam-thong-nhat-dat-nuoc", Some(45), Some(132)),
            ("ngay-khoa-hoc-va-cong-nghe-viet-nam", None, Some(150)),
            ("ngay-sinh-chu-tich-ho-chi-minh", Some(130), Some(151)),
        ]
    );
    // Year-only anniversaries (Chiến thắng Biên giới, 2020) are never in the strip.
    let all = upcoming(&data.events, today, 100);
    assert!(all.iter().all(|(a, _)| a.date.precision() != Precision::Year));
    assert!(all.iter().all(|(a, _)| a.event.id != "chien-thang-bien-gioi-1950"));
    // Two years ahead at most, and each event once: the observance recurs but is named once.
    assert_eq!(all.iter().filter(|(a, _)| a.years.is_none()).count(), 1);
    let mut ids: Vec<&str> = all.iter().map(|(a, _)| a.event.id.as_str()).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count);
    assert!(all.iter().all(|(a, _)| a.date.first_day() < ymd(2021, 12, 20)));
}

#[test]
fn upcoming_includes_today_and_counts_days() {
    let data = bundled();
    let next = upcoming(&data.events, ymd(2020, 9, 27), 3);
    let shown: Vec<(&str, Option<i64>)> = next.iter().map(|(a, d)| (a.event.id.as_str(), *d)).collect();
    assert_eq!(
        shown,
        [
            ("khoi-nghia-bac-son", Some(0)),
            ("giai-phong-lang-son", Some(20)),
            ("ngay-khoa-hoc-va-cong-nghe-viet-nam", Some(233))
        ]
    );
    assert!(upcoming(&data.events, ymd(2020, 9, 27), 0).is_empty());
}

#[test]
fn month_precise_anniversaries_stay_upcoming_through_their_month() {
    let events = [event("m", "1950-10", None, "M"), event("d", "1950-10-17", None, "D")];
    let at = |y, m, d| {
        upcoming(&events, ymd(y, m, d), 10)
            .iter()
            .map(|(a, days)| (a.event.id.clone(), a.date.to_string(), *days))
            .collect::<Vec<_>>()
    };
    assert_eq!(at(2020, 10, 31)[0], ("m".to_string(), "2020-10".to_string(), None));
    assert_eq!(
        at(2020, 10, 1)[..2],
        [
            ("m".to_string(), "2020-10".to_string(), None),
            ("d".to_string(), "2020-10-17".to_string(), Some(16))
        ]
    );
    assert_eq!(at(2020, 10, 20)[0].0, "m");
    // After the month has ended the next one is five years on, beyond the look-ahead.
    assert!(at(2020, 11, 1).is_empty());
    assert_eq!(at(2023, 11, 1)[0], ("m".to_string(), "2025-10".to_string(), None));
}

#[test]
fn phrases_in_vietnamese() {
    let data = bundled();
    let found = anniversaries_in_year(&data.events, 2020);
    let phrase = |id: &str| anniversary_phrase(found.iter().find(|a| a.event.id == id).unwrap(), Lang::Vi);
    assert_eq!(phrase("khoi-nghia-bac-son"), "tròn 80 năm Khởi nghĩa Bắc Sơn (27/9/1940 – 27/9/2020)");
    assert_eq!(phrase("chien-thang-bien-gioi-1950"), "tròn 70 năm Chiến thắng Biên giới (1950 – 2020)");
    assert_eq!(
        phrase("giai-phong-mien-nam-thong-nhat-dat-nuoc"),
        "kỷ niệm 45 năm Giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4/1975 – 30/4/2020)"
    );
    assert_eq!(
        phrase("ngay-khoa-hoc-va-cong-nghe-viet-nam"),
        "Ngày Khoa học và Công nghệ Việt Nam (18/5 hằng năm)"
    );
    let month = event("m", "1950-10", None, "Sự kiện");
    assert_eq!(
        anniversary_phrase(&anniversary(&month, 2020).unwrap(), Lang::Vi),
        "tròn 70 năm Sự kiện (10/1950 – 10/2020)"
    );
}

#[test]
fn phrases_in_english() {
    let data = bundled();
    let found = anniversaries_in_year(&data.events, 2020);
    let phrase = |id: &str| anniversary_phrase(found.iter().find(|a| a.event.id == id).unwrap(), Lang::En);
    assert_eq!(
        phrase("khoi-nghia-bac-son"),
        "80th anniversary of the Bắc Sơn uprising (27 Sep 1940 – 27 Sep 2020)"
    );
    assert_eq!(phrase("chien-thang-bien-gioi-1950"), "70th anniversary of the Border Victory (1950 – 2020)");
    assert_eq!(
        phrase("ngay-khoa-hoc-va-cong-nghe-viet-nam"),
        "Viet Nam Science and Technology Day (18 May, every year)"
    );
    // No second article when the title has one; minor anniversaries read the same in English.
    let the = event("t", "1995-10", None, "The Event");
    assert_eq!(
        anniversary_phrase(&anniversary(&the, 2020).unwrap(), Lang::En),
        "25th anniversary of The Event (Oct 1995 – Oct 2020)"
    );
    assert_eq!(
        anniversary_phrase(&anniversary(&the, 2010).unwrap(), Lang::En),
        "15th anniversary of The Event (Oct 1995 – Oct 2010)"
    );
}

#[test]
fn ordinals() {
    let cases = [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (100, "100th"),
        (101, "101st"),
        (111, "111th"),
        (112, "112th"),
        (113, "113th"),
        (121, "121st"),
    ];
    for (n, text) in cases {
        assert_eq!(ordinal(n, Lang::En), text);
        assert_eq!(ordinal(n, Lang::Vi), n.to_string());
    }
}

#[test]
fn countdowns_and_badges() {
    assert_eq!(countdown(0, Lang::Vi), "Hôm nay");
    assert_eq!(countdown(1, Lang::Vi), "Ngày mai");
    assert_eq!(countdown(12, Lang::Vi), "Còn 12 ngày");
    assert_eq!(countdown(0, Lang::En), "Today");
    assert_eq!(countdown(1, Lang::En), "Tomorrow");
    assert_eq!(countdown(12, Lang::En), "in 12 days");
    let e = event("e", "1940-09-27", None, "E");
    let a = anniversary(&e, 2020).unwrap();
    assert_eq!(anniversary_years(&a, Lang::Vi), "80 năm");
    assert_eq!(anniversary_years(&a, Lang::En), "80 years");
    let o = event("o", "--05-18", None, "O");
    assert_eq!(anniversary_years(&anniversary(&o, 2020).unwrap(), Lang::Vi), "hằng năm");
    assert_eq!(compact_date(&a.date, Lang::Vi), "27/9/2020");
    assert_eq!(compact_date(&a.date, Lang::En), "27 Sep 2020");
}
