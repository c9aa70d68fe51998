//! "Tải lịch (.ics)": the anniversaries of a year, or the filtered dated events, as an
//! iCalendar file, written by the core in a chunk of its own (`crate::chunks::calendar`).

use crate::browser;
use crate::chunks::{self, CalendarRequest};
use crate::state::use_ui;
use daumoc_core::{Catalog, IcsStamp};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn CalendarDownload(
    catalog: Arc<Catalog>,
    visible: Memo<Vec<usize>>,
    /// The anniversaries of this year; `None` for the events themselves.
    #[prop(into)]
    year: Signal<Option<i32>>,
) -> impl IntoView {
    let ui = use_ui();
    // Each press writes the file anew, with what is shown then.
    let presses = RwSignal::new(0u32);
    let request = move || {
        let lang = ui.lang.get_untracked();
        let name = catalog
            .dataset()
            .title
            .as_ref()
            .map(|t| t.text(lang).to_string())
            .unwrap_or_else(|| lang.strings().ui.default_title.to_string());
        CalendarRequest {
            catalog: catalog.clone(),
            positions: visible.get_untracked(),
            year: year.get_untracked(),
            lang,
            stamp: IcsStamp::from_unix_seconds(browser::unix_seconds()).unwrap_or(IcsStamp::UNIX_EPOCH),
            name,
        }
    };
    let request = StoredValue::new_local(request);
    view! {
        <button type="button" class="link-button calendar-download" on:click=move |_| presses.update(|n| *n += 1)>
            {move || ui.strings().ui.download_ics}
        </button>
        {move || (presses.get() > 0).then(|| chunks::calendar(move || request.with_value(|r| r())))}
    }
}
