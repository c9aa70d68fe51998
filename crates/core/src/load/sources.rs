//! Several dataset files shown as one timeline: the index that lists them (`data/index.json`,
//! e.g. national anniversaries, provincial events, one file per department), and the merge of
//! the parsed files into one [`Loaded`] that remembers which file each event came from.
//!
//! The index is small and written by the site's editors, so any mistake in it refuses the whole
//! list (with every mistake named); a listed file that is broken only loses its own events.

use crate::check::problem::{LoadError, Problem, ProblemKind};
use crate::i18n::fill;
use crate::load::fields::localized_value;
use crate::load::json_syntax::json_message;
use crate::load::json_tree::{Json, Object};
use crate::load::parse::{parse_decoded, read_json, EventOrigin, Loaded};
use crate::load::utf8::utf8_text;
use crate::model::event::{Dataset, SUPPORTED_VERSION};
use crate::model::lang::{Lang, Localized};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// The version of the index format this code reads.
pub const INDEX_VERSION: u64 = 1;

/// One dataset file listed in an index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// The path relative to the index, as listed less any `./` (e.g. `so-khcn/events.json`).
    pub file: String,
    /// What the file holds, for notices and an event's detail; the path when the index has none.
    pub label: Localized,
}

/// The list of dataset files that make up one timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceIndex {
    /// The format version of the index.
    pub version: u64,
    /// The timeline's title; when absent, the first file's title is used.
    pub title: Option<Localized>,
    /// The timeline's subtitle; when absent, the first file's subtitle is used.
    pub subtitle: Option<Localized>,
    /// The files, in the order they were listed (it decides which file wins a conflict).
    pub files: Vec<SourceFile>,
    /// Problems of the index file itself (its text not UTF-8), reported first by [`merge`].
    ///
    /// [`merge`]: SourceIndex::merge
    pub problems: Vec<Problem>,
}

/// What is wrong with an index, with where it is (`files[2].file`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IndexError {
    /// The text is not JSON.
    Json {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// The parser's description (serde_json's words, without its " at line … column …").
        detail: String,
    },
    /// The JSON is not an object with a `files` key.
    NotAnIndex,
    /// `version` is missing or not a whole number.
    MissingVersion,
    /// The index is of a newer format than this code reads.
    UnsupportedVersion(u64),
    /// `files` lists nothing.
    NoFiles,
    /// A value has the wrong JSON type.
    WrongType {
        /// JSON path of the value, e.g. `files[1].label`.
        path: String,
        /// What was expected, in words.
        expected: &'static str,
    },
    /// An entry of `files` has no (or an empty) `file`.
    MissingPath {
        /// Position of the entry in `files`.
        entry: usize,
    },
    /// A path that could leave the index's folder or the site: absolute, with a scheme or a
    /// host, with `..`, or with characters a URL would reinterpret (`%`, `?`, `#`, `\`).
    UnsafePath {
        /// Position of the entry in `files`.
        entry: usize,
        /// The path as written.
        path: String,
    },
    /// The same file is listed twice (its events would all be duplicates).
    DuplicateFile {
        /// Position of the second entry in `files`.
        entry: usize,
        /// Position of the first entry listing it.
        first: usize,
        /// The path as listed.
        path: String,
    },
}

impl IndexError {
    /// The JSON path the error is about, for editors' line and column (`None` for the whole file).
    pub fn path(&self) -> Option<String> {
        match self {
            IndexError::Json { .. } | IndexError::NotAnIndex => None,
            IndexError::MissingVersion | IndexError::UnsupportedVersion(_) => Some("version".into()),
            IndexError::NoFiles => Some("files".into()),
            IndexError::WrongType { path, .. } => Some(path.clone()),
            IndexError::MissingPath { entry } => Some(format!("files[{entry}]")),
            IndexError::UnsafePath { entry, .. } | IndexError::DuplicateFile { entry, .. } => {
                Some(format!("files[{entry}].file"))
            }
        }
    }

