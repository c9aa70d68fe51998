//! The few places where the app touches the browser outside Leptos: the URL and history,
//! the root element's attributes, storage, the clipboard, focus and scrolling, today's date.

use chrono::NaiveDate;
use daumoc_core::{compose_query, decode_query};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// The page's query string, with its `?` (empty when there is none).
pub fn current_query() -> String {
    window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// A query parameter of the page's current URL.
pub fn query_param(name: &str) -> Option<String> {
    decode_query(&current_query()).into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// The page's own URL (for resolving relative links and checking origins).
pub fn page_href() -> Option<String> {
    window()?.location().href().ok()
}

/// How a change of view reaches the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry: the back button returns to the previous view.
    Push,
    /// The same entry, updated: Back does not replay every step (a slide, the language).
    Replace,
    /// The same entry, updated once typing pauses for [`TYPING_PAUSE_MS`]: a history write per
    /// keystroke costs a slow phone's main thread (Chromium also fetches and decodes the page's
    /// icon again after each), and browsers limit how often a page may write its history.
    Typing,
}

/// How long typing pauses before the address bar follows it.
pub const TYPING_PAUSE_MS: u64 = 400;

thread_local! {
    /// The address typing has not written yet, and which keystroke's timer may write it.
    static TYPED: std::cell::RefCell<(Option<String>, u32)> = const { std::cell::RefCell::new((None, 0)) };
}

/// The href (`?…`, relative to the page) of the view whose own parameters are `owned`; the
/// current URL's parameters that the view does not own (`data` …) are kept (see
/// [`compose_query`]).
pub fn href(owned: &[(String, String)]) -> String {
    format!("?{}", compose_query(&current_query(), owned))
}

/// Writes the view's query into the address bar. Parameters that the view does not own
/// (`data` …) are kept as they are (see [`compose_query`]).
pub fn write_query(owned: &[(String, String)], mode: HistoryMode) {
    // What typing left unwritten goes first, so a new entry follows the typed one.
    if mode != HistoryMode::Typing {
        write_typed();
    }
    let Some(w) = window() else { return };
    let query = compose_query(&current_query(), owned);
    let location = w.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    // The same address is no new step: clicking the view one is on must not make Back need
    // two presses. (Compared with the address as written here, path onwards, not `href`.)
    let unchanged = url == format!("{path}{}{hash}", location.search().unwrap_or_default());
    if mode == HistoryMode::Typing {
        // Only the last keystroke's timer writes (an older one finds a newer keystroke).
        let keystroke = TYPED.with_borrow_mut(|(typed, keystroke)| {
            *typed = (!unchanged).then_some(url);
            *keystroke = keystroke.wrapping_add(1);
            *keystroke
        });
        let pause = std::time::Duration::from_millis(TYPING_PAUSE_MS);
        let last = move || TYPED.with_borrow(|t| t.1 == keystroke);
        leptos::prelude::set_timeout(
            move || {
                if last() {
                    write_typed()
                }
            },
            pause,
        );
        return;
    }
    if !unchanged {
        write_url(&url, mode);
    }
}

/// Writes now what typing left unwritten (before another step, or when the page is left).
fn write_typed() {
    if let Some(url) = TYPED.with_borrow_mut(|t| t.0.take()) {
        write_url(&url, HistoryMode::Replace);
    }
}

/// Drops what typing left unwritten (Back or Forward has changed the page's address).
pub fn forget_typed() {
    TYPED.with_borrow_mut(|t| t.0 = None);
}

/// Writes what typing left unwritten when the page is left, so Back returns to the search as
/// typed.
pub fn write_typed_on_leaving() {
    let Some(w) = window() else { return };
    let on_leave = Closure::<dyn Fn()>::new(write_typed);
    let _ = w.add_event_listener_with_callback("pagehide", on_leave.as_ref().unchecked_ref());
    on_leave.forget();
}

fn write_url(url: &str, mode: HistoryMode) {
    let Some(history) = window().and_then(|w| w.history().ok()) else { return };
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(url)),
        HistoryMode::Replace | HistoryMode::Typing => {
            history.replace_state_with_url(&JsValue::NULL, "", Some(url))
        }
    };
}

/// The absolute URL of this page showing the view whose own parameters are `owned` (for "copy
/// link" and the `<iframe>` code); like [`href`], it keeps `data` and the other parameters the
/// view does not own.
pub fn permalink(owned: &[(String, String)]) -> String {
    let Some(w) = window() else { return String::new() };
    let origin = w.location().origin().unwrap_or_default();
    let path = w.location().pathname().unwrap_or_default();
    let query = compose_query(&current_query(), owned);
    if query.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{query}")
    }
}

