//! `daumoc export --to ics`: a dataset as an iCalendar file to import into a calendar app or
//! publish: the round anniversaries of one year with `--year`, otherwise every event.

use crate::input::{read_text, DEFAULT_DATASET};
use crate::{parse_common, EXIT_USAGE};
use daumoc_core::i18n::fill;
use daumoc_core::{anniversaries_ics, anniversaries_in_year, events_ics, parse_dataset, IcsStamp};
use std::fs::OpenOptions;
use std::io::Write;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

/// Formats a later issue adds; named so that nobody guesses at them.
const LATER_FORMATS: &str = "csv, timelinejs, html come with the editors' toolkit";

/// The export's own options; the rest goes to `parse_common`.
#[derive(Debug, Default, PartialEq)]
struct Options {
    to: Option<String>,
    year: Option<i32>,
    out: Option<String>,
    force: bool,
    rest: Vec<String>,
}

/// Runs the command; exit 0 when written, 1 when the file is not a dataset, 2 for a wrong
/// command line, an unreadable input or an output that cannot (or may not) be written.
pub fn run(args: &[String]) -> ExitCode {
    match export(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, message)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}

fn export(args: &[String]) -> Result<(), (u8, String)> {
    let usage = |message: String| (EXIT_USAGE, format!("daumoc export: {message}"));
    let options = take_options(args).map_err(usage)?;
    match options.to.as_deref() {
        Some("ics") => {}
        Some(other) => {
            return Err(usage(format!("--to {other}: not yet supported: {LATER_FORMATS}; use --to ics")))
        }
        None => return Err(usage("say which format, e.g. --to ics".into())),
    }
    let common = parse_common(&options.rest).map_err(usage)?;
    let file = match common.files.as_slice() {
        [] => DEFAULT_DATASET.to_string(),
        [file] => file.clone(),
        _ => return Err(usage("give at most one dataset file".into())),
    };
    let text = read_text(&file).map_err(|m| (EXIT_USAGE, format!("daumoc: {m}")))?;
    let lang = common.lang;
    let loaded = parse_dataset(&text).map_err(|e| (1, format!("{file}: error: {}", e.message(lang))))?;
    if loaded.skipped_count() > 0 {
        eprintln!("{file}: {} invalid events left out; see `daumoc validate {file}`", loaded.skipped_count());
    }
    let events = &loaded.dataset.events;
    let t = &lang.strings().calendar;
    let title = loaded.dataset.title.as_ref().map_or(t.default_name, |title| title.text(lang));
    let ics = match options.year {
        Some(year) => {
            if anniversaries_in_year(events, year).is_empty() {
                eprintln!("{}", fill(lang.strings().anniversaries.none_in_year, &[&year.to_string()]));
            }
            let name = fill(t.anniversaries_name, &[title, &year.to_string()]);
            anniversaries_ics(events, year, lang, now(), &name)
        }
        None => events_ics(events, lang, now(), title),
    };
    write_out(&ics, options.out.as_deref(), options.force)
}

/// Standard output, or a new file; an existing file is replaced only with `--force`.
fn write_out(ics: &str, out: Option<&str>, force: bool) -> Result<(), (u8, String)> {
    let Some(path) = out.filter(|p| *p != "-") else {
        return std::io::stdout()
            .write_all(ics.as_bytes())
            .map_err(|e| (EXIT_USAGE, format!("daumoc export: cannot write to standard output: {e}")));
    };
    // `create_new` refuses an existing file in the same step as opening, so no check can go stale.
    let mut open = OpenOptions::new();
    open.write(true);
    if force {
        open.create(true).truncate(true);
    } else {
        open.create_new(true);
    }
    let mut file = open.open(path).map_err(|e| {
        let message = if e.kind() == std::io::ErrorKind::AlreadyExists {
            format!("daumoc export: {path} already exists; add --force to overwrite it")
        } else {
            format!("daumoc export: {path}: cannot write: {e}")
        };
        (EXIT_USAGE, message)
    })?;
    file.write_all(ics.as_bytes())
        .map_err(|e| (EXIT_USAGE, format!("daumoc export: {path}: cannot write: {e}")))
}

/// Removes `--to F`, `--year N`, `-o FILE` (or `--output`) and `--force` from the arguments
/// (`--opt=value` works too); the last one given counts.
fn take_options(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |what: &str| {
            inline.clone().or_else(|| args.next().cloned()).ok_or_else(|| format!("{name} needs {what}"))
        };
        match name {
            "--to" => options.to = Some(value("a format, e.g. --to ics")?),
            "-o" | "--output" => options.out = Some(value("a file name, e.g. -o kyniem.ics")?),
            "--year" => {
                let text = value("a year, e.g. --year 2020")?;
                let year = text.trim().parse::<i32>().ok().filter(|y| (1..=9999).contains(y));
                options.year =
                    Some(year.ok_or_else(|| {
                        format!("--year: \"{text}\" is not a year (1–9999), e.g. --year 2020")
                    })?);
            }
            "--force" => options.force = true,
            _ => options.rest.push(arg.clone()),
        }
    }
    Ok(options)
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

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn options() {
        let o = take_options(&args(&[
            "--to",
            "ics",
            "--year=2020",
            "f.json",
            "-o",
            "x.ics",
            "--force",
            "--lang",
            "vi",
        ]))
        .unwrap();
        assert_eq!(
            o,
            Options {
                to: Some("ics".into()),
                year: Some(2020),
                out: Some("x.ics".into()),
                force: true,
                rest: args(&["f.json", "--lang", "vi"]),
            }
        );
        assert_eq!(take_options(&args(&["--to=csv", "-"])).unwrap().to.as_deref(), Some("csv"));
        assert_eq!(take_options(&args(&["--output=a.ics"])).unwrap().out.as_deref(), Some("a.ics"));
        assert!(take_options(&args(&["--to"])).is_err());
        assert!(take_options(&args(&["-o"])).is_err());
        assert!(take_options(&args(&["--year", "0"])).is_err());
        assert!(take_options(&args(&["--year", "abc"])).is_err());
    }

    #[test]
    fn now_is_after_2020() {
        assert!(now().utc().and_utc().timestamp() > 1_577_836_800);
    }
}