    /// A stable name of this kind of error for scripts, e.g. `unsafe-path`.
    pub fn code(&self) -> &'static str {
        match self {
            IndexError::Json { .. } => "json",
            IndexError::NotAnIndex => "not-an-index",
            IndexError::MissingVersion => "missing-version",
            IndexError::UnsupportedVersion(_) => "unsupported-version",
            IndexError::NoFiles => "no-files",
            IndexError::WrongType { .. } => "wrong-type",
            IndexError::MissingPath { .. } => "missing-path",
            IndexError::UnsafePath { .. } => "unsafe-path",
            IndexError::DuplicateFile { .. } => "duplicate-file",
        }
    }

    /// A sentence saying what is wrong, in `lang`; entry errors start with their JSON path.
    pub fn message(&self, lang: Lang) -> String {
        let s = &lang.strings().sources;
        let p = &lang.strings().problems;
        let text = match self {
            IndexError::Json { line, column, detail } => {
                return json_message(*line, *column, detail, lang);
            }
            IndexError::NotAnIndex => return s.not_an_index.to_string(),
            IndexError::MissingVersion => return p.missing_version.to_string(),
            IndexError::UnsupportedVersion(v) => {
                return fill(p.unsupported_version, &[&v.to_string(), &INDEX_VERSION.to_string()])
            }
            IndexError::NoFiles => return s.no_files.to_string(),
            IndexError::WrongType { expected, .. } => fill(p.wrong_type, &[expected]),
            IndexError::MissingPath { .. } => s.missing_path.to_string(),
            IndexError::UnsafePath { path, .. } => fill(s.unsafe_path, &[path]),
            IndexError::DuplicateFile { first, path, .. } => {
                fill(s.duplicate_file, &[path, &format!("files[{first}]")])
            }
        };
        format!("{}: {text}", self.path().unwrap_or_default())
    }
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for IndexError {}

/// Every error of an index, joined for one line of a message.
pub fn describe_index_errors(errors: &[IndexError], lang: Lang) -> String {
    errors.iter().map(|e| e.message(lang)).collect::<Vec<_>>().join("; ")
}

/// True when a JSON value is an index rather than a dataset: an object with a `files` list
/// and no `events`. Decided by shape so that `?data=` and the CLI take either kind of file.
pub fn is_index(value: &Value) -> bool {
    tree_is_index(&Json::from_value(value))
}

fn tree_is_index(value: &Json) -> bool {
    value.get("files").is_some_and(|f| f.as_array().is_some()) && value.get("events").is_none()
}

/// Parses an index from JSON text or bytes; every error is returned, none is fatal alone. Bytes
/// that are not UTF-8 are a problem in the index's `problems`.
pub fn parse_index(data: impl AsRef<[u8]>) -> Result<SourceIndex, Vec<IndexError>> {
    let (text, problem) = utf8_text(data.as_ref());
    let value = read_json(&text).map_err(|e| match e {
        LoadError::Json { line, column, detail } => vec![IndexError::Json { line, column, detail }],
        _ => vec![IndexError::NotAnIndex],
    })?;
    let mut index = parse_index_tree(&value)?;
    index.problems.extend(problem);
    Ok(index)
}

/// Parses an index from a JSON value.
pub fn parse_index_value(value: &Value) -> Result<SourceIndex, Vec<IndexError>> {
    parse_index_tree(&Json::from_value(value))
}