/// Runs `f` before the next repaint (at once where there is no window).
pub fn next_frame(f: impl FnOnce() + 'static) {
    match window() {
        Some(w) => {
            let callback = Closure::once_into_js(f);
            let _ = w.request_animation_frame(callback.unchecked_ref());
        }
        None => f(),
    }
}

/// Resolves in a later task (a `setTimeout` of 0): the app's start is split there, so the browser
/// can paint and answer input between the page's frame and the timeline, and no one task is long.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, _reject| match web_sys::window() {
        Some(window) => {
            let _ = window.set_timeout_with_callback(&resolve);
        }
        None => {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Sets an attribute of `<html>`: `data-state` for tests, `lang` for screen readers.
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute(name, value);
    }
}

/// Sets the document's title, if it is another (a keystroke changes the view, seldom the title).
pub fn set_document_title(title: &str) {
    if let Some(doc) = document().filter(|d| d.title() != title) {
        doc.set_title(title);
    }
}

/// Copies text to the clipboard; false where the browser refuses.
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// True on screens wide enough for the side panel.
pub fn is_wide() -> bool {
    window().and_then(|w| w.match_media("(min-width: 64rem)").ok().flatten()).is_some_and(|m| m.matches())
}

/// The element matching a CSS selector.
pub fn element(selector: &str) -> Option<web_sys::HtmlElement> {
    element_any(selector)?.dyn_into().ok()
}

/// Moves focus to the element matching a CSS selector.
pub fn focus(selector: &str) {
    if let Some(el) = element(selector) {
        let _ = el.focus();
    }
}

/// Scrolls the element with this id to the top of the view.
pub fn scroll_to_id(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Scrolls the page so that `element`'s top is `top` from the top of the screen again, when it
/// has drifted by more than half a pixel.
pub fn keep_at(element: &web_sys::Element, top: f64) {
    let drift = element.get_bounding_client_rect().top() - top;
    if drift.abs() > 0.5 {
        if let Some(w) = window() {
            w.scroll_by_with_x_and_y(0.0, drift);
        }
    }
}

/// True when keyboard focus is in a text field (so single-letter shortcuts must not fire).
pub fn typing_in_field() -> bool {
    document().and_then(|d| d.active_element()).is_some_and(|el| {
        let tag = el.tag_name().to_ascii_lowercase();
        tag == "input" || tag == "textarea" || tag == "select" || el.has_attribute("contenteditable")
    })
}

/// Today in the visitor's time zone.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or_default()
}

/// Listens to a window event for as long as the calling component is mounted. Components come
/// and go with the screens; a listener that outlived its component would read disposed signals.
pub fn on_window<E>(event: E, handler: impl Fn(E::EventType) + 'static)
where
    E: leptos::tachys::html::event::EventDescriptor + 'static,
    E::EventType: wasm_bindgen::JsCast,
{
    let handle = leptos::prelude::window_event_listener(event, handler);
    leptos::prelude::on_cleanup(move || handle.remove());
}

/// Whether the page is shown full screen.
pub fn is_fullscreen() -> bool {
    document().and_then(|d| d.fullscreen_element()).is_some()
}

/// Enters or leaves full screen (the Fullscreen API; silently nothing where it is refused).
pub fn toggle_fullscreen() {
    let Some(doc) = document() else { return };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Adds or removes a class on `<html>` (e.g. to stop the page scrolling behind a presentation).
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let list = root.class_list();
        let _ = if on { list.add_1(class) } else { list.remove_1(class) };
    }
}

const PREFERENCE_PREFIX: &str = "daumoc.";

/// A small preference remembered on this device (presentation theme, text size).
pub fn preference(name: &str) -> Option<String> {
    window()?.local_storage().ok()??.get_item(&format!("{PREFERENCE_PREFIX}{name}")).ok()?
}

/// Remembers a preference (silently skipped where storage is blocked).
pub fn set_preference(name: &str, value: &str) {
    if let Some(storage) = window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(&format!("{PREFERENCE_PREFIX}{name}"), value);
    }
}

/// True when the page runs inside a frame of another page.
pub fn in_frame() -> bool {
    window().and_then(|w| w.parent().ok().flatten()).zip(window()).is_some_and(|(parent, me)| parent != me)
}

