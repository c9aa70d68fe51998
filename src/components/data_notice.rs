//! Visible notices about the data: files of the index that could not be loaded, files whose
//! text is not UTF-8 (letters shown as �), and the events that were skipped as invalid (each
//! named with its file when there are several).

use crate::components::SourceNotice;
use crate::state::use_ui;
use daumoc_core::Catalog;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn DataNotice(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let skipped = catalog.loaded.skipped_count();
    let empty = catalog.events().is_empty();
    let sources = view! { <SourceNotice catalog=catalog.clone() /> };
    // One paragraph of text (a new view type per notice costs the wasm more than its words).
    let unreadable = catalog.loaded.unreadable_text().next().is_some().then(|| {
        let catalog = catalog.clone();
        let text = move || {
            let lang = ui.lang.get();
            catalog.loaded.unreadable_text().map(|p| catalog.describe(p, lang)).collect::<Vec<_>>().join(" ")
        };
        view! { <p class="data-notice" role="status">{text}</p> }
    });
    let invalid = (!catalog.loaded.is_valid()).then(move || {
        let problems = move || {
            let lang = ui.lang.get();
            catalog.loaded.errors().map(|p| view! { <li>{catalog.describe(p, lang)}</li> }).collect_view()
        };
        view! {
            <details class="data-notice" open role="status">
                <summary>{move || ui.strings().ui.skipped_events.fill(skipped, &[&skipped.to_string()])}</summary>
                <ul class="data-notice__list">{problems}</ul>
                {empty.then(|| view! { <p>{move || ui.strings().ui.empty_dataset}</p> })}
            </details>
        }
    });
    view! { {sources} {unreadable} {invalid} }
}
