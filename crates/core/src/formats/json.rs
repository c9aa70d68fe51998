//! Writing datasets (and the tools' machine-readable reports) as JSON text, by `serde_json`:
//! keys keep the order of `docs/dataset.md` (`id`, `title`, `summary`, `date`…) so that an
//! imported file reads like the bundled one and diffs stay small. A dataset is written through
//! the borrowed mirrors below, whose `#[derive(Serialize)]` gives that order; the reports build a
//! [`Json`] tree, whose objects keep the order their members were added in (`serde_json`'s own
//! map would sort the keys).

use crate::model::event::{Dataset, Event, Reference, Source};
use crate::model::lang::Localized;
use crate::model::media::{Link, Media};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// A JSON value whose object members keep the order they were added in.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// Text.
    pub(crate) fn str(text: impl Into<String>) -> Json {
        Json::Str(text.into())
    }

    /// The pretty form of `serde_json::to_string_pretty` (two-space indentation), with a final
    /// newline as a text file should have.
    pub(crate) fn to_pretty(&self) -> String {
        pretty(self)
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Int(n) => serializer.serialize_i64(*n),
            Json::Str(s) => serializer.serialize_str(s),
            Json::Arr(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Obj(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

/// `serde_json::to_string_pretty` (two-space indentation, UTF-8 as is: Vietnamese stays
/// readable, not `\u1eaf`), with a final newline as a text file should have.
fn pretty(value: &impl Serialize) -> String {
    // Writing to a string fails only for a map with non-string keys, which these never have.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// The dataset as JSON text in the layout of `public/data/events.json`: two-space indentation,
/// UTF-8, keys in the documented order, absent optional fields left out. Parsing the result
/// gives the same dataset back.
pub fn dataset_to_json(dataset: &Dataset) -> String {
    pretty(&DatasetJson::from(dataset))
}

/// One event as the dataset file writes it (its fields in the documented order).
pub(crate) fn event_value(event: &Event) -> Value {
    serde_json::to_value(EventJson::from(event)).unwrap_or(Value::Null)
}

/// A dataset as written. The field order is the file's key order.
#[derive(Serialize)]
struct DatasetJson<'a> {
    version: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<LocalizedJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    subtitle: Option<LocalizedJson<'a>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    tags: BTreeMap<&'a str, LocalizedJson<'a>>,
    events: Vec<EventJson<'a>>,
}

impl<'a> From<&'a Dataset> for DatasetJson<'a> {
    fn from(d: &'a Dataset) -> Self {
        DatasetJson {
            // As the format has always had it: at least 1, and an `i64` as JSON readers expect.
            version: d.version.max(1) as i64,
            title: d.title.as_ref().map(LocalizedJson::from),
            subtitle: d.subtitle.as_ref().map(LocalizedJson::from),
            tags: d.tags.iter().map(|(id, label)| (id.as_str(), label.into())).collect(),
            events: d.events.iter().map(EventJson::from).collect(),
        }
    }
}

/// Localized text: `vi`, then `en` unless it is blank.
#[derive(Serialize)]
struct LocalizedJson<'a> {
    vi: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    en: Option<&'a str>,
}

impl<'a> From<&'a Localized> for LocalizedJson<'a> {
    fn from(text: &'a Localized) -> Self {
        LocalizedJson { vi: &text.vi, en: text.en.as_deref().filter(|e| !e.trim().is_empty()) }
    }
}

/// An event: the documented fields in their order, then the unknown ones kept as read.
#[derive(Serialize)]
struct EventJson<'a> {
    id: &'a str,
    title: LocalizedJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<LocalizedJson<'a>>,
    date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<String>,
    category: &'static str,
    level: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    anniversary: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<LocalizedJson<'a>>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    tags: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<ReferenceJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<SourceJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<LocalizedJson<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    media: Vec<MediaJson<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    links: Vec<LinkJson<'a>>,
    #[serde(flatten)]
    extra: &'a Map<String, Value>,
}

impl<'a> From<&'a Event> for EventJson<'a> {
    fn from(e: &'a Event) -> Self {
        EventJson {
            id: &e.id,
            title: (&e.title).into(),
            summary: e.summary.as_ref().map(LocalizedJson::from),
            date: e.date.to_iso(),
            end: e.end.as_ref().map(ToString::to_string),
            category: e.category.id(),
            level: e.level.id(),
            anniversary: e.anniversary,
            place: e.place.as_ref().map(LocalizedJson::from),
            tags: &e.tags,
            reference: e.reference.as_ref().map(ReferenceJson::from),
            source: e.source.as_ref().map(SourceJson::from),
            note: e.note.as_ref().map(LocalizedJson::from),
            media: e.media.iter().map(MediaJson::from).collect(),
            links: e.links.iter().map(LinkJson::from).collect(),
            extra: &e.extra,
        }
    }
}

