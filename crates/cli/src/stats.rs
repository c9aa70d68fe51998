//! `daumoc stats`: how many events per category, level and decade, and the time they span.

use crate::args::{Args, Spec};
use crate::input::{load_dataset, one_file, usage, write_out};
use crate::Failure;
use daumoc_core::stats;

/// The command line of `daumoc stats`.
pub const SPEC: Spec = Spec {
    name: "stats",
    values: &["--format"],
    flags: &[],
    help: "\
daumoc stats [FILE] [--format text|json] [--lang vi|en] [-o OUT [--force]]

Counts the events of a dataset (default: public/data/events.json; - reads standard input) per
category, level and decade of their start, and gives the first and last date (ranges count to
their end). Observances that recur every year are counted apart.

Exit codes: 0 done, 1 not a dataset, 2 wrong usage or unreadable file.

Examples:
  daumoc stats --lang vi
  daumoc stats moi.json --format json",
};

/// Prints the counts; exit 0.
pub fn run(args: Args) -> Result<u8, Failure> {
    let json = match args.value("--format") {
        None | Some("text") => false,
        Some("json") => true,
        Some(other) => return Err(usage("stats", format!("--format {other}: use text or json"))),
    };
    let lang = args.message_lang();
    let file = one_file(&args.files, "stats")?;
    let dataset = load_dataset(&file, lang)?.dataset;
    let counts = stats(&dataset);
    let text = if json {
        counts.to_json()
    } else {
        counts.to_text(dataset.title.as_ref().map(|t| t.text(lang)), lang)
    };
    write_out(&text, args.out.as_deref(), args.force, "stats")?;
    Ok(0)
}
