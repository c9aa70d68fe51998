//! Step 1: pick or drop a file. The core reads and checks it in the import worker
//! ([`worker`](crate::editor::worker)), which says its progress; the page then builds the
//! preview from the dataset file, painting between the steps. Where the worker cannot start,
//! the page reads the file itself, in batches with paints between them.

use crate::browser;
use crate::editor::files::painted;
use crate::editor::worker::{import_in_steps, job_message, read_reply, Job, Reply, WORKER_URL};
use crate::editor::{use_editor, EditorState, Failure, Opened, Running, Stage};
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::{
    dataset_to_json, Catalog, ImportError, ImportOptions, ImportSummary, Phase, StepwiseParse, WorkbookError,
};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Rows read or converted between two paints when the page reads the file itself.
const ROWS_PER_STEP: usize = 250;

/// Events of the dataset file parsed between two paints while the preview is built.
const EVENTS_PER_STEP: usize = 1000;

/// How long the import worker may take to start before the page reads the file itself.
const READY_WITHIN_MS: i32 = 20_000;

/// Why an opening ended without a result.
enum Halt {
    /// Cancelled, or another file was opened since: nothing more is said.
    Stale,
    /// The file cannot be read.
    Failed(Failure),
}

impl From<ImportError> for Halt {
    fn from(error: ImportError) -> Halt {
        Halt::Failed(Failure::Import(error))
    }
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

/// What the page shows while the core is at `phase`.
fn stage(phase: Phase) -> Stage {
    match phase {
        Phase::Reading(read) => Stage::Sheet(read),
        Phase::Converting(done) => Stage::Rows(done),
        Phase::Checking(_) => Stage::Checking,
    }
}

/// Opens `file`: its bytes go to the import worker (or, when it cannot start, are read here).
async fn open(state: EditorState, file: web_sys::File) {
    let run = state.begin();
    let name = file.name();
    state.failure.set(None);
    state.cancelled.set(false);
    state.stage.set(Some(Stage::Reading(name.clone())));
    if pause(state, run).await.is_err() {
        return;
    }
    let buffer = match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => buffer,
        Err(e) => {
            let error = ImportError::Workbook(WorkbookError::Unreadable(format!("{e:?}")));
            return conclude(state, run, Err(error.into()));
        }
    };
    if state.run.get_value() != run {
        return;
    }
    // The site's title and tag labels, without its events (the import does not use them).
    let site = state.site.get_untracked().map(|d| {
        let mut base = (*d).clone();
        base.events.clear();
        dataset_to_json(&base)
    });
    if let Err(buffer) = start_worker(state, run, Job { name: name.clone(), site }, buffer) {
        read_here(state, run, name, buffer).await;
    }
}

/// Shows the result of opening `run`, unless another opening replaced it.
fn conclude(state: EditorState, run: u64, result: Result<Opened, Halt>) {
    if state.run.get_value() != run {
        return;
    }
    match result {
        Ok(opened) => {
            state.shown_row.set(None);
            state.opened.set(Some(opened));
        }
        Err(Halt::Failed(failure)) => state.failure.set(Some(failure)),
        Err(Halt::Stale) => return,
    }
    state.stage.set(None);
}