fn parse_index_tree(value: &Json) -> Result<SourceIndex, Vec<IndexError>> {
    let root = value.as_object().filter(|o| o.contains_key("files")).ok_or(vec![IndexError::NotAnIndex])?;
    let mut errors = Vec::new();
    let version = match root.get("version").map(|v| v.as_u64().filter(|v| *v >= 1)) {
        Some(Some(v)) if v > INDEX_VERSION => {
            // A newer format may mean anything: nothing else is worth reporting.
            return Err(vec![IndexError::UnsupportedVersion(v)]);
        }
        Some(Some(v)) => v,
        _ => {
            errors.push(IndexError::MissingVersion);
            INDEX_VERSION
        }
    };
    let title = optional_text(root, "title", &mut errors);
    let subtitle = optional_text(root, "subtitle", &mut errors);
    let files = match root.get("files").and_then(Json::as_array) {
        None => {
            errors.push(IndexError::WrongType { path: "files".into(), expected: "a list" });
            Vec::new()
        }
        Some(list) if list.is_empty() => {
            errors.push(IndexError::NoFiles);
            Vec::new()
        }
        Some(list) => read_entries(list, &mut errors),
    };
    if errors.is_empty() {
        Ok(SourceIndex { version, title, subtitle, files, problems: Vec::new() })
    } else {
        Err(errors)
    }
}

fn optional_text(root: &Object, key: &str, errors: &mut Vec<IndexError>) -> Option<Localized> {
    let value = root.get(key).filter(|v| !v.is_null())?;
    localized_value(value)
        .map_err(|_| errors.push(IndexError::WrongType { path: key.into(), expected: LOCALIZED }))
        .ok()
}

const LOCALIZED: &str = "text or {\"vi\": …, \"en\": …} with Vietnamese text";

fn read_entries(list: &[Json], errors: &mut Vec<IndexError>) -> Vec<SourceFile> {
    let mut files: Vec<SourceFile> = Vec::with_capacity(list.len());
    let mut first_entry: HashMap<String, usize> = HashMap::new();
    for (entry, raw) in list.iter().enumerate() {
        let Some(obj) = raw.as_object() else {
            errors.push(IndexError::WrongType { path: format!("files[{entry}]"), expected: "an object" });
            continue;
        };
        let path = match obj.get("file").filter(|v| !v.is_null()) {
            None => {
                errors.push(IndexError::MissingPath { entry });
                continue;
            }
            Some(v) => match v.as_str() {
                None => {
                    let path = format!("files[{entry}].file");
                    errors.push(IndexError::WrongType { path, expected: "text" });
                    continue;
                }
                Some(p) if p.trim().is_empty() => {
                    errors.push(IndexError::MissingPath { entry });
                    continue;
                }
                Some(p) => p,
            },
        };
        let Some(file) = safe_relative_path(path) else {
            errors.push(IndexError::UnsafePath { entry, path: path.to_string() });
            continue;
        };
        if let Some(&first) = first_entry.get(&file) {
            errors.push(IndexError::DuplicateFile { entry, first, path: path.to_string() });
            continue;
        }
        first_entry.insert(file.clone(), entry);
        let label = match obj.get("label").filter(|v| !v.is_null()) {
            None => Localized::vi(file.clone()),
            Some(v) => match localized_value(v) {
                Ok(label) => label,
                Err(_) => {
                    let path = format!("files[{entry}].label");
                    errors.push(IndexError::WrongType { path, expected: LOCALIZED });
                    continue;
                }
            },
        };
        files.push(SourceFile { file, label });
    }
    files
}

/// The path normalised (`./` and empty segments dropped) when it can only name a file in the
/// index's folder or below it, on the same site; `None` otherwise. Stricter than needed on
/// purpose: a URL parser turns `%2e%2e` into `..` and `\` into `/`, and `:` may start a scheme.
pub fn safe_relative_path(path: &str) -> Option<String> {
    let refused = |c: char| matches!(c, ':' | '%' | '?' | '#' | '\\') || c.is_whitespace() || c.is_control();
    if path.starts_with('/') || path.chars().any(refused) {
        return None;
    }
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty() && *s != ".").collect();
    if segments.is_empty() || segments.contains(&"..") {
        return None;
    }
    Some(segments.join("/"))
}

/// Where a listed file is, given where the index is (a path or a URL without a query): beside
/// it. For the CLI; the app resolves URLs with the browser's parser and checks the origin again.
pub fn resolve(index_location: &str, file: &str) -> String {
    match index_location.rfind(['/', '\\']) {
        Some(slash) => format!("{}{file}", &index_location[..=slash]),
        None => file.to_string(),
    }
}

