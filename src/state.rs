//! The app's state: the language, the view the URL describes, and notices about the URL.
//! Every change of view goes through [`AppState::update`], which also writes the address bar,
//! so the URL is always a shareable copy of what is on screen.

use crate::browser::{self, HistoryMode};
use crate::data_source::FileFailure;
use daumoc_core::{period_presets, PeriodPreset};
use daumoc_core::{Dataset, Event, Lang, Loaded, Localized, Problem, SourceFile};
use daumoc_core::{ParamProblem, ViewState};
use daumoc_core::{Query, SearchIndex};
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::OnceLock;

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
        let remembered = browser::preference("lang").and_then(|code| Lang::from_code(&code));
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

/// A loaded dataset with what is derived from it once, at load: the search index and the
/// period quick picks. Never rebuilt per keystroke.
pub struct Catalog {
    /// The dataset and its problems (of every file, when merged from an index).
    pub loaded: Loaded,
    /// Normalised text of every event, for search: folded on first use or once the first
    /// screen is painted (the explorer asks for it then), whichever comes first.
    index: OnceLock<SearchIndex>,
    /// Tags numbered for the filters, until `index` is there.
    facets: SearchIndex,
    /// Periods offered as quick picks.
    pub presets: Vec<PeriodPreset>,
    /// The files of the index the dataset was merged from, in listed order (`loaded.origins`
    /// points into it); empty for a single file.
    pub sources: Vec<SourceFile>,
    /// Files of the index that could not be loaded; the other files' events are shown.
    pub failures: Vec<FileFailure>,
    /// Position of each event by id, for permalinks and anniversaries.
    positions: HashMap<String, usize>,
}

impl Catalog {
    /// Indexes a freshly loaded dataset of one file.
    pub fn new(loaded: Loaded) -> Catalog {
        Catalog::with_sources(loaded, Vec::new(), Vec::new())
    }

    /// Indexes a dataset merged from the files of an index, with those that failed.
    pub fn with_sources(loaded: Loaded, sources: Vec<SourceFile>, failures: Vec<FileFailure>) -> Catalog {
        let facets = SearchIndex::without_text(&loaded.dataset);
        let presets = period_presets(&loaded.dataset);
        let positions = loaded.dataset.events.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect();
        Catalog { loaded, index: OnceLock::new(), facets, presets, sources, failures, positions }
    }

    /// The index to evaluate `query` with: the one without text serves an empty query until
    /// the full one is built, so the first screen does not wait for it.
    pub fn index_for(&self, query: &Query) -> &SearchIndex {
        match self.index.get() {
            Some(index) => index,
            None if query.is_empty() => &self.facets,
            None => self.search_index(),
        }
    }

    /// The full search index, built now if it is not yet.
    pub fn search_index(&self) -> &SearchIndex {
        self.index.get_or_init(|| SearchIndex::new(&self.loaded.dataset))
    }

    /// The label of the file the event with this id comes from; only when the dataset has
    /// several files, since with one it says nothing.
    pub fn origin_label(&self, id: &str) -> Option<&Localized> {
        if self.sources.len() < 2 {
            return None;
        }
        let origin = self.loaded.origin(self.position(id)?)?;
        self.sources.get(origin.file).map(|s| &s.label)
    }

    /// A problem as a line of the notice: prefixed by its file's path when files were merged.
    pub fn describe(&self, problem: &Problem, lang: Lang) -> String {
        match problem.file.and_then(|f| self.sources.get(f)) {
            Some(source) => format!("{}: {}", source.file, problem.describe(lang)),
            None => problem.describe(lang),
        }
    }

    /// The position of the event with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.positions.get(id).copied()
    }

    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.position(id).and_then(|p| self.events().get(p))
    }

    /// The dataset.
    pub fn dataset(&self) -> &Dataset {
        &self.loaded.dataset
    }

    /// The valid events, in time order.
    pub fn events(&self) -> &[Event] {
        &self.loaded.dataset.events
    }
}
