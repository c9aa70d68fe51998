//! Filters, their combination, facet counts and period quick picks.

use daumoc_core::*;
use serde_json::json;

const BUNDLED: &str = include_str!("../../../public/data/events.json");

fn bundled() -> Dataset {
    parse_dataset(BUNDLED).unwrap().dataset
}

/// A small dataset whose every event is known: (id, date, end, category, level, tags, title).
fn small() -> Dataset {
    let rows = [
        (
            "a",
            "1940-09-27",
            None,
            "history",
            "provincial",
            vec!["bac-son", "cach-mang"],
            "Khởi nghĩa Bắc Sơn",
        ),
        ("b", "1950", None, "history", "national", vec!["cach-mang"], "Chiến thắng Biên giới"),
        (
            "c",
            "2015",
            Some("2020"),
            "congress",
            "provincial",
            vec!["dang"],
            "Đại hội Đảng bộ tỉnh lần thứ XVI",
        ),
        ("d", "2016-09-05", None, "document", "national", vec!["ky-luat"], "Chỉ thị số 26/CT-TTg"),
        (
            "e",
            "2020",
            None,
            "congress",
            "provincial",
            vec!["dang", "thi-dua"],
            "Đại hội Đảng bộ tỉnh lần thứ XVII",
        ),
        ("f", "2020-01-16", None, "meeting", "department", vec!["khcn"], "Hội nghị tổng kết năm 2019"),
        (
            "g",
            "--05-18",
            None,
            "observance",
            "national",
            vec!["khcn", "thi-dua"],
            "Ngày Khoa học và Công nghệ",
        ),
    ];
    let events: Vec<serde_json::Value> = rows
        .iter()
        .map(|(id, date, end, cat, level, tags, title)| {
            let mut e = json!({"id": id, "title": {"vi": title, "en": title}, "date": date,
                "category": cat, "level": level, "tags": tags, "source": {"document": "x"}});
            if let Some(end) = end {
                e["end"] = json!(end);
            }
            e
        })
        .collect();
    let tags: serde_json::Map<String, serde_json::Value> =
        ["bac-son", "cach-mang", "dang", "ky-luat", "thi-dua", "khcn"]
            .iter()
            .map(|t| (t.to_string(), json!({"vi": t})))
            .collect();
    let loaded = parse_dataset(json!({"version": 1, "tags": tags, "events": events}).to_string()).unwrap();
    assert!(loaded.is_valid(), "{:?}", loaded.problems);
    loaded.dataset
}

fn ids(data: &Dataset, filter: &Filter) -> String {
    let index = SearchIndex::new(data);
    filter
        .apply(&data.events, &index)
        .iter()
        .map(|&i| data.events[i].id.as_str())
        .collect::<Vec<_>>()
        .join("")
}

fn cats(list: &[Category]) -> CategorySet {
    list.iter().copied().collect()
}

fn tags(list: &[&str]) -> TagSet {
    list.iter().map(|t| t.to_string()).collect()
}

#[test]
fn the_empty_filter_shows_everything() {
    let data = small();
    let filter = Filter::default();
    assert!(filter.is_empty());
    assert_eq!(ids(&data, &filter), "abcdefg");
    let whitespace = Filter { query: Query::parse("  "), ..Filter::default() };
    assert!(whitespace.is_empty());
}

#[test]
fn clear_removes_every_filter() {
    let mut filter = Filter {
        query: Query::parse("bac"),
        categories: cats(&[Category::History]),
        level: Some(Level::National),
        from: Some(1900),
        to: Some(2000),
        tags: tags(&["dang"]),
    };
    assert!(!filter.is_empty());
    filter.clear();
    assert!(filter.is_empty());
    assert_eq!(filter, Filter::default());
}

#[test]
fn text_query() {
    let data = small();
    let f = |q: &str| Filter { query: Query::parse(q), ..Filter::default() };
    assert_eq!(ids(&data, &f("dai hoi")), "ce");
    assert_eq!(ids(&data, &f("dai hoi xvii")), "e");
    assert_eq!(ids(&data, &f("26/ct")), "d");
    assert_eq!(ids(&data, &f("nothing like this")), "");
}

#[test]
fn several_categories_at_once() {
    let data = small();
    let f = |c: &[Category]| Filter { categories: cats(c), ..Filter::default() };
    assert_eq!(ids(&data, &f(&[Category::History])), "ab");
    assert_eq!(ids(&data, &f(&[Category::History, Category::Observance])), "abg");
    assert_eq!(ids(&data, &f(&[Category::Congress, Category::Meeting, Category::Document])), "cdef");
    assert_eq!(ids(&data, &f(&[Category::Target])), "");
}

