//! The browser side of files on the editors' page: reading a picked or dropped file, letting the
//! page paint between steps, and offering bytes as a download.

use crate::browser;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The bytes of a picked or dropped file; the browser's words when it cannot read it.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Resolves after the next frame is painted, so a progress message shows before a long step:
/// a frame, then a task after it.
pub async fn painted() {
    let frame = js_sys::Promise::new(&mut |resolve: js_sys::Function, _reject| {
        browser::next_frame(move || {
            let _ = resolve.call0(&JsValue::NULL);
        })
    });
    let _ = JsFuture::from(frame).await;
    browser::next_task().await;
}

/// The file's name without its extension, for the names of downloads.
pub fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}
