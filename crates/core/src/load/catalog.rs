//! A loaded dataset with what is derived from it once, at load: the search index, the period
//! quick picks, positions by id, and the files it was merged from.

use crate::check::problem::Problem;
use crate::load::failure::FileFailure;
use crate::load::parse::Loaded;
use crate::load::sources::SourceFile;
use crate::model::event::{Dataset, Event};
use crate::model::lang::{Lang, Localized};
use crate::query::filter::{period_presets, PeriodPreset};
use crate::query::search::{Query, SearchIndex};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A loaded dataset with what is derived from it once, at load: the search index and the
/// period quick picks. Never rebuilt per keystroke.
pub struct Catalog {
    /// The dataset and its problems (of every file, when merged from an index).
    pub loaded: Loaded,
    /// Normalised text of every event, for search: folded on first use, or in steps once the
    /// first screen is painted (the explorer's), whichever completes first.
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

    /// A search index without text yet, for folding it in steps ([`SearchIndex::fold_more`]) so
    /// that a large dataset's index is built in short tasks after the first screen; `None` once
    /// the index is there.
    pub fn search_index_to_fold(&self) -> Option<SearchIndex> {
        self.index.get().is_none().then(|| SearchIndex::without_text(&self.loaded.dataset))
    }

    /// Folds up to `count` more events' text into `index` (from [`Self::search_index_to_fold`])
    /// and keeps it as the search index once complete; true once the catalog has its index, this
    /// one or one a search built meanwhile, so that no step folds text for nothing.
    pub fn fold_search_index(&self, index: &mut SearchIndex, count: usize) -> bool {
        if self.index.get().is_some() {
            return true;
        }
        if !index.fold_more(&self.loaded.dataset, count) {
            return false;
        }
        let _ = self.index.set(std::mem::take(index));
        true
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

    /// True when visitors are to be told of something in the data: a listed file that could not
    /// be loaded, events left out as invalid, or text that is not UTF-8.
    pub fn has_notices(&self) -> bool {
        !self.failures.is_empty() || !self.loaded.is_valid() || self.loaded.unreadable_text().next().is_some()
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
