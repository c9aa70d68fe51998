//! Taking over the pre-rendered first screen (`#prerender`, written into the page by the build,
//! see `scripts/prerender.mjs`): the app builds its own screen invisibly at the same place, then,
//! once its data is in, swaps the two within one frame. The layouts are the same, so nothing
//! moves: the card at the top of the screen stays where it was (and with it the scroll position,
//! unless the copy skipped laying out years above it); a search typed into the pre-rendered box is
//! carried over.

use daumoc_core::is_slug;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, HtmlInputElement};

const PRERENDER: &str = "prerender";
const PENDING: &str = "app--pending";

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// The pre-rendered screen, when the page shows it (the early script hides it for any other
/// view or language, and the CSS for browsers without JavaScript).
fn shown_prerender(doc: &Document) -> Option<HtmlElement> {
    let hidden = doc.document_element()?.class_list().contains("prerender-off");
    let prerender = doc.get_element_by_id(PRERENDER)?;
    if hidden {
        // Never shown: gone at once, so no hidden copy shares the page with the app.
        prerender.remove();
        return None;
    }
    prerender.dyn_into().ok()
}

/// The element the app mounts into: beside a shown pre-rendered screen, over it and invisible
/// until [`finish`]; otherwise at the end of `<body>`.
pub fn app_root() -> HtmlElement {
    let doc = document().expect("a page");
    let root: HtmlElement = doc.create_element("div").expect("a div").unchecked_into();
    root.set_id("app");
    match shown_prerender(&doc) {
        Some(prerender) => {
            LIST_TOP.set(list_top(&prerender));
            root.set_class_name(PENDING);
            let _ = root.set_attribute("aria-hidden", "true");
            let _ = prerender.before_with_node_1(&root);
        }
        None => {
            let _ = doc.body().expect("a body").append_child(&root);
        }
    }
    root
}

/// Where the pre-rendered timeline's list starts on the page (not on the screen), when the copy
/// shows it. The app's list starts at the same place, since the two screens share one layout.
/// Read before the app adds anything, while the page's layout is still clean.
fn list_top(prerender: &HtmlElement) -> Option<f64> {
    let list = prerender.query_selector("#pr-timeline .timeline__years").ok()??;
    let rect = list.get_bounding_client_rect();
    // A shared link's view hides the copy's list (src/early.js): no place to go by.
    if rect.height() <= 0.0 {
        return None;
    }
    Some(rect.top() + web_sys::window()?.scroll_y().ok()?)
}

/// Where the app's timeline list will start on the page, known before it is built when the
/// pre-rendered copy shows its list (see [`list_top`]); `None` otherwise, and for any list built
/// after the first (the copy is gone by then).
pub fn take_expected_list_top() -> Option<f64> {
    LIST_TOP.take()
}

/// A part of the app's screen still to be built in a later task ([`crate::components::Deferred`]):
/// the pre-rendered screen stays up, and `data-state` stays "loading", until it is dropped.
pub struct Building(());

impl Building {
    /// Counts one more part to wait for.
    pub fn start() -> Building {
        BUILDING.set(BUILDING.get() + 1);
        Building(())
    }
}

impl Drop for Building {
    fn drop(&mut self) {
        BUILDING.set(BUILDING.get() - 1);
        if BUILDING.get() == 0 {
            // Looked at again in the next frame: a part built meanwhile may have started another
            // (the filter groups' chunk, from the filter panel).
            for f in WHEN_BUILT.take() {
                when_built(f);
            }
        }
    }
}

/// Runs `f` in the frame after every part of the screen is built: the parts of a build are
/// counted from the task that starts it, so this waits a frame before it looks.
fn when_built(f: impl FnOnce() + 'static) {
    crate::browser::next_frame(move || {
        if BUILDING.get() == 0 {
            f()
        } else {
            WHEN_BUILT.with_borrow_mut(|queue| queue.push(Box::new(f)));
        }
    });
}

