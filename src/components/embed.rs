//! Embedding in a newsroom's article: the footer link of the embedded view, and the dialog of
//! the full app that writes the `<iframe>` code for the current view.

use crate::browser;
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::Localized;
use leptos::html::Dialog;
use leptos::prelude::*;

/// "Xem đầy đủ ↗": the same view in the full app, in a new tab (never the host's window).
#[component]
pub fn EmbedFooter(title: Signal<Option<Localized>>) -> impl IntoView {
    let ui = use_ui();
    let href = move || {
        let query = ui.view.with(|v| {
            let mut full = v.clone();
            full.embed = false;
            full.to_query()
        });
        browser::permalink(&query)
    };
    view! {
        <footer class="embed-footer">
            <span class="embed-footer__title">{move || title.get().map(|t| t.text(ui.lang.get()).to_string())}</span>
            <a href=href target="_blank" rel="noopener">{move || ui.strings().ui.view_full} " " <svg class="inline-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg></a>
        </footer>
    }
}

/// The "Nhúng" button and its dialog with the `<iframe>` code of the current view.
#[component]
pub fn EmbedDialog(#[prop(into)] title: Signal<String>) -> impl IntoView {
    let ui = use_ui();
    let dialog = NodeRef::<Dialog>::new();
    let copied = RwSignal::new(None::<bool>);
    let code = move || {
        let query = ui.view.with(|v| {
            let mut embedded = v.clone();
            embedded.embed = true;
            embedded.event = None;
            embedded.to_query()
        });
        let src = browser::permalink(&query);
        let name = fill(ui.strings().ui.iframe_title, &[&title.get()]);
        let script = format!("{}embed.js", browser::page_directory());
        format!(
            "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" allow=\"fullscreen\" style=\"width:100%;min-width:300px;height:640px;border:0\"></iframe>\n<script src=\"{}\" async></script>",
            escape_attribute(&src),
            escape_attribute(&name),
            escape_attribute(&script)
        )
    };
    let open = move |_| {
        copied.set(None);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let copy = move |_| {
        let text = code();
        leptos::task::spawn_local(async move { copied.set(Some(browser::copy_text(&text).await)) });
    };
    view! {
        <button type="button" class="nav__link nav__embed" on:click=open>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8 7l-5 5 5 5M16 7l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>
            {move || ui.strings().ui.embed}
        </button>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-title">
            <h2 id="embed-title" class="section-title section-title--large">{move || ui.strings().ui.embed_title}</h2>
            <p>{move || ui.strings().ui.embed_intro}</p>
            <textarea class="embed-dialog__code" readonly rows="6" prop:value=code on:focus=|ev| {
                use wasm_bindgen::JsCast;
                if let Some(t) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                    t.select();
                }
            }></textarea>
            <div class="embed-dialog__actions">
                <button type="button" class="button" on:click=copy>{move || ui.strings().ui.copy_code}</button>
                <span role="status">{move || match copied.get() {
                    Some(true) => ui.strings().ui.code_copied,
                    Some(false) => ui.strings().ui.copy_failed,
                    None => "",
                }}</span>
                <button type="button" class="link-button" on:click=move |_| if let Some(d) = dialog.get() { d.close() }>
                    {move || ui.strings().ui.close}
                </button>
            </div>
        </dialog>
    }
}

/// Escapes text for a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}
