//! A link to an event's detail: a real `?event=` link (it can be opened in a new tab, copied or
//! shared, and keeps `data=`: see [`browser::href`]) that a plain click opens in place, with a
//! history entry.

use crate::browser::{self, HistoryMode};
use crate::components::view_link::opens_in_place;
use crate::state::use_ui;
use leptos::prelude::*;

#[component]
pub fn EventLink(id: String, class: &'static str, children: Children) -> impl IntoView {
    let ui = use_ui();
    // The event's permalink: what the current URL has beyond the view's own parameters (`data=`)
    // does not change while the page is open, so the href is built once.
    let href = browser::href(&[("event".to_string(), id.clone())]);
    let open = move |ev: leptos::ev::MouseEvent| {
        if !opens_in_place(&ev) {
            return;
        }
        ev.prevent_default();
        let id = id.clone();
        ui.update(HistoryMode::Push, move |v| v.event = Some(id));
    };
    view! { <a class=class href=href on:click=open>{children()}</a> }
}
