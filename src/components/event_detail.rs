//! The detail of the open event (`?event=`): a side panel on wide screens, a full-height dialog on
//! phones. Esc or the close button closes it, and focus returns to the event's card.

use crate::browser::{self, HistoryMode};
use crate::components::DETAIL_CHARS;
use crate::components::{CategoryBadge, CloseButton, LessonToggle, LocalizedText, Picture, PictureSize};
use crate::list_window::ListWindow;
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::{clip, event_date, level_name, long_date, years_ago, Catalog, Event, Lang, Localized};
use leptos::html::Dialog;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn EventDetail(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let dialog = NodeRef::<Dialog>::new();
    let open_id = Memo::new(move |_| ui.view.with(|v| v.event.clone()));
    let event = {
        let catalog = catalog.clone();
        Memo::new(move |_| open_id.get().and_then(|id| catalog.event(&id).cloned()))
    };
    // The dialog element is the outside world here: open and close it as the URL says, and give
    // focus back to the card that was opened.
    let list = use_context::<ListWindow>();
    let positions = catalog.clone();
    Effect::new(move |previous: Option<Option<String>>| {
        let id = event.with(|e| e.as_ref().map(|e| e.id.clone()));
        if let Some(d) = dialog.get() {
            match (&id, d.open()) {
                // A frame later: on first load the dialog is built before it is in the document,
                // and a modal dialog can only open once it is.
                (Some(_), false) => request_animation_frame(move || open_dialog(&d)),
                (None, true) => d.close(),
                _ => {}
            }
        }
        if let (None, Some(Some(closed))) = (&id, previous) {
            // A long list is rendered in part: an event opened from a link may not be in the
            // page, so the timeline scrolls to it first.
            match (list, positions.position(&closed)) {
                (Some(list), Some(position)) => list.reveal_and_focus(position, closed),
                _ => browser::focus(&format!("[data-event-id=\"{closed}\"] .event__link")),
            }
        }
        id
    });
    let close = move || ui.update(HistoryMode::Push, |v| v.event = None);
    view! {
        <dialog
            id="event-detail"
            class="detail"
            node_ref=dialog
            aria-labelledby="detail-title"
            on:cancel=move |ev: leptos::ev::Event| {
                ev.prevent_default();
                close();
            }
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    close();
                }
            }
        >
            {move || event.get().map(|e| {
                let origin = catalog.origin_label(&e.id).cloned();
                view! { <DetailBody event=e origin on_close=close /> }
            })}
        </dialog>
    }
}

/// Opens the dialog as a side panel (wide screens) or a modal dialog (phones), focus on Close.
fn open_dialog(d: &web_sys::HtmlDialogElement) {
    if d.open() {
        return;
    }
    // Modal only on phones; where a modal cannot open, a plain dialog still shows the event.
    let modal = !browser::is_wide() && !browser::is_embedded();
    if !modal || d.show_modal().is_err() {
        d.show();
    }
    crate::takeover::when_shown(|| browser::focus("#event-detail .detail__close"));
}

