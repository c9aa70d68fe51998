//! The synthetic dataset of `daumoc gen`: valid, varied and deterministic.

use daumoc_core::{dataset_to_json, generate, parse_dataset, Category, EventDate, Level, Precision};
use std::collections::HashSet;

#[test]
fn two_thousand_events_parse_without_errors_or_warnings() {
    let dataset = generate(2000, 7);
    let text = dataset_to_json(&dataset);
    let loaded = parse_dataset(&text).unwrap();
    let problems: Vec<String> = loaded.problems.iter().take(5).map(|p| format!("{p:?}")).collect();
    assert!(loaded.problems.is_empty(), "{problems:#?}");
    assert_eq!(loaded.dataset.events.len(), 2000);
    // Already in the parser's order, so a round trip gives the same dataset.
    assert_eq!(loaded.dataset, dataset);
}

#[test]
fn every_category_and_level_and_precision() {
    let dataset = generate(2000, 7);
    let events = &dataset.events;
    for c in Category::ALL {
        assert!(events.iter().any(|e| e.category == c), "{c:?}");
    }
    for l in Level::ALL {
        assert!(events.iter().any(|e| e.level == l), "{l:?}");
    }
    for p in [Precision::Day, Precision::Month, Precision::Year] {
        let n = events.iter().filter(|e| e.date.calendar().is_some_and(|d| d.precision() == p)).count();
        assert!(n > 20, "{p:?}: {n}");
    }
    let days = events.iter().filter(|e| e.date.calendar().is_some_and(|d| d.precision() == Precision::Day));
    assert!(days.count() > events.len() / 2, "mostly days");
    let recurring = events.iter().filter(|e| e.date.is_recurring()).count();
    assert!(recurring > 10 && recurring < events.len() / 10, "{recurring}");
    let ranges: Vec<_> = events.iter().filter(|e| e.end.is_some()).collect();
    assert!(ranges.len() > 50, "{}", ranges.len());
    for e in &ranges {
        let (start, end) = (e.date.calendar().unwrap(), e.end.unwrap());
        assert!(end.last_day() >= start.first_day(), "{}", e.id);
    }
    assert!(events.iter().any(|e| !e.tags.is_empty()));
    for e in events {
        for t in &e.tags {
            assert!(dataset.tags.contains_key(t), "{t}");
        }
        assert_eq!(e.source.as_ref().unwrap().document, "synthetic:gen --seed 7");
        assert!(e.title.en.is_some() && e.summary.is_some());
        if let EventDate::Calendar(d) = e.date {
            assert!((1890..=2030).contains(&d.year_number()), "{}", e.id);
        }
        if let Some(end) = e.end {
            assert!((1890..=2030).contains(&end.year_number()), "{}", e.id);
        }
    }
}

#[test]
fn titles_are_vietnamese_with_diacritics() {
    let dataset = generate(500, 3);
    let titles: Vec<&str> = dataset.events.iter().map(|e| e.title.vi.as_str()).collect();
    assert!(titles.iter().any(|t| t.starts_with("Hội nghị tổng kết công tác")), "{titles:?}");
    assert!(titles.iter().any(|t| t.starts_with("Đại hội Thi đua yêu nước huyện")), "{titles:?}");
    assert!(titles.iter().any(|t| t.starts_with("Kỷ niệm ")), "{titles:?}");
    let accented = titles.iter().filter(|t| !t.is_ascii()).count();
    assert_eq!(accented, titles.len());
}

#[test]
fn ids_are_unique_slugs() {
    let dataset = generate(20_000, 11);
    let mut seen = HashSet::new();
    for e in &dataset.events {
        assert!(daumoc_core::is_slug(&e.id), "{}", e.id);
        assert!(seen.insert(e.id.as_str()), "duplicate {}", e.id);
    }
}

#[test]
fn deterministic_and_seed_dependent() {
    let a = dataset_to_json(&generate(1000, 42));
    assert_eq!(a, dataset_to_json(&generate(1000, 42)));
    assert_ne!(a, dataset_to_json(&generate(1000, 43)));
    assert_ne!(a, dataset_to_json(&generate(1001, 42)));
    assert_eq!(generate(0, 1).events.len(), 0);
}
