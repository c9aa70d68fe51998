//! The loaded dataset on screen: derives what is visible from the URL state (memos, computed
//! once per change) and lays out the timeline or the anniversary screen, with the detail panel.

use crate::chunks;
use crate::components::{Deferred, FilterPanel, OverviewAxis, PrintSummary, Timeline, UpcomingStrip};
use crate::list_window::ListWindow;
use crate::state::use_ui;
use daumoc_core::{Catalog, Mode, View};
use leptos::prelude::*;
use std::sync::Arc;

/// Events whose text is folded for search per task: about 5 ms on a desktop, 20 ms on the
/// benchmark's phone profile.
const FOLD_STEP: usize = 500;

#[component]
pub fn Explorer(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    provide_context(catalog.clone());
    // The URL was read before the data arrived: now drop what the data does not have.
    let late = ui.view.try_update_untracked(|v| v.check_against(catalog.dataset())).unwrap_or_default();
    if !late.is_empty() {
        ui.notices.update(|n| n.extend(late));
    }

    let filter = Memo::new(move |_| ui.view.with(|v| v.filter.clone()));
    let query = Signal::derive(move || filter.with(|f| f.query.clone()));
    // One pass per change of filter gives the list and the counts; the list, the axis, the
    // counts and the handout all read these memos. The text is searched among the events the
    // previous evaluation matched when the query refines its query (a letter added).
    let evaluation = {
        let catalog = catalog.clone();
        Memo::new(move |previous| {
            filter.with(|f| {
                let index = catalog.index_for(&f.query);
                f.evaluate_after(catalog.events(), index, &catalog.presets, previous)
            })
        })
    };
    let visible = Memo::new(move |_| evaluation.with(|e| e.visible.clone()));
    let counts = Memo::new(move |_| evaluation.with(|e| e.counts.clone()));
    // Fold the text for search once the first screen is painted, before the first keystroke, a
    // few hundred events per task: 10,000 events took one task of about 100 ms on a desktop. A
    // keystroke before the last step folds the rest at once.
    if let Some(index) = catalog.search_index_to_fold() {
        let catalog = catalog.clone();
        request_animation_frame(move || fold_in_steps(catalog, index));
    }
    // Created here, not in the timeline, so the overview axis can jump through it too.
    let list = ListWindow::new(catalog.clone(), visible);
    provide_context(list);
    let screen = Memo::new(move |_| ui.view.with(|v| v.view));
    let presenting = Memo::new(move |_| ui.view.with(|v| v.mode == Mode::Present));

    let embedded = ui.view.with_untracked(|v| v.embed);
    let body = {
        let catalog = catalog.clone();
        move || match screen.get() {
            View::Timeline => {
                let [strip, axis, filters, timeline] = [(); 4].map(|_| catalog.clone());
                let settled = RwSignal::new(false);
                view! {
                    {(!embedded).then(|| view! {
                        <Deferred><UpcomingStrip catalog=strip.clone() /></Deferred>
                        <Deferred><OverviewAxis catalog=axis.clone() visible /></Deferred>
                    })}
                    <Deferred><FilterPanel catalog=filters.clone() counts visible settled /></Deferred>
                    <div class="layout">
                        <Deferred>
                            {
                                let timeline = timeline.clone();
                                below_filters(settled, Box::new(move || {
                                    view! { <Timeline catalog=timeline.clone() visible query list /> }.into_any()
                                }))
                            }
                        </Deferred>
                    </div>
                }
                .into_any()
            }
            View::Anniversaries => {
                let settled = RwSignal::new(false);
                let screen = catalog.clone();
                view! {
                    <FilterPanel catalog=catalog.clone() counts visible settled />
                    {below_filters(settled, Box::new(move || chunks::anniversaries(screen.clone(), visible)))}
                }
                .into_any()
            }
        }
    };
    view! {
        <PrintSummary catalog=catalog.clone() visible />
        {notices(catalog.clone())}
        {(!embedded).then(|| lesson(catalog.clone()))}
        // Embedded, the detail opens in the flow above either screen: a frame that grows with its
        // content has no fixed screen to lay a dialog over.
        {embedded.then(|| detail(catalog.clone()))}
        {body}
        {(!embedded).then(|| detail(catalog.clone()))}
        <Show when=move || presenting.get()>
            {chunks::presentation(catalog.clone(), visible)}
        </Show>
    }
}

/// What stands below the filter panel, once nothing of the panel's first look is still to come
/// (`settled`), so it is never pushed down when that comes.
fn below_filters(settled: RwSignal<bool>, build: Box<dyn Fn() -> AnyView + Send + Sync>) -> impl IntoView {
    chunks::from_first(Box::new(move || settled.get()), build)
}

/// The detail panel, from the first time an event is opened: its code may be a chunk
/// (`crate::chunks`) that no visitor should wait for before opening one.
fn detail(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    chunks::from_first(
        Box::new(move || ui.view.with(|v| v.event.is_some())),
        Box::new(move || chunks::detail(catalog.clone())),
    )
}

/// The notices, from the first time there is one to give: most visits have none, so their code
/// may be a chunk (`crate::chunks`).
fn notices(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    let of_data = catalog.has_notices();
    chunks::from_first(
        Box::new(move || of_data || ui.notices.with(|n| !n.is_empty())),
        Box::new(move || chunks::notices(catalog.clone())),
    )
}

/// The lesson tray, from the first time the lesson has an event: few visitors make one, so its
/// code may be a chunk (`crate::chunks`).
fn lesson(catalog: Arc<Catalog>) -> impl IntoView {
    let ui = use_ui();
    chunks::from_first(
        Box::new(move || ui.view.with(|v| !v.lesson.is_empty())),
        Box::new(move || chunks::lesson_tray(catalog.clone())),
    )
}

/// Folds the text of the next [`FOLD_STEP`] events in a task of their own, and so on until the
/// catalog has its index (this one, or one a keystroke had built meanwhile).
fn fold_in_steps(catalog: Arc<Catalog>, mut index: daumoc_core::SearchIndex) {
    set_timeout(
        move || {
            if !catalog.fold_search_index(&mut index, FOLD_STEP) {
                fold_in_steps(catalog, index);
            }
        },
        std::time::Duration::ZERO,
    );
}
