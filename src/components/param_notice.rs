//! A short notice of URL parameters that were ignored; the page works on without them.

use crate::state::use_ui;
use leptos::prelude::*;

#[component]
pub fn ParamNotice() -> impl IntoView {
    let ui = use_ui();
    move || {
        let problems = ui.notices.get();
        (!problems.is_empty()).then(|| {
            let items = move || {
                let lang = ui.lang.get();
                problems.iter().map(|p| view! { <li>{p.message(lang)}</li> }).collect_view()
            };
            view! {
                <div class="param-notice" role="status">
                    <p>{move || ui.strings().ui.param_notice}</p>
                    <ul>{items}</ul>
                    <button type="button" class="link-button" on:click=move |_| ui.notices.set(Vec::new())>
                        {move || ui.strings().ui.dismiss}
                    </button>
                </div>
            }
        })
    }
}
