//! Screens few visitors open on a first visit: the anniversaries, the presentation and an event's
//! detail. In the shipping build (`--cfg daumoc_split`, set by scripts/release-cargo/cargo) each
//! is a WebAssembly chunk of its own, loaded the first time it is shown, so the module every
//! visitor waits for is smaller (docs/size.md). Elsewhere (tests, `trunk serve`) they are plain
//! calls: a build without the splitting step could not load a split module.

use crate::components::{AnniversaryView, EventDetail, Presentation};
use daumoc_core::Catalog;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::sync::Arc;

#[cfg_attr(
    daumoc_split,
    leptos::wasm_split::wasm_split(anniversaries, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn anniversary_screen(catalog: Arc<Catalog>, visible: Memo<Vec<usize>>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <AnniversaryView catalog visible /> }.into_any())
}

#[cfg_attr(
    daumoc_split,
    leptos::wasm_split::wasm_split(presentation, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn presentation_screen(
    catalog: Arc<Catalog>,
    visible: Memo<Vec<usize>>,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <Presentation catalog visible /> }.into_any())
}

#[cfg_attr(
    daumoc_split,
    leptos::wasm_split::wasm_split(
        detail,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_detail_chunk)
    )
)]
fn detail_panel(catalog: Arc<Catalog>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <EventDetail catalog /> }.into_any())
}

/// The anniversaries screen.
pub fn anniversaries(catalog: Arc<Catalog>, visible: Memo<Vec<usize>>) -> AnyView {
    split_view(move || anniversary_screen(catalog.clone(), visible))
}

/// The presentation.
pub fn presentation(catalog: Arc<Catalog>, visible: Memo<Vec<usize>>) -> AnyView {
    split_view(move || presentation_screen(catalog.clone(), visible))
}

/// The detail panel (shown or not by itself, from the URL state).
pub fn detail(catalog: Arc<Catalog>) -> AnyView {
    split_view(move || detail_panel(catalog.clone()))
}

/// Fetches the detail's chunk at the visitor's first press, key or scroll once the app is ready:
/// most visitors open an event, and that way its code is usually in before they do (the press
/// that opens one starts it too). Not at once: a visitor who only reads never needs it, and the
/// app counts as loaded only when the network is quiet (docs/decisions.md).
pub fn preload_detail_on_intent() {
    #[cfg(daumoc_split)]
    {
        use std::cell::RefCell;
        use std::rc::Rc;
        let handles: Rc<RefCell<Vec<WindowListenerHandle>>> = Rc::default();
        let fire = {
            let handles = handles.clone();
            move || {
                let taken = std::mem::take(&mut *handles.borrow_mut());
                if taken.is_empty() {
                    return;
                }
                taken.into_iter().for_each(WindowListenerHandle::remove);
                leptos::task::spawn_local(async {
                    let _ = preload_detail_chunk().await;
                });
            }
        };
        let (press, key, scroll) = (fire.clone(), fire.clone(), fire);
        handles.borrow_mut().extend([
            window_event_listener(leptos::ev::pointerdown, move |_| press()),
            window_event_listener(leptos::ev::keydown, move |_| key()),
            window_event_listener(leptos::ev::scroll, move |_| scroll()),
        ]);
    }
}

#[cfg(not(daumoc_split))]
fn split_view(build: impl Fn() -> Result<AnyView, SplitLoaderError> + 'static) -> AnyView {
    build().unwrap_or_else(|_| ().into_any())
}

#[cfg(daumoc_split)]
fn split_view<F>(build: impl Fn() -> F + 'static) -> AnyView
where
    F: std::future::Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    use crate::components::{Chunk, ChunkLoad};
    let load: ChunkLoad = std::rc::Rc::new(move || {
        let pending = build();
        Box::pin(async move { pending.await.ok() })
    });
    view! { <Chunk load /> }.into_any()
}
