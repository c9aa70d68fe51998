//! A visible notice listing the events of the file that were skipped as invalid.

use crate::state::{use_ui, Catalog};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn DataNotice(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let skipped = catalog.loaded.skipped_count();
    let empty = catalog.events().is_empty();
    (!catalog.loaded.is_valid()).then(move || {
        let problems = move || {
            let lang = ui.lang.get();
            catalog.loaded.errors().map(|p| view! { <li>{p.describe(lang)}</li> }).collect_view()
        };
        view! {
            <details class="data-notice" open role="status">
                <summary>{move || ui.strings().ui.skipped_events.fill(skipped, &[&skipped.to_string()])}</summary>
                <ul class="data-notice__list">{problems}</ul>
                {empty.then(|| view! { <p>{move || ui.strings().ui.empty_dataset}</p> })}
            </details>
        }
    })
}
