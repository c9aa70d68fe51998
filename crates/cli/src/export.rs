//! `daumoc export`: a dataset as CSV (the editors' spreadsheet), TimelineJS JSON, an
//! iCalendar file (every event, or the round anniversaries of one year with `--year`), or a
//! static HTML page that needs no JavaScript (`--fragment`: the list alone, for `index.html`).

use crate::args::{misuse, Common, Export, ExportFormat};
use crate::input::{load_dataset, write_bytes, write_out, DEFAULT_DATASET};
use crate::Failure;
use clap::error::ErrorKind;
use daumoc_core::i18n::fill;
use daumoc_core::{
    anniversaries_ics, anniversaries_in_year, dataset_to_csv, dataset_to_timelinejs, events_ics,
    events_to_xlsx, html_document, html_fragment, timelinejs_left_out, xlsx_template, IcsStamp, Lang,
};
use std::time::{SystemTime, UNIX_EPOCH};

/// Exports; exit 0 when written.
pub fn run(args: Export, common: &Common) -> Result<u8, Failure> {
    let to = args.to;
    let messages = common.message_lang();
    // What clap cannot say: an option that only goes with one of the formats.
    if args.year.is_some() && to != ExportFormat::Ics {
        return Err(misuse("export", ErrorKind::ArgumentConflict, "--year goes with --to ics", messages));
    }
    if args.fragment && to != ExportFormat::Html {
        return Err(misuse(
            "export",
            ErrorKind::ArgumentConflict,
            "--fragment goes with --to html",
            messages,
        ));
    }
    let file = args.file.unwrap_or_else(|| DEFAULT_DATASET.to_string());
    let mut dataset = load_dataset(&file, messages)?.dataset;
    if to == ExportFormat::Html {
        // Pictures beside the dataset, as the page that shows the list sees them.
        let base = args.media_base.as_deref().unwrap_or("").trim_end_matches('/');
        let folder = if base.is_empty() { "page".to_string() } else { format!("{base}/page") };
        daumoc_core::resolve_media(&mut dataset, &folder);
    }
    let workbook = |written: Result<Vec<u8>, _>| {
        written.map_err(|e: daumoc_core::XlsxWriteError| (crate::EXIT_USAGE, format!("daumoc export: {e}")))
    };
    let text = match to {
        ExportFormat::Xlsx | ExportFormat::XlsxTemplate => {
            let bytes = workbook(if to == ExportFormat::Xlsx {
                events_to_xlsx(&dataset.events)
            } else {
                xlsx_template(&dataset.events)
            })?;
            write_bytes(&bytes, common.out.as_deref(), common.force, "export")?;
            return Ok(0);
        }
        ExportFormat::Csv => dataset_to_csv(&dataset),
        ExportFormat::Timelinejs => {
            let lang = common.lang.unwrap_or(Lang::Vi);
            let left_out = timelinejs_left_out(&dataset);
            if !left_out.is_empty() {
                let ids: Vec<&str> = left_out.iter().map(|e| e.id.as_str()).collect();
                let t = &messages.strings().import;
                eprintln!(
                    "{file}: {}",
                    t.recurring_left_out.fill(ids.len(), &[&ids.len().to_string(), &ids.join(", ")])
                );
            }
            dataset_to_timelinejs(&dataset, lang)
        }
        ExportFormat::Html if args.fragment => html_fragment(&dataset, common.lang.unwrap_or(Lang::Vi)),
        ExportFormat::Html => html_document(&dataset, common.lang.unwrap_or(Lang::Vi)),
        ExportFormat::Ics => ics(&dataset, args.year, common.lang.unwrap_or(Lang::En)),
    };
    write_out(&text, common.out.as_deref(), common.force, "export")?;
    Ok(0)
}

fn ics(dataset: &daumoc_core::Dataset, year: Option<i32>, lang: Lang) -> String {
    let events = &dataset.events;
    let t = &lang.strings().calendar;
    let title = dataset.title.as_ref().map_or(t.default_name, |title| title.text(lang));
    match year {
        Some(year) => {
            if anniversaries_in_year(events, year).is_empty() {
                eprintln!("{}", fill(lang.strings().anniversaries.none_in_year, &[&year.to_string()]));
            }
            let name = fill(t.anniversaries_name, &[title, &year.to_string()]);
            anniversaries_ics(events, year, lang, now(), &name)
        }
        None => events_ics(events, lang, now(), title),
    }
}

/// Now, from the system clock: the DTSTAMP. The clock is read here, in the thin shell, never in
/// the core.
fn now() -> IcsStamp {
    let seconds = match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
    };
    IcsStamp::from_unix_seconds(seconds).unwrap_or(IcsStamp::UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn now_is_after_2020() {
        assert!(now().utc().and_utc().timestamp() > 1_577_836_800);
    }
}
