//! The filter groups: categories, level, period and topics, each option a chip with the number of
//! events it would give. Few phone visitors open them, so their code may be a chunk of its own
//! (`crate::chunks`), mounted by the filter panel the first time they are shown.

use crate::browser::HistoryMode;
use crate::state::use_ui;
use daumoc_core::{category_name, level_name, Catalog, Category, FacetCounts, Level};
use leptos::prelude::*;
use std::sync::Arc;

/// Every filter group, in the panel's order.
#[component]
pub fn FilterGroups(catalog: Arc<Catalog>, counts: Memo<FacetCounts>) -> impl IntoView {
    view! {
        <CategoryChips counts />
        <LevelSwitch counts />
        <PeriodPicks catalog=catalog.clone() counts />
        <TagChips catalog counts />
    }
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
