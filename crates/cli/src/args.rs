//! The command line of `daumoc`, parsed by `clap`: typed subcommands and values, `--`, `--help`
//! in the language of `--lang` (see [`help`](crate::help)), `--version`. A wrong command line is
//! clap's error, exit 2.

use crate::help::{self, Texts};
use crate::Failure;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::error::ErrorKind;
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use daumoc_core::{Category, Lang, Level, Year};
use std::ffi::{OsStr, OsString};

/// The largest `gen --events` accepted.
pub const MAX_EVENTS: usize = 1_000_000;

/// `daumoc`: a command and the options every command takes.
#[derive(Debug, Parser)]
#[command(
    name = "daumoc",
    bin_name = "daumoc",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// The command; none prints the help.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options of every command.
    #[command(flatten)]
    pub common: Common,
}

/// The options every command takes, before or after its name.
#[derive(Debug, Default, clap::Args)]
pub struct Common {
    /// `--lang`: the language of messages (and of some exports' text).
    #[arg(long, global = true, value_name = "LANG", value_parser = lang_parser())]
    pub lang: Option<Lang>,
    /// `-o FILE` / `--output FILE`; `-` is standard output.
    #[arg(short = 'o', long = "output", global = true, value_name = "OUT")]
    pub out: Option<String>,
    /// `--force`: replace an existing output file.
    #[arg(long, global = true)]
    pub force: bool,
}

impl Common {
    /// The language of messages: English unless `--lang` says otherwise.
    pub fn message_lang(&self) -> Lang {
        self.lang.unwrap_or(Lang::En)
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// `daumoc validate`.
    Validate(Validate),
    /// `daumoc import`.
    Import(Import),
    /// `daumoc export`.
    Export(Export),
    /// `daumoc stats`.
    Stats(Stats),
    /// `daumoc anniversaries`.
    Anniversaries(Anniversaries),
    /// `daumoc gen`.
    Gen(Gen),
    /// `daumoc help [COMMAND]`: the help of `daumoc` or of a command.
    Help {
        /// The command whose help to print.
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

/// Text for people or JSON for scripts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Lines of text.
    #[default]
    Text,
    /// JSON.
    Json,
}

/// What `daumoc import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// The editors' spreadsheet.
    Csv,
    /// A TimelineJS 3 JSON file.
    Timelinejs,
    /// A TimelineJS Google Sheet downloaded as CSV.
    TimelinejsCsv,
    /// An Excel workbook in the editors' layout.
    Xlsx,
    /// A LibreOffice (OpenDocument) spreadsheet in the editors' layout.
    Ods,
}

/// What `daumoc export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The editors' spreadsheet.
    Csv,
    /// TimelineJS 3 JSON.
    Timelinejs,
    /// iCalendar.
    Ics,
    /// A static HTML page.
    Html,
    /// The editors' Excel workbook (every event, a guide sheet, drop-down lists).
    Xlsx,
    /// The Excel template: the workbook with one example event.
    XlsxTemplate,
}

/// `daumoc validate [FILE...] [--strict] [--format text|json]`.
#[derive(Debug, clap::Args)]
pub struct Validate {
    /// The datasets or indexes to check.
    #[arg(value_name = "FILE")]
    pub files: Vec<String>,
    /// Warnings fail too.
    #[arg(long)]
    pub strict: bool,
    /// Text or JSON.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t)]
    pub format: Format,
}

/// `daumoc import --from F FILE [--category C] [--level L] [--base DATASET] [--source-lang vi|en]`.
#[derive(Debug, clap::Args)]
pub struct Import {
    /// The file to import.
    #[arg(value_name = "FILE")]
    pub file: String,
    /// What FILE is.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: ImportFormat,
    /// The category of events that name none.
    #[arg(long, value_name = "C", value_parser = category_parser())]
    pub category: Option<Category>,
    /// The level of TimelineJS events.
    #[arg(long, value_name = "L", value_parser = level_parser())]
    pub level: Option<Level>,
    /// The dataset whose title, subtitle and tag labels to take.
    #[arg(long, value_name = "DATASET")]
    pub base: Option<String>,
    /// The language of the TimelineJS text (`--lang` is the language of messages).
    #[arg(long, value_name = "LANG", value_parser = lang_parser())]
    pub source_lang: Option<Lang>,
}