/// `origin`: the label of the data file the event comes from, when the dataset has several.
#[component]
fn DetailBody(
    event: Event,
    origin: Option<Localized>,
    on_close: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let ui = use_ui();
    let today = browser::today();
    let Event {
        id,
        title,
        summary,
        date,
        category,
        level,
        place,
        tags,
        reference,
        source,
        note,
        media,
        links,
        ..
    } = event.clone();
    let pictures =
        media.into_iter().map(|m| view! { <Picture media=m size=PictureSize::Full /> }).collect_view();
    let links = (!links.is_empty()).then(|| {
        let items = links
            .into_iter()
            .map(|l| {
                // Only http(s) links reach here: the parser drops every other scheme.
                view! {
                    <li><a href=l.url rel="noopener noreferrer" target="_blank">{move || l.label.text(ui.lang.get()).to_string()} " ↗"</a></li>
                }
            })
            .collect_view();
        view! {
            <section class="detail__links">
                <h3>{move || ui.strings().media.see_also}</h3>
                <ul>{items}</ul>
            </section>
        }
    });
    let dated = event.clone();
    let long = move || {
        let lang = ui.lang.get();
        match dated.end {
            Some(_) => event_date(&dated, lang),
            None => long_date(&date, lang),
        }
    };
    let ago = move || years_ago(&date, today, ui.lang.get());
    let has_tags = !tags.is_empty();
    let title_text = {
        let title = title.clone();
        Signal::derive(move || title.text(ui.lang.get()).to_string())
    };
    view! {
        <div class="detail__header">
            <CloseButton on_close=move || on_close() />
        </div>
        <article class=format!("detail__body cat-{}", category.id())>
            <p class="detail__date">
                <time datetime=date.to_iso()>{long}</time>
                {move || ago().map(|a| view! { <span class="detail__ago">" · " {a}</span> })}
            </p>
            <h2 id="detail-title" class="detail__title"><LocalizedText text=title /></h2>
            {summary.map(|s| view! { <p class="detail__summary"><LocalizedText text=s /></p> })}
            {pictures}
            <LessonToggle id=id.clone() />
            <dl class="detail__facts">
                <dt>{move || ui.strings().ui.category}</dt>
                <dd><CategoryBadge category /></dd>
                <dt>{move || ui.strings().ui.level}</dt>
                <dd>{move || level_name(level, ui.lang.get())}</dd>
                {origin.map(|o| view! {
                    <dt>{move || ui.strings().sources.origin}</dt>
                    <dd class="detail__origin"><LocalizedText text=o /></dd>
                })}
                {place.map(|p| view! { <dt>{move || ui.strings().ui.place}</dt><dd><LocalizedText text=p /></dd> })}
                {reference.map(|r| {
                    let issuer = r.issuer.clone();
                    view! {
                        <dt>{move || ui.strings().ui.reference}</dt>
                        <dd>
                            <span class="detail__number">{r.number.clone()}</span>
                            {move || issuer.as_ref().map(|i| format!(", {}", fill(ui.strings().ui.issued_by, &[i.text(ui.lang.get())])))}
                        </dd>
                    }
                })}
                {has_tags.then(|| view! { <dt>{move || ui.strings().ui.tags}</dt><dd><TagList event=event.clone() /></dd> })}
            </dl>
            {note.map(|n| view! {
                <aside class="detail__note">
                    <h3>{move || ui.strings().ui.note}</h3>
                    <p><LocalizedText text=n /></p>
                </aside>
            })}
            {links}
            {source.map(|s| view! { <SourceBlock source=s /> })}
            <CopyLink id title=title_text />
        </article>
    }
}

#[component]
fn TagList(event: Event) -> impl IntoView {
    let ui = use_ui();
    let catalog = expect_context::<Arc<Catalog>>();
    move || {
        let lang = ui.lang.get();
        let labels: Vec<String> =
            event.tags.iter().map(|t| catalog.dataset().tag_label(t).text(lang).to_string()).collect();
        labels.join(", ")
    }
}

#[component]
fn SourceBlock(source: daumoc_core::Source) -> impl IntoView {
    let ui = use_ui();
    let daumoc_core::Source { document, title, published, url, quote } = source;
    view! {
        <section class="detail__source">
            <h3>{move || ui.strings().ui.source}</h3>
            {title.map(|t| view! { <p><cite>{clip(&t, DETAIL_CHARS).into_owned()}</cite></p> })}
            <p class="detail__document">
                {move || ui.strings().ui.source_document} ": " <code>{document.clone()}</code>
                {published.map(|p| view! { " · " {move || ui.strings().ui.published} " " {p.to_string()} })}
            </p>
            {quote.map(|q| view! {
                <blockquote class="detail__quote" lang=Lang::Vi.code()>
                    <p>{clip(&q, DETAIL_CHARS).into_owned()}</p>
                </blockquote>
            })}
            // Only http(s) links reach here: the parser drops every other scheme.
            {url.map(|u| view! {
                <p><a href=u rel="noopener noreferrer" target="_blank">{move || ui.strings().ui.open_source} " " <svg class="inline-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg></a></p>
            })}
        </section>
    }
}

#[component]
fn CopyLink(id: String, title: Signal<String>) -> impl IntoView {
    let ui = use_ui();
    let status = RwSignal::new(None::<bool>);
    let link = browser::permalink(&[("event".to_string(), id)]);
    let shown = link.clone();
    let shared = link.clone();
    let share = move |_| {
        let (title, link) = (title.get_untracked(), shared.clone());
        leptos::task::spawn_local(async move {
            browser::share(&title, &link).await;
        });
    };
    let copy = move |_| {
        let link = link.clone();
        leptos::task::spawn_local(async move {
            status.set(Some(browser::copy_text(&link).await));
        });
    };
    view! {
        <div class="detail__share">
            <button type="button" class="button" on:click=copy>{move || ui.strings().ui.copy_link}</button>
            {browser::can_share().then(|| view! {
                <button type="button" class="button button--secondary" on:click=share>{move || ui.strings().ui.share}</button>
            })}
            <p class="detail__share-status" role="status" aria-live="polite">
                {move || match status.get() {
                    Some(true) => Some(ui.strings().ui.link_copied),
                    Some(false) => Some(ui.strings().ui.copy_failed),
                    None => None,
                }}
            </p>
            {move || (status.get() == Some(false)).then(|| view! {
                <input class="detail__link" type="text" readonly prop:value=shown.clone() on:focus=|ev| {
                    use wasm_bindgen::JsCast;
                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        input.select();
                    }
                } />
            })}
        </div>
    }
}