#[test]
fn level() {
    let data = small();
    let f = |l| Filter { level: Some(l), ..Filter::default() };
    assert_eq!(ids(&data, &f(Level::National)), "bdg");
    assert_eq!(ids(&data, &f(Level::Provincial)), "ace");
    assert_eq!(ids(&data, &f(Level::Department)), "f");
}

#[test]
fn years_overlap_ranges_and_observances_match_any_period() {
    let data = small();
    let f = |from, to| Filter { from, to, ..Filter::default() };
    assert_eq!(ids(&data, &f(Some(1945), Some(1954))), "bg");
    assert_eq!(ids(&data, &f(Some(1940), Some(1940))), "ag");
    // The 2015–2020 term meets 2018 although neither end is in it.
    assert_eq!(ids(&data, &f(Some(2018), Some(2018))), "cg");
    assert_eq!(ids(&data, &f(Some(2020), None)), "cefg");
    assert_eq!(ids(&data, &f(Some(2021), None)), "g");
    assert_eq!(ids(&data, &f(None, Some(1950))), "abg");
    assert_eq!(ids(&data, &f(None, Some(2015))), "abcg");
    // Bounds are inclusive at both ends.
    assert_eq!(ids(&data, &f(Some(2016), Some(2016))), "cdg");
}

#[test]
fn tags_match_any_selected_tag() {
    let data = small();
    let f = |t: &[&str]| Filter { tags: tags(t), ..Filter::default() };
    assert_eq!(ids(&data, &f(&["cach-mang"])), "ab");
    assert_eq!(ids(&data, &f(&["bac-son", "dang"])), "ace");
    assert_eq!(ids(&data, &f(&["thi-dua", "khcn"])), "efg");
    assert_eq!(ids(&data, &f(&["no-such-tag"])), "");
}

#[test]
fn different_filters_combine_with_and() {
    let data = small();
    let filter = Filter {
        query: Query::parse("đại hội"),
        categories: cats(&[Category::Congress, Category::History]),
        level: Some(Level::Provincial),
        from: Some(2019),
        to: None,
        tags: tags(&["thi-dua", "bac-son"]),
    };
    assert_eq!(ids(&data, &filter), "e");
    assert!(filter.matches(&data.events[4], 4, &SearchIndex::new(&data)));
    assert_eq!(ids(&data, &Filter { level: Some(Level::National), ..filter.clone() }), "");
    assert_eq!(ids(&data, &Filter { from: Some(2021), ..filter }), "");
}

#[test]
fn bundled_dataset_filters() {
    let data = bundled();
    let index = SearchIndex::new(&data);
    let history = Filter { categories: cats(&[Category::History]), ..Filter::default() };
    let found = history.apply(&data.events, &index);
    assert_eq!(found.len(), 9);
    assert!(found.windows(2).all(|w| w[0] < w[1]), "in the events' order");
    assert!(found.iter().all(|&i| data.events[i].category == Category::History));
    let ky_niem = Filter { tags: tags(&["ky-niem-2020"]), to: Some(1945), ..Filter::default() };
    let found: Vec<&str> =
        ky_niem.apply(&data.events, &index).iter().map(|&i| data.events[i].id.as_str()).collect();
    assert_eq!(
        found,
        [
            "ngay-sinh-chu-tich-ho-chi-minh",
            "ngay-sinh-dong-chi-luong-van-tri",
            "thanh-lap-dang-cong-san-viet-nam",
            "khoi-nghia-bac-son",
            "cach-mang-thang-tam",
            "quoc-khanh-2-9-1945",
        ]
    );
}

#[test]
fn facet_counts_ignore_their_own_filter_and_apply_the_rest() {
    let data = small();
    let index = SearchIndex::new(&data);
    let filter = Filter {
        categories: cats(&[Category::History]),
        level: Some(Level::Provincial),
        ..Filter::default()
    };
    let counts = filter.counts(&data.events, &index, &[]);
    assert_eq!(counts.total, 1); // a
                                 // Category counts: level filter applies, category filter does not.
    assert_eq!(counts.category(Category::History), 1);
    assert_eq!(counts.category(Category::Congress), 2);
    assert_eq!(counts.category(Category::Observance), 0);
    // Level counts: category filter applies, level filter does not.
    assert_eq!(counts.level(Level::National), 1);
    assert_eq!(counts.level(Level::Provincial), 1);
    assert_eq!(counts.level(Level::Department), 0);
    // Tag counts: both apply.
    assert_eq!(counts.tag("cach-mang"), 1);
    assert_eq!(counts.tag("bac-son"), 1);
    assert_eq!(counts.tag("dang"), 0);
    assert_eq!(counts.tag("undefined"), 0);
}

