//! The URL query as typed state and back: round trips, and every kind of bad parameter.

use daumoc_core::*;
use daumoc_core::{decode_query, encode_query, Lesson, KEYS};

const BUNDLED: &str = include_str!("../../../public/data/events.json");

fn parse(pairs: &[(&str, &str)]) -> (ViewState, Vec<ParamProblem>) {
    ViewState::from_query(pairs.iter().copied())
}

fn messages(problems: &[ParamProblem], lang: Lang) -> Vec<String> {
    problems.iter().map(|p| p.message(lang)).collect()
}

fn full_state() -> ViewState {
    ViewState {
        filter: Filter {
            query: Query::parse("Khởi nghĩa Bắc Sơn & “26/CT-TTg”"),
            categories: [Category::Observance, Category::History, Category::Document].into_iter().collect(),
            level: Some(Level::Provincial),
            from: Some(1930),
            to: Some(1954),
            tags: ["cach-mang".to_string(), "bac-son".to_string()].into_iter().collect(),
        },
        event: Some("khoi-nghia-bac-son".into()),
        lang: Some(Lang::En),
        year: Some(2020),
        view: View::Anniversaries,
        mode: daumoc_core::Mode::Present,
        slide: Some(3),
        embed: true,
        lesson: Lesson::parse("ngay-thanh-lap-tinh,khoi-nghia-bac-son"),
    }
}

#[test]
fn the_default_state_is_the_empty_query() {
    let (state, problems) = parse(&[]);
    assert_eq!(state, ViewState::default());
    assert!(problems.is_empty());
    assert!(state.to_query().is_empty());
    assert_eq!(state.to_query_string(), "");
}

#[test]
fn reads_every_key() {
    let (state, problems) = parse(&[
        ("q", "bắc sơn"),
        ("cat", "history,congress"),
        ("level", "provincial"),
        ("from", "1940"),
        ("to", "1954"),
        ("tag", "cach-mang,bac-son"),
        ("event", "khoi-nghia-bac-son"),
        ("lang", "en"),
        ("year", "2020"),
        ("view", "anniversaries"),
    ]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(state.filter.query.text(), "bắc sơn");
    assert_eq!(state.filter.query.words(), ["bac", "son"]);
    assert_eq!(state.filter.categories.iter().collect::<Vec<_>>(), [Category::History, Category::Congress]);
    assert_eq!(state.filter.level, Some(Level::Provincial));
    assert_eq!((state.filter.from, state.filter.to), (Some(1940), Some(1954)));
    assert_eq!(state.filter.tags.len(), 2);
    assert_eq!(state.event.as_deref(), Some("khoi-nghia-bac-son"));
    assert_eq!(state.lang, Some(Lang::En));
    assert_eq!(state.year, Some(2020));
    assert_eq!(state.view, View::Anniversaries);
}

#[test]
fn canonical_query_is_minimal_and_ordered() {
    let pairs = full_state().to_query();
    let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, KEYS);
    let value = |k: &str| pairs.iter().find(|(key, _)| key == k).unwrap().1.clone();
    assert_eq!(value("cat"), "history,document,observance");
    assert_eq!(value("tag"), "bac-son,cach-mang");
    assert_eq!(value("q"), "Khởi nghĩa Bắc Sơn & “26/CT-TTg”");
    assert_eq!(value("view"), "anniversaries");
    let timeline = ViewState { view: View::Timeline, lang: None, ..ViewState::default() };
    assert!(timeline.to_query().is_empty());
}

#[test]
fn round_trips() {
    let mut states = vec![full_state(), ViewState::default()];
    for q in ["bắc sơn", "Ba\u{301}c So\u{31b}n", "Đại hội Đảng + 100%", "a=b&c=d", "?#/", "!!!", "dai   hoi"]
    {
        states.push(ViewState {
            filter: Filter { query: Query::parse(q), ..Filter::default() },
            ..ViewState::default()
        });
    }
    states.push(ViewState { lang: Some(Lang::Vi), ..ViewState::default() });
    states.push(ViewState {
        year: Some(1),
        filter: Filter { to: Some(9999), ..Filter::default() },
        ..ViewState::default()
    });
    for state in states {
        let (back, problems) = ViewState::from_query(state.to_query());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back, state);
        let (back, problems) = ViewState::from_query_string(&format!("?{}", state.to_query_string()));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back, state, "{}", state.to_query_string());
    }
}

