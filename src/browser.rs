//! The few places where the app touches the browser outside Leptos: the page's URL,
//! the root element's attributes (automation hooks, language) and today's date.

use chrono::NaiveDate;

/// A query parameter of the page's current URL.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// The page's own URL (for resolving relative links and checking origins).
pub fn page_href() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

/// Sets an attribute of `<html>`: `data-state` for tests, `lang` for screen readers.
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute(name, value);
    }
}

/// Sets the document's title.
pub fn set_document_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Today in the visitor's time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or_default()
}
