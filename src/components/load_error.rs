//! A dataset that could not be loaded: what went wrong, and a way to try again.

use crate::data_source::LoadFailure;
use crate::state::use_ui;
use leptos::prelude::*;

#[component]
pub fn LoadErrorView(failure: LoadFailure, on_retry: impl Fn() + 'static) -> impl IntoView {
    let ui = use_ui();
    view! {
        <section class="load-error" role="alert">
            <h2>{move || ui.strings().ui.load_failed}</h2>
            <p class="load-error__message">{move || failure.message(ui.lang.get())}</p>
            <button type="button" class="button" on:click=move |_| on_retry()>
                {move || ui.strings().ui.retry}
            </button>
        </section>
    }
}
