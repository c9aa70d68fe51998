//! `daumoc stats`: how many events per category, level and decade, and the time they span.

use crate::args::{Common, Format, Stats};
use crate::input::{load_dataset, write_out, DEFAULT_DATASET};
use crate::Failure;
use daumoc_core::stats;

/// Prints the counts; exit 0.
pub fn run(args: Stats, common: &Common) -> Result<u8, Failure> {
    let json = args.format == Format::Json;
    let lang = common.message_lang();
    let file = args.file.unwrap_or_else(|| DEFAULT_DATASET.to_string());
    let dataset = load_dataset(&file, lang)?.dataset;
    let counts = stats(&dataset);
    let text = if json {
        counts.to_json()
    } else {
        counts.to_text(dataset.title.as_ref().map(|t| t.text(lang)), lang)
    };
    write_out(&text, common.out.as_deref(), common.force, "stats")?;
    Ok(0)
}
