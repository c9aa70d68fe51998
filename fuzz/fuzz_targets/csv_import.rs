//! The CSV reader (`read_csv`) and both CSV importers: the editors' layout (`import_csv`) and the
//! TimelineJS sheet (`import_timelinejs_csv`), on any text. None may panic.
#![no_main]

use daumoc_core::{dataset_to_csv, import_csv, import_timelinejs_csv, read_csv, ImportOptions, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = read_csv(text);
    let options = ImportOptions::default();
    match import_csv(text, &options) {
        Ok(imported) => {
            let _ = imported.summary("fuzz.csv", Lang::Vi);
            for note in &imported.notes {
                let _ = note.describe(Lang::En);
            }
            let _ = import_csv(&dataset_to_csv(&imported.dataset), &options);
        }
        Err(error) => {
            let _ = error.message(Lang::Vi);
        }
    }
    match import_timelinejs_csv(text, &options) {
        Ok(imported) => {
            let _ = imported.summary("fuzz.csv", Lang::En);
        }
        Err(error) => {
            let _ = error.message(Lang::En);
        }
    }
});