#[test]
fn query_strings_encode_vietnamese_and_stay_readable() {
    let state = ViewState {
        filter: Filter {
            query: Query::parse("bắc sơn"),
            categories: [Category::History, Category::Congress].into_iter().collect(),
            ..Filter::default()
        },
        ..ViewState::default()
    };
    assert_eq!(state.to_query_string(), "q=b%E1%BA%AFc+s%C6%A1n&cat=history,congress");
    assert_eq!(
        decode_query("?q=b%E1%BA%AFc%20s%C6%A1n&cat=history%2Ccongress&flag&&x=%zz%4"),
        [
            ("q".to_string(), "bắc sơn".to_string()),
            ("cat".to_string(), "history,congress".to_string()),
            ("flag".to_string(), String::new()),
            ("x".to_string(), "%zz%4".to_string()),
        ]
    );
    assert_eq!(decode_query("q=%FF"), [("q".to_string(), "\u{fffd}".to_string())]);
    assert_eq!(encode_query(&[("q".into(), "a+b&c=d".into())]), "q=a%2Bb%26c%3Dd");
}

#[test]
fn unknown_keys_and_empty_values_are_ignored_silently() {
    let (state, problems) =
        parse(&[("data", "data/other.json"), ("utm_source", "news"), ("mode", ""), ("from", ""), ("q", " ")]);
    assert_eq!(state, ViewState::default());
    assert!(problems.is_empty());
}

#[test]
fn bad_years_are_ignored_and_reported() {
    let (state, problems) = parse(&[("from", "abc"), ("to", "19x0"), ("year", "0"), ("from", "10000")]);
    assert_eq!(state, ViewState::default());
    assert_eq!(
        messages(&problems, Lang::Vi),
        [
            "Bỏ qua from=\"abc\": không phải một năm",
            "Bỏ qua to=\"19x0\": không phải một năm",
            "Bỏ qua year=\"0\": năm phải từ 1 đến 9999",
            "Bỏ qua from=\"10000\": năm phải từ 1 đến 9999",
        ]
    );
    assert_eq!(problems[0].to_string(), "Ignored from=\"abc\": not a year");
    assert_eq!(problems[2].kind, ParamProblemKind::YearOutOfRange);
    let (_, problems) =
        parse(&[("year", "-5"), ("year", "99999999999999999999"), ("year", "2020.5"), ("year", "+")]);
    let kinds: Vec<&ParamProblemKind> = problems.iter().map(|p| &p.kind).collect();
    use ParamProblemKind::*;
    assert_eq!(kinds, [&YearOutOfRange, &YearOutOfRange, &NotAYear, &NotAYear]);
    let (state, problems) = parse(&[("year", " 2020 "), ("from", "0938")]);
    assert!(problems.is_empty());
    assert_eq!((state.year, state.filter.from), (Some(2020), Some(938)));
}

#[test]
fn to_before_from_is_ignored() {
    let (state, problems) = parse(&[("to", "1900"), ("from", "1945")]);
    assert_eq!((state.filter.from, state.filter.to), (Some(1945), None));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].kind, ParamProblemKind::ToBeforeFrom { from: 1945 });
    assert_eq!(problems[0].message(Lang::Vi), "Bỏ qua to=\"1900\": sớm hơn năm bắt đầu (1945)");
    assert_eq!(problems[0].message(Lang::En), "Ignored to=\"1900\": earlier than the first year (1945)");
    let (state, problems) = parse(&[("from", "1945"), ("to", "1945")]);
    assert!(problems.is_empty());
    assert_eq!(state.filter.to, Some(1945));
}

#[test]
fn unknown_categories_are_dropped_one_by_one() {
    let (state, problems) = parse(&[("cat", "history,nonsense, Congress ,,"), ("cat", "observance")]);
    let kept: Vec<Category> = state.filter.categories.iter().collect();
    assert_eq!(kept, [Category::History, Category::Congress, Category::Observance]);
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].key.as_str(), problems[0].value.as_str()), ("cat", "nonsense"));
    assert_eq!(
        problems[0].message(Lang::En),
        "Ignored cat=\"nonsense\": no such category (use history, congress, campaign, meeting, document, target, observance)"
    );
    assert!(problems[0].message(Lang::Vi).starts_with("Bỏ qua cat=\"nonsense\": không có loại này"));
}

#[test]
fn unknown_level_lang_and_view_are_ignored() {
    let (state, problems) =
        parse(&[("level", "district"), ("lang", "fr"), ("view", "map"), ("level", "NATIONAL")]);
    assert_eq!(state.filter.level, Some(Level::National));
    assert_eq!((state.lang, state.view), (None, View::Timeline));
    assert_eq!(
        messages(&problems, Lang::En),
        [
            "Ignored level=\"district\": no such level (use national, provincial, department)",
            "Ignored lang=\"fr\": only vi or en",
            "Ignored view=\"map\": only timeline or anniversaries",
        ]
    );
    assert_eq!(messages(&problems, Lang::Vi)[1], "Bỏ qua lang=\"fr\": chỉ có vi hoặc en");
    let (state, problems) = parse(&[("lang", "en-GB"), ("view", "Timeline")]);
    assert!(problems.is_empty());
    assert_eq!((state.lang, state.view), (Some(Lang::En), View::Timeline));
}

