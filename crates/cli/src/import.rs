//! `daumoc import`: a spreadsheet in the editors' CSV layout, a TimelineJS timeline (JSON) or
//! a TimelineJS Google Sheet (CSV) to a dataset file. Notes go to standard error, the dataset
//! to standard output or `-o`.

use crate::args::{Common, Import, ImportFormat};
use crate::input::{load_dataset, read_text, write_out};
use crate::{Failure, EXIT_INVALID, EXIT_USAGE};
use daumoc_core::{dataset_to_json, import_csv, import_timelinejs, import_timelinejs_csv, ImportOptions};

/// Imports; exit 0 when every row or event came over, 1 when some were left out.
pub fn run(args: Import, common: &Common) -> Result<u8, Failure> {
    let lang = common.message_lang();
    let file = args.file;
    let mut options = ImportOptions::default();
    if let Some(category) = args.category {
        options.category = category;
    }
    if let Some(level) = args.level {
        options.level = level;
    }
    if let Some(lang) = args.source_lang {
        options.text_lang = lang;
    }
    if let Some(base) = &args.base {
        options.base = Some(load_dataset(base, lang)?.dataset);
    }
    let read: fn(&str, &ImportOptions) -> _ = match args.from {
        ImportFormat::Csv => import_csv,
        ImportFormat::Timelinejs => import_timelinejs,
        ImportFormat::TimelinejsCsv => import_timelinejs_csv,
    };
    let text = read_text(&file).map_err(|m| (EXIT_USAGE, format!("daumoc: {m}")))?;
    let imported =
        read(&text, &options).map_err(|e| (EXIT_INVALID, format!("{file}: error: {}", e.message(lang))))?;
    for note in &imported.notes {
        eprintln!("{file}: {}", note.describe(lang));
    }
    eprintln!("{}", imported.summary(&file, lang));
    write_out(&dataset_to_json(&imported.dataset), common.out.as_deref(), common.force, "import")?;
    Ok(if imported.skipped() > 0 { EXIT_INVALID } else { 0 })
}