#[test]
fn facet_counts_with_query_tags_and_years() {
    let data = small();
    let index = SearchIndex::new(&data);
    let presets = [
        PeriodPreset { kind: PeriodKind::Decade, from: 1940, to: 1949 },
        PeriodPreset { kind: PeriodKind::Term, from: 2015, to: 2020 },
    ];
    let filter = Filter {
        query: Query::parse("dai hoi"),
        tags: tags(&["thi-dua"]),
        from: Some(2019),
        ..Filter::default()
    };
    let counts = filter.counts(&data.events, &index, &presets);
    assert_eq!(counts.total, 1); // e
    assert_eq!(counts.category(Category::Congress), 1);
    assert_eq!(counts.tag("dang"), 2); // c and e: the tag filter is ignored for tag counts
    assert_eq!(counts.tag("thi-dua"), 1);
    assert_eq!(counts.periods, vec![0, 1]); // years ignored for the periods: e meets 2015–2020
    let no_tags = Filter { tags: TagSet::new(), ..filter.clone() };
    assert_eq!(no_tags.counts(&data.events, &index, &presets).periods, vec![0, 2]);
}

#[test]
fn counts_agree_with_apply() {
    let data = bundled();
    let index = SearchIndex::new(&data);
    let presets = period_presets(&data);
    let filter =
        Filter { query: Query::parse("khoa hoc"), level: Some(Level::Department), ..Filter::default() };
    let counts = filter.counts(&data.events, &index, &presets);
    assert_eq!(counts.total, filter.apply(&data.events, &index).len());
    for c in Category::ALL {
        let only = Filter { categories: cats(&[c]), ..filter.clone() };
        assert_eq!(counts.category(c), only.apply(&data.events, &index).len(), "{c:?}");
    }
    for l in Level::ALL {
        let only = Filter { level: Some(l), ..filter.clone() };
        assert_eq!(counts.level(l), only.apply(&data.events, &index).len(), "{l:?}");
    }
    for tag in data.tags.keys() {
        let only = Filter { tags: tags(&[tag]), ..filter.clone() };
        assert_eq!(counts.tag(tag), only.apply(&data.events, &index).len(), "{tag}");
    }
    for (preset, n) in presets.iter().zip(&counts.periods) {
        let only = Filter { from: Some(preset.from), to: Some(preset.to), ..filter.clone() };
        assert_eq!(*n, only.apply(&data.events, &index).len(), "{preset:?}");
        assert!(preset.is_selected(&only));
    }
}

#[test]
fn period_presets_of_the_bundled_dataset() {
    let presets = period_presets(&bundled());
    let shown: Vec<String> = presets.iter().map(|p| p.label(Lang::Vi)).collect();
    assert_eq!(
        shown,
        [
            "Thời Pháp thuộc (1858–1929)",
            "Từ khi Đảng ra đời đến Cách mạng Tháng Tám (1930–1945)",
            "Kháng chiến chống thực dân Pháp (1945–1954)",
            "Kháng chiến chống Mỹ, cứu nước (1954–1975)",
            "Từ thống nhất đất nước đến trước Đổi mới (1975–1986)",
            "Thập niên 1890",
            "Thập niên 1910",
            "Thập niên 1930",
            "Thập niên 1940",
            "Thập niên 1950",
            "Thập niên 1970",
            "Thập niên 2000",
            "Thập niên 2010",
            "Thập niên 2020",
            "Nhiệm kỳ 2015–2020",
            "Kế hoạch 5 năm 2016–2020",
            "Kế hoạch 5 năm 2021–2025",
        ]
    );
    let english: Vec<String> = presets.iter().map(|p| p.label(Lang::En)).collect();
    assert_eq!(english[2], "Resistance war against French colonialism (1945–1954)");
    assert_eq!(english[8], "The 1940s");
    assert_eq!(english[14], "2015–2020 term");
    assert_eq!(english[16], "2021–2025 five-year plan");
    assert_eq!((presets[8].from, presets[8].to), (1940, 1949));
    assert_eq!(presets[0].kind, PeriodKind::Era(Era::FrenchColonial));
}

