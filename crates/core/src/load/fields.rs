//! Typed fields out of one JSON object, each bad one a located problem: the reader every part
//! of a dataset file (its root, each event, an event's source, pictures and links) is read with.

use crate::check::problem::{Problem, ProblemKind};
use crate::model::date::EventDate;
use crate::model::lang::Localized;
use serde_json::{Map, Value};

/// Reads bilingual text: `"…"` (Vietnamese only) or `{"vi": …, "en": …}`.
pub(crate) fn localized_value(value: &Value) -> Result<Localized, ProblemKind> {
    // A plain string is accepted as Vietnamese-only text, the common case for editors.
    if let Some(text) = value.as_str() {
        return non_empty(text).map(Localized::vi).ok_or(ProblemKind::MissingVietnamese);
    }
    let obj =
        value.as_object().ok_or(ProblemKind::WrongType { expected: "text or {\"vi\": …, \"en\": …}" })?;
    let vi =
        obj.get("vi").and_then(Value::as_str).and_then(non_empty).ok_or(ProblemKind::MissingVietnamese)?;
    let en = obj.get("en").and_then(Value::as_str).and_then(non_empty);
    Ok(Localized { vi: vi.to_string(), en: en.map(str::to_string) })
}

pub(crate) fn non_empty(text: &str) -> Option<&str> {
    let t = text.trim();
    (!t.is_empty()).then_some(t)
}

/// Reads typed fields from one JSON object and records a located problem for each bad one.
pub(crate) struct FieldReader<'a> {
    obj: &'a Map<String, Value>,
    path: String,
    index: Option<usize>,
    id: Option<String>,
    pub(crate) problems: Vec<Problem>,
}

impl<'a> FieldReader<'a> {
    pub(crate) fn new(
        obj: &'a Map<String, Value>,
        path: String,
        index: Option<usize>,
        id: Option<String>,
    ) -> Self {
        FieldReader { obj, path, index, id, problems: Vec::new() }
    }

    pub(crate) fn nested(&self, obj: &'a Map<String, Value>, key: &str) -> FieldReader<'a> {
        FieldReader::new(obj, self.field_path(key), self.index, self.id.clone())
    }

    pub(crate) fn absorb(&mut self, other: FieldReader) {
        self.problems.extend(other.problems);
    }

    fn field_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    pub(crate) fn push(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem {
            severity: kind.severity(),
            file: None,
            index: self.index,
            event_id: self.id.clone(),
            path,
            kind,
        });
    }

    pub(crate) fn push_field(&mut self, key: &str, kind: ProblemKind) {
        let path = self.field_path(key);
        self.push(path, kind);
    }

    pub(crate) fn has(&self, key: &str) -> bool {
        self.obj.get(key).is_some_and(|v| !v.is_null())
    }

    pub(crate) fn get(&self, key: &str) -> Option<&'a Value> {
        self.obj.get(key).filter(|v| !v.is_null())
    }

    fn typed<T>(&mut self, key: &str, expected: &'static str, cast: fn(&'a Value) -> Option<T>) -> Option<T> {
        let value = self.get(key)?;
        let typed = cast(value);
        if typed.is_none() {
            self.push_field(key, ProblemKind::WrongType { expected });
        }
        typed
    }

    pub(crate) fn string(&mut self, key: &str) -> Option<&'a str> {
        self.typed(key, "text", Value::as_str)
    }

    /// A yes or no; anything else is a warning and `None`, so the default applies and the
    /// event is not lost over it.
    pub(crate) fn yes_no(&mut self, key: &str) -> Option<bool> {
        let value = self.get(key)?;
        let yes_no = value.as_bool();
        if yes_no.is_none() {
            self.push_field(key, ProblemKind::NotABoolean(json_text(value)));
        }
        yes_no
    }

    pub(crate) fn object(&mut self, key: &str) -> Option<&'a Map<String, Value>> {
        self.typed(key, "an object", Value::as_object)
    }

    pub(crate) fn array(&mut self, key: &str) -> Option<&'a Vec<Value>> {
        self.typed(key, "a list", Value::as_array)
    }

    pub(crate) fn required_string(&mut self, key: &str) -> Option<&'a str> {
        if !self.has(key) {
            self.push_field(key, ProblemKind::MissingField);
            return None;
        }
        self.string(key)
    }

    pub(crate) fn localized(&mut self, key: &str, required: bool) -> Option<Localized> {
        let Some(value) = self.get(key) else {
            if required {
                self.push_field(key, ProblemKind::MissingField);
            }
            return None;
        };
        match localized_value(value) {
            Ok(l) => Some(l),
            Err(ProblemKind::MissingVietnamese) if value.is_object() => {
                self.push_field(&format!("{key}.vi"), ProblemKind::MissingVietnamese);
                None
            }
            Err(kind) => {
                self.push_field(key, kind);
                None
            }
        }
    }

    pub(crate) fn date(&mut self, key: &str, required: bool) -> Option<EventDate> {
        let text = if required { self.required_string(key)? } else { self.string(key)? };
        text.parse::<EventDate>()
            .map_err(|error| {
                self.push_field(key, ProblemKind::InvalidDate { value: text.to_string(), error })
            })
            .ok()
    }

    pub(crate) fn enumerated<T>(
        &mut self,
        key: &str,
        from_id: fn(&str) -> Option<T>,
        unknown: fn(String) -> ProblemKind,
    ) -> Option<T> {
        let text = self.required_string(key)?;
        let found = from_id(text.trim());
        if found.is_none() {
            self.push_field(key, unknown(text.to_string()));
        }
        found
    }

    pub(crate) fn unknown_fields(&self, known: &[&str]) -> Map<String, Value> {
        // Inserted one by one: collecting into the map would compile another sort.
        let mut extra = Map::new();
        for (k, v) in self.obj.iter().filter(|(k, _)| !known.contains(&k.as_str())) {
            extra.insert(k.clone(), v.clone());
        }
        extra
    }
}

/// The value as compact JSON, the same text as `value.to_string()`, without serde_json's
/// serializer (which only this message brought into the wasm).
pub(crate) fn json_text(value: &Value) -> String {
    let mut out = String::new();
    write_json(&mut out, value);
    out
}

fn write_json(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(text) => write_json_string(out, text),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_text_is_what_serde_json_writes() {
        let samples = [
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
        ];
        for sample in samples {
            let value: Value = serde_json::from_str(sample).unwrap();
            assert_eq!(json_text(&value), value.to_string(), "{sample}");
        }
    }
}
