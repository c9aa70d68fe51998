//! The events whose text matches a query, found once per query and narrowed as it grows: typing
//! "dai hoi" one letter at a time scans every event's text for "d" only, then each next query
//! among the events the one before found.

use crate::query::search::{Query, SearchIndex};

/// The positions of the events whose text matches a query (see [`SearchIndex::find`]), kept in
/// an [`crate::Evaluation`] for narrowing the next search.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct TextMatches {
    query: Query,
    /// How many events the index that found them had folded: another index's positions are not
    /// reused.
    indexed: usize,
    /// Ascending; `None` for the empty query, which matches every event.
    positions: Option<Vec<usize>>,
}

impl TextMatches {
    /// The matching positions in ascending order, or `None` when every event matches (the
    /// empty query).
    pub(crate) fn positions(&self) -> Option<&[usize]> {
        self.positions.as_deref()
    }
}

impl Query {
    /// Whether every event matching this query also matches `earlier`: each of `earlier`'s words
    /// is part of one of this query's words ("dai h" refines "dai", "bac son" refines "so").
    pub fn refines(&self, earlier: &Query) -> bool {
        earlier.words().iter().all(|w| self.words().iter().any(|own| own.contains(w.as_str())))
    }
}

impl SearchIndex {
    /// The events matching `query`. When `previous` (the last search with this index) is one
    /// that `query` refines, only its matches are searched again.
    pub(crate) fn find(&self, query: &Query, previous: Option<&TextMatches>) -> TextMatches {
        let positions = if query.is_empty() {
            None
        } else {
            let narrowed = previous
                .filter(|p| p.indexed == self.len() && query.refines(&p.query))
                .and_then(|p| Some((p.positions.as_deref()?, &p.query)));
            Some(match narrowed {
                // Among the earlier query's matches, only the words it did not have: it found
                // the others already.
                Some((found, earlier)) => {
                    let rest = query.beyond(earlier);
                    found.iter().copied().filter(|&i| self.matches(i, &rest)).collect()
                }
                None => (0..self.len()).filter(|&i| self.matches(i, query)).collect(),
            })
        };
        TextMatches { query: query.clone(), indexed: self.len(), positions }
    }
}