/// A data file read by shape: a dataset or an index of datasets.
#[derive(Clone, Debug, PartialEq)]
pub enum DataFile {
    /// A dataset (`version`, `events`).
    Dataset(Loaded),
    /// A list of dataset files (`version`, `files`).
    Index(SourceIndex),
}

/// Why a data file could not be read, as a dataset or as an index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataFileError {
    /// Not JSON, or JSON that is neither a usable dataset nor an index.
    Dataset(LoadError),
    /// An index with mistakes.
    Index(Vec<IndexError>),
}

impl DataFileError {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DataFileError::Dataset(e) => e.message(lang),
            DataFileError::Index(errors) => describe_index_errors(errors, lang),
        }
    }
}

impl fmt::Display for DataFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DataFileError {}

/// Reads a JSON file's text or bytes as an index when it has the shape of one ([`is_index`]),
/// else as a dataset. Bytes that are not UTF-8 are a problem of the file, not a failure.
pub fn read_data_file(data: impl AsRef<[u8]>) -> Result<DataFile, DataFileError> {
    read_data_bytes(data.as_ref())
}

// Not generic, so that the app's wasm holds one copy whatever the callers pass.
fn read_data_bytes(bytes: &[u8]) -> Result<DataFile, DataFileError> {
    let (text, problem) = utf8_text(bytes);
    let value = read_json(&text).map_err(DataFileError::Dataset)?;
    if tree_is_index(&value) {
        let mut index = parse_index_tree(&value).map_err(DataFileError::Index)?;
        index.problems.extend(problem);
        Ok(DataFile::Index(index))
    } else {
        parse_decoded(&value, problem).map(DataFile::Dataset).map_err(DataFileError::Dataset)
    }
}

impl SourceIndex {
    /// Merges the parsed files of this index, `parts[i]` being `files[i]` (`None` for a file
    /// that could not be loaded); see [`merge_datasets`]. Problems name files by their listed path.
    pub fn merge(&self, parts: Vec<Option<Loaded>>) -> Loaded {
        let named = self.files.iter().map(|f| f.file.clone()).zip(parts).collect();
        self.merge_named(named)
    }

    /// [`merge`](SourceIndex::merge) with each file named as the caller read it (the CLI names
    /// them by their path from where it runs): this index's title and subtitle, and its own
    /// problems first.
    pub fn merge_named(&self, files: Vec<(String, Option<Loaded>)>) -> Loaded {
        let mut merged = merge_datasets(files, self.title.clone(), self.subtitle.clone());
        for problem in self.problems.iter().rev() {
            merged.problems.insert(0, problem.clone());
        }
        merged
    }
}

