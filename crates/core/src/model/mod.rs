//! What the timeline is made of: events and their dataset, dates that keep their precision,
//! years, the languages text is written in, and pictures.

pub(crate) mod category_set;
pub(crate) mod date;
pub(crate) mod event;
pub(crate) mod lang;
pub(crate) mod media;
pub(crate) mod name;
pub(crate) mod tag_set;
pub(crate) mod year;
