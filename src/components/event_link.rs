//! A link to an event's detail: a real `?event=` link (it can be opened in a new tab, copied or
//! shared) that a plain click opens in place, with a history entry.

use crate::browser::HistoryMode;
use crate::state::use_ui;
use daumoc_core::encode_query;
use leptos::prelude::*;

#[component]
pub fn EventLink(id: String, class: &'static str, children: Children) -> impl IntoView {
    let ui = use_ui();
    let href = format!("?{}", encode_query(&[("event".to_string(), id.clone())]));
    let open = move |ev: leptos::ev::MouseEvent| {
        // Ctrl/⌘/Shift-click and middle clicks keep their usual meaning (new tab or window).
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        ev.prevent_default();
        let id = id.clone();
        ui.update(HistoryMode::Push, move |v| v.event = Some(id));
    };
    view! { <a class=class href=href on:click=open>{children()}</a> }
}
