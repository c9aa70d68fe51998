//! Screens few visitors open on a first visit: the anniversaries, the presentation, an event's
//! detail, a teacher's lesson tray, the filter groups of a phone's folded panel, and the notices
//! of ignored parameters and of bad data; and one action, writing the calendar file. In the
//! shipping build (`--cfg daumoc_split`, set by
//! scripts/release-cargo/cargo) each is a WebAssembly chunk of its own, loaded the first time it
//! is needed, so the module every visitor waits for is smaller (docs/size.md). Elsewhere (tests,
//! `trunk serve`) they are plain calls: a build without the splitting step could not load a split
//! module.

use crate::browser;
use crate::components::{
    AnniversaryView, DataNotice, EventDetail, FilterGroups, LessonTray, ParamNotice, Presentation,
};
use daumoc_core::{anniversaries_ics, events_ics, Catalog, FacetCounts, IcsStamp, Lang};
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

#[cfg_attr(
    daumoc_split,
    leptos::wasm_split::wasm_split(lesson, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn lesson_panel(catalog: Arc<Catalog>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <LessonTray catalog /> }.into_any())
}

/// A teacher's lesson tray (mounted once the lesson has an event).
pub fn lesson_tray(catalog: Arc<Catalog>) -> AnyView {
    split_view(move || lesson_panel(catalog.clone()))
}

#[cfg_attr(
    daumoc_split,
    leptos::wasm_split::wasm_split(notices, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn notice_panel(catalog: Arc<Catalog>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ParamNotice /> <DataNotice catalog /> }.into_any())
}

/// The notices of URL parameters that were ignored and of problems in the data (mounted once
/// there is one).
pub fn notices(catalog: Arc<Catalog>) -> AnyView {
    split_view(move || notice_panel(catalog.clone()))
}

#[cfg_attr(
    daumoc_split,
    leptos::wasm_split::wasm_split(
        filters,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(load_filter_groups)
    )
)]
fn filter_groups_panel(
    catalog: Arc<Catalog>,
    counts: Memo<FacetCounts>,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <FilterGroups catalog counts /> }.into_any())
}

/// The filter groups. `shown`, when they are on the screen the visitor first sees (a wide
/// screen): set once they are in, or could not come. Until then the pre-rendered screen stays up,
/// and what stands below them waits, so it is never pushed down when they come.
pub fn filter_groups(
    catalog: Arc<Catalog>,
    counts: Memo<FacetCounts>,
    shown: Option<RwSignal<bool>>,
) -> AnyView {
    #[cfg(daumoc_split)]
    let build = move || {
        let building = shown.map(|_| crate::takeover::Building::start());
        let pending = filter_groups_panel(catalog.clone(), counts);
        async move {
            let view = pending.await;
            if let Some(shown) = shown {
                shown.try_set(true);
            }
            drop(building);
            view
        }
    };
    #[cfg(not(daumoc_split))]
    let build = move || {
        let view = filter_groups_panel(catalog.clone(), counts);
        if let Some(shown) = shown {
            shown.set(true);
        }
        view
    };
    split_view(build)
}

/// Starts loading the filter groups' code where they are on the first screen (a wide screen,
/// not embedded), at the app's start: the panel that builds them comes only with the data, and
/// without a pre-rendered copy the timeline waits for them (`filter_groups`). A failed load is
/// tried again when the panel asks.
pub fn load_filter_groups_early() {
    #[cfg(daumoc_split)]
    leptos::task::spawn_local(async {
        let _ = load_filter_groups().await;
    });
}

/// What `mount` builds, from the first time `needed` holds and from then on (closing the detail
/// or emptying the lesson is the part's own business). Not generic: one copy in the wasm.
pub fn from_first(
    needed: Box<dyn Fn() -> bool + Send + Sync>,
    mount: Box<dyn Fn() -> AnyView + Send + Sync>,
) -> impl IntoView {
    let started = Memo::new(move |was: Option<&bool>| was == Some(&true) || needed());
    move || started.get().then(&mount)
}

/// What the calendar file holds: the events at `positions`, or their anniversaries in `year`.
pub struct CalendarRequest {
    /// The catalog the positions are of.
    pub catalog: Arc<Catalog>,
    /// The events, by position in the catalog.
    pub positions: Vec<usize>,
    /// The anniversaries of this year; `None` for the events themselves.
    pub year: Option<i32>,
    /// The language of the file's text.
    pub lang: Lang,
    /// When the file is written.
    pub stamp: IcsStamp,
    /// The calendar's name.
    pub name: String,
}

#[cfg_attr(
    daumoc_split,
    leptos::wasm_split::wasm_split(calendar, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn calendar_file(request: CalendarRequest) -> Result<(), SplitLoaderError> {
    let CalendarRequest { catalog, positions, year, lang, stamp, name } = request;
    let events = positions.iter().filter_map(|&i| catalog.events().get(i)).collect::<Vec<_>>();
    let (text, file) = match year {
        Some(y) => (anniversaries_ics(events, y, lang, stamp, &name), format!("dau-moc-ky-niem-{y}.ics")),
        None => (events_ics(events, lang, stamp, &name), "dau-moc-su-kien.ics".to_string()),
    };
    browser::download(&file, "text/calendar;charset=utf-8", &text);
    Ok(())
}

/// Writes the calendar file and offers it as a download, once its chunk is in: shown as a
/// [`Chunk`](crate::components::Chunk) with nothing of its own, so a slow or failed chunk says so
/// at the foot of the screen, with "Try again".
pub fn calendar(request: impl Fn() -> CalendarRequest + 'static) -> AnyView {
    #[cfg(daumoc_split)]
    let write = move || {
        let pending = calendar_file(request());
        async move { pending.await.map(|()| ().into_any()) }
    };
    #[cfg(not(daumoc_split))]
    let write = move || calendar_file(request()).map(|()| ().into_any());
    split_view(write)
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
