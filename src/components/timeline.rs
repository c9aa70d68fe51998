//! The vertical timeline: the filtered events grouped under sticky year headings, oldest first.
//! Arrow keys (or j/k) move between events while the timeline has focus.

use crate::browser::HistoryMode;
use crate::components::EventCard;
use crate::state::{use_ui, Catalog};
use daumoc_core::search::Query;
use daumoc_core::{group_positions, Period};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn Timeline(catalog: Arc<Catalog>, visible: Memo<Vec<usize>>, query: Signal<Query>) -> impl IntoView {
    let ui = use_ui();
    let groups = {
        let catalog = catalog.clone();
        Memo::new(move |_| visible.with(|positions| group_positions(catalog.events(), positions)))
    };
    let clear = move |_| ui.update(HistoryMode::Push, |v| v.filter.clear());
    let has_events = !catalog.events().is_empty();
    view! {
        <section id="timeline" class="timeline" tabindex="-1" aria-labelledby="timeline-heading" on:keydown=move_focus>
            <h2 id="timeline-heading" class="visually-hidden">{move || ui.strings().ui.timeline_label}</h2>
            {(!has_events).then(|| view! { <p class="empty-result" role="status">{move || ui.strings().ui.empty_dataset}</p> })}
            <Show when=move || has_events && visible.with(Vec::is_empty)>
                <div class="empty-result">
                    <p>{move || ui.strings().ui.no_results}</p>
                    <button type="button" class="button" on:click=clear>{move || ui.strings().ui.clear_and_show_all}</button>
                </div>
            </Show>
            <ol class="timeline__years">
                <For each=move || groups.get() key=|group| group.clone() let((period, positions))>
                    <YearSection period positions catalog=catalog.clone() query />
                </For>
            </ol>
            <p class="keyboard-hint">{move || ui.strings().ui.keyboard_hint}</p>
        </section>
    }
}

#[component]
fn YearSection(
    period: Period,
    positions: Vec<usize>,
    catalog: Arc<Catalog>,
    query: Signal<Query>,
) -> impl IntoView {
    let ui = use_ui();
    let heading = move || match period {
        Period::Year(year) => year.to_string(),
        Period::EveryYear => ui.strings().dates.every_year.to_string(),
    };
    let id = match period {
        Period::Year(year) => format!("year-{year}"),
        Period::EveryYear => "year-recurring".to_string(),
    };
    let cards = positions
        .into_iter()
        .filter_map(|p| catalog.events().get(p).cloned())
        .map(|event| view! { <EventCard event query /> })
        .collect_view();
    view! {
        <li class="year" id=id data-year=match period { Period::Year(y) => y.to_string(), Period::EveryYear => String::new() }>
            <h3 class="year__heading">{heading}</h3>
            <ol class="year__events">{cards}</ol>
        </li>
    }
}

/// ↓/j and ↑/k move focus to the next or previous event link; Home/End to the first or last.
fn move_focus(ev: leptos::ev::KeyboardEvent) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let step: isize = match ev.key().as_str() {
        "ArrowDown" | "j" => 1,
        "ArrowUp" | "k" => -1,
        _ => return,
    };
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(links) = doc.query_selector_all("#timeline .event__link") else { return };
    let count = links.length() as isize;
    if count == 0 {
        return;
    }
    let active = doc.active_element();
    let current =
        (0..count).find(|&i| links.item(i as u32).zip(active.as_ref()).is_some_and(|(node, a)| node == **a));
    let next = match current {
        Some(i) => (i + step).clamp(0, count - 1),
        None if step > 0 => 0,
        None => count - 1,
    };
    if let Some(el) = links.item(next as u32).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        ev.prevent_default();
        let _ = el.focus();
    }
}