/// Starts the import worker on the job, or gives the bytes back when it cannot start (the
/// page then reads the file itself).
fn start_worker(state: EditorState, run: u64, job: Job, buffer: JsValue) -> Result<(), JsValue> {
    let worker = match web_sys::Worker::new(WORKER_URL) {
        Ok(worker) => worker,
        Err(_) => return Err(buffer),
    };
    let name = job.name.clone();
    // The bytes stay here until the worker says it is ready: a worker that fails to start
    // gives them back to the page.
    let pending = Rc::new(RefCell::new(Some((job, buffer))));
    let started = Rc::new(Cell::new(false));
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new({
        let (pending, started, worker, name) =
            (pending.clone(), started.clone(), worker.clone(), name.clone());
        move |event: web_sys::MessageEvent| {
            if state.run.get_value() != run {
                return;
            }
            let Some((reply, bytes)) = read_reply(&event.data()) else { return };
            match reply {
                Reply::Ready => {
                    if let Some((job, buffer)) = pending.borrow_mut().take() {
                        started.set(true);
                        let transfer = js_sys::Array::of1(&buffer);
                        let _ = worker.post_message_with_transfer(&job_message(&job, &buffer), &transfer);
                    }
                }
                Reply::Progress(phase) => state.stage.set(Some(stage(phase))),
                Reply::Done(summary) => {
                    state.stop_worker();
                    let json =
                        String::from_utf8(js_sys::Uint8Array::new(&bytes).to_vec()).unwrap_or_default();
                    let name = name.clone();
                    leptos::task::spawn_local(async move {
                        let result = preview(state, run, name, summary, json).await;
                        conclude(state, run, result);
                    });
                }
                Reply::Failed(error) => {
                    state.stop_worker();
                    conclude(state, run, Err(error.into()));
                }
            }
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new({
        let (pending, name) = (pending.clone(), name.clone());
        move |event: web_sys::Event| {
            event.prevent_default();
            if state.run.get_value() != run {
                return;
            }
            state.stop_worker();
            if started.get() {
                conclude(state, run, Err(Halt::Failed(Failure::Worker)));
            } else if let Some((_, buffer)) = pending.borrow_mut().take() {
                leptos::task::spawn_local(read_here(state, run, name.clone(), buffer));
            }
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // A worker that never says it is ready (its WebAssembly refused, say) gives the bytes back.
    let silent = Closure::once_into_js(move || {
        if state.run.get_value() != run {
            return;
        }
        if let Some((_, buffer)) = pending.borrow_mut().take() {
            state.stop_worker();
            leptos::task::spawn_local(read_here(state, run, name, buffer));
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(silent.unchecked_ref(), READY_WITHIN_MS);
    }
    state.worker.set_value(Some(Running { worker, _on_message: on_message, _on_error: on_error }));
    Ok(())
}

/// The page reads the file itself: the core reads it, converts its rows in batches (progress
/// shown between them) and checks them, as the worker does.
async fn read_here(state: EditorState, run: u64, name: String, buffer: JsValue) {
    let result = read_and_check(state, run, name, buffer).await;
    conclude(state, run, result);
}

async fn read_and_check(state: EditorState, run: u64, name: String, buffer: JsValue) -> Result<Opened, Halt> {
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    pause(state, run).await?;
    let options =
        ImportOptions { base: state.site.get_untracked().map(|d| (*d).clone()), ..ImportOptions::default() };
    let (summary, json) = import_in_steps(&name, bytes, &options, ROWS_PER_STEP, |phase| {
        state.stage.set(Some(stage(phase)));
        pause(state, run)
    })
    .await?;
    preview(state, run, name, summary, json).await
}

/// The preview loads the very JSON that will be downloaded, as the site will.
async fn preview(
    state: EditorState,
    run: u64,
    name: String,
    summary: ImportSummary,
    json: String,
) -> Result<Opened, Halt> {
    state.stage.set(Some(Stage::Building));
    pause(state, run).await?;
    // In steps too: one parse of 10,000 events is a task of some 140 ms.
    let mut parse = StepwiseParse::start(&json).map_err(|e| Halt::from(ImportError::Dataset(e)))?;
    pause(state, run).await?;
    while !parse.step(EVENTS_PER_STEP) {
        pause(state, run).await?;
    }
    let loaded = parse.finish();
    pause(state, run).await?;
    let catalog = Arc::new(Catalog::new(loaded));
    Ok(Opened { name, file: Arc::new(summary), catalog, json: Arc::new(json) })
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
            let counts = [
                o.catalog.dataset().events.len().to_string(),
                o.file.left_out.to_string(),
                o.file.warnings().to_string(),
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
                <button type="button" class="button" id="cancel-open" on:click=move |_| {
                    state.cancel();
                    // The button goes away: focus goes back to where the next file is chosen.
                    browser::next_frame(|| browser::focus("#file-input"));
                }>
                    {move || t().cancel}
                </button>
            })}
            {move || state.failure.get().map(|error| view! {
                <p class="editor-failure" role="alert">{move || error.message(ui.lang.get())}</p>
            })}
        </section>
    }
}