/// Merges parsed files (name, and `None` for one that could not be loaded) into one timeline.
///
/// - Events are sorted as a single file's are: by date, and on the same date in the order the
///   files are listed, then the file's own order. `origins` says, for each event, which file
///   (position in `files`) and which entry of it the event is.
/// - An id already used by an earlier file is an error on the later file's event, naming both
///   files; the earlier one is kept, so the outcome does not depend on loading order.
/// - Tag tables are united; a tag labelled differently by a later file keeps the earlier label,
///   with a warning.
/// - Every problem of every file is kept, with `file` set to its file's position.
/// - The title and subtitle are the given ones, else the first loaded file's.
pub fn merge_datasets(
    files: Vec<(String, Option<Loaded>)>,
    title: Option<Localized>,
    subtitle: Option<Localized>,
) -> Loaded {
    let names: Vec<String> = files.iter().map(|(name, _)| name.clone()).collect();
    let mut events = Vec::new();
    let mut problems = Vec::new();
    let mut tags: BTreeMap<String, Localized> = BTreeMap::new();
    let mut tag_file: HashMap<String, usize> = HashMap::new();
    let mut id_file: HashMap<String, usize> = HashMap::new();
    let (mut first_title, mut first_subtitle, mut version) = (None, None, None::<u64>);
    for (file, (_, part)) in files.into_iter().enumerate() {
        let Some(Loaded { dataset, problems: own, origins }) = part else { continue };
        let Dataset { version: v, title: t, subtitle: s, tags: file_tags, events: file_events } = dataset;
        version = Some(version.map_or(v, |max| max.max(v)));
        if first_title.is_none() && first_subtitle.is_none() {
            (first_title, first_subtitle) = (t, s);
        }
        problems.extend(own.into_iter().map(|p| Problem { file: Some(file), ..p }));
        for (tag, label) in file_tags {
            match tags.get(&tag) {
                None => {
                    tag_file.insert(tag.clone(), file);
                    tags.insert(tag, label);
                }
                Some(kept) if *kept != label => {
                    let kept = names[tag_file[&tag]].clone();
                    let path = format!("tags.{tag}");
                    let kind = ProblemKind::TagConflict { tag, kept };
                    problems.push(merged_problem(file, None, None, path, kind));
                }
                Some(_) => {}
            }
        }
        for (event, origin) in file_events.into_iter().zip(origins) {
            let position = origin.position;
            if let Some(&first) = id_file.get(&event.id) {
                let kind = ProblemKind::DuplicateIdAcrossFiles {
                    id: event.id.clone(),
                    kept: names[first].clone(),
                    dropped: names[file].clone(),
                };
                let path = format!("events[{position}].id");
                problems.push(merged_problem(file, Some(position), Some(event.id), path, kind));
                continue;
            }
            id_file.insert(event.id.clone(), file);
            events.push((event, EventOrigin { file, position }));
        }
    }
    // Stable, and files were appended in listed order: ties keep file order, then each file's.
    crate::order::sort_stable_by_key(&mut events, |(e, _)| e.date);
    let (events, origins) = events.into_iter().unzip();
    let dataset = Dataset {
        version: version.unwrap_or(SUPPORTED_VERSION),
        title: title.or(first_title),
        subtitle: subtitle.or(first_subtitle),
        tags,
        events,
    };
    Loaded { dataset, problems, origins }
}

