//! Where the dataset comes from and how it is fetched: `data/events.json` beside the app,
//! or the same-origin URL in `?data=`.

use crate::browser::{page_href, query_param};
use crate::state::Catalog;
use daumoc_core::i18n::fill;
use daumoc_core::{parse_dataset, Lang, LoadError};
use std::sync::Arc;

/// How long the dataset may take before the request is abandoned (slow provincial connections
/// still fetch ~60 KB well within it).
pub const TIMEOUT_SECONDS: u32 = 15;

/// The bundled dataset, relative to the page so that sub-path deployments work.
pub const DEFAULT_DATA_URL: &str = "data/events.json";

/// Why no dataset could be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadFailure {
    /// `?data=` is not a URL of this site.
    ForeignUrl(String),
    /// The request did not complete.
    Network { url: String, detail: String },
    /// The server did not answer in time.
    Timeout { url: String, seconds: u32 },
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The file was fetched but is not a usable dataset.
    Data { url: String, error: LoadError },
}

impl LoadFailure {
    /// What went wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = &lang.strings().ui;
        match self {
            LoadFailure::ForeignUrl(url) => fill(t.foreign_data_url, &[url]),
            LoadFailure::Network { url, detail } => fill(t.fetch_failed, &[url, detail]),
            LoadFailure::Timeout { url, seconds } => fill(t.timeout, &[url, &seconds.to_string()]),
            LoadFailure::Http { url, status } => fill(t.http_status, &[&status.to_string(), url]),
            LoadFailure::Data { url, error } => format!("{url}: {}", error.message(lang)),
        }
    }
}

/// The URL to load: `?data=` when it is on this site, otherwise the bundled file.
pub fn data_url() -> Result<String, LoadFailure> {
    match query_param("data").filter(|d| !d.trim().is_empty()) {
        None => Ok(DEFAULT_DATA_URL.to_string()),
        Some(requested) => same_origin(&requested).ok_or(LoadFailure::ForeignUrl(requested)),
    }
}

// Only same-origin data: a page must not be made to show (and vouch for) another site's text.
fn same_origin(requested: &str) -> Option<String> {
    let base = page_href()?;
    let page = web_sys::Url::new(&base).ok()?;
    let target = web_sys::Url::new_with_base(requested, &base).ok()?;
    (target.origin() == page.origin()).then(|| target.href())
}

/// Fetches, parses and indexes the dataset.
pub async fn load_dataset(url: Result<String, LoadFailure>) -> Result<Arc<Catalog>, LoadFailure> {
    let url = url?;
    // A request that never answers is aborted, so the visitor gets a message and a retry button
    // instead of an endless loading bar.
    let controller = web_sys::AbortController::new().ok();
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let timer = controller.clone().and_then(|c| {
        let timed_out = timed_out.clone();
        leptos::prelude::set_timeout_with_handle(
            move || {
                timed_out.set(true);
                c.abort();
            },
            std::time::Duration::from_secs(u64::from(TIMEOUT_SECONDS)),
        )
        .ok()
    });
    let network = |e: gloo_net::Error| {
        if timed_out.get() {
            LoadFailure::Timeout { url: url.clone(), seconds: TIMEOUT_SECONDS }
        } else {
            LoadFailure::Network { url: url.clone(), detail: e.to_string() }
        }
    };
    let request =
        gloo_net::http::Request::get(&url).abort_signal(controller.as_ref().map(|c| c.signal()).as_ref());
    let sent = request.send().await;
    if let Some(timer) = timer {
        timer.clear();
    }
    let response = sent.map_err(network)?;
    if !response.ok() {
        return Err(LoadFailure::Http { url, status: response.status() });
    }
    let text = response.text().await.map_err(network)?;
    parse_dataset(&text).map(|l| Arc::new(Catalog::new(l))).map_err(|error| LoadFailure::Data { url, error })
}