thread_local! {
    static BUILDING: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    static WHEN_BUILT: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
    static LIST_TOP: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
    static ON_SHOWN: std::cell::RefCell<Vec<Box<dyn FnOnce()>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` once the app's screen is shown: at once, or right after the swap while it is built
/// unseen (focus cannot go into an invisible screen).
pub fn when_shown(f: impl FnOnce() + 'static) {
    let pending = document()
        .and_then(|d| d.get_element_by_id("app"))
        .is_some_and(|app| app.class_list().contains(PENDING));
    if pending {
        ON_SHOWN.with(|queue| queue.borrow_mut().push(Box::new(f)));
    } else {
        f();
    }
}

/// What the visitor typed into the pre-rendered search box, and whether it had the focus with
/// this selection.
pub struct Typed {
    /// The text of the box.
    pub text: String,
    /// The selection (start, end) when the box had the focus.
    pub focus: Option<(u32, u32)>,
}

/// Swaps the pre-rendered screen for the app's once every part of the app's screen is built and
/// laid out, then calls `done`. `typed` receives a search typed before the app started.
pub fn finish(typed: impl FnOnce(Typed) + 'static, done: impl FnOnce() + 'static) {
    let Some(doc) = document() else { return done() };
    if doc.get_element_by_id(PRERENDER).is_none() {
        return when_built(done);
    }
    let swap = move || {
        let search = typed_search(&doc);
        let y = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
        let anchor = top_card(&doc);
        if let Some(prerender) = doc.get_element_by_id(PRERENDER) {
            prerender.remove();
        }
        if let Some(app) = doc.get_element_by_id("app") {
            let _ = app.class_list().remove_1(PENDING);
            let _ = app.remove_attribute("aria-hidden");
        }
        if let Some(w) = web_sys::window() {
            if w.scroll_y().ok() != Some(y) {
                w.scroll_to_with_x_and_y(0.0, y);
            }
            if let Some((id, top)) = anchor {
                if let Some(card) = app_card(&id, &doc) {
                    crate::browser::keep_at(&card, top);
                }
            }
        }
        // After the swap: the app's box can only take the focus once it is visible.
        if let Some(search) = search {
            typed(search);
        }
        for f in ON_SHOWN.with(|queue| std::mem::take(&mut *queue.borrow_mut())) {
            f();
        }
        done();
    };
    // Two frames after the last part is built: the app's screen is laid out (and the timeline's
    // rows measured) in a task before the one that replaces the copy.
    when_built(move || crate::browser::next_frame(swap));
}

/// The copy skips laying out the years off screen (`content-visibility: auto` in the stylesheet),
/// so above a place the visitor jumped to, its page can be taller or shorter than the app's: the
/// card at the top of the screen is what stays put, not the scroll offset alone. Returns the
/// card's id and its top on the screen.
fn top_card(doc: &Document) -> Option<(String, f64)> {
    let cards = doc.query_selector_all("#prerender .event").ok()?;
    (0..cards.length()).find_map(|i| {
        let card: web_sys::Element = cards.item(i)?.unchecked_into();
        let rect = card.get_bounding_client_rect();
        (rect.bottom() > 0.0).then(|| card.get_attribute("data-event-id").map(|id| (id, rect.top())))?
    })
}

/// The app's card of the event `id`, when the app has built it.
fn app_card(id: &str, doc: &Document) -> Option<web_sys::Element> {
    // Ids are slugs (the core refuses others), so the selector needs no escaping.
    let selector = format!("#app [data-event-id=\"{id}\"]");
    is_slug(id).then(|| doc.query_selector(&selector).ok().flatten())?
}

fn typed_search(doc: &Document) -> Option<Typed> {
    let input: HtmlInputElement = doc.get_element_by_id("pr-search-input")?.dyn_into().ok()?;
    let text = input.value();
    let element: &web_sys::Element = input.as_ref();
    let focused = doc.active_element().is_some_and(|a| a == *element);
    if text.is_empty() && !focused {
        return None;
    }
    let focus = focused.then(|| {
        let start = input.selection_start().ok().flatten().unwrap_or(text.len() as u32);
        (start, input.selection_end().ok().flatten().unwrap_or(start))
    });
    Some(Typed { text, focus })
}