#[test]
fn the_last_value_wins_and_lists_add_up() {
    let (state, _) =
        parse(&[("q", "a"), ("q", "b"), ("tag", "x"), ("tag", "y,z"), ("year", "1990"), ("year", "2020")]);
    assert_eq!(state.filter.query.text(), "b");
    assert_eq!(state.filter.tags.len(), 3);
    assert_eq!(state.year, Some(2020));
}

#[test]
fn long_values_are_cut_in_messages() {
    let long = "x".repeat(500);
    let (_, problems) = parse(&[("from", long.as_str())]);
    assert_eq!(problems[0].value, long);
    let message = problems[0].message(Lang::En);
    assert!(message.len() < 100 && message.contains("xxx…\""), "{message}");
}

#[test]
fn events_and_tags_are_checked_against_the_dataset() {
    let data = parse_dataset(BUNDLED).unwrap().dataset;
    let (mut state, problems) = parse(&[("event", "khoi-nghia-bac-son"), ("tag", "cach-mang,no-such-tag")]);
    assert!(problems.is_empty());
    let problems = state.check_against(&data);
    assert_eq!(state.event.as_deref(), Some("khoi-nghia-bac-son"));
    assert_eq!(state.filter.tags.iter().collect::<Vec<_>>(), ["cach-mang"]);
    assert_eq!(messages(&problems, Lang::En), ["Ignored tag=\"no-such-tag\": the data has no such tag"]);

    let (mut state, _) = parse(&[("event", "khoi-nghia-bac-son-2")]);
    let problems = state.check_against(&data);
    assert_eq!(state.event, None);
    assert_eq!(problems, [ParamProblem::unknown_event("khoi-nghia-bac-son-2")]);
    assert_eq!(problems[0].kind, ParamProblemKind::UnknownEvent);
    assert_eq!(
        problems[0].message(Lang::Vi),
        "Bỏ qua event=\"khoi-nghia-bac-son-2\": không có sự kiện nào mang mã này"
    );
    assert_eq!(problems[0].message(Lang::En), "Ignored event=\"khoi-nghia-bac-son-2\": no event has this id");
}

#[test]
fn views_by_id() {
    assert_eq!(View::from_id("anniversaries"), Some(View::Anniversaries));
    assert_eq!(View::from_id("timeline"), Some(View::Timeline));
    assert_eq!(View::from_id("x"), None);
    assert_eq!(View::default(), View::Timeline);
}

#[test]
fn presentation_and_embed_round_trip_and_bad_values_are_reported() {
    let (state, problems) = ViewState::from_query_string("?mode=present&slide=5&embed=1&cat=history");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(state.mode, daumoc_core::Mode::Present);
    assert_eq!(state.slide, Some(5));
    assert!(state.embed);
    assert_eq!(ViewState::from_query_string(&state.to_query_string()).0, state);
    assert_eq!(state.to_query_string(), "cat=history&mode=present&slide=5&embed=1");

    let (state, problems) = ViewState::from_query_string("?mode=show&slide=0&embed=maybe");
    assert_eq!(state, ViewState::default());
    let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, ["mode", "slide", "embed"]);
    assert!(problems[1].message(Lang::Vi).contains("slide=\"0\""));
}

#[test]
fn a_lesson_keeps_its_order_and_unknown_ids_are_named_and_skipped() {
    let data = parse_dataset(BUNDLED).unwrap().dataset;
    let known: Vec<&str> = data.events.iter().rev().take(2).map(|e| e.id.as_str()).collect();
    let value = format!("{},no-such-event,{},{}", known[0], known[1], known[0]);
    let (mut state, problems) = parse(&[("mode", "present"), ("ids", &value)]);
    assert!(problems.is_empty());
    assert_eq!(state.lesson.ids(), [known[0], "no-such-event", known[1]]);
    let problems = state.check_against(&data);
    assert_eq!(state.lesson.ids(), [known[0], known[1]]);
    assert_eq!(
        messages(&problems, Lang::Vi),
        ["Bỏ qua ids=\"no-such-event\": không có sự kiện nào mang mã này"]
    );
    assert_eq!(state.to_query_string(), format!("mode=present&ids={},{}", known[0], known[1]));
    let (again, _) = ViewState::from_query_string(&state.to_query_string());
    assert_eq!(again, state);
}
