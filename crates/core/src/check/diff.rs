//! What an edit changes on the site: the events of a new dataset against the current one, by id —
//! added, removed, and changed field by field (fields named by their JSON path, `title.en`,
//! `source.url`, with the value before and after as the file writes it).

use crate::formats::json::event_value;
use crate::model::event::{Dataset, Event};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// One field that differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    /// Its path: `date`, `title.vi`, `source.url`, `tags`.
    pub field: String,
    /// The value on the site now; `None` when absent.
    pub before: Option<String>,
    /// The value in the new file; `None` when absent.
    pub after: Option<String>,
}

/// An event in both datasets whose fields differ.
#[derive(Clone, Debug, PartialEq)]
pub struct EventChange {
    /// The event as in the new file.
    pub event: Event,
    /// What differs, in the file's field order.
    pub fields: Vec<FieldChange>,
}

/// The difference between the site's dataset and a new one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DatasetDiff {
    /// Events only in the new file, in its order.
    pub added: Vec<Event>,
    /// Events only on the site, in its order.
    pub removed: Vec<Event>,
    /// Events in both that differ, in the new file's order.
    pub changed: Vec<EventChange>,
    /// Events in both that are the same.
    pub unchanged: usize,
}

impl DatasetDiff {
    /// True when the new file would change nothing on the site's events.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// What replacing `current` by `new` changes, event by event (matched by id).
pub fn diff_datasets(current: &Dataset, new: &Dataset) -> DatasetDiff {
    let old: HashMap<&str, &Event> = current.events.iter().map(|e| (e.id.as_str(), e)).collect();
    let ids: HashMap<&str, ()> = new.events.iter().map(|e| (e.id.as_str(), ())).collect();
    let mut diff = DatasetDiff::default();
    for event in &new.events {
        match old.get(event.id.as_str()) {
            None => diff.added.push(event.clone()),
            Some(before) => {
                let fields = field_changes(before, event);
                if fields.is_empty() {
                    diff.unchanged += 1;
                } else {
                    diff.changed.push(EventChange { event: event.clone(), fields });
                }
            }
        }
    }
    diff.removed = current.events.iter().filter(|e| !ids.contains_key(e.id.as_str())).cloned().collect();
    diff
}

/// The fields of two versions of an event that differ.
fn field_changes(before: &Event, after: &Event) -> Vec<FieldChange> {
    let (mut old, mut new) = (BTreeMap::new(), Vec::new());
    flatten("", &event_value(before), &mut |k, v| {
        old.insert(k, v);
    });
    flatten("", &event_value(after), &mut |k, v| new.push((k, v)));
    let mut changes = Vec::new();
    for (field, value) in new {
        let was = old.remove(&field);
        if was.as_ref() != Some(&value) {
            changes.push(FieldChange { field, before: was, after: Some(value) });
        }
    }
    changes.extend(old.into_iter().map(|(field, value)| FieldChange {
        field,
        before: Some(value),
        after: None,
    }));
    changes
}

/// The leaves of a JSON value by path; a list of text (tags) is one leaf, joined by "; ".
fn flatten(prefix: &str, value: &Value, out: &mut impl FnMut(String, String)) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let path = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&path, v, out);
            }
        }
        Value::Array(items) => {
            let text: Vec<String> =
                items.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).collect();
            out(prefix.to_string(), text.join("; "));
        }
        Value::String(s) => out(prefix.to_string(), s.clone()),
        other => out(prefix.to_string(), other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse::parse_dataset;

    fn dataset(events: &str) -> Dataset {
        parse_dataset(format!(r#"{{"version": 1, "events": [{events}]}}"#)).unwrap().dataset
    }

    #[test]
    fn added_removed_and_changed_field_by_field() {
        let a = r#"{"id": "a", "title": {"vi": "A"}, "date": "1940", "category": "history", "level": "provincial"}"#;
        let b = r#"{"id": "b", "title": {"vi": "B"}, "date": "1950", "category": "history", "level": "provincial"}"#;
        let b2 = r#"{"id": "b", "title": {"vi": "B", "en": "Bee"}, "date": "1951", "category": "history", "level": "national"}"#;
        let c = r#"{"id": "c", "title": {"vi": "C"}, "date": "1960", "category": "history", "level": "provincial"}"#;
        let diff = diff_datasets(&dataset(&format!("{a}, {b}")), &dataset(&format!("{b2}, {c}")));
        assert_eq!(diff.added.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["c"]);
        assert_eq!(diff.removed.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["a"]);
        assert_eq!(diff.changed.len(), 1);
        let fields: Vec<(&str, Option<&str>, Option<&str>)> = diff.changed[0]
            .fields
            .iter()
            .map(|f| (f.field.as_str(), f.before.as_deref(), f.after.as_deref()))
            .collect();
        assert_eq!(
            fields,
            [
                ("date", Some("1950"), Some("1951")),
                ("level", Some("provincial"), Some("national")),
                ("title.en", None, Some("Bee")),
            ]
        );
        assert_eq!(diff.unchanged, 0);
        let same = diff_datasets(&dataset(a), &dataset(a));
        assert!(same.is_empty());
        assert_eq!(same.unchanged, 1);
    }

    #[test]
    fn a_removed_field_is_a_change() {
        let with = r#"{"id": "a", "title": {"vi": "A"}, "summary": {"vi": "S"}, "date": "1940", "category": "history", "level": "provincial"}"#;
        let without = r#"{"id": "a", "title": {"vi": "A"}, "date": "1940", "category": "history", "level": "provincial"}"#;
        let diff = diff_datasets(&dataset(with), &dataset(without));
        assert_eq!(
            diff.changed[0].fields,
            [FieldChange { field: "summary.vi".into(), before: Some("S".into()), after: None }]
        );
    }
}
