//! How long one keystroke's filtering takes natively at scale (a number, not a test):
//! `cargo run --release -p daumoc-core --example filter_speed -- 10000`.

use daumoc_core::{generate, period_presets, Filter, ListLayout, Query, RowHeights, SearchIndex};
use std::time::Instant;

fn main() {
    let n = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let json = daumoc_core::dataset_to_json(&generate(n, 1));
    let started = Instant::now();
    let dataset = daumoc_core::parse_dataset(&json).expect("generated data parses").dataset;
    println!("{n} events: {} KB of JSON parsed and checked in {:?}", json.len() / 1024, started.elapsed());
    let started = Instant::now();
    let index = SearchIndex::new(&dataset);
    let presets = period_presets(&dataset);
    println!("{n} events: index built in {:?}", started.elapsed());
    let heights = RowHeights::new(72.0, 170.0);
    for text in ["p", "ph", "pho", "phong", "dai hoi", "bac son", "zzzz"] {
        let filter = Filter { query: Query::parse(text), ..Filter::default() };
        let rounds = 20;
        // What a keystroke costs in the app: one evaluation (list and counts together).
        // `apply` alone is timed for comparison.
        let started = Instant::now();
        let mut shown = 0;
        for _ in 0..rounds {
            shown = filter.apply(&dataset.events, &index).len();
        }
        let apply = started.elapsed() / rounds;
        let started = Instant::now();
        for _ in 0..rounds {
            std::hint::black_box(filter.evaluate(&dataset.events, &index, &presets));
        }
        let evaluate = started.elapsed() / rounds;
        let visible = filter.apply(&dataset.events, &index);
        let started = Instant::now();
        for _ in 0..rounds {
            let rows = daumoc_core::rows(&dataset.events, &visible);
            std::hint::black_box(ListLayout::new(rows, &heights));
        }
        let layout = started.elapsed() / rounds;
        println!("{text:>8}: {shown:>5} shown; apply {apply:?}, evaluate (list + counts) {evaluate:?}, rows + layout {layout:?}");
    }
    // Typed one character at a time: each keystroke's search narrowed from the one before (as
    // the app does), against every keystroke searching all events.
    for text in ["dai hoi", "giai phong", "bac son"] {
        let typed: Vec<Filter> = text
            .char_indices()
            .map(|(at, c)| Filter { query: Query::parse(&text[..at + c.len_utf8()]), ..Filter::default() })
            .collect();
        let started = Instant::now();
        for filter in &typed {
            std::hint::black_box(filter.evaluate(&dataset.events, &index, &presets));
        }
        let fresh = started.elapsed() / typed.len() as u32;
        let started = Instant::now();
        let mut previous = None;
        for filter in &typed {
            previous = Some(filter.evaluate_after(&dataset.events, &index, &presets, previous.as_ref()));
        }
        let narrowed = started.elapsed() / typed.len() as u32;
        println!("{text:>10} typed: per keystroke {fresh:?} searching all, {narrowed:?} narrowed");
    }
}
