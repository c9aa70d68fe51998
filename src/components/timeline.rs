//! The vertical timeline: the filtered events grouped under sticky year headings, oldest first.
//! Arrow keys (or j/k) move between events while the timeline has focus. Only the part of a
//! long list near the screen is in the page (see `list_window`).

use crate::browser::{self, HistoryMode};
use crate::components::EventCard;
use crate::list_window::ListWindow;
use crate::state::use_ui;
use daumoc_core::{Catalog, Period, Query, Row};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn Timeline(
    catalog: Arc<Catalog>,
    visible: Memo<Vec<usize>>,
    query: Signal<Query>,
    list: ListWindow,
) -> impl IntoView {
    let ui = use_ui();
    let window = list.window;
    let groups = Memo::new(move |_| window.with(|w| w.groups.iter().map(|(p, _)| *p).collect::<Vec<_>>()));
    let clear = move |_| ui.update(HistoryMode::Push, |v| v.filter.clear());
    let has_events = !catalog.events().is_empty();
    // Find in page only sees the cards in the page: when the list is long, the first Ctrl+F
    // goes to the search box, which searches all events; a second one opens the browser's.
    browser::on_window(leptos::ev::keydown, move |ev| {
        let find = (ev.ctrl_key() || ev.meta_key()) && ev.key().eq_ignore_ascii_case("f");
        if find && !ev.alt_key() && list.is_partial() && !browser::typing_in_field() {
            if let Some(input) = browser::element("input[type=search]") {
                ev.prevent_default();
                let _ = input.focus();
            }
        }
    });
    let on_key = {
        let catalog = catalog.clone();
        move |ev: leptos::ev::KeyboardEvent| move_focus(ev, list, &catalog)
    };
    let timeline = view! {
        <section id="timeline" class="timeline" tabindex="-1" aria-labelledby="timeline-heading" on:keydown=on_key>
            <h2 id="timeline-heading" class="visually-hidden">{move || ui.strings().ui.timeline_label}</h2>
            {(!has_events).then(|| view! { <p class="empty-result" role="status">{move || ui.strings().ui.empty_dataset}</p> })}
            <Show when=move || has_events && visible.with(Vec::is_empty)>
                <div class="empty-result">
                    <p>{move || ui.strings().ui.no_results}</p>
                    <button type="button" class="button" on:click=clear>{move || ui.strings().ui.clear_and_show_all}</button>
                </div>
            </Show>
            <ol
                class="timeline__years"
                node_ref=list.list
                aria-busy=move || list.is_filling().then_some("true")
                style:padding-top=move || px(window.with(|w| w.space_before))
                style:padding-bottom=move || px(window.with(|w| w.space_after))
            >
                <For each=move || groups.get() key=|period| *period let(period)>
                    <YearSection period list catalog=catalog.clone() query />
                </For>
            </ol>
            <p class="keyboard-hint">{move || ui.strings().ui.keyboard_hint}</p>
        </section>
    };
    list.follow_page();
    timeline
}

#[component]
fn YearSection(
    period: Period,
    list: ListWindow,
    catalog: Arc<Catalog>,
    query: Signal<Query>,
) -> impl IntoView {
    let window = list.window;
    let ui = use_ui();
    let heading = move || match period {
        Period::Year(year) => year.to_string(),
        Period::EveryYear => ui.strings().dates.every_year.to_string(),
    };
    let (id, year) = match period {
        Period::Year(year) => (format!("year-{year}"), year.to_string()),
        Period::EveryYear => ("year-recurring".to_string(), String::new()),
    };
    let positions = Memo::new(move |_| {
        window
            .with(|w| w.groups.iter().find(|(p, _)| *p == period).map(|(_, e)| e.clone()).unwrap_or_default())
    });
    let card = move |position: usize| {
        // A card away from the screen keeps its text unmarked, and a keystroke leaves it alone:
        // the query is read (and so followed) only while the card is near.
        let near = Memo::new(move |_| list.is_near(position));
        let marked = Signal::derive(move || if near.get() { query.get() } else { Query::default() });
        catalog.events().get(position).cloned().map(|event| view! { <EventCard event query=marked /> })
    };
    view! {
        <li class="year" id=id data-year=year>
            <h3 class="year__heading">{heading}</h3>
            <ol class="year__events">
                <For each=move || positions.get() key=|p| *p children=card.clone() />
            </ol>
        </li>
    }
}

/// CSS pixels, rounded: fractions of a pixel only blur the spacers.
fn px(value: f64) -> String {
    format!("{}px", value.round() as i64)
}

/// ↓/j and ↑/k move focus to the next or previous event link; Home and End to the first or
/// last event of the whole list, which may have to be scrolled into the page first.
fn move_focus(ev: leptos::ev::KeyboardEvent, list: ListWindow, catalog: &Catalog) {
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let step: isize = match ev.key().as_str() {
        "ArrowDown" | "j" => 1,
        "ArrowUp" | "k" => -1,
        "Home" | "End" => {
            let end = list.layout.with_untracked(|l| {
                let (first, last) = l.event_rows()?;
                let row = if ev.key() == "Home" { first } else { last };
                match l.rows()[row] {
                    Row::Event(position) => Some(position),
                    Row::Heading(_) => None,
                }
            });
            if let Some(position) = end {
                ev.prevent_default();
                let id = catalog.events()[position].id.clone();
                list.reveal_and_focus(position, id);
            }
            return;
        }
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
