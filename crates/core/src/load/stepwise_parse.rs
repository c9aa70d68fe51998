//! A dataset file parsed in steps, for the editors' page: its preview parses the dataset file
//! the import gave (10,000 events are some 10 MB), and one `parse_dataset` of it is a task of
//! 140 ms the page could not paint in. The text is scanned once without building values (each
//! event kept as its raw text), then the events are read a batch at a time by the dataset's
//! own reader ([`EventsReader`]): the same checks, problems and order as [`parse_dataset`].

use crate::check::problem::LoadError;
use crate::load::json_tree::{Json, Object};
use crate::load::parse::{parse_text, EventsReader, Loaded};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// A dataset file being parsed (see the module's notes).
pub struct StepwiseParse<'t> {
    reader: EventsReader,
    events: Vec<&'t RawValue>,
    next: usize,
}

impl<'t> StepwiseParse<'t> {
    /// Scans the text and reads the dataset's own fields (version, title, tags); the events are
    /// read by [`StepwiseParse::step`]. The errors are those of [`parse_dataset`](crate::parse_dataset).
    pub fn start(text: &'t str) -> Result<StepwiseParse<'t>, LoadError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let fields: BTreeMap<String, &'t RawValue> = match serde_json::from_str(text) {
            Ok(fields) => fields,
            // Not JSON, or not an object: the whole parse says what is wrong, as it always has.
            Err(_) => return Err(parse_text(text, None).err().unwrap_or(LoadError::NotADataset)),
        };
        let mut root = Object::default();
        let mut events = Vec::new();
        for (key, raw) in fields {
            let value = if key == "events" {
                match serde_json::from_str::<Vec<&'t RawValue>>(raw.get()) {
                    Ok(list) => {
                        events = list;
                        Json::List(Vec::new())
                    }
                    Err(_) => Json::Null,
                }
            } else {
                serde_json::from_str(raw.get()).unwrap_or(Json::Null)
            };
            root.0.push((Cow::Owned(key), value));
        }
        Ok(StepwiseParse { reader: EventsReader::new(&root)?, events, next: 0 })
    }

    /// Reads up to `n` more events; true once every event is read.
    pub fn step(&mut self, n: usize) -> bool {
        let end = self.next.saturating_add(n).min(self.events.len());
        for raw in &self.events[self.next..end] {
            let value: Json = serde_json::from_str(raw.get()).unwrap_or(Json::Null);
            self.reader.push(&value);
        }
        self.next = end;
        self.next == self.events.len()
    }

    /// Events read so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.events.len())
    }

    /// The dataset, its problems and the events' origins, as [`parse_dataset`](crate::parse_dataset)
    /// gives them (the events not yet read are read now).
    pub fn finish(mut self) -> Loaded {
        self.step(usize::MAX);
        self.reader.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse::parse_dataset;

    fn stepwise(text: &str, n: usize) -> Result<Loaded, LoadError> {
        let mut parse = StepwiseParse::start(text)?;
        let mut steps = 0;
        while !parse.step(n) {
            steps += 1;
            assert!(steps < 10_000);
        }
        Ok(parse.finish())
    }

    #[test]
    fn the_same_as_a_whole_parse() {
        let bundled =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/events.json"))
                .unwrap();
        let texts = [
            bundled.as_str(),
            "\u{feff}{\"version\": 1, \"events\": []}",
            r#"{"version": 1, "title": "T", "tags": {"a": "A"}, "events": [
                {"id": "a", "date": "2020", "title": "Một", "summary": "x", "category": "history", "level": "provincial"},
                {"id": "a", "date": "2019", "title": "Hai", "summary": "x", "category": "history", "level": "provincial"},
                {"id": "b", "date": "năm ngoái", "title": 5, "summary": "x", "category": "nonsense", "level": "provincial", "tags": ["a", 1]},
                7,
                {"id": "c", "date": "2018-02-03", "title": {"vi": "Ba", "en": "Three"}, "summary": "x", "category": "history", "level": "provincial"}
            ]}"#,
            r#"{"version": 1, "events": {}}"#,
            r#"{"version": 1}"#,
            r#"{"events": []}"#,
            r#"{"title": "x"}"#,
            r#"{"version": 99, "events": []}"#,
            r#"[1, 2]"#,
            r#"5"#,
            r#"{"version": 1, "events": [}"#,
            "",
        ];
        for text in texts {
            let whole = parse_dataset(text);
            for n in [1, 2, 1000] {
                assert_eq!(stepwise(text, n), whole, "{text:.80}");
            }
        }
    }

    #[test]
    fn reads_in_steps_with_progress() {
        let text = r#"{"version": 1, "events": [
            {"id": "a", "date": "2020", "title": "Một", "summary": "x", "category": "history", "level": "provincial"},
            {"id": "b", "date": "2019", "title": "Hai", "summary": "x", "category": "history", "level": "provincial"},
            {"id": "c", "date": "2018", "title": "Ba", "summary": "x", "category": "history", "level": "provincial"}
        ]}"#;
        let mut parse = StepwiseParse::start(text).unwrap();
        assert_eq!(parse.progress(), (0, 3));
        assert!(!parse.step(2));
        assert_eq!(parse.progress(), (2, 3));
        assert!(parse.step(2));
        assert_eq!(parse.progress(), (3, 3));
        let loaded = parse.finish();
        assert_eq!(loaded.dataset.events.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["c", "b", "a"]);
    }
}
