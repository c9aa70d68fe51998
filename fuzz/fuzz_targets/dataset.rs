//! The dataset parser and validator (`parse_dataset`, `daumoc validate`'s `check`) on any text,
//! then every export of what it accepted. None may panic; saving a parsed dataset and reading
//! it back must keep every event.
#![no_main]

use daumoc_core::{
    check, checks_to_json, dataset_to_csv, dataset_to_json, dataset_to_timelinejs, html_document, import_csv,
    parse_dataset, stats, ImportOptions, Lang,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let checked = check("fuzz.json", text);
    let _ = checks_to_json(&[checked.clone()], true, Lang::En);
    let _ = checked.to_lines(Lang::Vi);
    let Ok(loaded) = parse_dataset(text) else { return };
    for problem in &loaded.problems {
        let _ = problem.to_string();
    }
    let dataset = &loaded.dataset;
    let json = dataset_to_json(dataset);
    let again = parse_dataset(&json).expect("a saved dataset reads back");
    assert_eq!(again.dataset.events, dataset.events, "saving then reading keeps every event");
    let _ = import_csv(&dataset_to_csv(dataset), &ImportOptions::default());
    let _ = dataset_to_timelinejs(dataset, Lang::En);
    let _ = html_document(dataset, Lang::Vi);
    let _ = stats(dataset).to_json();
});
