//! The search box: instant, accent-insensitive, focused by `/`.

use crate::browser::{self, typing_in_field, HistoryMode};
use crate::state::use_ui;
use daumoc_core::Query;
use leptos::prelude::*;

#[component]
pub fn SearchBox() -> impl IntoView {
    let ui = use_ui();
    let input = NodeRef::<leptos::html::Input>::new();
    let value = Memo::new(move |_| ui.view.with(|v| v.filter.query.text().to_string()));
    browser::on_window(leptos::ev::keydown, move |ev| {
        if ev.key() == "/" && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() && !typing_in_field() {
            if let Some(el) = input.get() {
                ev.prevent_default();
                let _ = el.focus();
            }
        }
    });
    view! {
        <div class="search" role="search">
            <label class="visually-hidden" for="search-input">{move || ui.strings().ui.search_label}</label>
            <svg class="search__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2" />
                <path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
            </svg>
            <input
                id="search-input"
                class="search__input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="search"
                node_ref=input
                prop:value=move || value.get()
                placeholder=move || ui.strings().ui.search_placeholder
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    ui.update(HistoryMode::Typing, |v| v.filter.query = Query::parse(&text));
                }
            />
            <kbd class="search__hint" aria-hidden="true">"/"</kbd>
        </div>
    }
}
