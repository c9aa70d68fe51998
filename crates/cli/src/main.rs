//! `daumoc`: the command line for editors of a Dấu mốc dataset. Thin over `daumoc-core`: each
//! command reads its input, calls the core and writes the result; the clock and the file system
//! are only touched here.

mod anniversaries;
mod args;
mod export;
mod gen;
mod help;
mod import;
mod input;
mod stats;
mod validate;

use args::Command;
use std::process::ExitCode;

/// Exit code for data that is invalid or not what the command expects.
pub const EXIT_INVALID: u8 = 1;

/// Exit code for a command line that cannot be carried out (unknown command, unreadable file).
pub const EXIT_USAGE: u8 = 2;

/// Why a command stopped: its exit code and the message for standard error (one line, or
/// clap's error for a command line it accepted but that cannot be carried out).
pub type Failure = (u8, String);

/// Exit codes:
///   0  done; the data is valid
///   1  invalid data: errors in a dataset, rows or events left out of an import, a file that is
///      not what the command expects ([`EXIT_INVALID`])
///   2  wrong command line (clap's errors too), unreadable input, or an output that cannot (or
///      may not) be written ([`EXIT_USAGE`])
fn main() -> ExitCode {
    let cli = args::parse(std::env::args_os().collect());
    let common = &cli.common;
    let help_lang = common.message_lang();
    let result = match cli.command {
        None => args::print_help(None, help_lang),
        Some(Command::Help { command }) => args::print_help(command.as_deref(), help_lang),
        Some(Command::Validate(a)) => validate::run(a, common),
        Some(Command::Import(a)) => import::run(a, common),
        Some(Command::Export(a)) => export::run(a, common),
        Some(Command::Stats(a)) => stats::run(a, common),
        Some(Command::Anniversaries(a)) => anniversaries::run(a, common),
        Some(Command::Gen(a)) => gen::run(a, common),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err((code, message)) => {
            eprintln!("{message}");
            ExitCode::from(code)
        }
    }
}
