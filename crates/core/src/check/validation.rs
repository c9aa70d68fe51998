//! Checking dataset files for editors (`daumoc validate`): every problem at once, each located
//! by file, line and column, event id and JSON path, as text in Vietnamese or English or as
//! JSON for scripts. Warnings do not fail a check unless it is strict.

use crate::check::position::{JsonPositions, Position};
use crate::check::problem::{LoadError, Problem, ProblemKind, Severity};
use crate::formats::json::Json;
use crate::i18n::fill;
use crate::load::parse::{parse_text, Loaded};
use crate::load::sources::{merge_datasets, parse_index, IndexError, SourceIndex};
use crate::load::utf8::utf8_text;
use crate::model::lang::Lang;

/// A problem and where it is in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// The problem.
    pub problem: Problem,
    /// The line and column of the value it is about, or of the object a missing field belongs in.
    pub position: Position,
}

/// What a readable dataset file holds and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// Valid events.
    pub events: usize,
    /// Events left out because of errors.
    pub skipped: usize,
    /// Every problem, by line and column.
    pub problems: Vec<Located>,
}

/// The check of one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileCheck {
    /// The file's name as given (`-` for standard input).
    pub file: String,
    /// The problems, or why no event of the file can be read (with its place, for broken JSON).
    pub result: Result<Checked, (LoadError, Option<Position>)>,
}

/// Checks a dataset's text or bytes, read from `file`.
pub fn check(file: &str, data: impl AsRef<[u8]>) -> FileCheck {
    ReadFile::new(data.as_ref()).check(file)
}

/// A dataset file decoded and parsed once, for its own check and the merge's.
struct ReadFile {
    loaded: Result<Loaded, LoadError>,
    /// Where each value is in the text; `None` when the file could not be read.
    positions: Option<JsonPositions>,
}

impl ReadFile {
    fn new(bytes: &[u8]) -> ReadFile {
        let (text, not_utf8) = utf8_text(bytes);
        let loaded = parse_text(&text, not_utf8);
        let positions = loaded.as_ref().ok().and_then(|_| JsonPositions::new(&text));
        ReadFile { loaded, positions }
    }

    fn check(&self, file: &str) -> FileCheck {
        let result = match &self.loaded {
            Ok(loaded) => {
                let mut problems = locate(&loaded.problems, self.positions.as_ref());
                // In the order an editor meets them going down the file; a missing field is at the
                // start of the object it is missing from.
                problems.sort_by_key(|l| l.position);
                Ok(Checked { events: loaded.dataset.events.len(), skipped: loaded.skipped_count(), problems })
            }
            Err(error) => {
                let position = match error {
                    LoadError::Json { line, column, .. } => Some(Position { line: *line, column: *column }),
                    _ => None,
                };
                Err((error.clone(), position))
            }
        };
        FileCheck { file: file.to_string(), result }
    }
}

/// Each problem with its place: where a value is, or where the text stops being UTF-8.
fn locate(problems: &[Problem], positions: Option<&JsonPositions>) -> Vec<Located> {
    let start = Position { line: 1, column: 1 };
    let at = |p: &Problem| match p.kind {
        ProblemKind::NotUtf8 { line, column, .. } => Position { line, column },
        _ => positions.map_or(start, |ps| ps.locate(&p.path).0),
    };
    problems.iter().map(|p| Located { problem: p.clone(), position: at(p) }).collect()
}

/// The check of an index's own text when it has problems (bytes that are not UTF-8): a file
/// with no events, so the report and `--strict` count its warnings like any file's.
pub fn check_index_text(file: &str, index: &SourceIndex) -> Option<FileCheck> {
    let problems = locate(&index.problems, None);
    (!problems.is_empty()).then(|| FileCheck {
        file: file.to_string(),
        result: Ok(Checked { events: 0, skipped: 0, problems }),
    })
}

impl FileCheck {
    /// How many errors (a file that cannot be read counts as one).
    pub fn errors(&self) -> usize {
        match &self.result {
            Ok(c) => c.problems.iter().filter(|l| l.problem.severity == Severity::Error).count(),
            Err(_) => 1,
        }
    }

