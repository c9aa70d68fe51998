//! The root component: state from the URL, the dataset loading, and the page's frame.

use crate::browser::{self, set_document_title, set_root_attribute, HistoryMode};
use crate::components::{Deferred, EmbedFooter, Explorer, LoadErrorView, Loading, SiteHeader, StoppedNotice};
use crate::data_source::{data_url, load_dataset};
use crate::state::AppState;
use crate::takeover::{self, Typed};
use daumoc_core::{Catalog, Lang, LoadFailure, Localized, Query};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

#[component]
pub fn App() -> impl IntoView {
    let ui = AppState::from_url();
    provide_context(ui);

    // The dataset in a plain signal filled by a spawned task: `None` while it loads. A
    // `LocalResource` read through `<Suspense>` does the same with about 17 KB more wasm.
    let url = data_url();
    let dataset = RwSignal::new(None::<Result<Arc<Catalog>, LoadFailure>>);
    let load = move || {
        dataset.set(None);
        let url = url.clone();
        leptos::task::spawn_local(async move {
            let loaded = load_dataset(url).await;
            browser::next_task().await;
            dataset.set(Some(loaded));
        });
    };
    load();
    let title =
        Memo::new(move |_| dataset.get().and_then(Result::ok).and_then(|c| c.dataset().title.clone()));
    let subtitle =
        Memo::new(move |_| dataset.get().and_then(Result::ok).and_then(|c| c.dataset().subtitle.clone()));

    // The outside world: automation hook, the page's language and title, Back and Forward.
    // "ready" (or "error") once the app's own screen has replaced the pre-rendered one.
    Effect::new(move || {
        let state = match dataset.get() {
            None => return set_root_attribute("data-state", "loading"),
            Some(Ok(_)) => "ready",
            Some(Err(_)) => "error",
        };
        takeover::finish(
            move |typed| carry_search(ui, typed),
            move || set_root_attribute("data-state", state),
        );
    });
    Effect::new(move || set_root_attribute("lang", ui.lang.get().code()));
    // The page's title and description follow the open event, so a shared link previews it.
    Effect::new(move || {
        let lang = ui.lang.get();
        let site = title.get().map(|t| t.text(lang).to_string());
        let site = site.as_deref().unwrap_or(lang.strings().ui.default_title);
        let catalog = dataset.get().and_then(Result::ok);
        let open = ui.view.with(|v| v.event.clone());
        match open.as_deref().and_then(|id| catalog.as_ref()?.event(id).cloned()) {
            Some(event) => {
                set_document_title(&format!("{} — {site}", event.title.text(lang)));
                if let Some(summary) = &event.summary {
                    browser::set_meta_description(summary.text(lang));
                }
            }
            None => {
                set_document_title(site);
                if let Some(sub) = subtitle.get() {
                    browser::set_meta_description(sub.text(lang));
                }
            }
        }
    });
    let _popstate = window_event_listener(leptos::ev::popstate, move |_| ui.restore_from_url());
    browser::write_typed_on_leaving();
    // Embedded in a newsroom's article: compact chrome, and the frame follows the content height.
    let embedded = ui.view.with_untracked(|v| v.embed);
    if embedded {
        browser::set_root_class("is-embed", true);
        if browser::in_frame() {
            browser::watch_content_height(browser::post_height);
        }
    }

    if crate::components::groups_open_at_start(embedded) {
        crate::chunks::load_filter_groups_early();
    }

    let retry = move || {
        set_root_attribute("data-state", "loading");
        load();
    };

    // While the data loads, only the loading notice shows: the header's height depends on the
    // data (its subtitle), so a header shown before it would push the page down when it arrives
    // (a layout shift of 0.06 on a phone for every shared link). The header and the page are
    // built at the start all the same, hidden, so the task that renders the data stays short.
    let loading = Memo::new(move |_| dataset.with(Option::is_none));
    view! {
        <a class="skip-link" href="#main">{move || ui.strings().ui.skip_to_timeline}</a>
        {move || loading.get().then(|| view! { <div class="page"><Loading /></div> })}
        <div hidden=move || loading.get()>
            {(!embedded).then(|| view! {
                <Deferred><SiteHeader title=Signal::derive(move || title.get()) subtitle=Signal::derive(move || subtitle.get()) /></Deferred>
            })}
            <main id="main" class="page" tabindex="-1">
                {embedded.then(|| view! {
                    <h1 class="visually-hidden">{move || localized_or(title.get(), ui.lang.get(), ui.strings().ui.default_title)}</h1>
                })}
                {move || match dataset.get() {
                    None => ().into_any(),
                    Some(Ok(catalog)) => view! { <Explorer catalog /> }.into_any(),
                    Some(Err(failure)) => view! { <LoadErrorView failure=failure on_retry=retry.clone() /> }.into_any(),
                }}
            </main>
            {embedded.then(|| view! { <EmbedFooter title=Signal::derive(move || title.get()) /> })}
        </div>
        <StoppedNotice />
    }
}

/// A search typed into the pre-rendered box before the app started: applied, and the caret put
/// back where it was.
fn carry_search(ui: AppState, typed: Typed) {
    ui.update(HistoryMode::Replace, |v| v.filter.query = Query::parse(&typed.text));
    let Some((start, end)) = typed.focus else { return };
    if let Some(input) = browser::element("#search-input").and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    {
        input.set_value(&typed.text);
        let _ = input.focus();
        let _ = input.set_selection_range(start, end);
    }
}

/// Text of a dataset field in the current language, or a default from the table.
pub fn localized_or(text: Option<Localized>, lang: Lang, default: &'static str) -> String {
    text.map(|t| t.text(lang).to_string()).unwrap_or_else(|| default.to_string())
}
