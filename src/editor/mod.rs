//! The editors' page (`editor.html`): open a spreadsheet, see every problem where it is, preview
//! the timeline with the app's own components, see what changes on the site, download the
//! dataset. Everything happens in the browser; the core reads and checks the file
//! (`import_file`), the page only renders and wires signals. Built only with the `editor`
//! feature, into its own WebAssembly.

mod changes;
mod downloads;
mod files;
mod open_file;
mod problems;
pub mod worker;

use crate::browser::{set_document_title, set_root_attribute};
use crate::components::{Explorer, StoppedNotice};
use crate::data_source::{load_dataset, DEFAULT_DATA_URL};
use crate::state::AppState;
use daumoc_core::{Catalog, Dataset, ImportError, ImportSummary, Lang, RowProgress, SheetProgress};
use leptos::prelude::*;
use leptos::reactive::owner::LocalStorage;
use std::sync::Arc;

pub use changes::Changes;
pub use downloads::Downloads;
pub use open_file::OpenFile;
pub use problems::Problems;

/// Mounts the editors' page, with the app's panic hook.
pub fn start() {
    crate::crash::install_hook();
    leptos::mount::mount_to_body(EditorPage);
}

/// A file read and checked, and the catalog the preview shows.
#[derive(Clone)]
pub struct Opened {
    /// The file's name.
    pub name: String,
    /// What the core read from it: the located problems, the counts, the rows with problems.
    pub file: Arc<ImportSummary>,
    /// The valid events, as the app loads them.
    pub catalog: Arc<Catalog>,
    /// The dataset file to download, as the CLI writes it.
    pub json: Arc<String>,
}

/// What the page is doing while a file is read (the file is read in steps, and the page paints
/// between them).
#[derive(Clone, Debug, PartialEq)]
pub enum Stage {
    /// Reading the bytes of the named file.
    Reading(String),
    /// The core reads an xlsx sheet: so many rows of so many (when the sheet says).
    Sheet(SheetProgress),
    /// The core converts the rows: so many done of so many.
    Rows(RowProgress),
    /// The core checks the rows together.
    Checking,
    /// Building the preview's catalog.
    Building,
}

/// Why a file could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The core cannot read it.
    Import(ImportError),
    /// The import worker stopped halfway (out of memory, or a fault).
    Worker,
}

impl Failure {
    /// What the page says, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Failure::Import(error) => error.message(lang),
            Failure::Worker => lang.editor_strings().worker_failed.to_string(),
        }
    }
}

/// The import worker reading a file, and its listeners (kept as long as it runs).
pub struct Running {
    /// The worker.
    pub worker: web_sys::Worker,
    /// Its `message` listener.
    pub _on_message: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>,
    /// Its `error` listener.
    pub _on_error: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>,
}

/// The data the new file is compared with.
#[derive(Clone)]
pub struct Compared {
    /// How the page names it.
    pub name: Option<String>,
    /// Its events.
    pub dataset: Arc<Dataset>,
}

/// The page's state, shared by its parts.
#[derive(Clone, Copy)]
pub struct EditorState {
    /// The last file opened.
    pub opened: RwSignal<Option<Opened>>,
    /// What is being done, while a file is read.
    pub stage: RwSignal<Option<Stage>>,
    /// Counts the files opened: an opening goes on only while it is the last one (cancelling
    /// counts one more).
    pub run: StoredValue<u64>,
    /// The last opening was cancelled.
    pub cancelled: RwSignal<bool>,
    /// The import worker reading the file, if one is.
    pub worker: StoredValue<Option<Running>, LocalStorage>,
    /// Why the last file could not be read.
    pub failure: RwSignal<Option<Failure>>,
    /// The spreadsheet row shown beside the problems.
    pub shown_row: RwSignal<Option<usize>>,
    /// The site's published data (`data/index.json`), once loaded: the title and tag labels of
    /// imported files, and what "compare with the published data" compares with.
    pub site: RwSignal<Option<Arc<Dataset>>>,
    /// What the change list compares with.
    pub compared: RwSignal<Option<Compared>>,
    /// Why the data to compare with could not be loaded.
    pub compare_failure: RwSignal<Option<String>>,
}

