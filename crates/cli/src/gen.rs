//! `daumoc gen`: a deterministic synthetic dataset, for tests and benchmarks.

use crate::args::{Args, Spec};
use crate::input::{usage, write_out};
use crate::Failure;
use daumoc_core::{dataset_to_json, generate};

/// The largest `--events` accepted.
const MAX_EVENTS: usize = 1_000_000;

/// The command line of `daumoc gen`.
pub const SPEC: Spec = Spec {
    name: "gen",
    values: &["--events", "--seed"],
    flags: &[],
    help: "\
daumoc gen [--events N] [--seed S] [-o OUT [--force]]

Writes a synthetic dataset of N events (default 1000, at most 1000000) in the format of
docs/dataset.md: Vietnamese titles and summaries with English versions, every category and
level, dates from 1890 to 2030 known to the day, the month or the year, some ranges and some
days recurring every year. Every event's source.document is \"synthetic:gen --seed S\". The same
N and seed S (default 0, any number up to 18446744073709551615) always give the same bytes.
The events are not real: use the files for tests and benchmarks only, and do not commit them.

Exit codes: 0 done, 2 wrong usage or an output that cannot (or may not) be written.

Examples:
  daumoc gen --events 10000 --seed 1 -o /tmp/su-kien-10000.json
  daumoc gen --events 50 | daumoc stats -",
};

/// Writes the generated dataset; exit 0.
pub fn run(args: Args) -> Result<u8, Failure> {
    if let Some(file) = args.files.first() {
        return Err(usage("gen", format!("unexpected argument \"{file}\"; gen reads no file")));
    }
    let events = match args.value("--events") {
        None => 1000,
        Some(text) => {
            text.trim().parse::<usize>().ok().filter(|n| *n <= MAX_EVENTS).ok_or_else(|| {
                usage("gen", format!("--events {text}: give a number from 0 to {MAX_EVENTS}"))
            })?
        }
    };
    let seed = match args.value("--seed") {
        None => 0,
        Some(text) => text.trim().parse::<u64>().map_err(|_| {
            usage("gen", format!("--seed {text}: give a whole number from 0 to {}", u64::MAX))
        })?,
    };
    let text = dataset_to_json(&generate(events, seed));
    write_out(&text, args.out.as_deref(), args.force, "gen")?;
    Ok(0)
}
