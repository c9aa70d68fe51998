//! Dấu mốc: the Leptos client-side app. It only renders and wires signals; the domain
//! (parsing, dates, search, filters, anniversaries, text) lives in `daumoc-core`. A library so
//! that components can be tested in the browser with wasm-bindgen-test; `main.rs` only mounts
//! [`app::App`].

pub mod app;
pub mod browser;
pub mod chunks;
pub mod components;
pub mod crash;
pub mod data_source;
#[cfg(feature = "editor")]
pub mod editor;
pub mod list_window;
pub mod state;
pub mod takeover;

/// Mounts the app (over the pre-rendered first screen when the page shows one, see
/// [`takeover`]), with a panic hook that shows a readable message instead of a frozen page
/// (where panics unwind; see [`crash`]).
pub fn start() {
    crash::install_hook();
    // In a task of its own: the one that compiles and starts the wasm is long enough on a phone.
    leptos::prelude::set_timeout(
        || leptos::mount::mount_to(takeover::app_root(), app::App).forget(),
        std::time::Duration::ZERO,
    );
}
