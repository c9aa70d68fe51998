//! Step 5: the dataset file (pretty-printed as the CLI writes it, valid for `daumoc validate`),
//! and the spreadsheet templates (Excel, with the guide sheet and drop-downs; CSV).

use crate::browser;
use crate::editor::files::stem;
use crate::editor::use_editor;
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::{import_csv, xlsx_template, ImportOptions};
use leptos::prelude::*;

/// The CSV template of `docs/dataset.md` (three real events of the dataset).
const CSV_TEMPLATE: &str = include_str!("../../docs/csv-template.csv");

const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[component]
pub fn Downloads() -> impl IntoView {
    let ui = use_ui();
    let state = use_editor();
    let t = move || ui.lang.get().editor_strings();
    let download_dataset = move |_| {
        if let Some(opened) = state.opened.get_untracked() {
            browser::download(
                &format!("{}.json", stem(&opened.name)),
                "application/json;charset=utf-8",
                &opened.json,
            );
        }
    };
    let xlsx = move |_| {
        let examples =
            import_csv(CSV_TEMPLATE, &ImportOptions::default()).map(|i| i.dataset.events).unwrap_or_default();
        if let Ok(bytes) = xlsx_template(&examples) {
            browser::download_bytes("mau-su-kien.xlsx", XLSX_MIME, &bytes);
        }
    };
    let csv = move |_| browser::download("mau-su-kien.csv", "text/csv;charset=utf-8", CSV_TEMPLATE);
    let count = move || state.opened.with(|o| o.as_ref().map(|o| o.catalog.events().len()));
    view! {
        <section class="editor-step" aria-labelledby="download-heading">
            <h2 id="download-heading">{move || t().step_download}</h2>
            <p class="editor-hint">{move || t().download_hint}</p>
            <div class="editor-actions">
                <button type="button" class="button button--primary" id="download-dataset" disabled=move || count().is_none() on:click=download_dataset>
                    {move || fill(t().download_dataset, &[&count().unwrap_or(0).to_string()])}
                </button>
                <button type="button" class="button" id="download-xlsx-template" on:click=xlsx>{move || t().download_xlsx_template}</button>
                <button type="button" class="button" id="download-csv-template" on:click=csv>{move || t().download_csv_template}</button>
            </div>
        </section>
    }
}
