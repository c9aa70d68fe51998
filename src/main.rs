//! Dấu mốc: the Leptos client-side app. It only renders and wires signals; the domain
//! (parsing, dates, text) lives in `daumoc-core`.

mod app;
mod browser;
mod components;
mod data_source;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
