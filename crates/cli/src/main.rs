//! `daumoc`: the command line for editors of a Dấu mốc dataset. Thin over `daumoc-core`: each
//! command reads its input, calls the core and writes the result; the clock and the file system
//! are only touched here.

mod anniversaries;
mod args;
mod export;
mod gen;
mod import;
mod input;
mod stats;
mod validate;

use args::{parse, Args, Parsed, Spec};
use std::process::ExitCode;

const USAGE: &str = "\
daumoc — công cụ dòng lệnh cho dữ liệu Dấu mốc / command line for Dấu mốc datasets

Usage:
  daumoc validate [FILE...] [--strict] [--format text|json]
                              check datasets: every problem with FILE:LINE:COLUMN, path and event id
  daumoc import --from csv|timelinejs|timelinejs-csv FILE [--category C] [--level L] [--base DATASET]
                              convert a spreadsheet or a TimelineJS timeline to a dataset (JSON)
  daumoc export --to csv|timelinejs|ics|html [FILE] [--year YEAR] [--fragment]
                              write a dataset as CSV, TimelineJS JSON, iCalendar or a static HTML page
  daumoc stats [FILE] [--format text|json]
                              events per category, level and decade; the time they span
  daumoc anniversaries [--year YEAR] [FILE]
                              round anniversaries of YEAR (default: this year), ★ = major
  daumoc gen --events N --seed S
                              a deterministic synthetic dataset for tests and benchmarks
  daumoc COMMAND --help       the command's options and examples

Every command that reads a dataset reads public/data/events.json when no FILE is given, or
FILE, or standard input for -. FILE may also be an index of dataset files
(public/data/index.json): the files it lists are read and merged, as the app does. Results go
to standard output, or to a new file with -o OUT (an existing file is replaced only with
--force). --lang vi|en sets the language of messages.

Examples:
  daumoc validate public/data/events.json --lang vi
  daumoc validate public/data/index.json
  daumoc import --from csv su-kien.csv --base public/data/events.json -o moi.json
  daumoc export --to html -o danh-sach.html
  daumoc anniversaries --year 2020 --lang vi

Exit codes:
  0  done; the data is valid
  1  invalid data: errors in a dataset, rows or events left out of an import, a file that is
     not what the command expects
  2  wrong command line, unreadable input, or an output that cannot (or may not) be written";

/// Exit code for data that is invalid or not what the command expects.
pub const EXIT_INVALID: u8 = 1;

/// Exit code for a command line that cannot be carried out (unknown command, unreadable file).
pub const EXIT_USAGE: u8 = 2;

/// Why a command stopped: its exit code and one line for standard error.
pub type Failure = (u8, String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or(&[]);
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("validate") => command(rest, &validate::SPEC, validate::run),
        Some("import") => command(rest, &import::SPEC, import::run),
        Some("export") => command(rest, &export::SPEC, export::run),
        Some("stats") => command(rest, &stats::SPEC, stats::run),
        Some("anniversaries") => command(rest, &anniversaries::SPEC, anniversaries::run),
        Some("gen") => command(rest, &gen::SPEC, gen::run),
        Some(other) => {
            eprintln!("daumoc: unknown command \"{other}\"; run `daumoc --help`");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// Parses a command's arguments, prints its help or runs it; a failure is one line on
/// standard error. `run` gives the exit code of a command that went through.
fn command(args: &[String], spec: &Spec, run: fn(Args) -> Result<u8, Failure>) -> ExitCode {
    let result = match parse(args, spec) {
        Ok(Parsed::Help) => {
            println!("{}", spec.help);
            Ok(0)
        }
        Ok(Parsed::Run(args)) => run(args),
        Err(message) => Err(input::usage(spec.name, message)),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err((code, message)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}
