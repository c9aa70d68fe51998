//! The app's state: the language, the view the URL describes, and notices about the URL.
//! Every change of view goes through [`AppState::update`], which also writes the address bar,
//! so the URL is always a shareable copy of what is on screen.

use crate::browser::{self, HistoryMode};
use daumoc_core::{Lang, ParamProblem, ViewState};
use leptos::prelude::*;

/// Shared state of every component.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The language everything is shown in.
    pub lang: RwSignal<Lang>,
    /// What is shown: filters, open event, anniversary year, screen.
    pub view: RwSignal<ViewState>,
    /// URL parameters that were ignored, shown once as a notice.
    pub notices: RwSignal<Vec<ParamProblem>>,
}

impl AppState {
    /// State read from the page's URL; the language falls back to the one remembered, then Vietnamese.
    pub fn from_url() -> AppState {
        let (view, problems) = ViewState::from_query_string(&browser::current_query());
        let remembered = browser::preference("lang").and_then(|code| code.parse::<Lang>().ok());
        let lang = view.lang.or(remembered).unwrap_or_default();
        AppState { lang: RwSignal::new(lang), view: RwSignal::new(view), notices: RwSignal::new(problems) }
    }

    /// A state with the default view (for components rendered on their own, as in tests).
    pub fn with_lang(lang: Lang) -> AppState {
        AppState {
            lang: RwSignal::new(lang),
            view: RwSignal::new(ViewState::default()),
            notices: RwSignal::new(Vec::new()),
        }
    }

    /// The interface strings of the current language (tracks the language).
    pub fn strings(&self) -> &'static daumoc_core::i18n::Strings {
        self.lang.get().strings()
    }

    /// Changes the view and records it in the address bar.
    pub fn update(&self, mode: HistoryMode, change: impl FnOnce(&mut ViewState)) {
        self.view.update(change);
        browser::write_query(&self.view.with_untracked(ViewState::to_query), mode);
    }

    /// Switches the language, remembers it, and puts it in the URL so shared links keep it.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        browser::set_preference("lang", lang.code());
        self.update(HistoryMode::Replace, |v| v.lang = Some(lang));
    }

    /// Re-reads the URL after Back or Forward.
    pub fn restore_from_url(&self) {
        browser::forget_typed();
        let (view, problems) = ViewState::from_query_string(&browser::current_query());
        if let Some(lang) = view.lang {
            self.lang.set(lang);
        }
        self.view.set(view);
        self.notices.set(problems);
    }

    /// The query of the current view with a change applied, for links ("?event=…").
    pub fn query_with(&self, change: impl FnOnce(&mut ViewState)) -> Vec<(String, String)> {
        let mut view = self.view.get_untracked();
        change(&mut view);
        view.to_query()
    }
}

/// The shared state, provided by the app.
pub fn use_ui() -> AppState {
    expect_context::<AppState>()
}

/// Provides a default state for a tree of components (the app's parts in tests).
pub fn provide_ui(lang: Lang) -> AppState {
    let state = AppState::with_lang(lang);
    provide_context(state);
    state
}
