//! `daumoc`: the command line for editors of a Dấu mốc dataset. Thin over `daumoc-core`.

mod anniversaries;
mod export;
mod input;
mod validate;

use daumoc_core::Lang;
use std::process::ExitCode;

const USAGE: &str = "\
daumoc — công cụ dòng lệnh cho dữ liệu Dấu mốc / command line for Dấu mốc datasets

Usage:
  daumoc validate [FILE] [--lang vi|en]   check a dataset (default: public/data/events.json; - = stdin)
  daumoc anniversaries [--year YEAR] [FILE] [--lang vi|en]
                                          round anniversaries of YEAR (default: this year), ★ = major
  daumoc export --to ics [--year YEAR] [FILE|-] [--lang vi|en] [-o OUT [--force]]
                                          iCalendar file: anniversaries of YEAR, or every event
  daumoc --help

Examples:
  daumoc validate public/data/events.json
  daumoc anniversaries --year 2020 --lang vi

Exit codes: 0 valid, 1 invalid data, 2 wrong usage or unreadable file.";

/// Exit code for a command line that cannot be carried out (unknown command, unreadable file).
pub const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("validate") => validate::run(&args[1..]),
        Some("anniversaries") => anniversaries::run(&args[1..]),
        Some("export") => export::run(&args[1..]),
        Some(other) => {
            eprintln!("daumoc: unknown command \"{other}\"; run `daumoc --help`");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// Options shared by the commands: the files and the language of messages.
pub struct Common {
    /// Files named on the command line (empty: the default dataset).
    pub files: Vec<String>,
    /// Language of messages.
    pub lang: Lang,
}

/// Parses `[FILE...] [--lang vi|en]`; an error is a one-line message.
pub fn parse_common(args: &[String]) -> Result<Common, String> {
    let mut common = Common { files: Vec::new(), lang: Lang::En };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--lang" => {
                let code = rest.next().ok_or("--lang needs vi or en")?;
                common.lang = Lang::from_code(code)
                    .ok_or_else(|| format!("--lang: unknown language \"{code}\" (vi or en)"))?;
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option \"{flag}\"; run `daumoc --help`"))
            }
            file => common.files.push(file.to_string()),
        }
    }
    Ok(common)
}
