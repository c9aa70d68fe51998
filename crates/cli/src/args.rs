//! The command line of every `daumoc` command: files, `--lang`, `-o`/`--force`, `--help`, and
//! each command's own options, all accepted as `--opt value` or `--opt=value`, in any order.

use daumoc_core::Lang;

/// What one command accepts besides files and the common options.
pub struct Spec {
    /// The command's name, e.g. `export`.
    pub name: &'static str,
    /// Options that take a value, e.g. `--to`.
    pub values: &'static [&'static str],
    /// Options without a value, e.g. `--strict`.
    pub flags: &'static [&'static str],
    /// The command's `--help` text.
    pub help: &'static str,
}

/// A parsed command line.
#[derive(Debug, Default, PartialEq)]
pub struct Args {
    /// Files named (`-` is standard input), in order.
    pub files: Vec<String>,
    /// `--lang`, if given.
    pub lang: Option<Lang>,
    /// `-o FILE` / `--output FILE`; `-` is standard output.
    pub out: Option<String>,
    /// `--force`: replace an existing output file.
    pub force: bool,
    values: Vec<(&'static str, String)>,
    flags: Vec<&'static str>,
}

impl Args {
    /// The value of an option; the last one given counts.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    /// Whether a flag was given.
    pub fn flag(&self, name: &str) -> bool {
        self.flags.contains(&name)
    }

    /// The language of messages: English unless `--lang` says otherwise.
    pub fn message_lang(&self) -> Lang {
        self.lang.unwrap_or(Lang::En)
    }
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Parsed {
    /// Run the command.
    Run(Args),
    /// Print the command's help.
    Help,
}

/// Parses a command's arguments; an error is a one-line message without the command's name.
pub fn parse(args: &[String], spec: &Spec) -> Result<Parsed, String> {
    let mut parsed = Args::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut value = |example: &str| {
            inline
                .clone()
                .or_else(|| rest.next().cloned())
                .ok_or_else(|| format!("{name} needs a value, e.g. {example}"))
        };
        match name {
            "-h" | "--help" => return Ok(Parsed::Help),
            "--lang" => {
                let code = value("--lang vi")?;
                let lang = code
                    .parse::<Lang>()
                    .ok()
                    .ok_or_else(|| format!("--lang: unknown language \"{code}\" (vi or en)"))?;
                parsed.lang = Some(lang);
            }
            "-o" | "--output" => parsed.out = Some(value("-o out.json")?),
            "--force" => parsed.force = true,
            "-" => parsed.files.push(arg.clone()),
            n if spec.values.contains(&n) => {
                let known = spec.values.iter().find(|v| **v == n).copied().unwrap_or("");
                parsed.values.push((known, value(&format!("{n} …"))?));
            }
            n if spec.flags.contains(&n) && inline.is_none() => {
                parsed.flags.push(spec.flags.iter().find(|f| **f == n).copied().unwrap_or(""));
            }
            n if n.starts_with('-') => {
                return Err(format!("unknown option \"{n}\"; run `daumoc {} --help`", spec.name));
            }
            _ => parsed.files.push(arg.clone()),
        }
    }
    Ok(Parsed::Run(parsed))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: Spec = Spec { name: "x", values: &["--to", "--year"], flags: &["--strict"], help: "" };

    fn run(list: &[&str]) -> Result<Args, String> {
        let args: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        match parse(&args, &SPEC)? {
            Parsed::Run(a) => Ok(a),
            Parsed::Help => Err("help".into()),
        }
    }

    #[test]
    fn options_in_any_order_and_form() {
        let a = run(&[
            "--to",
            "csv",
            "f.json",
            "--year=2020",
            "-o",
            "x",
            "--force",
            "--lang",
            "vi",
            "--strict",
            "-",
        ])
        .unwrap();
        assert_eq!(a.files, ["f.json", "-"]);
        assert_eq!((a.value("--to"), a.value("--year")), (Some("csv"), Some("2020")));
        assert_eq!((a.out.as_deref(), a.force, a.lang), (Some("x"), true, Some(Lang::Vi)));
        assert!(a.flag("--strict"));
        assert_eq!(run(&["--to=a", "--to", "b"]).unwrap().value("--to"), Some("b"));
        assert_eq!(run(&["--output=o.csv"]).unwrap().out.as_deref(), Some("o.csv"));
        assert_eq!(run(&[]).unwrap().message_lang(), Lang::En);
    }

    #[test]
    fn mistakes_are_one_line() {
        for bad in [&["--to"][..], &["-o"], &["--lang", "fr"], &["--colour"], &["-x"], &["--strict=yes"]] {
            let message = run(bad).unwrap_err();
            assert!(!message.contains('\n'), "{message}");
        }
        assert_eq!(run(&["a", "--help", "--colour"]).unwrap_err(), "help");
    }
}
