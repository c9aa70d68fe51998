//! The TimelineJS 3 JSON importer (`import_timelinejs`, with its HTML-to-text conversion) on
//! any text, and the export of what it imported. None may panic.
#![no_main]

use daumoc_core::{dataset_to_timelinejs, html_to_text, import_timelinejs, ImportOptions, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The HTML reader on its own as well: most of a slide's text is HTML.
    let _ = html_to_text(text);
    match import_timelinejs(text, &ImportOptions::default()) {
        Ok(imported) => {
            let _ = imported.summary("fuzz.json", Lang::Vi);
            for note in &imported.notes {
                let _ = note.describe(Lang::En);
            }
            let _ = import_timelinejs(
                &dataset_to_timelinejs(&imported.dataset, Lang::Vi),
                &ImportOptions::default(),
            );
        }
        Err(error) => {
            let _ = error.message(Lang::En);
        }
    }
});
