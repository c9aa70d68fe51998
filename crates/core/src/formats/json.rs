//! Writing datasets (and the tools' machine-readable reports) as JSON text, by hand: keys keep
//! the order of `docs/dataset.md` (`id`, `title`, `summary`, `date`…) so that an imported file
//! reads like the bundled one and diffs stay small. `serde_json`'s own map would sort the keys.

use crate::model::event::{Dataset, Event, Reference, Source};
use crate::model::lang::Localized;
use serde_json::Value;

/// A JSON value whose object members keep the order they were added in.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Int(i64),
    /// A number as `serde_json` writes it (floats, integers beyond `i64`).
    Number(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
    /// A value kept as read (unknown fields of an event).
    Raw(Value),
}

impl Json {
    /// Text.
    pub(crate) fn str(text: impl Into<String>) -> Json {
        Json::Str(text.into())
    }

    /// The pretty form of `serde_json::to_string_pretty` (two-space indentation), with a final
    /// newline as a text file should have.
    pub(crate) fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => out.push_str(&n.to_string()),
            Json::Number(text) => out.push_str(text),
            Json::Str(s) => out.push_str(&quote(s)),
            Json::Arr(items) if items.is_empty() => out.push_str("[]"),
            Json::Obj(members) if members.is_empty() => out.push_str("{}"),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                }
                out.push('\n');
                indent(out, depth);
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    out.push_str(if i == 0 { "\n" } else { ",\n" });
                    indent(out, depth + 1);
                    out.push_str(&quote(key));
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                out.push('\n');
                indent(out, depth);
                out.push('}');
            }
            Json::Raw(value) => Json::from_value(value).write(out, depth),
        }
    }

    /// A `serde_json` value in this form; its objects keep `serde_json`'s order.
    fn from_value(value: &Value) -> Json {
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => match n.as_i64() {
                Some(i) => Json::Int(i),
                // Floats and huge numbers: serde_json's own text for them.
                None => Json::Number(n.to_string()),
            },
            Value::String(s) => Json::str(s.as_str()),
            Value::Array(items) => Json::Arr(items.iter().map(Json::from_value).collect()),
            Value::Object(map) => {
                Json::Obj(map.iter().map(|(k, v)| (k.clone(), Json::from_value(v))).collect())
            }
        }
    }
}

/// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is
/// (Vietnamese stays readable, not `\u1eaf`).
pub(crate) fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| String::from("\"\""))
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// The dataset as JSON text in the layout of `public/data/events.json`: two-space indentation,
/// UTF-8, keys in the documented order, absent optional fields left out. Parsing the result
/// gives the same dataset back.
pub fn dataset_to_json(dataset: &Dataset) -> String {
    let mut root = vec![("version".to_string(), Json::Int(dataset.version.max(1) as i64))];
    if let Some(title) = &dataset.title {
        root.push(("title".into(), localized(title)));
    }
    if let Some(subtitle) = &dataset.subtitle {
        root.push(("subtitle".into(), localized(subtitle)));
    }
    if !dataset.tags.is_empty() {
        let tags = dataset.tags.iter().map(|(id, label)| (id.clone(), localized(label))).collect();
        root.push(("tags".into(), Json::Obj(tags)));
    }
    root.push(("events".into(), Json::Arr(dataset.events.iter().map(event).collect())));
    Json::Obj(root).to_pretty()
}

fn localized(text: &Localized) -> Json {
    let mut members = vec![("vi".to_string(), Json::str(text.vi.as_str()))];
    if let Some(en) = text.en.as_deref().filter(|e| !e.trim().is_empty()) {
        members.push(("en".into(), Json::str(en)));
    }
    Json::Obj(members)
}

fn event(e: &Event) -> Json {
    let mut m: Vec<(String, Json)> = Vec::with_capacity(14);
    let mut put = |key: &str, value: Json| m.push((key.to_string(), value));
    put("id", Json::str(e.id.as_str()));
    put("title", localized(&e.title));
    if let Some(summary) = &e.summary {
        put("summary", localized(summary));
    }
    put("date", Json::str(e.date.to_iso()));
    if let Some(end) = &e.end {
        put("end", Json::str(end.to_string()));
    }
    put("category", Json::str(e.category.id()));
    put("level", Json::str(e.level.id()));
    if let Some(yes) = e.anniversary {
        put("anniversary", Json::Bool(yes));
    }
    if let Some(place) = &e.place {
        put("place", localized(place));
    }
    if !e.tags.is_empty() {
        put("tags", Json::Arr(e.tags.iter().map(|t| Json::str(t.as_str())).collect()));
    }
    if let Some(reference) = &e.reference {
        put("reference", reference_json(reference));
    }
    if let Some(source) = &e.source {
        put("source", source_json(source));
    }
    if let Some(note) = &e.note {
        put("note", localized(note));
    }
    for (key, value) in &e.extra {
        put(key, Json::Raw(value.clone()));
    }
    Json::Obj(m)
}

fn reference_json(r: &Reference) -> Json {
    let mut m = vec![("number".to_string(), Json::str(r.number.as_str()))];
    if let Some(issuer) = &r.issuer {
        m.push(("issuer".into(), localized(issuer)));
    }
    Json::Obj(m)
}

fn source_json(s: &Source) -> Json {
    let mut m = vec![("document".to_string(), Json::str(s.document.as_str()))];
    if let Some(title) = &s.title {
        m.push(("title".into(), Json::str(title.as_str())));
    }
    if let Some(published) = &s.published {
        m.push(("published".into(), Json::str(published.to_string())));
    }
    if let Some(url) = &s.url {
        m.push(("url".into(), Json::str(url.as_str())));
    }
    if let Some(quote) = &s.quote {
        m.push(("quote".into(), Json::str(quote.as_str())));
    }
    Json::Obj(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_form_matches_serde_json() {
        let value: Value = serde_json::from_str(
            r#"{"a":[1,{"b":"Bắc \"Sơn\"\n","c":[]},true,null],"d":{},"e":-3,"f":1.5,"g":18446744073709551615}"#,
        )
        .unwrap();
        let ours = Json::from_value(&value).to_pretty();
        assert_eq!(ours, serde_json::to_string_pretty(&value).unwrap() + "\n");
    }

    #[test]
    fn strings_are_escaped_but_not_ascii_only() {
        assert_eq!(quote("Lạng \"Sơn\"\t\u{1}"), "\"Lạng \\\"Sơn\\\"\\t\\u0001\"");
    }
}
