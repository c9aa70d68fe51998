//! One event on the timeline: date, title, summary, badges and source.

use crate::app::use_ui;
use crate::components::CategoryBadge;
use daumoc_core::format::{event_date, level_name};
use daumoc_core::{Event, Lang, Localized};
use leptos::prelude::*;

#[component]
pub fn EventCard(event: Event) -> impl IntoView {
    let ui = use_ui();
    let Event { id, title, summary, date, category, level, place, source, .. } = event.clone();
    let date_text = move || event_date(&event, ui.lang.get());
    let source_line = source.map(|s| {
        let published = s.published.map(|p| p.to_string());
        let url = s.url.clone();
        view! {
            <p class="event__source">
                <span class="event__source-label">{move || ui.strings().ui.source}": "</span>
                {match url {
                    Some(href) => view! { <a href=href rel="noopener noreferrer" target="_blank">{s.title.clone().unwrap_or_else(|| s.document.clone())}</a> }.into_any(),
                    None => view! { <cite>{s.title.clone().unwrap_or_else(|| s.document.clone())}</cite> }.into_any(),
                }}
                {s.title.is_some().then(|| format!(" · {}", s.document))}
                {published.map(|p| view! { " · " {move || ui.strings().ui.published} " " {p.clone()} })}
            </p>
        }
    });
    view! {
        <li class=format!("event cat-{}", category.id()) data-event-id=id.clone()>
            <article class="event__card" aria-labelledby=format!("title-{id}")>
                <p class="event__date"><time datetime=date.to_iso()>{date_text}</time></p>
                <h4 class="event__title" id=format!("title-{id}")><LocalizedText text=title /></h4>
                {summary.map(|s| view! { <p class="event__summary"><LocalizedText text=s /></p> })}
                <p class="event__badges">
                    <CategoryBadge category />
                    <span class="badge">{move || level_name(level, ui.lang.get())}</span>
                    {place.map(|p| view! { <span class="badge badge--place"><LocalizedText text=p /></span> })}
                </p>
                {source_line}
            </article>
        </li>
    }
}

/// Dataset text in the current language; untranslated text keeps `lang="vi"` and a marker.
#[component]
pub fn LocalizedText(text: Localized) -> impl IntoView {
    let ui = use_ui();
    let text_for = text.clone();
    let fell_back = Memo::new(move |_| text.get(ui.lang.get()).1);
    view! {
        <span lang=move || if fell_back.get() { Some(Lang::Vi.code()) } else { None }>
            {move || text_for.text(ui.lang.get()).to_string()}
        </span>
        {move || fell_back.get().then(|| view! {
            <span class="untranslated">" (" {ui.strings().ui.untranslated} ")"</span>
        })}
    }
}
