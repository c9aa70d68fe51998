//! What the visitor sees if the app ever panics, in builds whose panics unwind (`trunk serve`,
//! the tests): instead of a frozen page, a panic hook replaces the page with a plain message and
//! a reload button, built with DOM calls only (nothing of the crashed app is needed). The
//! shipping build turns a panic into a trap that runs no hook; there the page's loader shows
//! [`crate::components::StoppedNotice`] instead, with the same words.

use crate::browser::set_root_attribute;
use daumoc_core::Lang;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Turns every panic into the crash view on `<body>`.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            render_into(&body, &detail);
        }
    }));
}

/// Replaces the content of `parent` with the crash message (in the page's language) and a
/// reload button; `detail` goes into a folded technical note for whoever reports the problem.
pub fn render_into(parent: &web_sys::HtmlElement, detail: &str) {
    set_root_attribute("data-state", "error");
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let lang = doc
        .document_element()
        .and_then(|r| r.get_attribute("lang"))
        .and_then(|code| code.parse::<Lang>().ok())
        .unwrap_or_default();
    let t = &lang.strings().ui;
    let element = |tag: &str, class: &str, text: &str| {
        let el = doc.create_element(tag).ok()?;
        if !class.is_empty() {
            el.set_class_name(class);
        }
        el.set_text_content(Some(text));
        Some(el)
    };
    let (Some(section), Some(title), Some(message), Some(button), Some(note)) = (
        element("section", "load-error crash", ""),
        element("h1", "", t.crash_title),
        element("p", "", t.crash_message),
        element("button", "button", t.crash_reload),
        element("pre", "crash__detail", detail),
    ) else {
        return;
    };
    let _ = section.set_attribute("role", "alert");
    let _ = button.set_attribute("type", "button");
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
    reload.forget();
    for child in [&title, &message, &button, &note] {
        let _ = section.append_child(child);
    }
    parent.set_text_content(None);
    let _ = parent.append_child(&section);
}
