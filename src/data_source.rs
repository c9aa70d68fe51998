//! Where the dataset comes from and how it is fetched: `data/index.json` beside the app, a list
//! of dataset files that are fetched in parallel and merged, or the same-origin URL in `?data=`.
//! Whatever the URL, the JSON decides what it is: an object with a `files` list (and no
//! `events`) is an index, anything else is read as a single dataset.

use crate::browser::{page_href, query_param};
use daumoc_core::{
    parse_dataset, read_data_file, resolve_media, Catalog, DataFile, DataFileError, FileFailure, LoadFailure,
    Loaded, SourceIndex,
};
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// How long each file may take before its request is abandoned (slow provincial connections
/// still fetch ~60 KB well within it).
pub const TIMEOUT_SECONDS: u32 = 15;

/// The bundled list of dataset files, relative to the page so that sub-path deployments work.
pub const DEFAULT_DATA_URL: &str = "data/index.json";

/// The URL to load: `?data=` when it is on this site, otherwise the bundled list of files.
pub fn data_url() -> Result<String, LoadFailure> {
    match query_param("data").filter(|d| !d.trim().is_empty()) {
        None => Ok(DEFAULT_DATA_URL.to_string()),
        Some(requested) => same_origin(&requested, None).ok_or(LoadFailure::ForeignUrl(requested)),
    }
}

// Only same-origin data: a page must not be made to show (and vouch for) another site's text.
// `relative_to` resolves a file listed in an index against the index's URL.
fn same_origin(requested: &str, relative_to: Option<&str>) -> Option<String> {
    let page_url = page_href()?;
    let page = web_sys::Url::new(&page_url).ok()?;
    let base = match relative_to {
        Some(index) => web_sys::Url::new_with_base(index, &page_url).ok()?.href(),
        None => page_url,
    };
    let target = web_sys::Url::new_with_base(requested, &base).ok()?;
    (target.origin() == page.origin()).then(|| target.href())
}

/// Fetches, parses and indexes the dataset, or the files of an index, merged.
pub async fn load_dataset(url: Result<String, LoadFailure>) -> Result<Arc<Catalog>, LoadFailure> {
    let url = url?;
    let bytes = fetch_bytes(&url).await?;
    match read_data_file(&bytes) {
        Ok(DataFile::Dataset(mut loaded)) => {
            resolve_media(&mut loaded.dataset, &url);
            Ok(Arc::new(Catalog::new(loaded)))
        }
        Ok(DataFile::Index(index)) => load_index(url, index).await,
        Err(DataFileError::Dataset(error)) => Err(LoadFailure::Data { url, error }),
        Err(DataFileError::Index(errors)) => Err(LoadFailure::Index { url, errors }),
    }
}

/// Every file of the index at once (each with its own timeout), then one merged catalog; a file
/// that fails becomes a notice unless they all fail.
async fn load_index(url: String, index: SourceIndex) -> Result<Arc<Catalog>, LoadFailure> {
    let listed: Vec<Result<String, LoadFailure>> = index
        .files
        .iter()
        .map(|f| same_origin(&f.file, Some(&url)).ok_or_else(|| LoadFailure::ForeignUrl(f.file.clone())))
        .collect();
    let results = futures::future::join_all(listed.iter().cloned().map(load_file)).await;
    let mut parts = Vec::with_capacity(results.len());
    let mut failures = Vec::new();
    for ((file, file_url), result) in index.files.iter().zip(listed).zip(results) {
        match result {
            Ok(loaded) => parts.push(Some(loaded)),
            Err(failure) => {
                let url = file_url.unwrap_or_else(|_| file.file.clone());
                failures.push(FileFailure { label: file.label.clone(), url, failure });
                parts.push(None);
            }
        }
    }
    if parts.iter().all(Option::is_none) {
        return Err(LoadFailure::AllFiles { url, failures });
    }
    let loaded = index.merge(parts);
    Ok(Arc::new(Catalog::with_sources(loaded, index.files, failures)))
}

/// One listed file: fetched and parsed as a dataset (an index inside an index is not one).
async fn load_file(url: Result<String, LoadFailure>) -> Result<Loaded, LoadFailure> {
    let url = url?;
    let bytes = fetch_bytes(&url).await?;
    let mut loaded = parse_dataset(&bytes).map_err(|error| LoadFailure::Data { url: url.clone(), error })?;
    // Pictures beside a listed file are relative to that file, not to the index.
    resolve_media(&mut loaded.dataset, &url);
    Ok(loaded)
}

/// The body of `url`, or why not.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadFailure> {
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
            LoadFailure::Timeout { url: url.to_string(), seconds: TIMEOUT_SECONDS }
        } else {
            LoadFailure::Network { url: url.to_string(), detail: e.to_string() }
        }
    };
    let request =
        gloo_net::http::Request::get(url).abort_signal(controller.as_ref().map(|c| c.signal()).as_ref());
    let sent = request.send().await;
    if let Some(timer) = timer {
        timer.clear();
    }
    let response = sent.map_err(network)?;
    if !response.ok() {
        return Err(LoadFailure::Http { url: url.to_string(), status: response.status() });
    }
    // The bytes, not `text()`: that decodes the file to a JavaScript string only for it to be
    // encoded back to UTF-8 in the wasm's memory (docs/decisions.md). The core reads them: a
    // byte order mark is dropped, and bytes that are not UTF-8 become a located problem.
    let raw = web_sys::Response::from(response);
    let failed = |e: wasm_bindgen::JsValue| {
        let detail = e.dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
        network(gloo_net::Error::GlooError(detail))
    };
    let body = raw.array_buffer().map_err(failed)?;
    let body = wasm_bindgen_futures::JsFuture::from(body).await.map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}
