//! Checking dataset files for editors (`daumoc validate`): every problem at once, each located
//! by file, line and column, event id and JSON path, as text in Vietnamese or English or as
//! JSON for scripts. Warnings do not fail a check unless it is strict.

use crate::i18n::fill;
use crate::json_position::{JsonPositions, Position};
use crate::lang::Lang;
use crate::parse::parse_dataset;
use crate::problem::{LoadError, Problem, Severity};
use crate::serialize::Json;

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

/// Checks a dataset's text, read from `file`.
pub fn check(file: &str, text: &str) -> FileCheck {
    let result = match parse_dataset(text) {
        Ok(loaded) => {
            let positions = JsonPositions::new(text);
            let start = Position { line: 1, column: 1 };
            let mut problems: Vec<Located> = loaded
                .problems
                .iter()
                .map(|p| Located {
                    problem: p.clone(),
                    position: positions.as_ref().map_or(start, |ps| ps.locate(&p.path).0),
                })
                .collect();
            // In the order an editor meets them going down the file; a missing field is at the
            // start of the object it is missing from.
            problems.sort_by_key(|l| l.position);
            Ok(Checked { events: loaded.dataset.events.len(), skipped: loaded.skipped_count(), problems })
        }
        Err(error) => {
            let position = match &error {
                LoadError::Json { line, column, .. } => Some(Position { line: *line, column: *column }),
                _ => None,
            };
            Err((error, position))
        }
    };
    FileCheck { file: file.to_string(), result }
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

/// The checks as JSON for scripts and editors' tools:
/// `{"valid": bool, "strict": bool, "files": [{"file", "valid", "events", "skipped", "errors",
/// "warnings", "problems": [{"severity", "code", "line", "column", "path", "index", "event_id",
/// "message"}], "error"}]}`. Messages are in `lang`; codes ([`crate::ProblemKind::code`]) are not.
pub fn checks_to_json(checks: &[FileCheck], strict: bool, lang: Lang) -> String {
    let files = checks.iter().map(|c| file_json(c, strict, lang)).collect();
    Json::Obj(vec![
        ("valid".into(), Json::Bool(checks.iter().all(|c| c.passes(strict)))),
        ("strict".into(), Json::Bool(strict)),
        ("files".into(), Json::Arr(files)),
    ])
    .to_pretty()
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
