//! `daumoc export`: a dataset as CSV (the editors' spreadsheet), TimelineJS JSON, an
//! iCalendar file (every event, or the round anniversaries of one year with `--year`), or a
//! static HTML page that needs no JavaScript (`--fragment`: the list alone, for `index.html`).

use crate::args::{Args, Spec};
use crate::input::{load_dataset, one_file, usage, write_out};
use crate::Failure;
use daumoc_core::i18n::fill;
use daumoc_core::{
    anniversaries_ics, anniversaries_in_year, dataset_to_csv, dataset_to_timelinejs, events_ics,
    html_document, html_fragment, timelinejs_left_out, IcsStamp, Lang,
};
use std::time::{SystemTime, UNIX_EPOCH};

/// The command line of `daumoc export`.
pub const SPEC: Spec = Spec {
    name: "export",
    values: &["--to", "--year"],
    flags: &["--fragment"],
    help: "\
daumoc export --to csv|timelinejs|ics|html [FILE] [--year YEAR] [--fragment] [--lang vi|en]
              [-o OUT [--force]]

Writes a dataset (default: public/data/events.json; - reads standard input) as:
  csv         the editors' spreadsheet, one row per event, both languages (UTF-8 with BOM, CRLF);
              `daumoc import --from csv` reads it back
  timelinejs  TimelineJS 3 JSON, text in --lang (default vi); id, title, summary, dates and
              category come back on import; observances recurring every year are left out
  ics         an iCalendar file of every event, or with --year of that year's round
              anniversaries; text in --lang (default en)
  html        a static, accessible page of every event by year that needs no JavaScript,
              in --lang (default vi); --fragment writes only its <section>, to put in a page

Exit codes: 0 written, 1 not a dataset, 2 wrong usage, unreadable input, or output exists
(use --force).

Examples:
  daumoc export --to csv -o su-kien.csv
  daumoc export --to html --fragment public/data/events.json
  daumoc export --to ics --year 2020 --lang vi -o kyniem-2020.ics",
};

/// Exports; exit 0 when written.
pub fn run(args: Args) -> Result<u8, Failure> {
    let to = args.value("--to").ok_or_else(|| usage("export", "say which format, e.g. --to html".into()))?;
    if !["csv", "timelinejs", "ics", "html"].contains(&to) {
        return Err(usage("export", format!("--to {to}: use csv, timelinejs, ics or html")));
    }
    let year = match args.value("--year") {
        None => None,
        Some(_) if to != "ics" => return Err(usage("export", "--year goes with --to ics".into())),
        Some(text) => {
            Some(text.trim().parse::<i32>().ok().filter(|y| (1..=9999).contains(y)).ok_or_else(|| {
                usage("export", format!("--year: \"{text}\" is not a year (1–9999), e.g. --year 2020"))
            })?)
        }
    };
    if args.flag("--fragment") && to != "html" {
        return Err(usage("export", "--fragment goes with --to html".into()));
    }
    let file = one_file(&args.files, "export")?;
    let messages = args.message_lang();
    let dataset = load_dataset(&file, messages)?.dataset;
    let text = match to {
        "csv" => dataset_to_csv(&dataset),
        "timelinejs" => {
            let lang = args.lang.unwrap_or(Lang::Vi);
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
        "html" if args.flag("--fragment") => html_fragment(&dataset, args.lang.unwrap_or(Lang::Vi)),
        "html" => html_document(&dataset, args.lang.unwrap_or(Lang::Vi)),
        _ => ics(&dataset, year, args.lang.unwrap_or(Lang::En)),
    };
    write_out(&text, args.out.as_deref(), args.force, "export")?;
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
