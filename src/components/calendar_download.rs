//! "Tải lịch (.ics)": the anniversaries of a year, or the filtered dated events, as an
//! iCalendar file, written by the core.

use crate::browser;
use crate::state::use_ui;
use daumoc_core::{anniversaries_ics, events_ics, Catalog, IcsStamp};
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
    let download = move |_| {
        let lang = ui.lang.get_untracked();
        let stamp = IcsStamp::from_unix_seconds(browser::unix_seconds()).unwrap_or(IcsStamp::UNIX_EPOCH);
        let name = catalog
            .dataset()
            .title
            .as_ref()
            .map(|t| t.text(lang).to_string())
            .unwrap_or_else(|| lang.strings().ui.default_title.to_string());
        let events =
            visible.with_untracked(|p| p.iter().filter_map(|&i| catalog.events().get(i)).collect::<Vec<_>>());
        let (text, file) = match year.get_untracked() {
            Some(y) => (anniversaries_ics(events, y, lang, stamp, &name), format!("dau-moc-ky-niem-{y}.ics")),
            None => (events_ics(events, lang, stamp, &name), "dau-moc-su-kien.ics".to_string()),
        };
        browser::download(&file, "text/calendar;charset=utf-8", &text);
    };
    view! {
        <button type="button" class="link-button calendar-download" on:click=download>
            {move || ui.strings().ui.download_ics}
        </button>
    }
}
