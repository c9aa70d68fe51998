//! The anniversaries of one year (`view=anniversaries&year=`): every event of the current filters
//! whose round anniversary falls in that year, by date, the major ones marked.

use crate::browser::{self, HistoryMode};
use crate::components::{CalendarDownload, EventLink};
use crate::state::use_ui;
use chrono::Datelike;
use daumoc_core::i18n::fill;
use daumoc_core::{
    anniversaries_in_year, anniversary_phrase, anniversary_years, short_date, Catalog, EventDate, Lang,
};
use leptos::prelude::*;
use std::sync::Arc;

/// One line of the list, written in both languages once (the list is short).
#[derive(Clone, PartialEq)]
struct Line {
    id: String,
    major: bool,
    when: [String; 2],
    years: [String; 2],
    phrase: [String; 2],
}

/// How many anniversaries are listed before "show more".
const ANNIVERSARY_PAGE: usize = 100;

#[component]
pub fn AnniversaryView(catalog: Arc<Catalog>, visible: Memo<Vec<usize>>) -> impl IntoView {
    let ui = use_ui();
    let this_year = browser::today().year();
    let year = Memo::new(move |_| ui.view.with(|v| v.year).unwrap_or(this_year));
    let download = view! { <CalendarDownload catalog=catalog.clone() visible year=Signal::derive(move || Some(year.get())) /> };
    let lines = Memo::new(move |_| {
        let events = catalog.events();
        visible.with(|positions| {
            anniversaries_in_year(positions.iter().filter_map(|&p| events.get(p)), year.get())
                .iter()
                .map(|a| Line {
                    id: a.event.id.clone(),
                    major: a.major,
                    when: Lang::ALL.map(|l| short_date(&EventDate::Calendar(a.date), l)),
                    years: Lang::ALL.map(|l| anniversary_years(a, l)),
                    phrase: Lang::ALL.map(|l| anniversary_phrase(a, l)),
                })
                .collect::<Vec<_>>()
        })
    });
    // A large dataset can have a thousand anniversaries in a year: show them a page at a time
    // (all of them when printing), so the screen opens as fast as with fifty.
    let shown = RwSignal::new(ANNIVERSARY_PAGE);
    Effect::new(move || {
        lines.track();
        shown.set(ANNIVERSARY_PAGE);
    });
    browser::on_window(leptos::ev::beforeprint, move |_| shown.set(usize::MAX));
    let page = Memo::new(move |_| lines.with(|l| l.iter().take(shown.get()).cloned().collect::<Vec<_>>()));
    let hidden = move || lines.with(Vec::len).saturating_sub(shown.get());
    let go =
        move |delta: i32| ui.update(HistoryMode::Push, move |v| v.year = Some(year.get_untracked() + delta));
    view! {
        <section class="anniversaries" aria-labelledby="anniversaries-heading">
            <div class="anniversaries__head">
                <h2 id="anniversaries-heading" class="section-title section-title--large">
                    {move || fill(ui.strings().ui.anniversaries_title, &[&year.get().to_string()])}
                </h2>
                <div class="year-stepper">
                    <button type="button" class="chip" on:click=move |_| go(-1)>
                        <svg class="inline-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M19 12H5M11 6l-6 6 6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>
                        {move || (year.get() - 1).to_string()}
                        <span class="visually-hidden">" (" {move || ui.strings().ui.previous_year} ")"</span>
                    </button>
                    <label class="year-input">
                        <span class="visually-hidden">{move || ui.strings().ui.year_label}</span>
                        <input
                            type="number"
                            inputmode="numeric"
                            min="1"
                            max="9999"
                            prop:value=move || year.get().to_string()
                            on:change=move |ev| {
                                if let Some(y) = event_target_value(&ev).trim().parse::<i32>().ok().filter(|y| (1..=9999).contains(y)) {
                                    ui.update(HistoryMode::Push, move |v| v.year = Some(y));
                                }
                            }
                        />
                    </label>
                    <button type="button" class="chip" on:click=move |_| go(1)>
                        {move || (year.get() + 1).to_string()}
                        <svg class="inline-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h14M13 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>
                        <span class="visually-hidden">" (" {move || ui.strings().ui.next_year} ")"</span>
                    </button>
                </div>
            </div>
            <p class="anniversaries__intro">{move || fill(ui.strings().ui.anniversaries_intro, &[&year.get().to_string()])}</p>
            {download}
            <Show
                when=move || !lines.with(Vec::is_empty)
                fallback=move || view! { <p class="empty-result">{move || fill(ui.strings().ui.no_anniversaries, &[&year.get().to_string()])}</p> }
            >
                <ol class="anniversaries__list">
                    <For each=move || page.get() key=|line| line.id.clone() let(line)>
                        <AnniversaryLine line />
                    </For>
                </ol>
                <Show when=move || { hidden() > 0 }>
                    <button type="button" class="button anniversaries__more" on:click=move |_| shown.update(|n| *n += ANNIVERSARY_PAGE)>
                        {move || ui.strings().ui.more_anniversaries.fill(hidden(), &[&hidden().to_string()])}
                    </button>
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn AnniversaryLine(line: Line) -> impl IntoView {
    let ui = use_ui();
    let Line { id, major, when, years, phrase } = line;
    let hook = id.clone();
    let lang = move || ui.lang.get() as usize;
    view! {
        <li class="anniversary" class:anniversary--major=major data-event-id=hook>
            <span class="anniversary__when">{move || when[lang()].clone()}</span>
            <span class="anniversary__years">
                {move || years[lang()].clone()}
                {major.then(|| view! { " " <span class="anniversary__star" aria-hidden="true">"★"</span><span class="visually-hidden">{move || ui.strings().ui.major}</span> })}
            </span>
            <EventLink id class="anniversary__what">{move || phrase[lang()].clone()}</EventLink>
        </li>
    }
}
