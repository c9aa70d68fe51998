//! `daumoc gen`: a synthetic dataset on standard output or in a new file.

mod common;

use common::{assert_usage_error, daumoc, stderr, stdout, temp_path};
use daumoc_core::parse_dataset;

#[test]
fn writes_a_valid_dataset() {
    let out = daumoc(&["gen", "--events", "300", "--seed", "5"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let loaded = parse_dataset(&text).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems.first());
    assert_eq!(loaded.dataset.events.len(), 300);
    assert!(text.contains("\"document\": \"synthetic:gen --seed 5\""));
    assert_eq!(stdout(&daumoc(&["gen", "--events=300", "--seed=5"], None)), text);

    let path = temp_path("gen", "out.json");
    let p = path.to_str().unwrap();
    let out = daumoc(&["gen", "--events", "300", "--seed", "5", "-o", p], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    let out = daumoc(&["validate", p], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));

    let again = daumoc(&["gen", "--events", "10", "-o", p], None);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("--force"), "{}", stderr(&again));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "left alone");
    let forced = daumoc(&["gen", "--events", "10", "-o", p, "--force"], None);
    assert_eq!(forced.status.code(), Some(0));
    assert_eq!(parse_dataset(std::fs::read_to_string(&path).unwrap()).unwrap().dataset.events.len(), 10);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn wrong_numbers_are_clap_errors() {
    for (args, words) in [
        (
            &["gen", "--events", "abc"][..],
            &["invalid value 'abc' for '--events <N>': give a number from 0 to 1000000"][..],
        ),
        (&["gen", "--events", "-3"], &["invalid value '-3' for '--events <N>'"]),
        (&["gen", "--events", "2000000"], &["invalid value '2000000' for '--events <N>'"]),
        (
            &["gen", "--seed", "x"],
            &["invalid value 'x' for '--seed <S>': give a whole number from 0 to 18446744073709551615"],
        ),
        (&["gen", "--events"], &["a value is required for '--events <N>'"]),
        (&["gen", "file.json"], &["unexpected argument 'file.json' found", "Usage: daumoc gen [OPTIONS]"]),
    ] {
        assert_usage_error(&daumoc(args, None), words);
    }
}

#[test]
fn help_has_examples() {
    let out = daumoc(&["gen", "--help"], None);
    assert_eq!(out.status.code(), Some(0));
    let help = stdout(&out);
    assert!(help.starts_with("daumoc gen ") && help.contains("Examples:\n  daumoc gen"), "{help}");
}