/// Tells the embedding page how tall the content is, in every format newsroom CMSs understand:
/// our own `{type: "daumoc:height", height}`, pym.js (`pymxPYMx<childId>xPYMxheightxPYMx<px>`)
/// and Datawrapper (`{"datawrapper-height": {<id>: px}}`). Heights are not secret, so `*` is the
/// target origin; the host script checks where messages come from.
pub fn post_height(height: i32) {
    use js_sys::{Object, Reflect};
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else { return };
    let own = Object::new();
    let _ = Reflect::set(&own, &"type".into(), &"daumoc:height".into());
    let _ = Reflect::set(&own, &"height".into(), &height.into());
    let _ = parent.post_message(&own, "*");
    let id = query_param("childId").unwrap_or_else(|| "daumoc".to_string());
    let pym = format!("pymxPYMx{id}xPYMxheightxPYMx{height}");
    let _ = parent.post_message(&JsValue::from_str(&pym), "*");
    let heights = Object::new();
    let _ = Reflect::set(&heights, &JsValue::from_str(&id), &height.into());
    let datawrapper = Object::new();
    let _ = Reflect::set(&datawrapper, &"datawrapper-height".into(), &heights);
    let _ = parent.post_message(&datawrapper, "*");
}

/// Calls `report` with the page's content height now and whenever it changes (ResizeObserver),
/// and when a hidden tab becomes visible. Lives as long as the page.
pub fn watch_content_height(report: impl Fn(i32) + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(doc) = document() else { return };
    let Some(root) = doc.document_element() else { return };
    let last = std::rc::Rc::new(std::cell::Cell::new(-1));
    let measure = {
        let root = root.clone();
        std::rc::Rc::new(move || {
            let height = root.get_bounding_client_rect().height().ceil() as i32;
            if height != last.get() {
                last.set(height);
                report(height);
            }
        })
    };
    let on_resize = {
        let measure = measure.clone();
        Closure::<dyn Fn()>::new(move || measure())
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        if let Some(body) = doc.body() {
            observer.observe(&body);
        }
    }
    on_resize.forget();
    let on_visible = Closure::<dyn Fn()>::new(move || measure());
    let _ = doc.add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
    on_visible.forget();
}

/// The page's URL directory (origin and path up to the last `/`), for links to files beside it.
pub fn page_directory() -> String {
    let Some(w) = window() else { return String::new() };
    let origin = w.location().origin().unwrap_or_default();
    let path = w.location().pathname().unwrap_or_default();
    let dir = path.rfind('/').map_or("/", |i| &path[..=i]);
    format!("{origin}{dir}")
}

/// True in the compact view made for an `<iframe>` (`embed=1`).
pub fn is_embedded() -> bool {
    document().and_then(|d| d.document_element()).is_some_and(|r| r.class_list().contains("is-embed"))
}

/// Offers `text` as a file download (a Blob URL clicked through a temporary link).
pub fn download(filename: &str, mime: &str, text: &str) {
    offer(filename, mime, &JsValue::from_str(text));
}

/// Offers `bytes` (a workbook, say) as a file download, as [`download`] does text.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) {
    offer(filename, mime, &js_sys::Uint8Array::from(bytes));
}

/// One part, text or bytes, as a Blob clicked through a temporary link.
fn offer(filename: &str, mime: &str, part: &JsValue) {
    let Some(doc) = document() else { return };
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_blob_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = doc.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        link.set_href(&url);
        link.set_download(filename);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Seconds since 1970 by the visitor's clock (for the DTSTAMP of exported calendars).
pub fn unix_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// Sets `<meta name="description">` (shared links and search engines show it).
pub fn set_meta_description(text: &str) {
    if let Some(meta) = element_any("meta[name=description]") {
        if meta.get_attribute("content").as_deref() != Some(text) {
            let _ = meta.set_attribute("content", text);
        }
    }
}

fn element_any(selector: &str) -> Option<web_sys::Element> {
    document()?.query_selector(selector).ok()?
}

/// Whether the browser offers the system share sheet (phones mostly).
pub fn can_share() -> bool {
    window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the system share sheet with a title and a link; false when it was refused or cancelled.
pub async fn share(title: &str, url: &str) -> bool {
    use js_sys::{Function, Object, Reflect};
    let Some(w) = window() else { return false };
    let navigator = w.navigator();
    let Ok(share) = Reflect::get(&navigator, &"share".into()).and_then(|f| f.dyn_into::<Function>()) else {
        return false;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    match share.call1(&navigator, &data).map(|p| p.unchecked_into::<js_sys::Promise>()) {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}
