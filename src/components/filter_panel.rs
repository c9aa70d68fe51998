//! The filter bar: search, categories, level, period and topics, each option with the number of
//! events it would give; the live result count; one control that clears everything. On phones
//! everything but the search folds into a panel over the timeline.

use crate::browser::HistoryMode;
use crate::components::{CalendarDownload, CloseButton, SearchBox};
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::{category_name, level_name, Catalog, Category, FacetCounts, Level};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn FilterPanel(
    catalog: Arc<Catalog>,
    counts: Memo<FacetCounts>,
    visible: Memo<Vec<usize>>,
) -> impl IntoView {
    let ui = use_ui();
    // On the anniversaries screen the calendar has its own button, for the year.
    let download = ui.view.with_untracked(|v| v.view == daumoc_core::View::Timeline).then(|| {
        view! { <CalendarDownload catalog=catalog.clone() visible year=Signal::derive(|| None) /> }
    });
    let open = RwSignal::new(false);
    let total = catalog.events().len();
    let active = Memo::new(move |_| ui.view.with(|v| active_count(&v.filter)));
    let is_empty = Memo::new(move |_| ui.view.with(|v| v.filter.is_empty()));
    let shown = move || counts.with(|c| c.total);
    let clear = move |_| ui.update(HistoryMode::Push, |v| v.filter.clear());
    view! {
        <div class="filters">
            <div class="filters__bar">
                <SearchBox />
                <button
                    type="button"
                    class="filters__toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="filter-panel"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || match active.get() {
                        0 => ui.strings().ui.filters_button.to_string(),
                        n => fill(ui.strings().ui.filters_active, &[&n.to_string()]),
                    }}
                </button>
            </div>
            <div
                id="filter-panel"
                class="filters__panel"
                class:is-open=move || open.get()
                on:keydown=move |ev| if ev.key() == "Escape" && open.get_untracked() {
                    ev.prevent_default();
                    open.set(false);
                }
            >
                <div class="filters__sheet-head">
                    <h2 class="section-title">{move || ui.strings().ui.filters_button}</h2>
                    <button type="button" class="link-button" on:click=clear hidden=move || is_empty.get()>
                        {move || ui.strings().ui.clear_filters}
                    </button>
                    <CloseButton on_close=move || open.set(false) />
                </div>
                <CategoryChips counts />
                <LevelSwitch counts />
                <PeriodPicks catalog=catalog.clone() counts />
                <TagChips catalog=catalog.clone() counts />
                <div class="filters__sheet-footer">
                    <button type="button" class="button" on:click=move |_| open.set(false)>
                        {move || ui.strings().ui.show_results.fill(shown(), &[&shown().to_string()])}
                    </button>
                </div>
            </div>
            <div class="filters__status">
                <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                    {move || ui.strings().ui.result_count.fill(total, &[&shown().to_string(), &total.to_string()])}
                </p>
                <button type="button" class="link-button" on:click=clear hidden=move || is_empty.get()>
                    {move || ui.strings().ui.clear_filters}
                </button>
                {download}
            </div>
        </div>
    }
}

fn active_count(f: &daumoc_core::Filter) -> usize {
    f.categories.len()
        + f.tags.len()
        + usize::from(f.level.is_some())
        + usize::from(f.from.is_some() || f.to.is_some())
}

/// A toggle button with a count; `aria-pressed` says whether it is on.
#[component]
fn Chip(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] count: Signal<usize>,
    #[prop(into)] pressed: Signal<bool>,
    on_toggle: impl Fn() + 'static,
    #[prop(optional, into)] class: String,
) -> impl IntoView {
    chip(label, count, pressed, Box::new(on_toggle), class)
}

// Not generic: one copy of the chip's view code for all four kinds of chips.
fn chip(
    label: Signal<String>,
    count: Signal<usize>,
    pressed: Signal<bool>,
    on_toggle: Box<dyn Fn()>,
    class: String,
) -> AnyView {
    let dot = !class.is_empty();
    view! {
        <button
            type="button"
            class=format!("chip {class}")
            aria-pressed=move || pressed.get().to_string()
            on:click=move |_| on_toggle()
        >
            {dot.then(|| view! { <span class="dot" aria-hidden="true"></span> })}
            <span class="chip__label">{move || label.get()}</span>
            <span class="chip__count">{move || count.get()}</span>
        </button>
    }
    .into_any()
}

#[component]
fn CategoryChips(counts: Memo<FacetCounts>) -> impl IntoView {
    let ui = use_ui();
    let chips = Category::ALL.map(|c| {
        view! {
            <Chip
                label=Signal::derive(move || category_name(c, ui.lang.get()).to_string())
                count=Signal::derive(move || counts.with(|n| n.category(c)))
                pressed=Signal::derive(move || ui.view.with(|v| v.filter.categories.contains(c)))
                class=format!("cat-{c}")
                on_toggle=move || ui.update(HistoryMode::Push, |v| {
                    if !v.filter.categories.remove(c) {
                        v.filter.categories.insert(c);
                    }
                })
            />
        }
    });
    view! {
        <fieldset class="filters__group">
            <legend>{move || ui.strings().ui.category_label}</legend>
            <div class="chips">{chips.into_iter().collect_view()}</div>
        </fieldset>
    }
}

