//! The next round anniversaries from today, as small cards, with a link to the year's list.

use crate::browser;
use crate::components::{EventLink, ViewLink};
use crate::state::use_ui;
use chrono::Datelike;
use daumoc_core::i18n::fill;
use daumoc_core::{
    anniversary_phrase, countdown, short_date, upcoming, Catalog, EventDate, Lang, View, ViewState,
};
use leptos::prelude::*;
use std::sync::Arc;

/// How many anniversaries the strip shows.
const SHOWN: usize = 6;

#[component]
pub fn UpcomingStrip(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let today = browser::today();
    let year = today.year();
    // Both languages are written once: the strip is small and the language may switch.
    let cards = upcoming(catalog.events(), today, SHOWN)
        .into_iter()
        .map(|(a, days)| {
            let date = EventDate::Calendar(a.date);
            let phrase = Lang::ALL.map(|l| anniversary_phrase(&a, l));
            let when = Lang::ALL.map(|l| days.map_or_else(|| short_date(&date, l), |d| countdown(d, l)));
            let (id, hook) = (a.event.id.clone(), a.event.id.clone());
            view! {
                <li class="upcoming__item" data-event-id=hook>
                    <EventLink id class="upcoming__card">
                        <span class="upcoming__when">{move || when[ui.lang.get() as usize].clone()}</span>
                        <span class="upcoming__what">{move || phrase[ui.lang.get() as usize].clone()}</span>
                    </EventLink>
                </li>
            }
        })
        .collect_view();
    let to_year = move |v: &mut ViewState| {
        v.view = View::Anniversaries;
        v.year = Some(year);
        v.event = None;
    };
    view! {
        <section class="upcoming" aria-labelledby="upcoming-heading">
            <div class="upcoming__head">
                <h2 id="upcoming-heading" class="section-title">{move || ui.strings().ui.upcoming_title}</h2>
                <ViewLink class="upcoming__all" change=to_year>
                    {move || fill(ui.strings().ui.upcoming_all, &[&year.to_string()])} " " <svg class="inline-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5 12h14M13 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>
                </ViewLink>
            </div>
            <ol class="upcoming__list">{cards}</ol>
        </section>
    }
}
