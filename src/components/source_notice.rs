//! A visible notice naming the files of the index that could not be loaded, and why, while
//! the other files' events show.

use crate::state::use_ui;
use daumoc_core::Catalog;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn SourceNotice(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let count = catalog.failures.len();
    (count > 0).then(move || {
        let files = move || {
            let lang = ui.lang.get();
            catalog
                .failures
                .iter()
                .map(|f| {
                    // The reason names the URL (every load failure's message does).
                    view! {
                        <li data-url=f.url.clone()>
                            <strong>{f.label.text(lang).to_string()}</strong>
                            ": "
                            {f.failure.message(lang)}
                        </li>
                    }
                })
                .collect_view()
        };
        view! {
            <section class="data-notice source-notice" role="status">
                <p><strong>{move || ui.strings().sources.files_failed.fill(count, &[&count.to_string()])}</strong></p>
                <ul class="data-notice__list">{files}</ul>
            </section>
        }
    })
}
