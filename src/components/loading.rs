//! What shows while the dataset is on its way.

use crate::state::use_ui;
use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    let ui = use_ui();
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="loading__bar" aria-hidden="true"></span>
            <p>{move || ui.strings().ui.loading}</p>
        </div>
    }
}
