//! A dataset that could not be loaded: what went wrong, and a way to try again. When every file
//! of an index failed, each file is listed with its label, URL and reason.

use crate::state::use_ui;
use daumoc_core::LoadFailure;
use leptos::prelude::*;

#[component]
pub fn LoadErrorView(failure: LoadFailure, on_retry: impl Fn() + 'static) -> impl IntoView {
    let ui = use_ui();
    let files = failure.files().to_vec();
    let message = move || {
        let lang = ui.lang.get();
        failure.heading(lang).unwrap_or_else(|| failure.message(lang))
    };
    view! {
        <section class="load-error" role="alert">
            <h2>{move || ui.strings().ui.load_failed}</h2>
            <p class="load-error__message">{message}</p>
            {(!files.is_empty()).then(move || view! {
                <ul class="load-error__files">
                    {move || {
                        let lang = ui.lang.get();
                        files.iter().map(|f| view! { <li data-url=f.url.clone()>{f.message(lang)}</li> }).collect_view()
                    }}
                </ul>
            })}
            <button type="button" class="button" on:click=move |_| on_retry()>
                {move || ui.strings().ui.retry}
            </button>
        </section>
    }
}
