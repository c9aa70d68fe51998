//! The ✕ button that closes a panel (the event's detail, the filter sheet on phones): drawn as
//! an inline SVG so it never depends on a font's glyph, named "Đóng"/"Close" for screen readers.

use crate::state::use_ui;
use leptos::prelude::*;

/// A close button; `on_close` runs on click.
#[component]
pub fn CloseButton(on_close: impl Fn() + 'static) -> impl IntoView {
    let ui = use_ui();
    view! {
        <button type="button" class="detail__close" aria-label=move || ui.strings().ui.close on:click=move |_| on_close()>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/></svg>
        </button>
    }
}
