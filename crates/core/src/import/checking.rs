//! The last step of every import, in batches (the editors' page checks 10,000 rows with paints
//! in between): each draft goes through the dataset's own validation ([`EventsReader`]), ids
//! unique across them all, and every note is gathered in file order, as one pass would.

use crate::check::problem::Severity;
use crate::import::{
    localized_value, Draft, Header, ImportNote, ImportOptions, Imported, Naming, NoteKind, Origin,
};
use crate::load::json_tree::Json;
use crate::load::parse::EventsReader;
use crate::model::lang::Localized;
use serde_json::{Map, Value};

/// Drafts being checked, up to `next`.
pub(crate) struct Checking {
    drafts: Vec<Draft>,
    notes: Vec<ImportNote>,
    naming: Naming,
    /// `None` if the root built here were ever refused: nothing to import then.
    reader: Option<EventsReader>,
    next: usize,
    title: Option<Localized>,
    subtitle: Option<Localized>,
}

impl Checking {
    /// Gathers the tags (the base dataset's, the file's, then those only the rows name) and the
    /// dataset's fields; the drafts are checked by [`Checking::step`].
    pub(crate) fn new(
        drafts: Vec<Draft>,
        header: Header,
        mut notes: Vec<ImportNote>,
        naming: Naming,
        options: &ImportOptions,
    ) -> Checking {
        let base = options.base.as_ref();
        let mut tags = base.map(|b| b.tags.clone()).unwrap_or_default();
        for (id, label) in header.tags {
            tags.entry(id).or_insert(label);
        }
        let mut unlabelled = Vec::new();
        for draft in &drafts {
            for tag in draft.event.get("tags").and_then(Value::as_array).into_iter().flatten() {
                if let Some(tag) = tag.as_str().map(str::trim).filter(|t| !t.is_empty()) {
                    if !tags.contains_key(tag) {
                        tags.insert(tag.to_string(), Localized::vi(tag));
                        unlabelled.push(tag.to_string());
                    }
                }
            }
        }
        if !unlabelled.is_empty() {
            let kind = NoteKind::UnlabelledTags(unlabelled);
            notes.push(ImportNote { origin: Origin::File, label: None, kind });
        }
        let title = base.and_then(|b| b.title.clone()).or(header.title);
        let subtitle = base.and_then(|b| b.subtitle.clone()).or(header.subtitle);
        let mut root = Map::new();
        root.insert("version".into(), Value::from(crate::SUPPORTED_VERSION));
        let labels = tags.iter().map(|(id, l)| (id.clone(), localized_value(l))).collect();
        root.insert("tags".into(), Value::Object(labels));
        root.insert("events".into(), Value::Array(Vec::new()));
        let root = Value::Object(root);
        let reader = Json::from_value(&root).as_object().and_then(|root| EventsReader::new(root).ok());
        Checking { drafts, notes, naming, reader, next: 0, title, subtitle }
    }

    /// Drafts checked so far, of all.
    pub(crate) fn progress(&self) -> (usize, usize) {
        (self.next, self.drafts.len())
    }

    /// Checks up to `count` more drafts; true when all are checked.
    pub(crate) fn step(&mut self, count: usize) -> bool {
        let end = self.next.saturating_add(count).min(self.drafts.len());
        let Some(reader) = &mut self.reader else {
            self.next = self.drafts.len();
            return true;
        };
        for draft in &mut self.drafts[self.next..end] {
            // The draft's fields are read once: moved, not copied, into the reader.
            let raw = Value::Object(std::mem::take(&mut draft.event));
            for problem in reader.push(&Json::from_value(&raw)) {
                if problem.severity == Severity::Warning && (self.naming.quiet)(&problem.kind) {
                    continue;
                }
                let prefix = format!("events[{}]", problem.index.unwrap_or(0));
                let inner =
                    problem.path.strip_prefix(&prefix).unwrap_or(&problem.path).trim_start_matches('.');
                let label = draft.label.clone().or(problem.event_id.clone());
                let kind = NoteKind::Field {
                    field: (self.naming.field)(inner),
                    column: self.naming.columns,
                    problem: problem.kind.clone(),
                };
                self.notes.push(ImportNote { origin: draft.origin, label, kind });
            }
        }
        self.next = end;
        self.next == self.drafts.len()
    }

    /// The dataset of the drafts checked, and every note in file order.
    pub(crate) fn finish(self) -> Imported {
        let mut dataset = self.reader.map(|r| r.finish().dataset).unwrap_or_default();
        dataset.title = self.title;
        dataset.subtitle = self.subtitle;
        let mut notes = self.notes;
        notes.sort_by_key(|n| n.origin.order());
        Imported { dataset, notes }
    }
}