    /// How many warnings.
    pub fn warnings(&self) -> usize {
        match &self.result {
            Ok(c) => c.problems.iter().filter(|l| l.problem.severity == Severity::Warning).count(),
            Err(_) => 0,
        }
    }

    /// True when the file has no error (and, when `strict`, no warning either).
    pub fn passes(&self, strict: bool) -> bool {
        self.errors() == 0 && (!strict || self.warnings() == 0)
    }

    /// The report as lines: one per problem, `FILE:LINE:COLUMN: error: PATH (ID): message`,
    /// then a summary line; or the one line of a file that cannot be read.
    pub fn to_lines(&self, lang: Lang) -> Vec<String> {
        let t = &lang.strings().report;
        let file = &self.file;
        let checked = match &self.result {
            Ok(checked) => checked,
            Err((error, position)) => {
                let at = position.map_or_else(String::new, |p| format!(":{}:{}", p.line, p.column));
                return vec![format!("{file}{at}: {}: {}", t.error, error.message(lang))];
            }
        };
        let mut lines: Vec<String> = checked
            .problems
            .iter()
            .map(|l| {
                let level = if l.problem.severity == Severity::Error { t.error } else { t.warning };
                let p = l.position;
                format!("{file}:{}:{}: {level}: {}", p.line, p.column, l.problem.describe(lang))
            })
            .collect();
        let counts = [checked.events, checked.skipped, self.errors(), self.warnings()].map(|n| n.to_string());
        lines.push(fill(t.summary, &[file, &counts[0], &counts[1], &counts[2], &counts[3]]));
        lines
    }
}

/// Checks the files an index lists, together: each file as [`check`] does, plus what only the
/// merge shows (an id used by two files, a tag labelled differently), added to the file it
/// concerns with its line and column. `files` are (name, text or bytes) in the index's order.
pub fn check_together<T: AsRef<[u8]>>(files: &[(String, T)]) -> Vec<FileCheck> {
    // Each file is decoded, parsed and indexed by position once, however many problems the merge
    // finds in it (a file listed twice under two names has one per event).
    let read: Vec<ReadFile> = files.iter().map(|(_, data)| ReadFile::new(data.as_ref())).collect();
    let mut checks: Vec<FileCheck> = files.iter().zip(&read).map(|((name, _), r)| r.check(name)).collect();
    let mut parts = Vec::with_capacity(read.len());
    let mut positions = Vec::with_capacity(read.len());
    for ((name, _), r) in files.iter().zip(read) {
        parts.push((name.clone(), r.loaded.ok()));
        positions.push(r.positions);
    }
    let merged = merge_datasets(parts, None, None);
    let start = Position { line: 1, column: 1 };
    for problem in merged.problems.into_iter().filter(|p| p.kind.is_cross_file()) {
        let Some(file) = problem.file else { continue };
        let Ok(checked) = &mut checks[file].result else { continue };
        let position = positions[file].as_ref().map_or(start, |ps| ps.locate(&problem.path).0);
        // The event was counted as valid by the file's own check; the merge leaves it out.
        if problem.severity == Severity::Error && problem.index.is_some() {
            checked.events = checked.events.saturating_sub(1);
            checked.skipped += 1;
        }
        // Within one file's report the file is implied.
        checked.problems.push(Located { problem: Problem { file: None, ..problem }, position });
    }
    for check in &mut checks {
        if let Ok(checked) = &mut check.result {
            // Stable: the file's own problems before the merge's at the same place, as before.
            checked.problems.sort_by_key(|l| l.position);
        }
    }
    checks
}

/// The check of an index of dataset files that has mistakes: each with its line and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexCheck {
    /// The index's name as given.
    pub file: String,
    /// Every mistake, in the order found.
    pub errors: Vec<(IndexError, Position)>,
}