/// `daumoc export --to F [FILE] [--year YEAR] [--fragment]`.
#[derive(Debug, clap::Args)]
pub struct Export {
    /// The dataset.
    #[arg(value_name = "FILE")]
    pub file: Option<String>,
    /// The format.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub to: ExportFormat,
    /// The year of the anniversaries (`--to ics`).
    #[arg(long, value_name = "YEAR", value_parser = parse_year)]
    pub year: Option<i32>,
    /// Only the list (`--to html`).
    #[arg(long)]
    pub fragment: bool,
    /// Where the dataset's folder is, seen from the page (`--to html`): prefixes pictures' relative paths.
    #[arg(long, value_name = "PATH")]
    pub media_base: Option<String>,
}

/// `daumoc stats [FILE] [--format text|json]`.
#[derive(Debug, clap::Args)]
pub struct Stats {
    /// The dataset.
    #[arg(value_name = "FILE")]
    pub file: Option<String>,
    /// Text or JSON.
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t)]
    pub format: Format,
}

/// `daumoc anniversaries [--year YEAR] [FILE]`.
#[derive(Debug, clap::Args)]
pub struct Anniversaries {
    /// The dataset.
    #[arg(value_name = "FILE")]
    pub file: Option<String>,
    /// The year; this year when not given.
    #[arg(long, value_name = "YEAR", value_parser = parse_year)]
    pub year: Option<i32>,
}

/// `daumoc gen [--events N] [--seed S]`.
#[derive(Debug, clap::Args)]
pub struct Gen {
    /// How many events.
    #[arg(long, value_name = "N", default_value_t = 1000, value_parser = parse_events, allow_negative_numbers = true)]
    pub events: usize,
    /// The seed.
    #[arg(long, value_name = "S", default_value_t = 0, value_parser = parse_seed, allow_negative_numbers = true)]
    pub seed: u64,
}

/// A value read by the core's own `FromStr` (`Lang`, `Category`, `Level`), so the
/// command line accepts what the data does; a wrong one is clap's error listing the core's ids.
#[derive(Clone)]
struct CoreValue<T> {
    ids: PossibleValuesParser,
    parse: fn(&str) -> Option<T>,
}

impl<T: Clone + Send + Sync + 'static> TypedValueParser for CoreValue<T> {
    type Value = T;

    fn parse_ref(&self, cmd: &clap::Command, arg: Option<&Arg>, value: &OsStr) -> Result<T, clap::Error> {
        match value.to_str().and_then(self.parse) {
            Some(parsed) => Ok(parsed),
            // Not one of the ids, or the core would have read it: the ids' parser says why.
            None => Err(self
                .ids
                .parse_ref(cmd, arg, value)
                .err()
                .unwrap_or_else(|| clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd))),
        }
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        self.ids.possible_values()
    }
}

/// A language: `vi` or `en` (as the core reads them: `EN`, `en-GB`…).
fn lang_parser() -> CoreValue<Lang> {
    CoreValue { ids: Lang::ALL.map(Lang::code).into(), parse: |code| code.parse().ok() }
}

/// A category id.
fn category_parser() -> CoreValue<Category> {
    CoreValue { ids: Category::ALL.map(Category::id).into(), parse: |id| id.parse().ok() }
}

/// A level id.
fn level_parser() -> CoreValue<Level> {
    CoreValue { ids: Level::ALL.map(Level::id).into(), parse: |id| id.parse().ok() }
}

/// A year the timeline can hold (the core's [`Year`] rule).
pub fn parse_year(text: &str) -> Result<i32, String> {
    text.parse::<Year>()
        .map(Year::get)
        .map_err(|_| format!("\"{text}\" is not a year ({}–{})", Year::FIRST, Year::LAST))
}

/// A number of events from 0 to [`MAX_EVENTS`].
fn parse_events(text: &str) -> Result<usize, String> {
    text.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| *n <= MAX_EVENTS)
        .ok_or_else(|| format!("give a number from 0 to {MAX_EVENTS}"))
}

/// A seed: any `u64`.
fn parse_seed(text: &str) -> Result<u64, String> {
    text.trim().parse::<u64>().map_err(|_| format!("give a whole number from 0 to {}", u64::MAX))
}

