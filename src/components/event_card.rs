//! One event on the timeline: date, title (a link to its detail), summary, badges, source, its
//! first picture as a thumbnail, and the button that picks it for a lesson.

use crate::components::{
    CategoryBadge, EventLink, LessonToggle, LocalizedText, Picture, PictureSize, CARD_CHARS,
};
use crate::state::use_ui;
use daumoc_core::{clip, event_date, level_name, Event, Query};
use leptos::prelude::*;

#[component]
pub fn EventCard(event: Event, #[prop(into, optional)] query: Option<Signal<Query>>) -> impl IntoView {
    let ui = use_ui();
    let query = query.unwrap_or_else(|| Signal::stored(Query::default()));
    let Event { id, title, summary, date, category, level, place, source, media, .. } = event.clone();
    let has_picture = !media.is_empty();
    let thumb = media.into_iter().next().map(|m| view! { <Picture media=m size=PictureSize::Thumb /> });
    let date_text = move || event_date(&event, ui.lang.get());
    let source_line = source.map(|s| {
        let label = clip(s.title.as_deref().unwrap_or(&s.document), CARD_CHARS).into_owned();
        view! {
            <p class="event__source">
                <span>{move || ui.strings().ui.source}": "</span>
                <cite>{label}</cite>
            </p>
        }
    });
    view! {
        <li class=format!("event cat-{}", category.id()) data-event-id=id.clone()>
            <article class="event__card" class:event__card--picture=has_picture>
                {thumb}
                <p class="event__date"><time datetime=date.to_iso()>{date_text}</time></p>
                <h4 class="event__title">
                    <EventLink id=id.clone() class="event__link">
                        <LocalizedText text=title query />
                    </EventLink>
                </h4>
                {summary.map(|s| view! { <p class="event__summary"><LocalizedText text=s query max_chars=CARD_CHARS /></p> })}
                <p class="event__badges">
                    <CategoryBadge category />
                    <span class="badge">{move || level_name(level, ui.lang.get())}</span>
                    {place.map(|p| view! { <span class="badge badge--place"><LocalizedText text=p /></span> })}
                </p>
                {source_line}
                <LessonToggle id=id.clone() />
            </article>
        </li>
    }
}