fn merged_problem(
    file: usize,
    index: Option<usize>,
    event_id: Option<String>,
    path: String,
    kind: ProblemKind,
) -> Problem {
    Problem { severity: kind.severity(), file: Some(file), index, event_id, path, kind }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::problem::Severity;
    use crate::load::parse::parse_dataset;

    fn index(json: &str) -> Result<SourceIndex, Vec<IndexError>> {
        parse_index(json)
    }

    fn event(id: &str, date: &str) -> String {
        format!(
            r#"{{"id":"{id}","title":{{"vi":"Sự kiện {id}","en":"Event {id}"}},"date":"{date}","category":"history","level":"provincial","source":{{"document":"d"}}}}"#
        )
    }

    fn dataset(title: &str, tags: &str, events: &[String]) -> Loaded {
        let json =
            format!(r#"{{"version":1,"title":"{title}","tags":{{{tags}}},"events":[{}]}}"#, events.join(","));
        parse_dataset(&json).unwrap()
    }

    fn names(files: &[&str], parts: Vec<Option<Loaded>>) -> Vec<(String, Option<Loaded>)> {
        files.iter().map(|f| f.to_string()).zip(parts).collect()
    }

    #[test]
    fn reads_an_index_with_labels_and_normalised_paths() {
        let parsed = index(
            r#"{"version":1,"title":{"vi":"Lạng Sơn","en":"Lạng Sơn"},"files":[
                {"file":"events.json","label":{"vi":"Sở KH&CN","en":"Department of S&T"}},
                {"file":"./so/noi-vu.json","label":"Sở Nội vụ"},
                {"file":"quoc-gia.json"}]}"#,
        )
        .unwrap();
        assert_eq!(parsed.version, 1);
        assert_eq!(parsed.title.unwrap().vi, "Lạng Sơn");
        assert_eq!(parsed.subtitle, None);
        let files: Vec<(&str, &str)> =
            parsed.files.iter().map(|f| (f.file.as_str(), f.label.vi.as_str())).collect();
        assert_eq!(
            files,
            [
                ("events.json", "Sở KH&CN"),
                ("so/noi-vu.json", "Sở Nội vụ"),
                ("quoc-gia.json", "quoc-gia.json")
            ]
        );
        assert_eq!(parsed.files[0].label.en.as_deref(), Some("Department of S&T"));
    }

    #[test]
    fn not_json_and_not_an_index_are_refused() {
        let errors = index("{\"files\": [").unwrap_err();
        assert!(matches!(errors[..], [IndexError::Json { line: 1, .. }]), "{errors:?}");
        assert_eq!(index("[]").unwrap_err(), [IndexError::NotAnIndex]);
        assert_eq!(index(r#"{"version":1,"events":[]}"#).unwrap_err(), [IndexError::NotAnIndex]);
        assert_eq!(
            index(r#"{"version":1,"files":{}}"#).unwrap_err(),
            [IndexError::WrongType { path: "files".into(), expected: "a list" }]
        );
    }

    #[test]
    fn no_files_and_versions() {
        assert_eq!(index(r#"{"version":1,"files":[]}"#).unwrap_err(), [IndexError::NoFiles]);
        assert_eq!(index(r#"{"files":[{"file":"a.json"}]}"#).unwrap_err(), [IndexError::MissingVersion]);
        assert_eq!(index(r#"{"version":2,"files":[]}"#).unwrap_err(), [IndexError::UnsupportedVersion(2)]);
    }

    #[test]
    fn entries_without_a_path_or_with_wrong_types_are_named() {
        let errors = index(
            r#"{"version":1,"files":[{"label":"x"},{"file":""},{"file":3},"a.json",{"file":"b.json","label":5}],
                "title":7}"#,
        )
        .unwrap_err();
        assert_eq!(
            errors,
            [
                IndexError::WrongType { path: "title".into(), expected: LOCALIZED },
                IndexError::MissingPath { entry: 0 },
                IndexError::MissingPath { entry: 1 },
                IndexError::WrongType { path: "files[2].file".into(), expected: "text" },
                IndexError::WrongType { path: "files[3]".into(), expected: "an object" },
                IndexError::WrongType { path: "files[4].label".into(), expected: LOCALIZED },
            ]
        );
        assert_eq!(errors[1].message(Lang::En), "files[0]: no file path (\"file\")");
        assert_eq!(errors[1].message(Lang::Vi), "files[0]: thiếu đường dẫn tệp (\"file\")");
    }

    #[test]
    fn only_relative_paths_inside_the_folder_are_accepted() {
        for bad in [
            "/data/a.json",
            "//evil.example/a.json",
            "https://evil.example/a.json",
            "javascript:alert(1)",
            "../a.json",
            "so/../../a.json",
            "..",
            "%2e%2e/a.json",
            "a\\..\\b.json",
            "a.json?x=1",
            "a.json#top",
            "a b.json",
            ".",
            "./",
        ] {
            assert_eq!(safe_relative_path(bad), None, "{bad}");
        }
        assert_eq!(safe_relative_path("./so//khcn.json").as_deref(), Some("so/khcn.json"));
        assert_eq!(safe_relative_path("sở-nội-vụ.json").as_deref(), Some("sở-nội-vụ.json"));
        let errors = index(r#"{"version":1,"files":[{"file":"https://evil.example/a.json"}]}"#).unwrap_err();
        assert_eq!(errors, [IndexError::UnsafePath { entry: 0, path: "https://evil.example/a.json".into() }]);
        assert!(errors[0]
            .message(Lang::En)
            .starts_with("files[0].file: the path \"https://evil.example/a.json\" is refused"));
    }

    #[test]
    fn a_file_listed_twice_is_refused_even_spelled_differently() {
        let errors =
            index(r#"{"version":1,"files":[{"file":"a.json"},{"file":"b.json"},{"file":"./a.json"}]}"#)
                .unwrap_err();
        assert_eq!(errors, [IndexError::DuplicateFile { entry: 2, first: 0, path: "./a.json".into() }]);
        assert_eq!(
            errors[0].message(Lang::En),
            "files[2].file: the file \"./a.json\" is already listed at files[0]"
        );
    }

    #[test]
    fn shape_decides_between_index_and_dataset() {
        let as_index = read_data_file(r#"{"version":1,"files":[{"file":"a.json"}]}"#).unwrap();
        assert!(matches!(as_index, DataFile::Index(ref i) if i.files.len() == 1));
        let as_dataset =
            read_data_file(format!(r#"{{"version":1,"events":[{}]}}"#, event("a", "1940"))).unwrap();
        assert!(matches!(as_dataset, DataFile::Dataset(ref l) if l.dataset.events.len() == 1));
        // Both keys: a dataset with an unknown extra field, as older tools would read it.
        let both = read_data_file(r#"{"version":1,"files":[],"events":[]}"#).unwrap();
        assert!(matches!(both, DataFile::Dataset(_)));
        assert!(matches!(read_data_file("nope"), Err(DataFileError::Dataset(LoadError::Json { .. }))));
        let bad = read_data_file(r#"{"version":1,"files":[]}"#).unwrap_err();
        assert_eq!(bad, DataFileError::Index(vec![IndexError::NoFiles]));
        assert!(bad.message(Lang::En).contains("at least one data file"));
    }

    #[test]
    fn resolves_beside_the_index() {
        assert_eq!(resolve("public/data/index.json", "events.json"), "public/data/events.json");
        assert_eq!(resolve("index.json", "so/a.json"), "so/a.json");
        assert_eq!(resolve("C:\\data\\index.json", "a.json"), "C:\\data\\a.json");
        assert_eq!(resolve("http://x/dau-moc/data/index.json", "a.json"), "http://x/dau-moc/data/a.json");
    }

    #[test]
    fn merge_sorts_by_date_then_file_order_and_keeps_origins() {
        let a = dataset(
            "A",
            "",
            &[event("a-2020", "2020"), event("a-1940", "1940-09-27"), event("same-a", "1975")],
        );
        let b = dataset(
            "B",
            "",
            &[event("b-1930", "1930-02-03"), event("same-b", "1975"), event("b-2021", "2021")],
        );
        let merged = merge_datasets(names(&["a.json", "b.json"], vec![Some(a), Some(b)]), None, None);
        let ids: Vec<&str> = merged.dataset.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["b-1930", "a-1940", "same-a", "same-b", "a-2020", "b-2021"]);
        let origins: Vec<(usize, usize)> = merged.origins.iter().map(|o| (o.file, o.position)).collect();
        assert_eq!(origins, [(1, 0), (0, 1), (0, 2), (1, 1), (0, 0), (1, 2)]);
        assert_eq!(merged.origins.len(), merged.dataset.events.len());
        assert_eq!(merged.dataset.title.unwrap().vi, "A", "the first file's title without the index's");
        assert!(merged.problems.is_empty());
    }

    #[test]
    fn the_index_title_wins_and_a_missing_file_is_skipped() {
        let b = dataset("B", "", &[event("b", "1930")]);
        let merged = merge_datasets(
            names(&["a.json", "b.json"], vec![None, Some(b)]),
            Some(Localized::vi("Chung")),
            None,
        );
        assert_eq!(merged.dataset.title.unwrap().vi, "Chung");
        assert_eq!(merged.origins[0].file, 1);
        let merged =
            merge_datasets(names(&["a.json", "b.json"], vec![None, Some(dataset("B", "", &[]))]), None, None);
        assert_eq!(merged.dataset.title.unwrap().vi, "B", "the first file that loaded");
    }

    #[test]
    fn a_duplicate_id_across_files_keeps_the_first_listed_and_names_both() {
        let a = dataset("A", "", &[event("x", "2000"), event("only-a", "2001")]);
        let b = dataset("B", "", &[event("only-b", "1999"), event("x", "1990")]);
        let merged = merge_datasets(names(&["a.json", "b.json"], vec![Some(a), Some(b)]), None, None);
        let ids: Vec<&str> = merged.dataset.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["only-b", "x", "only-a"]);
        assert_eq!(merged.origins[1].file, 0, "file a's x is kept");
        let [p] = &merged.problems[..] else { panic!("{:?}", merged.problems) };
        assert_eq!(p.severity, Severity::Error);
        assert_eq!(
            (p.file, p.index, p.path.as_str(), p.event_id.as_deref()),
            (Some(1), Some(1), "events[1].id", Some("x"))
        );
        assert!(p.kind.is_cross_file());
        assert_eq!(
            p.describe(Lang::En),
            "events[1].id (x): the id \"x\" is already used in a.json: the event of a.json is kept, this one of b.json is left out"
        );
        assert_eq!(merged.skipped_count(), 1);
    }

    #[test]
    fn tag_tables_are_united_and_the_first_label_wins() {
        let a = dataset("A", r#""bac-son":"Bắc Sơn","chung":"Chung""#, &[]);
        let b = dataset("B", r#""bac-son":"Bac Son","rieng":"Riêng","chung":"Chung""#, &[]);
        let merged = merge_datasets(names(&["a.json", "b.json"], vec![Some(a), Some(b)]), None, None);
        let tags: Vec<(&str, &str)> =
            merged.dataset.tags.iter().map(|(k, v)| (k.as_str(), v.vi.as_str())).collect();
        assert_eq!(tags, [("bac-son", "Bắc Sơn"), ("chung", "Chung"), ("rieng", "Riêng")]);
        let [p] = &merged.problems[..] else { panic!("{:?}", merged.problems) };
        assert_eq!(p.severity, Severity::Warning);
        assert_eq!((p.file, p.index, p.path.as_str()), (Some(1), None, "tags.bac-son"));
        assert_eq!(p.kind, ProblemKind::TagConflict { tag: "bac-son".into(), kept: "a.json".into() });
        assert_eq!(p.kind.code(), "tag-conflict");
    }

    #[test]
    fn each_files_problems_are_kept_with_their_file() {
        let bad = r#"{"id":"bad","title":{"vi":"B","en":"B"},"date":"2020-02-30","category":"history","level":"national","source":{"document":"d"}}"#;
        let a = dataset("A", "", &[event("a", "2000"), bad.to_string()]);
        let b = dataset("B", "", &[bad.replace("\"bad\"", "\"bad-b\""), event("b", "2000")]);
        let merged = merge_datasets(names(&["a.json", "b.json"], vec![Some(a), Some(b)]), None, None);
        let located: Vec<(Option<usize>, Option<usize>)> =
            merged.problems.iter().map(|p| (p.file, p.index)).collect();
        assert_eq!(located, [(Some(0), Some(1)), (Some(1), Some(0))]);
        assert_eq!(merged.skipped_count(), 2, "events[1] of a and events[0] of b are different events");
        assert_eq!(merged.dataset.events.len(), 2);
    }

    #[test]
    fn index_merge_names_files_by_their_path() {
        let idx =
            index(r#"{"version":1,"subtitle":"Phụ","files":[{"file":"./a.json"},{"file":"so/b.json"}]}"#)
                .unwrap();
        let merged = idx.merge(vec![
            Some(dataset("A", "", &[event("x", "2000")])),
            Some(dataset("B", "", &[event("x", "2001")])),
        ]);
        assert_eq!(merged.dataset.subtitle.unwrap().vi, "Phụ");
        assert!(merged.problems[0]
            .kind
            .message(Lang::Vi)
            .contains("a.json: giữ sự kiện của a.json, bỏ sự kiện này của so/b.json"));
    }

    #[test]
    fn a_single_file_has_origins_in_file_zero() {
        let a = dataset("A", "", &[event("late", "2000"), event("early", "1900")]);
        let origins: Vec<(usize, usize)> = a.origins.iter().map(|o| (o.file, o.position)).collect();
        assert_eq!(origins, [(0, 1), (0, 0)]);
    }
}