/// The language of the help: the last `--lang` before a `--`, if it names one; English otherwise.
/// Read before parsing, since the help is built in it (a wrong `--lang` is clap's error later).
pub fn help_lang(args: &[OsString]) -> Lang {
    let mut lang = Lang::En;
    let mut rest = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = rest.next() {
        let code = match arg.as_ref() {
            "--" => break,
            "--lang" => rest.next(),
            other => other.strip_prefix("--lang=").map(|c| c.to_string().into()),
        };
        if let Some(found) = code.as_deref().and_then(|c| c.parse::<Lang>().ok()) {
            lang = found;
        }
    }
    lang
}

/// The whole command line, its help in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let texts = help::texts(lang);
    let help = Arg::new("help").short('h').long("help").action(ArgAction::Help).global(true);
    let version = Arg::new("version").short('V').long("version").action(ArgAction::Version);
    let mut cmd = Cli::command().arg(help).arg(version);
    cmd = localize(cmd, texts, texts.about, texts.after_help, texts.global_args);
    for c in texts.commands {
        cmd = cmd.mut_subcommand(c.name, |sub| {
            localize(sub.disable_help_flag(true), texts, c.about, c.after_help, c.args)
        });
    }
    cmd.subcommand_help_heading(texts.commands_heading)
}

/// Sets a command's help texts: its summary, what follows the options, and each argument's line.
fn localize(
    mut cmd: clap::Command,
    texts: &Texts,
    about: &'static str,
    after_help: &'static str,
    args: &[(&'static str, &'static str)],
) -> clap::Command {
    for (id, text) in args {
        cmd = cmd.mut_arg(id, |a| a.help(*text));
    }
    let (positionals, options) = (texts.positionals_heading, texts.options_heading);
    // The first line names the command as it is typed: `daumoc`, `daumoc export`.
    let name = match cmd.get_name() {
        "daumoc" => "daumoc".to_string(),
        command => format!("daumoc {command}"),
    };
    let template = format!("{name} — {{about}}\n\n{}", texts.template);
    // As before clap: an option given twice counts the last time (`--year 2020 --year=1990`).
    let cmd = cmd.args_override_self(true);
    cmd.about(about).after_help(after_help).help_template(template).mut_args(|a| {
        let heading = if a.is_positional() { positionals } else { options };
        // Values and defaults are said in each argument's line, in its language.
        let values = a.get_action().takes_values();
        a.help_heading(heading).hide_possible_values(values).hide_default_value(values)
    })
}

/// Parses the command line, or exits: after printing the help or the version (exit 0), or
/// clap's error for a wrong command line (exit 2).
pub fn parse(args: Vec<OsString>) -> Cli {
    let matches = command(help_lang(&args)).get_matches_from(args);
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    }
}

/// Prints the help of `daumoc`, or of one of its commands; an unknown command is clap's error.
pub fn print_help(name: Option<&str>, lang: Lang) -> Result<u8, Failure> {
    let mut cmd = command(lang);
    cmd.build();
    let target = match name {
        None => &mut cmd,
        Some(name) => match cmd.find_subcommand_mut(name) {
            Some(sub) => sub,
            None => {
                let message = format!("unrecognized subcommand '{name}'");
                return Err(misuse_of(&mut cmd, ErrorKind::InvalidSubcommand, message));
            }
        },
    };
    target.print_help().map_err(|e| (crate::EXIT_USAGE, format!("daumoc: {e}")))?;
    Ok(0)
}

/// A command line that clap accepted but that cannot be carried out (e.g. `--year` without
/// `--to ics`): clap's error for `command`, with its usage line, exit 2.
pub fn misuse(name: &str, kind: ErrorKind, message: impl std::fmt::Display, lang: Lang) -> Failure {
    let mut cmd = command(lang);
    cmd.build();
    match cmd.find_subcommand_mut(name) {
        Some(sub) => misuse_of(sub, kind, message),
        None => misuse_of(&mut cmd, kind, message),
    }
}

