//! The import worker: a Web Worker of its own WebAssembly (`src/bin/import_worker.rs`, built by
//! trunk as `data-type="worker"`) that runs the core's import of a file away from the page, so
//! that no step of it blocks the page (calamine reads an xlsx file's shared strings, a CSV or an
//! ODS file whole, in one go). The page sends the file's name, its bytes (transferred, not
//! copied) and the site's dataset for the tag labels; the worker answers with its progress and,
//! at the end, with one result: the dataset file exactly as downloaded and the import's summary
//! ([`ImportSummary`]: the located problems, the counts and only the rows that have problems).
//! Both sides only move data; the rules are the core's.

use daumoc_core::{
    dataset_to_json, parse_dataset, ImportError, ImportOptions, ImportSummary, OpenedFile, Phase,
    StepwiseImport,
};
use serde::{Deserialize, Serialize};
use std::future::Future;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The worker's loader, as trunk names it (`data-loader-shim`), beside the page.
pub const WORKER_URL: &str = "./import_worker_loader.js";

/// Rows read or converted between two progress messages.
const ROWS_PER_STEP: usize = 500;

/// What the page asks (the bytes travel beside it, as an `ArrayBuffer`).
#[derive(Serialize, Deserialize)]
pub struct Job {
    /// The file's name (it tells an `.ods` from an `.xlsx` in what is said about it).
    pub name: String,
    /// The site's dataset file, without its events, for the title and tag labels.
    pub site: Option<String>,
}

/// What the worker says.
#[derive(Serialize, Deserialize)]
pub enum Reply {
    /// Started: it takes a job now.
    Ready,
    /// Where the import is.
    Progress(Phase),
    /// Done: the summary (the dataset file travels beside it, as bytes).
    Done(ImportSummary),
    /// The file cannot be read.
    Failed(ImportError),
}

/// The message's fields: the reply as JSON, and the bytes beside it.
const REPLY: &str = "reply";
const JOB: &str = "job";
const BYTES: &str = "bytes";

/// A message of `text` (and `bytes`, when given).
pub fn message(key: &str, text: &str, bytes: Option<&JsValue>) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &key.into(), &text.into());
    if let Some(bytes) = bytes {
        let _ = js_sys::Reflect::set(&object, &BYTES.into(), bytes);
    }
    object.into()
}

/// The job's message, with `bytes` (an `ArrayBuffer`, which the caller transfers).
pub fn job_message(job: &Job, bytes: &JsValue) -> JsValue {
    message(JOB, &serde_json::to_string(job).unwrap_or_default(), Some(bytes))
}

/// The reply in a message, and the bytes beside it.
pub fn read_reply(data: &JsValue) -> Option<(Reply, JsValue)> {
    let text = js_sys::Reflect::get(data, &REPLY.into()).ok()?.as_string()?;
    let bytes = js_sys::Reflect::get(data, &BYTES.into()).unwrap_or(JsValue::UNDEFINED);
    Some((serde_json::from_str(&text).ok()?, bytes))
}

/// The worker's side: answers every job posted to it, after saying it is ready.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post_scope = scope.clone();
    let post = move |reply: &Reply, bytes: Option<js_sys::Uint8Array>| {
        let text = serde_json::to_string(reply).unwrap_or_default();
        match bytes {
            Some(bytes) => {
                let transfer = js_sys::Array::of1(&bytes.buffer());
                let _ =
                    post_scope.post_message_with_transfer(&message(REPLY, &text, Some(&bytes)), &transfer);
            }
            None => {
                let _ = post_scope.post_message(&message(REPLY, &text, None));
            }
        }
    };
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new({
        let post = post.clone();
        move |event: web_sys::MessageEvent| {
            let data = event.data();
            let job = js_sys::Reflect::get(&data, &JOB.into()).ok().and_then(|j| j.as_string());
            let Some(job) = job.and_then(|j| serde_json::from_str::<Job>(&j).ok()) else { return };
            let bytes = js_sys::Reflect::get(&data, &BYTES.into()).unwrap_or(JsValue::UNDEFINED);
            let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
            let post = post.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match import(&job, bytes, &post).await {
                    Ok((summary, json)) => {
                        let bytes = js_sys::Uint8Array::from(json.as_bytes());
                        drop(json);
                        post(&Reply::Done(summary), Some(bytes));
                    }
                    Err(error) => post(&Reply::Failed(error), None),
                }
            });
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&Reply::Ready, None);
}

/// The core's import of the job's file, its progress said between the steps.
async fn import(
    job: &Job,
    bytes: Vec<u8>,
    post: &impl Fn(&Reply, Option<js_sys::Uint8Array>),
) -> Result<(ImportSummary, String), ImportError> {
    let base = job.site.as_deref().and_then(|text| parse_dataset(text).ok()).map(|loaded| loaded.dataset);
    let options = ImportOptions { base, ..ImportOptions::default() };
    import_in_steps(&job.name, bytes, &options, ROWS_PER_STEP, |phase| {
        post(&Reply::Progress(phase), None);
        std::future::ready(Ok(()))
    })
    .await
}

/// The core's import of a file, `rows` a step, and the dataset file as the page downloads it:
/// the worker's, and the page's own when the worker cannot start. `between` runs before every
/// step and before the last two (the checks together, the dataset file), with where the import
/// is: the worker says its progress there, the page also paints and may stop.
pub async fn import_in_steps<E, F>(
    name: &str,
    bytes: Vec<u8>,
    options: &ImportOptions,
    rows: usize,
    mut between: impl FnMut(Phase) -> F,
) -> Result<(ImportSummary, String), E>
where
    E: From<ImportError>,
    F: Future<Output = Result<(), E>>,
{
    // The import borrows the opened file: this function holds both across its pauses.
    let mut opened = OpenedFile::new(name, bytes);
    let mut import = StepwiseImport::start(&mut opened, options)?;
    loop {
        between(import.phase()).await?;
        if import.step(rows)? {
            break;
        }
    }
    let checking = import.phase();
    between(checking).await?;
    let (summary, dataset) = ImportSummary::split(import.finish());
    between(checking).await?;
    Ok((summary, dataset_to_json(&dataset)))
}
