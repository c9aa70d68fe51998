//! `daumoc gen`: a deterministic synthetic dataset, for tests and benchmarks.

use crate::args::{Common, Gen};
use crate::input::write_out;
use crate::Failure;
use daumoc_core::{dataset_to_json, generate};

/// Writes the generated dataset; exit 0.
pub fn run(args: Gen, common: &Common) -> Result<u8, Failure> {
    let text = dataset_to_json(&generate(args.events, args.seed));
    write_out(&text, common.out.as_deref(), common.force, "gen")?;
    Ok(0)
}
