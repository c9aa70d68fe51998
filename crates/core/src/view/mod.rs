//! What the app shows, minus the rendering: dates and names written for people, the URL as view
//! state and the links built from it, a teacher's lesson, and the windowed list's geometry.

pub(crate) mod format;
pub(crate) mod lesson;
pub(crate) mod links;
pub(crate) mod list_layout;
pub(crate) mod url_state;
