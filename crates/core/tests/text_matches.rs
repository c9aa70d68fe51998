//! The text search narrowed as the query grows (`Filter::evaluate_after`): the same list and
//! counts as an evaluation from scratch.

use daumoc_core::*;

/// A filter for each query typed one character at a time, as the search box sees it.
fn typed(text: &str, base: &Filter) -> Vec<Filter> {
    text.char_indices()
        .map(|(at, c)| Filter { query: Query::parse(&text[..at + c.len_utf8()]), ..base.clone() })
        .collect()
}

#[test]
fn a_longer_query_refines_the_one_before_it() {
    let q = Query::parse;
    assert!(q("dai h").refines(&q("dai")));
    assert!(q("dai ho").refines(&q("dai h")), "\"h\" is part of \"ho\"");
    assert!(q("bac son").refines(&q("so")));
    assert!(q("Bắc Sơn").refines(&q("bac")), "folded words");
    assert!(q("dai").refines(&q("")), "everything refines the empty query");
    assert!(q("dai").refines(&q("dai")));
    assert!(!q("da").refines(&q("dai")), "a deleted letter widens the search");
    assert!(!q("dai").refines(&q("dai hoi")));
    assert!(!q("bac son").refines(&q("bacson")), "words are not joined");
    assert!(!q("").refines(&q("d")));
}

#[test]
fn typing_letter_by_letter_gives_what_each_query_gives_from_scratch() {
    let data = generate(2_000, 7);
    let index = SearchIndex::new(&data);
    let presets = period_presets(&data);
    let congress = Filter { categories: [Category::Congress].into(), ..Filter::default() };
    let bases = [
        Filter::default(),
        congress,
        Filter { level: Some(Level::Provincial), from: Some(1990), ..Filter::default() },
    ];
    for base in &bases {
        for text in ["dai hoi", "giải phóng", "Bắc Sơn", "lang son 2020", "zzz"] {
            let mut previous: Option<Evaluation> = None;
            for filter in typed(text, base) {
                let narrowed = filter.evaluate_after(&data.events, &index, &presets, previous.as_ref());
                let fresh = filter.evaluate(&data.events, &index, &presets);
                assert_eq!(narrowed, fresh, "{:?} with {base:?}", filter.query.text());
                assert_eq!(narrowed.visible, filter.apply(&data.events, &index));
                previous = Some(narrowed);
            }
        }
    }
}

#[test]
fn deleting_letters_or_changing_another_filter_searches_again_as_needed() {
    let data = generate(1_000, 5);
    let index = SearchIndex::new(&data);
    let presets = period_presets(&data);
    let evaluate = |filter: &Filter, previous: Option<&Evaluation>| {
        let after = filter.evaluate_after(&data.events, &index, &presets, previous);
        assert_eq!(after, filter.evaluate(&data.events, &index, &presets), "{filter:?}");
        after
    };
    let dai_hoi = evaluate(&Filter { query: Query::parse("dai hoi"), ..Filter::default() }, None);
    let da = evaluate(&Filter { query: Query::parse("da"), ..Filter::default() }, Some(&dai_hoi));
    assert!(da.visible.len() > dai_hoi.visible.len(), "a shorter query finds more");
    let congress =
        Filter { query: Query::parse("da"), categories: [Category::Congress].into(), ..Filter::default() };
    let narrower = evaluate(&congress, Some(&da));
    let wider = evaluate(&Filter { query: Query::parse("da"), ..Filter::default() }, Some(&narrower));
    assert_eq!(wider, da, "the category's matches do not limit the text search after it");
    let cleared = evaluate(&Filter::default(), Some(&wider));
    assert_eq!(cleared.visible.len(), data.events.len());
    let dataset_a = SearchIndex::new(&generate(100, 1));
    let other =
        Filter { query: Query::parse("d"), ..Filter::default() }.evaluate(&data.events, &dataset_a, &presets);
    evaluate(&Filter { query: Query::parse("da"), ..Filter::default() }, Some(&other));
}

#[test]
fn the_matches_of_a_partial_index_are_not_narrowed_from() {
    let data = generate(300, 2);
    let presets = period_presets(&data);
    let full = SearchIndex::new(&data);
    let mut part = SearchIndex::without_text(&data);
    part.fold_more(&data, 100);
    let d = Filter { query: Query::parse("d"), ..Filter::default() };
    let partial = d.evaluate(&data.events, &part, &presets);
    assert!(partial.visible.iter().all(|&i| i < 100), "only the folded events match");
    let da = Filter { query: Query::parse("da"), ..Filter::default() };
    let later = da.evaluate_after(&data.events, &full, &presets, Some(&partial));
    assert_eq!(later, da.evaluate(&data.events, &full, &presets));
    assert!(later.visible.iter().any(|&i| i >= 100), "events folded since are searched");
}
