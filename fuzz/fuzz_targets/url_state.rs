//! The URL-state parser (`ViewState::from_query_string`) on any query string. None may panic;
//! the canonical query of the state read must read back to the same state, as documented.
#![no_main]

use daumoc_core::{Dataset, Lang, ViewState};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else { return };
    let (mut state, problems) = ViewState::from_query_string(query);
    for problem in &problems {
        let _ = problem.message(Lang::Vi);
        let _ = problem.message(Lang::En);
    }
    let canonical = state.to_query_string();
    let (again, again_problems) = ViewState::from_query_string(&canonical);
    assert_eq!(again, state, "{query:?} → {canonical:?}");
    assert!(again_problems.is_empty(), "{canonical:?}: {again_problems:?}");
    let _ = state.check_against(&Dataset::default());
});
