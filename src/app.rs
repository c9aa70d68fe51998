//! The root component: language, the dataset resource, and the page's layout.

use crate::browser::{query_param, set_document_title, set_root_attribute};
use crate::components::{DataNotice, LoadErrorView, Loading, SiteHeader, Timeline};
use crate::data_source::{data_url, load_dataset};
use daumoc_core::{Lang, Localized};
use leptos::prelude::*;

/// State shared by every component: the language of the interface.
#[derive(Clone, Copy)]
pub struct Ui {
    /// The language everything is shown in.
    pub lang: RwSignal<Lang>,
}

impl Ui {
    /// The interface strings of the current language (tracks the language).
    pub fn strings(&self) -> &'static daumoc_core::i18n::Strings {
        self.lang.get().strings()
    }
}

/// The shared state, provided by [`App`].
pub fn use_ui() -> Ui {
    expect_context::<Ui>()
}

/// Provides the shared state for a tree of components (the app, or a test).
pub fn provide_ui(lang: Lang) -> Ui {
    let ui = Ui { lang: RwSignal::new(lang) };
    provide_context(ui);
    ui
}

#[component]
pub fn App() -> impl IntoView {
    let initial = query_param("lang").and_then(|code| Lang::from_code(&code)).unwrap_or_default();
    let ui = provide_ui(initial);

    let url = data_url();
    let dataset = LocalResource::new(move || load_dataset(url.clone()));
    let title = Memo::new(move |_| dataset.get().and_then(Result::ok).and_then(|l| l.dataset.title.clone()));
    let subtitle =
        Memo::new(move |_| dataset.get().and_then(Result::ok).and_then(|l| l.dataset.subtitle.clone()));

    // The outside world: automation hook, the page's language and title.
    Effect::new(move || {
        let state = match dataset.get() {
            None => "loading",
            Some(Ok(_)) => "ready",
            Some(Err(_)) => "error",
        };
        set_root_attribute("data-state", state);
    });
    Effect::new(move || set_root_attribute("lang", ui.lang.get().code()));
    Effect::new(move || {
        let lang = ui.lang.get();
        let name = title.get().map(|t| t.text(lang).to_string());
        set_document_title(name.as_deref().unwrap_or(lang.strings().ui.default_title));
    });

    let retry = move || {
        set_root_attribute("data-state", "loading");
        dataset.refetch();
    };

    view! {
        <a class="skip-link" href="#timeline">{move || ui.strings().ui.skip_to_timeline}</a>
        <SiteHeader title=Signal::derive(move || title.get()) subtitle=Signal::derive(move || subtitle.get()) />
        <main id="main" class="page">
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match dataset.await {
                        Ok(loaded) => view! {
                            <DataNotice loaded=loaded.clone() />
                            <Timeline loaded=loaded />
                        }.into_any(),
                        Err(failure) => view! { <LoadErrorView failure=failure on_retry=retry /> }.into_any(),
                    }
                })}
            </Suspense>
        </main>
    }
}

/// Text of a dataset field in the current language, or a default from the table.
pub fn localized_or(text: Option<Localized>, lang: Lang, default: &'static str) -> String {
    text.map(|t| t.text(lang).to_string()).unwrap_or_else(|| default.to_string())
}
