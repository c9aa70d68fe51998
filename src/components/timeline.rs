//! The vertical timeline: events grouped under sticky year headings, oldest first.

use crate::app::use_ui;
use crate::components::EventCard;
use daumoc_core::i18n::fill;
use daumoc_core::{group_by_year, Event, Loaded, Period};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Timeline(loaded: Arc<Loaded>) -> impl IntoView {
    let ui = use_ui();
    let total = loaded.dataset.events.len();
    let sections: Vec<(Period, Vec<Event>)> = group_by_year(&loaded.dataset.events)
        .into_iter()
        .map(|group| (group.period, group.events.into_iter().cloned().collect()))
        .collect();
    view! {
        <section id="timeline" class="timeline" tabindex="-1" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading" class="visually-hidden">{move || ui.strings().ui.timeline_label}</h2>
            <p class="result-count">{move || fill(ui.strings().ui.event_count, &[&total.to_string()])}</p>
            <ol class="timeline__years">
                {sections.into_iter().map(|(period, events)| view! { <YearSection period events /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn YearSection(period: Period, events: Vec<Event>) -> impl IntoView {
    let ui = use_ui();
    let heading = move || match period {
        Period::Year(year) => year.to_string(),
        Period::EveryYear => ui.strings().dates.every_year.to_string(),
    };
    let id = match period {
        Period::Year(year) => format!("year-{year}"),
        Period::EveryYear => "year-recurring".to_string(),
    };
    view! {
        <li class="year" id=id>
            <h3 class="year__heading">{heading}</h3>
            <ol class="year__events">
                {events.into_iter().map(|event| view! { <EventCard event /> }).collect_view()}
            </ol>
        </li>
    }
}
