//! Dấu mốc: the Leptos client-side app. It only renders and wires signals; the domain
//! (parsing, dates, search, filters, anniversaries, text) lives in `daumoc-core`. A library so
//! that components can be tested in the browser with wasm-bindgen-test; `main.rs` only mounts
//! [`app::App`].

pub mod app;
pub mod browser;
pub mod components;
pub mod crash;
pub mod data_source;
pub mod list_window;
pub mod state;

/// Mounts the app on `<body>`, with a panic hook that shows a readable message instead of a
/// frozen page.
pub fn start() {
    crash::install_hook();
    // The build puts a static list of every event in the page for browsers without WebAssembly
    // and for search engines; the app replaces it.
    if let Some(list) = browser::element("#static-list") {
        list.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
