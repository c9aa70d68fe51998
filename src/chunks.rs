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
    leptos::wasm_split::wasm_split(detail, wasm_split_path = ::leptos::wasm_split, fallible)
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

/// The detail panel (shown or not by itself, from the URL state). Its chunk's bytes are usually
/// in before the first event is opened: the early script asks for them at the visitor's first
/// press, key or scroll (src/early.js).
pub fn detail(catalog: Arc<Catalog>) -> AnyView {
    split_view(move || detail_panel(catalog.clone()))
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