#[test]
fn period_presets_follow_the_data() {
    let presets = period_presets(&small());
    let kinds: Vec<(PeriodKind, i32, i32)> = presets.iter().map(|p| (p.kind, p.from, p.to)).collect();
    assert_eq!(
        kinds,
        [
            (PeriodKind::Era(Era::PartyToRevolution), 1930, 1945),
            (PeriodKind::Era(Era::ResistanceAgainstFrance), 1945, 1954),
            (PeriodKind::Decade, 1940, 1949),
            (PeriodKind::Decade, 1950, 1959),
            (PeriodKind::Decade, 2010, 2019),
            (PeriodKind::Decade, 2020, 2029),
            (PeriodKind::Term, 2015, 2020),
        ]
    );
    assert!(period_presets(&Dataset::default()).is_empty());
}

#[test]
fn ten_thousand_events_per_keystroke() {
    let base = small();
    let mut data = base.clone();
    data.events = (0..10_000)
        .map(|i| {
            let mut e = base.events[i % base.events.len()].clone();
            e.id = format!("e{i}");
            e
        })
        .collect();
    let index = SearchIndex::new(&data);
    let presets = period_presets(&data);
    let start = std::time::Instant::now();
    for typed in ["d", "da", "dai", "dai ", "dai h", "dai ho", "dai hoi"] {
        let filter =
            Filter { query: Query::parse(typed), level: Some(Level::Provincial), ..Filter::default() };
        let found = filter.apply(&data.events, &index);
        let counts = filter.counts(&data.events, &index, &presets);
        assert_eq!(found.len(), counts.total);
    }
    // Generous even for an unoptimised build on a busy machine; a release build is far faster.
    assert!(start.elapsed().as_secs_f64() < 5.0, "{:?}", start.elapsed());
}

#[test]
fn one_evaluation_gives_the_list_and_the_counts_at_scale() {
    let data = generate(3000, 11);
    let index = SearchIndex::new(&data);
    let presets = period_presets(&data);
    let filters = [
        Filter::default(),
        Filter { query: Query::parse("dai hoi"), ..Filter::default() },
        Filter {
            categories: [Category::Congress, Category::Campaign].into(),
            from: Some(1950),
            to: Some(2000),
            ..Filter::default()
        },
        Filter {
            level: Some(Level::Provincial),
            tags: index.tag_ids().iter().take(1).cloned().collect(),
            ..Filter::default()
        },
    ];
    for filter in filters {
        let evaluation = filter.evaluate(&data.events, &index, &presets);
        assert_eq!(evaluation.visible, filter.apply(&data.events, &index), "{filter:?}");
        assert_eq!(evaluation.counts.total, evaluation.visible.len());
        // Each period's count is what the filter gives with that period instead of its years.
        for (preset, &n) in presets.iter().zip(&evaluation.counts.periods) {
            let with_period = Filter { from: Some(preset.from), to: Some(preset.to), ..filter.clone() };
            assert_eq!(n, with_period.apply(&data.events, &index).len(), "{preset:?}");
        }
        for (tag, n) in &evaluation.counts.tags {
            let with_tag = Filter { tags: [tag.clone()].into(), ..filter.clone() };
            assert_eq!(*n, with_tag.apply(&data.events, &index).len(), "{tag}");
        }
    }
}

#[test]
fn the_index_without_text_serves_every_filter_but_the_text_search() {
    let data = generate(500, 3);
    let full = SearchIndex::new(&data);
    let light = SearchIndex::without_text(&data);
    let presets = period_presets(&data);
    let filter = Filter {
        level: Some(Level::National),
        tags: full.tag_ids().iter().take(2).cloned().collect(),
        ..Filter::default()
    };
    let (without_text, with_text) =
        (filter.evaluate(&data.events, &light, &presets), filter.evaluate(&data.events, &full, &presets));
    assert_eq!(without_text.visible, with_text.visible);
    assert_eq!(without_text.counts, with_text.counts);
    let searching = Filter { query: Query::parse("dai hoi"), ..Filter::default() };
    assert!(!searching.apply(&data.events, &full).is_empty());
    assert!(searching.apply(&data.events, &light).is_empty(), "no text, no match");
}
