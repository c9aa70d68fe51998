//! `daumoc import`: a spreadsheet in the editors' CSV layout, a TimelineJS timeline (JSON) or
//! a TimelineJS Google Sheet (CSV) to a dataset file. Notes go to standard error, the dataset
//! to standard output or `-o`.

use crate::args::{Args, Spec};
use crate::input::{load_dataset, read_text, usage, write_out};
use crate::{Failure, EXIT_INVALID, EXIT_USAGE};
use daumoc_core::{
    dataset_to_json, import_csv, import_timelinejs, import_timelinejs_csv, Category, ImportOptions, Level,
};

/// The command line of `daumoc import`.
pub const SPEC: Spec = Spec {
    name: "import",
    values: &["--from", "--category", "--level", "--base"],
    flags: &[],
    help: "\
daumoc import --from csv|timelinejs|timelinejs-csv FILE [--category C] [--level L]
              [--base DATASET] [--lang vi|en] [-o OUT [--force]]

Converts FILE (- reads standard input) to a Dấu mốc dataset (JSON, as public/data/events.json):
  csv             the editors' spreadsheet, one row per event (docs/csv-template.csv,
                  columns in docs/dataset.md); UTF-8 with or without BOM, separated by , or ;
  timelinejs      a TimelineJS 3 JSON file
  timelinejs-csv  a TimelineJS Google Sheet downloaded as CSV
Every event is validated as `daumoc validate` would: a wrong row or event is reported with its
row number (the header is row 1) or its events[N] and left out; the rest is converted. What
TimelineJS has and datasets cannot hold (media, backgrounds, times, eras…) is listed.

  --category C   category of events that do not name one (TimelineJS): history (default),
                 congress, campaign, meeting, document, target, observance; a TimelineJS group
                 that names a category (\"history\", \"Lịch sử\") sets it instead
  --level L      level of TimelineJS events: provincial (default), national, department
  --base DATASET take the title, subtitle and tag labels from DATASET (not its events)

Exit codes: 0 all converted, 1 rows or events left out (the output has the rest) or a file
that is not of the format, 2 wrong usage, unreadable input or output exists (use --force).

Examples:
  daumoc import --from csv su-kien.csv --base public/data/events.json -o moi.json
  daumoc import --from timelinejs timeline.json --category history --level provincial
  daumoc import --from timelinejs-csv - < sheet.csv > events.json",
};

/// Imports; exit 0 when every row or event came over, 1 when some were left out.
pub fn run(args: Args) -> Result<u8, Failure> {
    let lang = args.message_lang();
    let from = args.value("--from").ok_or_else(|| {
        usage("import", "say what FILE is: --from csv, --from timelinejs or --from timelinejs-csv".into())
    })?;
    let file = match args.files.as_slice() {
        [file] => file.clone(),
        [] => return Err(usage("import", "name the file to import, or - for standard input".into())),
        _ => return Err(usage("import", "give one file to import".into())),
    };
    let mut options = ImportOptions::default();
    if let Some(id) = args.value("--category") {
        options.category = id.parse::<Category>().ok().ok_or_else(|| {
            let ids: Vec<&str> = Category::ALL.iter().map(|c| c.id()).collect();
            usage("import", format!("--category {id}: use one of {}", ids.join(", ")))
        })?;
    }
    if let Some(id) = args.value("--level") {
        options.level = id.parse::<Level>().ok().ok_or_else(|| {
            let ids: Vec<&str> = Level::ALL.iter().map(|l| l.id()).collect();
            usage("import", format!("--level {id}: use one of {}", ids.join(", ")))
        })?;
    }
    if let Some(base) = args.value("--base") {
        options.base = Some(load_dataset(base, lang)?.dataset);
    }
    let read: fn(&str, &ImportOptions) -> _ = match from {
        "csv" => import_csv,
        "timelinejs" => import_timelinejs,
        "timelinejs-csv" => import_timelinejs_csv,
        other => {
            return Err(usage("import", format!("--from {other}: use csv, timelinejs or timelinejs-csv")))
        }
    };
    let text = read_text(&file).map_err(|m| (EXIT_USAGE, format!("daumoc: {m}")))?;
    let imported =
        read(&text, &options).map_err(|e| (EXIT_INVALID, format!("{file}: error: {}", e.message(lang))))?;
    for note in &imported.notes {
        eprintln!("{file}: {}", note.describe(lang));
    }
    eprintln!("{}", imported.summary(&file, lang));
    write_out(&dataset_to_json(&imported.dataset), args.out.as_deref(), args.force, "import")?;
    Ok(if imported.skipped() > 0 { EXIT_INVALID } else { 0 })
}
