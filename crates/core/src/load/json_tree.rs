//! A JSON document read for checking, borrowing its text: the shape every dataset and index
//! file is read into before its fields are checked (crate::load::fields).
//!
//! Why not `serde_json::Value`: a value owns every key and string (one allocation each) and
//! keeps each object as a B-tree. Natively, reading the 11 MB file of 10,000 events into one
//! and freeing it again took about three times what this tree takes; in the visitors' wasm the
//! whole parse gained about 12 % (docs/decisions.md has both measurements). Here text without
//! escapes stays a slice of the file, and an object is its list of fields in file order.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::fmt;

/// One JSON value; text borrowed from the document where it has no escapes.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json<'a> {
    Null,
    Bool(bool),
    Number(Number),
    Text(Cow<'a, str>),
    List(Vec<Json<'a>>),
    Object(Object<'a>),
}

/// An object's fields in file order. A name given twice means its last value, as it does for
/// `serde_json::Value` (so both readings of a file agree).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Object<'a>(pub(crate) Vec<(Cow<'a, str>, Json<'a>)>);

impl<'a> Object<'a> {
    /// The value of field `key` (the last one, if the name is repeated).
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub(crate) fn contains_key(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }

    /// Each distinct name with its value, in name order: the order `serde_json::Value` gives.
    pub(crate) fn sorted(&self) -> Vec<(&str, &Json<'a>)> {
        let mut fields: Vec<(&str, &Json<'a>)> = Vec::with_capacity(self.0.len());
        for (key, value) in &self.0 {
            match fields.binary_search_by(|(k, _)| (*k).cmp(key)) {
                Ok(at) => fields[at].1 = value,
                Err(at) => fields.insert(at, (key, value)),
            }
        }
        fields
    }
}

impl<'a> Json<'a> {
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::Text(text) => Some(text),
            _ => None,
        }
    }

    pub(crate) fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Json::Object(object) => Some(object),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&Vec<Json<'a>>> {
        match self {
            Json::List(items) => Some(items),
            _ => None,
        }
    }

    pub(crate) fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub(crate) fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    pub(crate) fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    /// Field `key` of an object; `None` for anything else.
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.as_object()?.get(key)
    }

    /// The same value, owned, as the rest of the crate keeps what it does not read (an event's
    /// unknown fields).
    pub(crate) fn to_value(&self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => Value::Number(n.clone()),
            Json::Text(text) => Value::String(text.to_string()),
            Json::List(items) => Value::Array(items.iter().map(Json::to_value).collect()),
            Json::Object(object) => Value::Object(object_to_map(object)),
        }
    }

    /// A value read as this tree (borrowing its text), for callers that hold a `Value`: the
    /// spreadsheet import and [`parse_value`](crate::parse_value).
    pub(crate) fn from_value(value: &'a Value) -> Json<'a> {
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(n.clone()),
            Value::String(text) => Json::Text(Cow::Borrowed(text)),
            Value::Array(items) => Json::List(items.iter().map(Json::from_value).collect()),
            Value::Object(map) => Json::Object(Object(
                map.iter().map(|(k, v)| (Cow::Borrowed(k.as_str()), Json::from_value(v))).collect(),
            )),
        }
    }
}

fn object_to_map(object: &Object) -> Map<String, Value> {
    // Inserted one by one, the last of a repeated name winning, as serde_json reads them.
    let mut map = Map::new();
    for (key, value) in &object.0 {
        map.insert(key.to_string(), value.to_value());
    }
    map
}

/// The value as compact JSON, the same text as `serde_json::Value`'s `to_string()`, without
/// serde_json's serializer (which only this message brought into the wasm).
pub(crate) fn json_text(value: &Json) -> String {
    let mut out = String::new();
    write_json(&mut out, value);
    out
}

fn write_json(out: &mut String, value: &Json) {
    match value {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(&n.to_string()),
        Json::Text(text) => write_json_string(out, text),
        Json::List(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, item);
            }
            out.push(']');
        }
        Json::Object(object) => {
            out.push('{');
            for (i, (key, item)) in object.sorted().into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json_string(out, key);
                out.push(':');
                write_json(out, item);
            }
            out.push('}');
        }
    }
}