/// Reads an index (text or bytes) for `daumoc validate`; its mistakes come back located in the
/// file.
pub fn check_index(file: &str, data: impl AsRef<[u8]>) -> Result<SourceIndex, IndexCheck> {
    let bytes = data.as_ref();
    parse_index(bytes).map_err(|errors| {
        let positions = JsonPositions::new(&utf8_text(bytes).0);
        let start = Position { line: 1, column: 1 };
        let errors = errors
            .into_iter()
            .map(|e| {
                let at = match (&e, e.path(), &positions) {
                    (IndexError::Json { line, column, .. }, _, _) => {
                        Position { line: *line, column: *column }
                    }
                    (_, Some(path), Some(ps)) => ps.locate(&path).0,
                    _ => start,
                };
                (e, at)
            })
            .collect();
        IndexCheck { file: file.to_string(), errors }
    })
}

impl IndexCheck {
    /// One line per mistake: `FILE:LINE:COLUMN: error: files[2].file: message`.
    pub fn to_lines(&self, lang: Lang) -> Vec<String> {
        let error = lang.strings().report.error;
        self.errors
            .iter()
            .map(|(e, p)| format!("{}:{}:{}: {error}: {}", self.file, p.line, p.column, e.message(lang)))
            .collect()
    }

    fn to_json(&self, lang: Lang) -> Json {
        let errors = self
            .errors
            .iter()
            .map(|(e, p)| {
                Json::Obj(vec![
                    ("code".into(), Json::str(e.code())),
                    ("line".into(), Json::Int(p.line as i64)),
                    ("column".into(), Json::Int(p.column as i64)),
                    ("path".into(), e.path().map_or(Json::Null, Json::str)),
                    ("message".into(), Json::str(e.message(lang))),
                ])
            })
            .collect();
        Json::Obj(vec![
            ("file".into(), Json::str(self.file.as_str())),
            ("valid".into(), Json::Bool(false)),
            ("errors".into(), Json::Arr(errors)),
        ])
    }
}

/// [`checks_to_json`] with indexes that have mistakes, listed under `"indexes"` (only when
/// there are some, so reports of plain files stay as they were).
pub fn report_to_json(indexes: &[IndexCheck], checks: &[FileCheck], strict: bool, lang: Lang) -> String {
    let files = checks.iter().map(|c| file_json(c, strict, lang)).collect();
    let mut root = vec![
        ("valid".into(), Json::Bool(indexes.is_empty() && checks.iter().all(|c| c.passes(strict)))),
        ("strict".into(), Json::Bool(strict)),
    ];
    if !indexes.is_empty() {
        root.push(("indexes".into(), Json::Arr(indexes.iter().map(|i| i.to_json(lang)).collect())));
    }
    root.push(("files".into(), Json::Arr(files)));
    Json::Obj(root).to_pretty()
}

/// The checks as JSON for scripts and editors' tools:
/// `{"valid": bool, "strict": bool, "files": [{"file", "valid", "events", "skipped", "errors",
/// "warnings", "problems": [{"severity", "code", "line", "column", "path", "index", "event_id",
/// "message"}], "error"}]}`. Messages are in `lang`; codes ([`crate::ProblemKind::code`]) are not.
pub fn checks_to_json(checks: &[FileCheck], strict: bool, lang: Lang) -> String {
    report_to_json(&[], checks, strict, lang)
}

fn file_json(check: &FileCheck, strict: bool, lang: Lang) -> Json {
    let int = |n: usize| Json::Int(n as i64);
    let mut m = vec![
        ("file".to_string(), Json::str(check.file.as_str())),
        ("valid".into(), Json::Bool(check.passes(strict))),
    ];
    match &check.result {
        Ok(checked) => {
            m.push(("events".into(), int(checked.events)));
            m.push(("skipped".into(), int(checked.skipped)));
            m.push(("errors".into(), int(check.errors())));
            m.push(("warnings".into(), int(check.warnings())));
            let problems = checked.problems.iter().map(|l| problem_json(l, lang)).collect();
            m.push(("problems".into(), Json::Arr(problems)));
        }
        Err((error, position)) => {
            let mut e = vec![("code".to_string(), Json::str(error.code()))];
            if let Some(p) = position {
                e.push(("line".into(), int(p.line)));
                e.push(("column".into(), int(p.column)));
            }
            e.push(("message".into(), Json::str(error.message(lang))));
            m.push(("error".into(), Json::Obj(e)));
        }
    }
    Json::Obj(m)
}

