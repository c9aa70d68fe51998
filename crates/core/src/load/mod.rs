//! Reading dataset files: JSON text to typed events (every problem reported, every valid event
//! kept), and several files listed by an index merged into one timeline.

pub(crate) mod parse;
pub(crate) mod sources;