fn write_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xf] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Json<'de>, E> {
        Ok(Number::from_f64(n).map_or(Json::Null, Json::Number))
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::Text(Cow::Borrowed(text)))
    }

    fn visit_str<E>(self, text: &str) -> Result<Json<'de>, E> {
        Ok(Json::Text(Cow::Owned(text.to_string())))
    }

    fn visit_string<E>(self, text: String) -> Result<Json<'de>, E> {
        Ok(Json::Text(Cow::Owned(text)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut fields = Vec::new();
        while let Some((Name(key), value)) = map.next_entry()? {
            fields.push((key, value));
        }
        Ok(Json::Object(Object(fields)))
    }
}

/// A field's name, borrowed from the document where it has no escapes.
struct Name<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Name<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(NameVisitor)
    }
}

struct NameVisitor;

impl<'de> Visitor<'de> for NameVisitor {
    type Value = Name<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Name<'de>, E> {
        Ok(Name(Cow::Borrowed(text)))
    }

    fn visit_str<E>(self, text: &str) -> Result<Name<'de>, E> {
        Ok(Name(Cow::Owned(text.to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: [&str; 15] = [
        r#"null"#,
        r#"true"#,
        r#""có""#,
        r#"0"#,
        r#"-12"#,
        r#"18446744073709551615"#,
        r#"1.5"#,
        r#"1.0"#,
        r#"1e20"#,
        r#"-2.5e-7"#,
        r#""a\"b\\c\n\r\t\b\f\u0001\u001f\u007f é""#,
        r#"[1, "x", [], {}]"#,
        r#"{"b": 1, "a": [true, null], "ý": {"c": "d"}}"#,
        r#"{"a": 1, "b": 2, "a": "again"}"#,
        r#"{"t\u00ean": "Lạng Sơn", "x": {"y": [1, {"z": false}]}}"#,
    ];

    #[test]
    fn reads_as_serde_json_does() {
        for sample in SAMPLES {
            let tree: Json = serde_json::from_str(sample).unwrap();
            let value: Value = serde_json::from_str(sample).unwrap();
            assert_eq!(tree.to_value(), value, "{sample}");
            assert_eq!(Json::from_value(&value).to_value(), value, "{sample}");
        }
    }

    #[test]
    fn json_text_is_what_serde_json_writes() {
        for sample in SAMPLES {
            let tree: Json = serde_json::from_str(sample).unwrap();
            let value: Value = serde_json::from_str(sample).unwrap();
            assert_eq!(json_text(&tree), value.to_string(), "{sample}");
        }
    }

    #[test]
    fn text_without_escapes_is_borrowed_and_a_repeated_name_means_its_last_value() {
        let tree: Json =
            serde_json::from_str(r#"{"tên": "Bắc Sơn", "a": "x\ny", "tên": "Chi Lăng"}"#).unwrap();
        let object = tree.as_object().unwrap();
        assert!(matches!(object.0[0], (Cow::Borrowed("tên"), Json::Text(Cow::Borrowed("Bắc Sơn")))));
        assert!(matches!(&object.0[1].1, Json::Text(Cow::Owned(t)) if t == "x\ny"));
        assert_eq!(tree.get("tên").and_then(Json::as_str), Some("Chi Lăng"));
        assert_eq!(object.sorted().iter().map(|(k, _)| *k).collect::<Vec<_>>(), ["a", "tên"]);
        assert_eq!(object.sorted()[1].1.as_str(), Some("Chi Lăng"));
        assert!(object.contains_key("a") && !object.contains_key("b"));
    }

    #[test]
    fn syntax_errors_are_those_of_serde_json() {
        for text in ["[1, 2", "{\"a\": 1,}", "{a: 1}", "[1e999999]", "[\"\\q\"]", &"[".repeat(200)] {
            let tree = serde_json::from_str::<Json>(text).unwrap_err();
            let value = serde_json::from_str::<Value>(text).unwrap_err();
            assert_eq!(tree.to_string(), value.to_string(), "{text}");
        }
    }
}