impl EditorState {
    /// Starts a new opening: the one in progress, if any, is stopped (its worker ended, its
    /// steps end at the next pause); returns the new opening's number.
    pub fn begin(self) -> u64 {
        self.stop_worker();
        self.run.update_value(|run| *run += 1);
        self.run.get_value()
    }

    /// Ends the import worker, if one runs (a fresh one reads the next file).
    pub fn stop_worker(self) {
        if let Some(running) = self.worker.try_update_value(Option::take).flatten() {
            running.worker.terminate();
            // Its listeners may be running now: they are dropped after this task.
            leptos::task::spawn_local(async move { drop(running) });
        }
    }

    /// Stops the file being opened, and the page says so.
    pub fn cancel(self) {
        self.begin();
        self.stage.set(None);
        self.cancelled.set(true);
    }
}

/// The shared state of the editors' page.
pub fn use_editor() -> EditorState {
    expect_context::<EditorState>()
}

#[component]
fn EditorPage() -> impl IntoView {
    let ui = AppState::from_url();
    provide_context(ui);
    let state = EditorState {
        opened: RwSignal::new(None),
        stage: RwSignal::new(None),
        run: StoredValue::new(0),
        cancelled: RwSignal::new(false),
        worker: StoredValue::new_local(None),
        failure: RwSignal::new(None),
        shown_row: RwSignal::new(None),
        site: RwSignal::new(None),
        compared: RwSignal::new(None),
        compare_failure: RwSignal::new(None),
    };
    provide_context(state);
    // The published data, for tag labels and the comparison: the page's own file, cached offline.
    leptos::task::spawn_local(async move {
        match load_dataset(Ok(DEFAULT_DATA_URL.to_string())).await {
            Ok(catalog) => state.site.set(Some(Arc::new(catalog.dataset().clone()))),
            Err(failure) => {
                state.compare_failure.set(Some(failure.message(ui.lang.get_untracked())));
            }
        }
    });
    Effect::new(move || {
        let lang = ui.lang.get();
        set_root_attribute("lang", lang.code());
        set_document_title(lang.editor_strings().page_title);
    });
    Effect::new(move || {
        let ready = state.stage.with(Option::is_none);
        set_root_attribute("data-state", if ready { "ready" } else { "loading" });
    });
    let t = move || ui.lang.get().editor_strings();
    let other = move || match ui.lang.get() {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    view! {
        <a class="skip-link" href="#main">{move || t().step_open}</a>
        <header class="site-header editor-header">
            <div class="site-header__text">
                <h1 class="site-title">{move || t().page_heading}</h1>
                <p class="site-subtitle">{move || t().page_intro}</p>
            </div>
            <nav class="site-nav">
                <a class="nav__link" href="./">{move || t().back_to_site}</a>
                <button type="button" class="lang-switch" lang=move || other().code() on:click=move |_| ui.set_lang(other())>
                    {move || other().code().to_uppercase()}
                    <span class="visually-hidden">" (" {move || ui.strings().ui.language_switch} ")"</span>
                </button>
            </nav>
        </header>
        <main id="main" class="page editor" tabindex="-1">
            <OpenFile />
            <Problems />
            <section class="editor-step" aria-labelledby="preview-heading">
                <h2 id="preview-heading">{move || t().step_preview}</h2>
                <p class="editor-hint">{move || t().preview_hint}</p>
                <div class="editor-preview" id="preview">
                    {move || match state.opened.get() {
                        Some(opened) => view! { <Explorer catalog=opened.catalog.clone() /> }.into_any(),
                        None => view! { <p class="editor-empty">{move || t().no_file}</p> }.into_any(),
                    }}
                </div>
            </section>
            <Changes />
            <Downloads />
        </main>
        <StoppedNotice />
    }
}
