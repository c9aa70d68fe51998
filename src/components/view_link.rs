//! A link to another view of the same page (the timeline, a year's anniversaries): a real href,
//! built by [`browser::href`] so that it keeps `data=` and whatever else the view does not own,
//! that a plain click follows in place, with a history entry.

use crate::browser::{self, HistoryMode};
use crate::state::use_ui;
use daumoc_core::ViewState;
use leptos::prelude::*;

/// True for a plain left click, which the app follows in place; Ctrl/⌘/Shift-clicks and middle
/// clicks keep their usual meaning (a new tab or window, from the link's href).
pub(crate) fn opens_in_place(ev: &leptos::ev::MouseEvent) -> bool {
    !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0)
}

/// `<a>` to the current view changed by `change`; `current` marks it `aria-current="page"`.
#[component]
pub fn ViewLink(
    change: impl Fn(&mut ViewState) + Copy + Send + Sync + 'static,
    class: &'static str,
    #[prop(optional, into)] current: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let ui = use_ui();
    let href = move || {
        ui.view.track();
        browser::href(&ui.query_with(change))
    };
    let follow = move |ev: leptos::ev::MouseEvent| {
        if opens_in_place(&ev) {
            ev.prevent_default();
            ui.update(HistoryMode::Push, change);
        }
    };
    view! {
        <a class=class href=href aria-current=move || current.get().then_some("page") on:click=follow>
            {children()}
        </a>
    }
}