/// A picture: `url`, `alt`, then what is optional.
#[derive(Serialize)]
struct MediaJson<'a> {
    url: &'a str,
    alt: LocalizedJson<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    caption: Option<LocalizedJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    credit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    link: Option<&'a str>,
}

impl<'a> From<&'a Media> for MediaJson<'a> {
    fn from(m: &'a Media) -> Self {
        MediaJson {
            url: &m.url,
            alt: (&m.alt).into(),
            caption: m.caption.as_ref().map(LocalizedJson::from),
            credit: m.credit.as_deref(),
            link: m.link.as_deref(),
        }
    }
}

/// A link to what is not a picture.
#[derive(Serialize)]
struct LinkJson<'a> {
    url: &'a str,
    label: LocalizedJson<'a>,
}

impl<'a> From<&'a Link> for LinkJson<'a> {
    fn from(l: &'a Link) -> Self {
        LinkJson { url: &l.url, label: (&l.label).into() }
    }
}

/// A document's reference.
#[derive(Serialize)]
struct ReferenceJson<'a> {
    number: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    issuer: Option<LocalizedJson<'a>>,
}

impl<'a> From<&'a Reference> for ReferenceJson<'a> {
    fn from(r: &'a Reference) -> Self {
        ReferenceJson { number: &r.number, issuer: r.issuer.as_ref().map(LocalizedJson::from) }
    }
}

/// Where a fact comes from.
#[derive(Serialize)]
struct SourceJson<'a> {
    document: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a str>,
}

impl<'a> From<&'a Source> for SourceJson<'a> {
    fn from(s: &'a Source) -> Self {
        SourceJson {
            document: &s.document,
            title: s.title.as_deref(),
            published: s.published.as_ref().map(ToString::to_string),
            url: s.url.as_deref(),
            quote: s.quote.as_deref(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trees_are_written_by_serde_json_in_their_order() {
        let tree = Json::Obj(vec![
            ("z".into(), Json::Arr(vec![Json::Int(1), Json::Obj(vec![]), Json::Null, Json::Bool(true)])),
            ("a".into(), Json::str("Bắc \"Sơn\"\n\t\u{1}")),
            ("e".into(), Json::Arr(vec![])),
        ]);
        let expected = "{\n  \"z\": [\n    1,\n    {},\n    null,\n    true\n  ],\n  \"a\": \"Bắc \\\"Sơn\\\"\\n\\t\\u0001\",\n  \"e\": []\n}\n";
        assert_eq!(tree.to_pretty(), expected);
    }

    #[test]
    fn a_dataset_keeps_the_documented_key_order_and_unknown_fields() {
        let text = r#"{"version":1,"title":{"vi":"Tiêu đề","en":" "},"tags":{"b":{"vi":"B"},"a":{"vi":"A"}},
            "events":[{"zeta":[1.5,{"y":1,"x":null}],"level":"national","category":"history","date":"1940-09-27",
            "title":{"en":"Bắc Sơn uprising","vi":"Khởi nghĩa Bắc Sơn"},"id":"bac-son",
            "source":{"quote":"q","document":"d"},"alpha":18446744073709551615}]}"#;
        let dataset = crate::load::parse::parse_dataset(text).unwrap().dataset;
        let written = dataset_to_json(&dataset);
        let keys: Vec<&str> = written
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix('"')?.split_once("\": ").map(|(k, _)| k))
            .collect();
        assert_eq!(
            keys,
            [
                "version", "title", "vi", "tags", "a", "vi", "b", "vi", "events", "id", "title", "vi", "en",
                "date", "category", "level", "source", "document", "quote", "alpha", "zeta", "x", "y"
            ]
        );
        assert!(
            written.contains("\"alpha\": 18446744073709551615,\n      \"zeta\": [\n        1.5,"),
            "{written}"
        );
        assert!(written.contains("\"Khởi nghĩa Bắc Sơn\""), "{written}");
        assert!(written.ends_with("}\n"));
        assert_eq!(crate::load::parse::parse_dataset(&written).unwrap().dataset, dataset);
    }
}
