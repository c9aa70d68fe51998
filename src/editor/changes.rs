//! Step 4: what the new file changes on the site — events added, removed, and changed field by
//! field — against the published data (`data/index.json`) or a dataset file the editor picks.

use crate::editor::files::read_bytes;
use crate::editor::{use_editor, Compared};
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::{diff_datasets, event_date, import_file, DatasetDiff, Event, ImportOptions};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn Changes() -> impl IntoView {
    let ui = use_ui();
    let state = use_editor();
    let t = move || ui.lang.get().editor_strings();
    let diff = Memo::new(move |_| {
        let new = state.opened.with(|o| o.as_ref().map(|o| o.catalog.clone()))?;
        let compared = state.compared.get()?;
        Some(diff_datasets(&compared.dataset, new.dataset()))
    });
    let compare_site = move |_| {
        if let Some(site) = state.site.get_untracked() {
            state.compared.set(Some(Compared { name: None, dataset: site }));
        }
    };
    let compare_file = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        leptos::task::spawn_local(async move {
            let name = file.name();
            let read = match read_bytes(&file).await {
                Ok(bytes) => import_file(&name, &bytes, &ImportOptions::default())
                    .map_err(|e| e.message(ui.lang.get_untracked())),
                Err(detail) => Err(detail),
            };
            match read {
                Ok(read) => {
                    state.compare_failure.set(None);
                    state
                        .compared
                        .set(Some(Compared { name: Some(name), dataset: Arc::new(read.imported.dataset) }));
                }
                Err(message) => state.compare_failure.set(Some(message)),
            }
        });
    };
    let event_line = move |e: &Event| {
        let lang = ui.lang.get_untracked();
        format!("{} · {} ({})", event_date(e, lang), e.title.text(lang), e.id)
    };
    view! {
        <section class="editor-step" aria-labelledby="changes-heading" id="changes">
            <h2 id="changes-heading">{move || t().step_changes}</h2>
            <p class="editor-hint">{move || t().changes_hint}</p>
            <div class="editor-actions">
                <button
                    type="button"
                    class="button"
                    id="compare-site"
                    disabled=move || state.site.with(Option::is_none)
                    on:click=compare_site
                >
                    {move || t().compare_site}
                </button>
                <span class="file-picker">
                    <input
                        type="file"
                        id="compare-file"
                        class="file-input"
                        accept=".json,.xlsx,.ods,.csv"
                        on:change=compare_file
                    />
                    <label class="button file-button" for="compare-file">{move || t().compare_file}</label>
                </span>
            </div>
            {move || state.compare_failure.get().map(|m| view! {
                <p class="editor-failure" role="alert">{move || fill(t().load_failed, &[&m])}</p>
            })}
            <div id="change-list" aria-live="polite">
                {move || {
                    let diff: DatasetDiff = diff.get()?;
                    let lang = ui.lang.get();
                    let t = lang.editor_strings();
                    let compared = state.compared.get()?;
                    let with = compared.name.clone().unwrap_or_else(|| t.site_data.to_string());
                    let list = |events: &[Event], class: &'static str| view! {
                        <ul class=class>
                            {events.iter().map(|e| view! { <li data-id=e.id.clone()>{event_line(e)}</li> }).collect_view()}
                        </ul>
                    };
                    Some(view! {
                        <p>{fill(t.compared_with, &[&with])}</p>
                        {diff.is_empty().then(|| view! { <p class="changes-none">{t.no_changes}</p> })}
                        {(!diff.added.is_empty()).then(|| view! {
                            <h3 id="changes-added">{fill(t.added, &[&diff.added.len().to_string()])}</h3>
                            {list(&diff.added, "changes-added")}
                        })}
                        {(!diff.changed.is_empty()).then(|| view! {
                            <h3 id="changes-changed">{fill(t.changed, &[&diff.changed.len().to_string()])}</h3>
                            <ul class="changes-changed">
                                {diff.changed.iter().map(|c| view! {
                                    <li data-id=c.event.id.clone()>
                                        <p>{event_line(&c.event)}</p>
                                        <table class="change-table">
                                            <thead><tr>
                                                <th scope="col">{t.field}</th>
                                                <th scope="col">{t.before}</th>
                                                <th scope="col">{t.after}</th>
                                            </tr></thead>
                                            <tbody>
                                                {c.fields.iter().map(|f| view! {
                                                    <tr>
                                                        <th scope="row"><code>{f.field.clone()}</code></th>
                                                        <td class="change-before">{f.before.clone().unwrap_or_else(|| t.empty_value.to_string())}</td>
                                                        <td class="change-after">{f.after.clone().unwrap_or_else(|| t.empty_value.to_string())}</td>
                                                    </tr>
                                                }).collect_view()}
                                            </tbody>
                                        </table>
                                    </li>
                                }).collect_view()}
                            </ul>
                        })}
                        {(!diff.removed.is_empty()).then(|| view! {
                            <h3 id="changes-removed">{fill(t.removed, &[&diff.removed.len().to_string()])}</h3>
                            {list(&diff.removed, "changes-removed")}
                        })}
                        <p class="changes-unchanged">{fill(t.unchanged, &[&diff.unchanged.to_string()])}</p>
                    })
                }}
            </div>
        </section>
    }
}
