//! Reading dataset files: JSON text to typed events (every problem reported, every valid event
//! kept), several files listed by an index merged into one timeline, the loaded whole with what
//! is derived from it once, and why a file could not be shown.

pub(crate) mod catalog;
pub(crate) mod failure;
pub(crate) mod fields;
pub(crate) mod json_syntax;
pub(crate) mod json_tree;
pub(crate) mod parse;
pub(crate) mod sources;
#[cfg(feature = "tools")]
pub(crate) mod stepwise_parse;
pub(crate) mod utf8;