fn misuse_of(cmd: &mut clap::Command, kind: ErrorKind, message: impl std::fmt::Display) -> Failure {
    let text = cmd.error(kind, message).render().to_string();
    (crate::EXIT_USAGE, text.trim_end().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(list: &[&str]) -> Result<Cli, clap::Error> {
        let args: Vec<OsString> = ["daumoc"].iter().chain(list).map(OsString::from).collect();
        let matches = command(help_lang(&args)).try_get_matches_from(args)?;
        Cli::from_arg_matches(&matches)
    }

    #[test]
    fn the_command_line_is_consistent() {
        for lang in Lang::ALL {
            command(lang).debug_assert();
        }
    }

    #[test]
    fn options_in_any_order_and_form() {
        let cli = parse(&["export", "--to", "csv", "f.json", "-o", "x", "--force", "--lang=vi"]).unwrap();
        let Some(Command::Export(export)) = cli.command else { panic!("{:?}", cli.command) };
        assert_eq!(
            (export.to, export.file.as_deref(), export.year),
            (ExportFormat::Csv, Some("f.json"), None)
        );
        assert_eq!((cli.common.out.as_deref(), cli.common.force), (Some("x"), true));
        assert_eq!(cli.common.lang, Some(Lang::Vi));
        let cli = parse(&["--lang", "en", "validate", "--strict", "-", "b.json", "--format=json"]).unwrap();
        let Some(Command::Validate(v)) = cli.command else { panic!() };
        assert_eq!(
            (v.files, v.strict, v.format),
            (vec!["-".to_string(), "b.json".into()], true, Format::Json)
        );
        let cli = parse(&["anniversaries", "--year", "2020", "--year=1990", "--", "--x.json"]).unwrap();
        let Some(Command::Anniversaries(a)) = cli.command else { panic!() };
        assert_eq!((a.year, a.file.as_deref()), (Some(1990), Some("--x.json")));
        assert_eq!(parse(&[]).unwrap().common.message_lang(), Lang::En);
    }

    #[test]
    fn typed_values() {
        let cli = parse(&[
            "import",
            "--from",
            "timelinejs-csv",
            "-",
            "--category",
            "meeting",
            "--level",
            "national",
        ])
        .unwrap();
        let Some(Command::Import(i)) = cli.command else { panic!() };
        assert_eq!(
            (i.from, i.category, i.level),
            (ImportFormat::TimelinejsCsv, Some(Category::Meeting), Some(Level::National))
        );
        let Some(Command::Gen(g)) = parse(&["gen"]).unwrap().command else { panic!() };
        assert_eq!((g.events, g.seed), (1000, 0));
        for bad in [
            &["export", "--to", "pdf"][..],
            &["import", "--from", "csv", "f", "--category", "war"],
            &["import", "--from", "csv", "f", "--level", "district"],
            &["stats", "--format", "yaml"],
            &["stats", "--lang", "fr"],
        ] {
            assert_eq!(parse(bad).unwrap_err().kind(), ErrorKind::InvalidValue, "{bad:?}");
        }
        for bad in
            [&["gen", "--events", "2000000"][..], &["gen", "--seed", "x"], &["anniversaries", "--year", "0"]]
        {
            assert_eq!(parse(bad).unwrap_err().kind(), ErrorKind::ValueValidation, "{bad:?}");
        }
    }

    #[test]
    fn years() {
        assert_eq!(parse_year("2020"), Ok(2020));
        assert_eq!(parse_year(" 1990 "), Ok(1990));
        assert!(parse_year("abc").is_err());
        assert!(parse_year("0").is_err());
        assert!(parse_year("10000").is_err());
    }

    #[test]
    fn help_language() {
        let lang = |list: &[&str]| {
            let args: Vec<OsString> = ["daumoc"].iter().chain(list).map(OsString::from).collect();
            help_lang(&args)
        };
        assert_eq!(lang(&["--help"]), Lang::En);
        assert_eq!(lang(&["stats", "--lang", "vi", "-h"]), Lang::Vi);
        assert_eq!(lang(&["--lang=vi", "--lang", "en"]), Lang::En);
        assert_eq!(lang(&["--lang", "fr"]), Lang::En);
        assert_eq!(lang(&["stats", "--", "--lang", "vi"]), Lang::En);
    }

    #[test]
    fn every_argument_has_help_naming_its_values_in_both_languages() {
        for lang in Lang::ALL {
            let mut cmd = command(lang);
            cmd.build();
            let commands: Vec<&clap::Command> = std::iter::once(&cmd).chain(cmd.get_subcommands()).collect();
            for c in commands {
                assert!(c.get_about().is_some(), "{lang:?} {}", c.get_name());
                for arg in c.get_arguments() {
                    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                    assert!(!help.is_empty(), "{lang:?} {} {}", c.get_name(), arg.get_id());
                    for value in arg.get_possible_values() {
                        assert!(help.contains(value.get_name()), "{lang:?} {}: {help}", arg.get_id());
                    }
                }
            }
        }
    }
}
