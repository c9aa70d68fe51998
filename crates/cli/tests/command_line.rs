//! What clap gives every command: `--help` in both languages, `--version`, `--`, typed values.

mod common;

use common::{assert_usage_error, daumoc, stderr, stdout, temp_path};
use std::process::Command;

#[test]
fn version() {
    for flag in ["--version", "-V"] {
        let out = daumoc(&[flag], None);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(stdout(&out), format!("daumoc {}\n", env!("CARGO_PKG_VERSION")));
    }
}

#[test]
fn help_in_english_by_default() {
    for args in [&["--help"][..], &["-h"], &[], &["help"], &["--lang", "en", "--help"]] {
        let out = daumoc(args, None);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let help = stdout(&out);
        assert!(
            help.starts_with(
                "daumoc — command line for Dấu mốc datasets\n\nUsage: daumoc [OPTIONS] [COMMAND]\n"
            ),
            "{help}"
        );
        for line in [
            "Commands:\n  validate       check datasets",
            "  gen            a deterministic synthetic dataset for tests and benchmarks\n",
            "  -V, --version       print the version\n",
            "Examples:\n  daumoc validate",
            "Exit codes:\n  0  done; the data is valid\n",
            "Tiếng Việt: daumoc --help --lang vi\n",
        ] {
            assert!(help.contains(line), "{line:?} not in\n{help}");
        }
        assert!(!help.contains('\u{1b}'), "no colours when not on a terminal");
    }
}

#[test]
fn help_in_vietnamese() {
    for args in
        [&["--help", "--lang", "vi"][..], &["--lang=vi", "-h"], &["--lang", "vi"], &["help", "--lang", "vi"]]
    {
        let out = daumoc(args, None);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        let help = stdout(&out);
        assert!(
            help.starts_with(
                "daumoc — công cụ dòng lệnh cho dữ liệu Dấu mốc\n\nCách dùng: daumoc [OPTIONS] [COMMAND]\n"
            ),
            "{help}"
        );
        for line in [
            "Lệnh:\n  validate       kiểm tra bộ dữ liệu",
            "Tuỳ chọn:\n      --lang <LANG>   ngôn ngữ của thông báo và trợ giúp: vi hoặc en",
            "Ví dụ:\n  daumoc validate",
            "Mã thoát:\n  0  xong; dữ liệu hợp lệ\n",
            "In English: daumoc --help --lang en\n",
        ] {
            assert!(help.contains(line), "{line:?} not in\n{help}");
        }
        assert!(!help.contains("Options:") && !help.contains("Usage:"), "{help}");
    }
}

#[test]
fn command_help_in_both_languages() {
    let out = daumoc(&["export", "--help"], None);
    assert_eq!(out.status.code(), Some(0));
    let en = stdout(&out);
    assert!(en.starts_with("daumoc export — write a dataset as CSV"), "{en}");
    assert!(en.contains("Usage: daumoc export [OPTIONS] --to <FORMAT> [FILE]\n"), "{en}");
    assert!(en.contains("Arguments:\n  [FILE]  the dataset"), "{en}");
    assert!(
        en.contains("      --to <FORMAT>        the format: csv, timelinejs, ics, html, xlsx or xlsx-template (see below)\n"),
        "{en}"
    );

    let out = daumoc(&["export", "--lang", "vi", "--help"], None);
    assert_eq!(out.status.code(), Some(0));
    let vi = stdout(&out);
    assert!(vi.starts_with("daumoc export — ghi bộ dữ liệu ra CSV"), "{vi}");
    assert!(vi.contains("Cách dùng: daumoc export [OPTIONS] --to <FORMAT> [FILE]\n"), "{vi}");
    assert!(vi.contains("Tham số:\n  [FILE]  bộ dữ liệu"), "{vi}");
    assert!(
        vi.contains("      --to <FORMAT>        định dạng: csv, timelinejs, ics, html, xlsx hoặc xlsx-template (xem dưới)\n"),
        "{vi}"
    );
    assert!(vi.contains("Ví dụ:\n  daumoc export") && vi.contains("Mã thoát: 0 đã ghi"), "{vi}");

    // `daumoc help COMMAND` is `daumoc COMMAND --help`.
    assert_eq!(stdout(&daumoc(&["help", "export", "--lang", "vi"], None)), vi);
    assert_usage_error(&daumoc(&["help", "nope"], None), &["unrecognized subcommand 'nope'"]);
}

#[test]
fn a_file_named_like_an_option_goes_after_double_dash() {
    let dir = temp_path("double-dash", "dir");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir(&dir).unwrap();
    let events = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/events.json");
    std::fs::copy(events, dir.join("--x.json")).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_daumoc")).args(args).current_dir(&dir).output().unwrap()
    };

    let out = run(&["stats", "--", "--x.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Lạng Sơn milestones\n46 events, "), "{}", stdout(&out));
    let out = run(&["validate", "--strict", "--", "--x.json", "--lang"]);
    assert_eq!(out.status.code(), Some(2), "--lang after -- is a file, which is not there");
    assert!(stdout(&out).contains("--x.json: 46 valid events"), "{}", stdout(&out));
    assert!(stderr(&out).contains("daumoc: --lang: cannot read"), "{}", stderr(&out));
    // Without --, it is an option clap does not know.
    assert_usage_error(
        &run(&["stats", "--x.json"]),
        &["unexpected argument '--x.json' found", "'-- --x.json'"],
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn values_are_typed() {
    assert_usage_error(
        &daumoc(&["export", "--to", "pdf"], None),
        &[
            "invalid value 'pdf' for '--to <FORMAT>'",
            "[possible values: csv, timelinejs, ics, html, xlsx, xlsx-template]",
        ],
    );
    assert_usage_error(
        &daumoc(&["stats", "--format", "yaml", "--lang", "vi"], None),
        &["invalid value 'yaml' for '--format <FORMAT>'", "[possible values: text, json]"],
    );
    // Languages as the core reads them, in any case or with a region.
    let out = daumoc(&["stats", "--lang", "VI"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Dấu mốc Lạng Sơn\n46 sự kiện"), "{}", stdout(&out));
    assert_eq!(daumoc(&["stats", "--lang=en-GB"], None).status.code(), Some(0));
    // The common options go before or after the command's name.
    let before = daumoc(&["--lang", "vi", "anniversaries", "--year", "2020"], None);
    let after = daumoc(&["anniversaries", "--year", "2020", "--lang", "vi"], None);
    assert_eq!(before.status.code(), Some(0), "{}", stderr(&before));
    assert_eq!(stdout(&before), stdout(&after));
    // An option given twice counts the last time, as it always did.
    let twice =
        daumoc(&["anniversaries", "--year", "1990", "--year=2020", "--lang", "en", "--lang", "vi"], None);
    assert_eq!(stdout(&twice), stdout(&after));
}