fn problem_json(l: &Located, lang: Lang) -> Json {
    let p = &l.problem;
    let severity = if p.severity == Severity::Error { "error" } else { "warning" };
    Json::Obj(vec![
        ("severity".into(), Json::str(severity)),
        ("code".into(), Json::str(p.kind.code())),
        ("line".into(), Json::Int(l.position.line as i64)),
        ("column".into(), Json::Int(l.position.column as i64)),
        ("path".into(), Json::str(p.path.as_str())),
        ("index".into(), p.index.map_or(Json::Null, |i| Json::Int(i as i64))),
        ("event_id".into(), p.event_id.as_deref().map_or(Json::Null, Json::str)),
        ("message".into(), Json::str(p.kind.message(lang))),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVENT: &str = r#"{"id":"ID","title":{"vi":"T","en":"T"},"date":"2000","category":"history","level":"national","source":{"document":"d"}}"#;

    fn file(name: &str, tags: &str, ids: &[&str]) -> (String, String) {
        let events: Vec<String> = ids.iter().map(|id| EVENT.replace("ID", id)).collect();
        (
            name.into(),
            format!("{{\"version\":1,\"tags\":{{{tags}}},\"events\":[\n{}\n]}}", events.join(",\n")),
        )
    }

    #[test]
    fn files_checked_together_report_cross_file_problems_in_place() {
        let checks = check_together(&[
            file("a.json", r#""t":"A""#, &["x", "a"]),
            file("b.json", r#""t":"B""#, &["b", "x"]),
        ]);
        assert!(checks[0].passes(true));
        let lines = checks[1].to_lines(Lang::En);
        assert_eq!(
            lines,
            [
                "b.json:1:26: warning: tags.t: the tag \"t\" has another label in a.json; the label of a.json is used",
                "b.json:3:7: error: events[1].id (x): the id \"x\" is already used in a.json: the event of a.json is kept, this one of b.json is left out",
                "b.json: 1 valid events, 1 skipped, 1 errors, 1 warnings",
            ]
        );
    }

    #[test]
    fn a_file_listed_twice_has_every_event_located_once_in_its_second_name() {
        let (_, text) = file("a.json", "", &["x", "y", "z"]);
        let checks = check_together(&[("a.json".to_string(), text.clone()), ("copy.json".to_string(), text)]);
        assert!(checks[0].passes(true));
        let Ok(copy) = &checks[1].result else { panic!("copy.json is readable") };
        let found: Vec<(usize, usize, &str)> = copy
            .problems
            .iter()
            .map(|l| (l.position.line, l.position.column, l.problem.path.as_str()))
            .collect();
        assert_eq!(found, [(2, 7, "events[0].id"), (3, 7, "events[1].id"), (4, 7, "events[2].id")]);
        assert_eq!((copy.events, copy.skipped), (0, 3));
    }

    #[test]
    fn index_mistakes_are_located() {
        let text = "{\"version\": 1,\n \"files\": [\n  {\"file\": \"../x.json\"}\n ]}";
        let check = check_index("index.json", text).unwrap_err();
        assert_eq!(
            check.to_lines(Lang::En),
            ["index.json:3:12: error: files[0].file: the path \"../x.json\" is refused: only a relative path inside the list's folder is allowed (no \"..\", no leading \"/\", no \":\", \"%\", \"?\", \"#\", \"\\\" or spaces)"]
        );
        let json = report_to_json(&[check], &[], false, Lang::En);
        assert!(json.contains("\"code\": \"unsafe-path\""), "{json}");
        assert!(json.contains("\"valid\": false"), "{json}");
        assert!(check_index("index.json", r#"{"version":1,"files":[{"file":"a.json"}]}"#).is_ok());
        assert!(!checks_to_json(&[], false, Lang::En).contains("indexes"));
    }
}
