//! Files in and out: the calendar (ICS) for visitors; with `tools`, the static HTML list (written
//! into the page by the build), dataset JSON, CSV and TimelineJS for editors.

#[cfg(feature = "tools")]
pub(crate) mod csv;
#[cfg(feature = "tools")]
pub(crate) mod csv_layout;
#[cfg(feature = "tools")]
pub(crate) mod html_list;
#[cfg(feature = "tools")]
pub(crate) mod html_text;
pub(crate) mod ics;
#[cfg(feature = "tools")]
pub(crate) mod json;
#[cfg(feature = "tools")]
pub(crate) mod spreadsheet;
#[cfg(feature = "tools")]
pub(crate) mod text_encoding;
#[cfg(feature = "tools")]
pub(crate) mod timelinejs;
#[cfg(feature = "tools")]
pub(crate) mod timelinejs_csv;
#[cfg(feature = "tools")]
pub(crate) mod timelinejs_slides;
#[cfg(feature = "tools")]
pub(crate) mod xlsx;
#[cfg(feature = "tools")]
pub(crate) mod xlsx_rows;