#[component]
fn LevelSwitch(counts: Memo<FacetCounts>) -> impl IntoView {
    let ui = use_ui();
    let total = move || counts.with(|n| n.levels.iter().sum::<usize>());
    let option = move |level: Option<Level>| {
        view! {
            <Chip
                label=Signal::derive(move || match level {
                    Some(l) => level_name(l, ui.lang.get()).to_string(),
                    None => ui.strings().ui.level_all.to_string(),
                })
                count=Signal::derive(move || level.map_or_else(total, |l| counts.with(|n| n.level(l))))
                pressed=Signal::derive(move || ui.view.with(|v| v.filter.level == level))
                on_toggle=move || ui.update(HistoryMode::Push, |v| v.filter.level = level)
            />
        }
    };
    view! {
        <fieldset class="filters__group">
            <legend>{move || ui.strings().ui.level_label}</legend>
            <div class="chips">
                {option(None)}
                {Level::ALL.map(|l| option(Some(l))).into_iter().collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn PeriodPicks(catalog: Arc<Catalog>, counts: Memo<FacetCounts>) -> impl IntoView {
    let ui = use_ui();
    let presets = catalog.presets.clone();
    let picks = move || {
        presets
            .clone()
            .into_iter()
            .enumerate()
            .map(|(i, preset)| {
                view! {
                    <Chip
                        label=Signal::derive(move || preset.label(ui.lang.get()))
                        count=Signal::derive(move || counts.with(|n| n.periods.get(i).copied().unwrap_or(0)))
                        pressed=Signal::derive(move || ui.view.with(|v| preset.is_selected(&v.filter)))
                        on_toggle=move || ui.update(HistoryMode::Push, |v| {
                            if preset.is_selected(&v.filter) {
                                (v.filter.from, v.filter.to) = (None, None);
                            } else {
                                (v.filter.from, v.filter.to) = (Some(preset.from), Some(preset.to));
                            }
                        })
                    />
                }
            })
            .collect_view()
    };
    let year_input = move |is_from: bool| {
        let value = move || {
            ui.view.with(|v| if is_from { v.filter.from } else { v.filter.to }).map(|y| y.to_string())
        };
        view! {
            <label class="year-input">
                <span>{move || if is_from { ui.strings().ui.from_label } else { ui.strings().ui.to_label }}</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max="9999"
                    prop:value=move || value().unwrap_or_default()
                    on:change=move |ev| {
                        let year = event_target_value(&ev).trim().parse::<i32>().ok().filter(|y| (1..=9999).contains(y));
                        ui.update(HistoryMode::Push, |v| if is_from { v.filter.from = year } else { v.filter.to = year });
                    }
                />
            </label>
        }
    };
    let chosen = move || {
        ui.view.with(|v| match (v.filter.from, v.filter.to) {
            (None, None) => String::new(),
            (from, to) => format!(
                "{}–{}",
                from.map(|y| y.to_string()).unwrap_or_default(),
                to.map(|y| y.to_string()).unwrap_or_default()
            ),
        })
    };
    let open = ui.view.with_untracked(|v| v.filter.from.is_some() || v.filter.to.is_some());
    // Built when first opened: a large dataset has dozens of periods nobody sees collapsed.
    let opened = RwSignal::new(open);
    view! {
        <details class="filters__group filters__more" open=open on:toggle=move |_| opened.set(true)>
            <summary>
                <span class="filters__legend">{move || ui.strings().ui.period_label}</span>
                <span class="filters__chosen">{chosen}</span>
            </summary>
            <Show when=move || opened.get()>
                <div class="chips chips--periods">{picks.clone()}</div>
                <div class="year-range">{year_input(true)} {year_input(false)}</div>
            </Show>
        </details>
    }
}

#[component]
fn TagChips(catalog: Arc<Catalog>, counts: Memo<FacetCounts>) -> impl IntoView {
    let ui = use_ui();
    let mut ids: Vec<String> = catalog.events().iter().flat_map(|e| e.tags.iter().cloned()).collect();
    daumoc_core::sort_dedup(&mut ids);
    (!ids.is_empty()).then(|| {
        let chips = move || {
            ids
            .clone()
            .into_iter()
            .map(|id| {
                let label = catalog.dataset().tag_label(&id);
                let (count_id, pressed_id, toggle_id) = (id.clone(), id.clone(), id);
                view! {
                    <Chip
                        label=Signal::derive(move || label.text(ui.lang.get()).to_string())
                        count=Signal::derive(move || counts.with(|n| n.tag(&count_id)))
                        pressed=Signal::derive(move || ui.view.with(|v| v.filter.tags.contains(&pressed_id)))
                        on_toggle=move || {
                            let id = toggle_id.clone();
                            ui.update(HistoryMode::Push, move |v| {
                                if !v.filter.tags.remove(&id) {
                                    v.filter.tags.insert(id);
                                }
                            })
                        }
                    />
                }
            })
            .collect_view()
        };
        let chosen = move || {
            ui.view.with(|v| match v.filter.tags.len() {
                0 => String::new(),
                n => n.to_string(),
            })
        };
        let open = ui.view.with_untracked(|v| !v.filter.tags.is_empty());
        // Built when first opened, like the periods.
        let opened = RwSignal::new(open);
        view! {
            <details class="filters__group filters__more" open=open on:toggle=move |_| opened.set(true)>
                <summary>
                    <span class="filters__legend">{move || ui.strings().ui.tags_label}</span>
                    <span class="filters__chosen">{chosen}</span>
                </summary>
                <Show when=move || opened.get()>
                    <div class="chips">{chips.clone()}</div>
                </Show>
            </details>
        }
    })
}
