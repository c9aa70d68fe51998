//! A visible notice listing the events of the file that were skipped as invalid.

use crate::app::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::Loaded;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn DataNotice(loaded: Arc<Loaded>) -> impl IntoView {
    let ui = use_ui();
    let skipped = loaded.skipped_count();
    let has_errors = !loaded.is_valid();
    let empty = loaded.dataset.events.is_empty();
    has_errors.then(move || {
        let problems = move || {
            let lang = ui.lang.get();
            loaded.errors().map(|p| view! { <li>{p.describe(lang)}</li> }).collect_view()
        };
        view! {
            <details class="data-notice" open role="status">
                <summary>{move || fill(ui.strings().ui.skipped_events, &[&skipped.to_string()])}</summary>
                <ul class="data-notice__list">{problems}</ul>
                {empty.then(|| view! { <p>{move || ui.strings().ui.empty_dataset}</p> })}
            </details>
        }
    })
}
