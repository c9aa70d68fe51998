//! Dấu mốc: the Leptos client-side app. It only renders and wires signals; the domain
//! (parsing, dates, search, filters, anniversaries, text) lives in `daumoc-core`. A library so
//! that components can be tested in the browser with wasm-bindgen-test; `main.rs` only mounts
//! [`app::App`].

pub mod app;
pub mod browser;
pub mod components;
pub mod data_source;
pub mod state;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
