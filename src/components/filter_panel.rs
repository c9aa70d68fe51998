//! The filter bar: search, the filter groups (`FilterGroups`), the live result count and one
//! control that clears everything. On phones everything but the search folds into a panel over the
//! timeline.

use crate::browser::{self, HistoryMode};
use crate::chunks;
use crate::components::{CalendarDownload, CloseButton, SearchBox};
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::{Catalog, FacetCounts};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn FilterPanel(
    catalog: Arc<Catalog>,
    counts: Memo<FacetCounts>,
    visible: Memo<Vec<usize>>,
    /// Set once nothing the panel shows at first is still to come: what stands below it waits
    /// for this, so it is never pushed down.
    settled: RwSignal<bool>,
) -> impl IntoView {
    let ui = use_ui();
    // On the anniversaries screen the calendar has its own button, for the year.
    let download = ui.view.with_untracked(|v| v.view == daumoc_core::View::Timeline).then(|| {
        view! { <CalendarDownload catalog=catalog.clone() visible year=Signal::derive(|| None) /> }
    });
    let open = RwSignal::new(false);
    let total = catalog.events().len();
    let active = Memo::new(move |_| ui.view.with(|v| active_count(&v.filter)));
    let is_empty = Memo::new(move |_| ui.view.with(|v| v.filter.is_empty()));
    let shown = move || counts.with(|c| c.total);
    let clear = move |_| ui.update(HistoryMode::Push, |v| v.filter.clear());
    let groups = groups(catalog.clone(), counts, open, settled);
    // Closing the sheet puts focus back on its toggle: focus left in it would be on nothing seen.
    let close = move || {
        open.set(false);
        browser::focus(".filters__toggle");
    };
    view! {
        // Escape closes the sheet from its toggle too, where focus is right after opening it.
        <div
            class="filters"
            on:keydown=move |ev| if ev.key() == "Escape" && open.get_untracked() {
                ev.prevent_default();
                close();
            }
        >
            <div class="filters__bar">
                <SearchBox />
                <button
                    type="button"
                    class="filters__toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="filter-panel"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || match active.get() {
                        0 => ui.strings().ui.filters_button.to_string(),
                        n => fill(ui.strings().ui.filters_active, &[&n.to_string()]),
                    }}
                </button>
            </div>
            <div
                id="filter-panel"
                class="filters__panel"
                class:is-open=move || open.get()
            >
                <div class="filters__sheet-head">
                    <h2 class="section-title">{move || ui.strings().ui.filters_button}</h2>
                    <button type="button" class="link-button" on:click=clear hidden=move || is_empty.get()>
                        {move || ui.strings().ui.clear_filters}
                    </button>
                    <CloseButton on_close=close />
                </div>
                {groups}
                <div class="filters__sheet-footer">
                    <button type="button" class="button" on:click=move |_| close()>
                        {move || ui.strings().ui.show_results.fill(shown(), &[&shown().to_string()])}
                    </button>
                </div>
            </div>
            // Below the groups: shown once they are in, like the timeline under it.
            <div class="filters__status" hidden=move || !settled.get()>
                <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                    {move || ui.strings().ui.result_count.fill(total, &[&shown().to_string(), &total.to_string()])}
                </p>
                <button type="button" class="link-button" on:click=clear hidden=move || is_empty.get()>
                    {move || ui.strings().ui.clear_filters}
                </button>
                {download}
            </div>
        </div>
    }
}

fn active_count(f: &daumoc_core::Filter) -> usize {
    f.categories.len()
        + f.tags.len()
        + usize::from(f.level.is_some())
        + usize::from(f.from.is_some() || f.to.is_some())
}

/// The filter groups, from the first time they are shown: at once on a wide screen, where they
/// stand above the timeline (and the pre-rendered screen, which has them, stays up until they are
/// in); on a phone or in a frame, when the panel first opens, so most phone visitors never
/// download their code. `settled` is set once they are in (at once where they start folded).
fn groups(
    catalog: Arc<Catalog>,
    counts: Memo<FacetCounts>,
    open: RwSignal<bool>,
    settled: RwSignal<bool>,
) -> impl IntoView {
    let folded = use_ui().view.with_untracked(|v| v.embed);
    let wide = RwSignal::new(groups_open_at_start(folded));
    let hold = wide.get_untracked();
    if !hold {
        settled.set(true);
    }
    if !folded && !hold {
        // A tablet turned to landscape shows the groups beside the timeline.
        let listener = window_event_listener(leptos::ev::resize, move |_| {
            if browser::is_wide() {
                wide.set(true);
            }
        });
        on_cleanup(move || listener.remove());
    }
    chunks::from_first(
        Box::new(move || open.get() || wide.get()),
        Box::new(move || chunks::filter_groups(catalog.clone(), counts, hold.then_some(settled))),
    )
}

/// Whether the filter groups stand open above the timeline from the start: on a wide screen,
/// unless embedded (a frame folds them, as a phone does). The app then loads their code at once.
pub fn groups_open_at_start(embedded: bool) -> bool {
    !embedded && browser::is_wide()
}
