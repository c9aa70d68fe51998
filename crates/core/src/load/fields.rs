//! Typed fields out of one JSON object, each bad one a located problem: the reader every part
//! of a dataset file (its root, each event, an event's source, pictures and links) is read with.

use crate::check::problem::{Problem, ProblemKind};
use crate::load::json_tree::{json_text, Json, Object};
use crate::model::date::EventDate;
use crate::model::lang::Localized;
use serde_json::{Map, Value};
use std::borrow::Cow;

/// Reads bilingual text: `"…"` (Vietnamese only) or `{"vi": …, "en": …}`.
pub(crate) fn localized_value(value: &Json) -> Result<Localized, ProblemKind> {
    // A plain string is accepted as Vietnamese-only text, the common case for editors.
    if let Some(text) = value.as_str() {
        return non_empty(text).map(Localized::vi).ok_or(ProblemKind::MissingVietnamese);
    }
    let obj =
        value.as_object().ok_or(ProblemKind::WrongType { expected: "text or {\"vi\": …, \"en\": …}" })?;
    let vi =
        obj.get("vi").and_then(Json::as_str).and_then(non_empty).ok_or(ProblemKind::MissingVietnamese)?;
    let en = obj.get("en").and_then(Json::as_str).and_then(non_empty);
    Ok(Localized { vi: vi.to_string(), en: en.map(str::to_string) })
}

pub(crate) fn non_empty(text: &str) -> Option<&str> {
    let t = text.trim();
    (!t.is_empty()).then_some(t)
}

/// Reads typed fields from one JSON object and records a located problem for each bad one.
///
/// A problem's path (`events[3].source.url`) and event id are written only when there is a
/// problem: a valid file of 10,000 events would otherwise format and copy them for every event
/// and its source, for nothing.
pub(crate) struct FieldReader<'a> {
    obj: &'a Object<'a>,
    /// The event's position, for an event and the objects inside it; `None` for the file's root.
    index: Option<usize>,
    /// The field of the event this object is (`source`, `media[2]`); `None` for the event itself.
    within: Option<Cow<'a, str>>,
    id: Option<&'a str>,
    pub(crate) problems: Vec<Problem>,
}

impl<'a> FieldReader<'a> {
    /// The reader of the file's root object.
    pub(crate) fn root(obj: &'a Object<'a>) -> Self {
        FieldReader { obj, index: None, within: None, id: None, problems: Vec::new() }
    }

    /// The reader of the event at `index` of the file, whose id (if any) is `id`.
    pub(crate) fn event(obj: &'a Object<'a>, index: usize, id: Option<&'a str>) -> Self {
        FieldReader { obj, index: Some(index), within: None, id, problems: Vec::new() }
    }

    /// The reader of the object in field `key` of this event.
    pub(crate) fn nested(&self, obj: &'a Object<'a>, key: Cow<'a, str>) -> FieldReader<'a> {
        FieldReader { obj, index: self.index, within: Some(key), id: self.id, problems: Vec::new() }
    }

    pub(crate) fn absorb(&mut self, other: FieldReader) {
        self.problems.extend(other.problems);
    }

    fn field_path(&self, key: &str) -> String {
        // One `format!` and pushes: each formatting call site costs the wasm its own code.
        let mut path = match self.index {
            Some(index) => format!("events[{index}]."),
            None => String::new(),
        };
        if let Some(within) = &self.within {
            path.push_str(within);
            path.push('.');
        }
        path.push_str(key);
        path
    }

    pub(crate) fn push(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem {
            severity: kind.severity(),
            file: None,
            index: self.index,
            event_id: self.id.map(str::to_string),
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

    pub(crate) fn get(&self, key: &str) -> Option<&'a Json<'a>> {
        self.obj.get(key).filter(|v| !v.is_null())
    }

    fn typed<T>(
        &mut self,
        key: &str,
        expected: &'static str,
        cast: fn(&'a Json<'a>) -> Option<T>,
    ) -> Option<T> {
        let value = self.get(key)?;
        let typed = cast(value);
        if typed.is_none() {
            self.push_field(key, ProblemKind::WrongType { expected });
        }
        typed
    }

    pub(crate) fn string(&mut self, key: &str) -> Option<&'a str> {
        self.typed(key, "text", Json::as_str)
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

    pub(crate) fn object(&mut self, key: &str) -> Option<&'a Object<'a>> {
        self.typed(key, "an object", Json::as_object)
    }

    pub(crate) fn array(&mut self, key: &str) -> Option<&'a Vec<Json<'a>>> {
        self.typed(key, "a list", Json::as_array)
    }

    pub(crate) fn required_string(&mut self, key: &str) -> Option<&'a str> {
        let Some(value) = self.get(key) else {
            self.push_field(key, ProblemKind::MissingField);
            return None;
        };
        let text = value.as_str();
        if text.is_none() {
            self.push_field(key, ProblemKind::WrongType { expected: "text" });
        }
        text
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

    /// The fields not in `known` (sorted), kept as they are.
    pub(crate) fn unknown_fields(&self, known: &[&str]) -> Map<String, Value> {
        debug_assert!(known.is_sorted());
        // Inserted one by one: collecting into the map would compile another sort.
        let mut extra = Map::new();
        for (k, v) in self.obj.0.iter().filter(|(k, _)| known.binary_search(&k.as_ref()).is_err()) {
            extra.insert(k.to_string(), v.to_value());
        }
        extra
    }
}
