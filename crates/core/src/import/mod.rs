//! What the importers (our CSV layout, TimelineJS JSON and its spreadsheet) share: options,
//! ids made from titles, the notes they give editors (defined in `import_note`), and the last
//! step, where every imported event goes through the same validation as a dataset file
//! ([`parse_value`]), so an import can never produce an event the app would refuse.

use crate::check::problem::ProblemKind;
use crate::model::event::{Category, Dataset, Level};
use crate::model::lang::{Lang, Localized};
use crate::query::search::normalize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashSet};

pub(crate) mod checking;
pub(crate) mod file;
pub(crate) mod note;
pub(crate) mod stepwise;
#[cfg(feature = "tools")]
pub(crate) mod summary;

use crate::import::checking::Checking;
pub use crate::import::note::{Dropped, ImportError, ImportNote, Imported, Layout, NoteKind, Origin};

/// The longest id made from a title, in bytes: long enough to tell events apart, short enough
/// for a link.
pub const SLUG_MAX: usize = 60;

/// The id given to an event whose title has no letter or digit to make one from.
pub const FALLBACK_ID: &str = "su-kien";

/// Choices for what the source format does not say.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportOptions {
    /// The category of imported events that do not name one (TimelineJS has none).
    pub category: Category,
    /// The level of imported events (TimelineJS has none).
    pub level: Level,
    /// A dataset whose title, subtitle and tag labels the result takes (its events are not used).
    pub base: Option<Dataset>,
    /// The language of the imported text (TimelineJS has none): Vietnamese by default; English
    /// text goes to `en` and, until translated, to `vi` too (a dataset must have Vietnamese).
    pub text_lang: Lang,
}

impl Default for ImportOptions {
    /// `history` and `provincial`: a newsroom's timeline is most often the province's history.
    fn default() -> Self {
        ImportOptions {
            category: Category::History,
            level: Level::Provincial,
            base: None,
            text_lang: Lang::Vi,
        }
    }
}

/// An id made from a title: the Vietnamese folded to ASCII ([`normalize`]), words joined by
/// hyphens, at most [`SLUG_MAX`] bytes cut between words: "Khởi nghĩa Bắc Sơn" →
/// `khoi-nghia-bac-son`. [`FALLBACK_ID`] when nothing is left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for word in normalize(text).split(' ') {
        let word: String = word.chars().filter(char::is_ascii_alphanumeric).collect();
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            if out.len() + 1 + word.len() > SLUG_MAX {
                break;
            }
            out.push('-');
        }
        out.push_str(&word);
    }
    out.truncate(SLUG_MAX);
    if out.is_empty() {
        FALLBACK_ID.to_string()
    } else {
        out
    }
}

/// `id` if it is free, otherwise `id-2`, `id-3` …; the result is taken.
pub(crate) fn unique_id(id: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = id.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{id}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}

/// One event as the importer read it, in the dataset's JSON shape, before validation.
pub(crate) struct Draft {
    pub origin: Origin,
    pub label: Option<String>,
    pub event: Map<String, Value>,
}

/// What the imported file says about the dataset as a whole.
#[derive(Default)]
pub(crate) struct Header {
    pub title: Option<Localized>,
    pub subtitle: Option<Localized>,
    /// Labels for tags the importer made (TimelineJS groups).
    pub tags: BTreeMap<String, Localized>,
}

/// How an importer names the fields of validation problems for editors.
#[derive(Clone, Copy)]
pub(crate) struct Naming {
    /// From a path inside an event (`date`, `title.en`, `source.url`) to the editor's name.
    pub field: fn(&str) -> String,
    /// True when those names are spreadsheet columns.
    pub columns: bool,
    /// Warnings not worth a note per event (TimelineJS never has English or sources).
    pub quiet: fn(&ProblemKind) -> bool,
}

/// Validates the drafts as a dataset and gathers every note in file order.
pub(crate) fn finish(
    drafts: Vec<Draft>,
    header: Header,
    notes: Vec<ImportNote>,
    naming: &Naming,
    options: &ImportOptions,
) -> Imported {
    let mut checking = Checking::new(drafts, header, notes, *naming, options);
    checking.step(usize::MAX);
    checking.finish()
}

/// `{"vi": …, "en": …}`.
pub(crate) fn localized_value(text: &Localized) -> Value {
    let mut m = Map::new();
    m.insert("vi".into(), Value::from(text.vi.as_str()));
    if let Some(en) = &text.en {
        m.insert("en".into(), Value::from(en.as_str()));
    }
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_vietnamese_and_stay_short() {
        assert_eq!(slug("Khởi nghĩa Bắc Sơn"), "khoi-nghia-bac-son");
        assert_eq!(slug("Đại hội Đảng bộ tỉnh lần thứ XVII"), "dai-hoi-dang-bo-tinh-lan-thu-xvii");
        assert_eq!(slug("Chỉ thị số 26/CT-TTg"), "chi-thi-so-26-ct-ttg");
        assert_eq!(slug("  ... "), FALLBACK_ID);
        assert_eq!(slug("中文"), FALLBACK_ID);
        let long = slug(&"word ".repeat(40));
        assert!(long.len() <= SLUG_MAX && !long.ends_with('-'), "{long}");
        assert!(crate::load::parse::is_slug(&slug(&"x".repeat(100))));
    }

    #[test]
    fn unique_ids_get_numbers() {
        let mut taken = HashSet::new();
        assert_eq!(unique_id("a".into(), &mut taken), "a");
        assert_eq!(unique_id("a".into(), &mut taken), "a-2");
        assert_eq!(unique_id("a".into(), &mut taken), "a-3");
    }
}
