//! A teacher's lesson: "Chọn để trình chiếu" on cards and in the detail adds or removes an event;
//! the tray lists the picked events in order, to reorder (buttons, so keyboards and touch work,
//! not only a mouse), remove, clear and present. The lesson lives in the URL (`ids=`), so the
//! presentation's link can be bookmarked or sent; the rules are the core's [`Lesson`].

use crate::browser::HistoryMode;
use crate::components::EventLink;
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::{Catalog, Lesson, Mode};
use leptos::prelude::*;
use std::sync::Arc;

/// Adds the event to the lesson, or takes it out (a toggle button: `aria-pressed`).
#[component]
pub fn LessonToggle(id: String) -> impl IntoView {
    let ui = use_ui();
    let picked = {
        let id = id.clone();
        Memo::new(move |_| ui.view.with(|v| v.lesson.contains(&id)))
    };
    let toggle = move |_| {
        let id = id.clone();
        ui.update(HistoryMode::Replace, move |v| v.lesson.toggle(&id));
    };
    view! {
        <button type="button" class="lesson-toggle" aria-pressed=move || picked.get().to_string() on:click=toggle>
            <span aria-hidden="true">{move || if picked.get() { "✓ " } else { "+ " }}</span>
            {move || if picked.get() { ui.strings().media.picked } else { ui.strings().media.pick }}
        </button>
    }
}

/// The picked events, in the order of the lesson, with their controls; nothing when empty.
#[component]
pub fn LessonTray(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let lesson = Memo::new(move |_| ui.view.with(|v| v.lesson.clone()));
    let change =
        move |f: Box<dyn FnOnce(&mut Lesson)>| ui.update(HistoryMode::Replace, move |v| f(&mut v.lesson));
    let present = move |_| {
        ui.update(HistoryMode::Push, |v| {
            v.mode = Mode::Present;
            v.slide = None;
            v.event = None;
        })
    };
    move || {
        let current = lesson.get();
        if current.is_empty() {
            return None;
        }
        let count = current.len();
        let rows = current
            .ids()
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let title = catalog.event(id).map(|e| e.title.clone()).unwrap_or_default();
                let name = move || title.text(ui.lang.get()).to_string();
                let (up, down, out) = (id.clone(), id.clone(), id.clone());
                let (n1, n2, n3) = (name.clone(), name.clone(), name.clone());
                view! {
                    <li class="lesson__item">
                        <span class="lesson__number">{i + 1}"."</span>
                        <EventLink id=id.clone() class="lesson__title">{name}</EventLink>
                        <span class="lesson__buttons">
                            <button type="button" class="lesson__button" disabled=i == 0
                                aria-label=move || fill(ui.strings().media.move_up, &[&n1()])
                                on:click=move |_| { let id = up.clone(); change(Box::new(move |l| { l.shift(&id, -1); })) }>"↑"</button>
                            <button type="button" class="lesson__button" disabled=i + 1 == count
                                aria-label=move || fill(ui.strings().media.move_down, &[&n2()])
                                on:click=move |_| { let id = down.clone(); change(Box::new(move |l| { l.shift(&id, 1); })) }>"↓"</button>
                            <button type="button" class="lesson__button"
                                aria-label=move || fill(ui.strings().media.remove, &[&n3()])
                                on:click=move |_| { let id = out.clone(); change(Box::new(move |l| l.remove(&id))) }>"✕"</button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="lesson" aria-labelledby="lesson-title">
                <h2 id="lesson-title" class="lesson__heading">
                    {move || ui.strings().media.lesson_title.fill(count, &[&count.to_string()])}
                </h2>
                <ol class="lesson__list">{rows}</ol>
                <p class="lesson__help">{move || ui.strings().media.tray_help}</p>
                <p class="lesson__actions">
                    <button type="button" class="button" on:click=present>{move || ui.strings().media.present}</button>
                    <button type="button" class="link-button" on:click=move |_| change(Box::new(|l| l.clear()))>
                        {move || ui.strings().media.clear}
                    </button>
                </p>
            </section>
        })
    }
}
