//! The browser side of files on the editors' page: reading a picked or dropped file, letting the
//! page paint between steps, and offering bytes as a download.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The bytes of a picked or dropped file; the browser's words when it cannot read it.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Resolves after the next frame is painted, so a progress message shows before a long step.
pub async fn painted() {
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, _reject| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        // A frame, then a task after it: the frame has been painted by then.
        let after_frame = Closure::once_into_js(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(&resolve);
            }
        });
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
    });
    let _ = JsFuture::from(promise).await;
}

/// The file's name without its extension, for the names of downloads.
pub fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}
