//! Step 1: pick or drop a file. The core reads and checks it; the page paints its progress
//! between the steps (read, check, build the preview).

use crate::editor::files::{painted, read_bytes};
use crate::editor::{use_editor, EditorState, Opened, Stage};
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::{
    dataset_to_json, parse_dataset, Catalog, ImportError, ImportOptions, OpenedFile, Phase, Severity,
    StepwiseImport, WorkbookError,
};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Rows read or converted between two paints: a few milliseconds of work, so the page keeps up.
const ROWS_PER_STEP: usize = 250;

/// Why an opening ended without a result.
enum Halt {
    /// Cancelled, or another file was opened since: nothing more is said.
    Stale,
    /// The file cannot be read.
    Failed(ImportError),
}

/// Lets the page paint (progress, clicks on "Cancel"), then says whether opening `run` is
/// still wanted.
async fn pause(state: EditorState, run: u64) -> Result<(), Halt> {
    painted().await;
    if state.run.get_value() == run {
        Ok(())
    } else {
        Err(Halt::Stale)
    }
}

/// Reads, checks and previews `file`, painting between the steps.
async fn open(state: EditorState, file: web_sys::File) {
    let run = state.run.get_value() + 1;
    state.run.set_value(run);
    let name = file.name();
    state.failure.set(None);
    state.cancelled.set(false);
    state.stage.set(Some(Stage::Reading(name.clone())));
    match read_and_check(state, run, name, &file).await {
        Ok(opened) => {
            state.shown_row.set(None);
            state.opened.set(Some(opened));
        }
        Err(Halt::Failed(error)) => state.failure.set(Some(error)),
        Err(Halt::Stale) => return,
    }
    state.stage.set(None);
}

/// The core reads the file, converts its rows in batches (progress shown between them) and
/// checks them; the preview then loads the very JSON that will be downloaded, as the site will.
async fn read_and_check(
    state: EditorState,
    run: u64,
    name: String,
    file: &web_sys::File,
) -> Result<Opened, Halt> {
    pause(state, run).await?;
    let unreadable = |detail| Halt::Failed(ImportError::Workbook(WorkbookError::Unreadable(detail)));
    let bytes = read_bytes(file).await.map_err(unreadable)?;
    pause(state, run).await?;
    let options =
        ImportOptions { base: state.site.get_untracked().map(|d| (*d).clone()), ..ImportOptions::default() };
    // The import borrows the opened file: this function holds both across its pauses.
    let mut opened = OpenedFile::new(&name, bytes);
    let mut import = StepwiseImport::start(&mut opened, &options).map_err(Halt::Failed)?;
    loop {
        state.stage.set(Some(match import.phase() {
            Phase::Reading(read) => Stage::Sheet(read),
            Phase::Converting(done) => Stage::Rows(done),
            Phase::Checking(_) => Stage::Checking,
        }));
        pause(state, run).await?;
        if import.step(ROWS_PER_STEP).map_err(Halt::Failed)? {
            break;
        }
    }
    state.stage.set(Some(Stage::Checking));
    pause(state, run).await?;
    let read = import.finish();
    state.stage.set(Some(Stage::Building));
    pause(state, run).await?;
    let json = dataset_to_json(&read.imported.dataset);
    pause(state, run).await?;
    let loaded = parse_dataset(&json).map_err(|e| Halt::Failed(ImportError::Dataset(e)))?;
    pause(state, run).await?;
    let catalog = Arc::new(Catalog::new(loaded));
    Ok(Opened { name, file: Arc::new(read), catalog, json: Arc::new(json) })
}

#[component]
pub fn OpenFile() -> impl IntoView {
    let ui = use_ui();
    let state = use_editor();
    let t = move || ui.lang.get().editor_strings();
    let dragging = RwSignal::new(false);
    let take = move |file: Option<web_sys::File>| {
        if let Some(file) = file {
            leptos::task::spawn_local(open(state, file));
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        take(input.and_then(|i| i.files()).and_then(|f| f.get(0)));
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        take(ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)));
    };
    let on_dragover = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    let stage_text = move || {
        let t = t();
        state.stage.get().map(|stage| match stage {
            Stage::Reading(name) => fill(t.reading, &[&name]),
            Stage::Sheet(p) => match p.total {
                Some(total) => fill(t.sheet_progress, &[&p.read.to_string(), &total.to_string()]),
                None => fill(t.sheet_progress_open, &[&p.read.to_string()]),
            },
            Stage::Rows(p) => fill(t.rows_progress, &[&p.done.to_string(), &p.total.to_string()]),
            Stage::Checking => t.checking.to_string(),
            Stage::Building => t.building.to_string(),
        })
    };
    let summary = move || {
        let lang = ui.lang.get();
        let t = lang.editor_strings();
        state.opened.get().map(|o| {
            let sheet = o.file.sheet.as_deref().map(|s| fill(t.opened_sheet, &[s])).unwrap_or_default();
            let warnings = o.file.problems.iter().filter(|p| p.severity() != Severity::Error).count();
            let counts = [
                o.file.imported.dataset.events.len().to_string(),
                o.file.left_out().to_string(),
                warnings.to_string(),
            ];
            (
                fill(t.opened, &[&o.name, &o.file.kind.describe(lang), &sheet]),
                fill(t.counts, &[&counts[0], &counts[1], &counts[2]]),
            )
        })
    };
    view! {
        <section class="editor-step" aria-labelledby="open-heading">
            <h2 id="open-heading">{move || t().step_open}</h2>
            <div
                class="drop-zone"
                class:is-dragging=move || dragging.get()
                on:dragover=on_dragover
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <p id="open-hint">{move || t().open_hint}</p>
                <label class="button file-button" for="file-input">{move || t().choose_file}</label>
                <input
                    id="file-input"
                    class="file-input"
                    type="file"
                    accept=".xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt,.json"
                    aria-describedby="open-hint"
                    on:change=on_change
                />
            </div>
            <div class="editor-status" role="status" aria-live="polite">
                {move || stage_text().map(|text| view! {
                    <p class="editor-progress" id="open-progress"><span class="spinner" aria-hidden="true"></span>{text}</p>
                })}
                {move || state.cancelled.get().then(|| view! { <p id="open-cancelled">{move || t().cancelled}</p> })}
                {move || summary().map(|(opened, counts)| view! {
                    <p id="open-summary">{opened}</p>
                    <p id="open-counts" class="editor-counts">{counts}</p>
                })}
            </div>
            {move || state.stage.with(Option::is_some).then(|| view! {
                <button type="button" class="button" id="cancel-open" on:click=move |_| state.cancel()>
                    {move || t().cancel}
                </button>
            })}
            {move || state.failure.get().map(|error| view! {
                <p class="editor-failure" role="alert">{move || error.message(ui.lang.get())}</p>
            })}
        </section>
    }
}
