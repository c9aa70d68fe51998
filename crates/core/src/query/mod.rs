//! Questions asked of the events: search, filters and their counts, the year-grouped timeline,
//! round anniversaries, and the editors' counts.

pub(crate) mod anniversary;
pub(crate) mod filter;
mod lowercase;
pub(crate) mod matches;
pub(crate) mod search;
#[cfg(feature = "tools")]
pub(crate) mod stats;
pub(crate) mod timeline;
