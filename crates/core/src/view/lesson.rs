//! A teacher's lesson: the events she picked, in the order she will present them, kept in the
//! URL as `ids=` (event ids, comma-separated) so the link can be bookmarked or sent to students.
//! `mode=present&ids=…` presents exactly those events, in that order.

use crate::model::event::Dataset;

/// The events of a lesson, in order, each once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Lesson {
    ids: Vec<String>,
}

impl Lesson {
    /// Reads `ids=`: comma-separated ids, blanks skipped, each id kept once (its first place).
    pub fn parse(value: &str) -> Lesson {
        let mut lesson = Lesson::default();
        for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            lesson.add(id);
        }
        lesson
    }

    /// The ids in the order of the lesson.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The value of `ids=`: the ids joined by commas.
    pub fn to_param(&self) -> String {
        self.ids.join(",")
    }

    /// True when nothing is picked.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// How many events are picked.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether the event is in the lesson.
    pub fn contains(&self, id: &str) -> bool {
        self.ids.iter().any(|i| i == id)
    }

    /// Adds the event at the end, unless it is already in.
    pub fn add(&mut self, id: &str) {
        if !self.contains(id) {
            self.ids.push(id.to_string());
        }
    }

    /// Takes the event out; nothing happens if it is not in.
    pub fn remove(&mut self, id: &str) {
        self.ids.retain(|i| i != id);
    }

    /// Adds the event if it is not in, takes it out if it is ("Chọn để trình chiếu").
    pub fn toggle(&mut self, id: &str) {
        if self.contains(id) {
            self.remove(id);
        } else {
            self.add(id);
        }
    }

    /// Moves the event one place earlier (`-1`) or later (`1`), within the ends; returns whether
    /// it moved.
    pub fn shift(&mut self, id: &str, by: isize) -> bool {
        let Some(from) = self.ids.iter().position(|i| i == id) else { return false };
        let to = from as isize + by;
        if to < 0 || to >= self.ids.len() as isize {
            return false;
        }
        let item = self.ids.remove(from);
        self.ids.insert(to as usize, item);
        true
    }

    /// Empties the lesson.
    pub fn clear(&mut self) {
        self.ids.clear();
    }

    /// Drops the ids the dataset does not have and returns them, in their order, to be named in
    /// a notice.
    pub fn retain_known(&mut self, dataset: &Dataset) -> Vec<String> {
        let (known, unknown) =
            std::mem::take(&mut self.ids).into_iter().partition(|id| dataset.event(id).is_some());
        self.ids = known;
        unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(lesson: &Lesson) -> Vec<&str> {
        lesson.ids().iter().map(String::as_str).collect()
    }

    #[test]
    fn parses_in_order_once_each() {
        let lesson = Lesson::parse(" c, a,,b ,a,");
        assert_eq!(ids(&lesson), ["c", "a", "b"]);
        assert_eq!(lesson.to_param(), "c,a,b");
        assert!(Lesson::parse(" , ").is_empty());
    }

    #[test]
    fn adds_removes_toggles_moves_and_clears() {
        let mut lesson = Lesson::default();
        lesson.add("a");
        lesson.add("b");
        lesson.add("a");
        lesson.toggle("c");
        assert_eq!(ids(&lesson), ["a", "b", "c"]);
        lesson.toggle("b");
        assert_eq!(ids(&lesson), ["a", "c"]);
        assert!(lesson.shift("c", -1));
        assert_eq!(ids(&lesson), ["c", "a"]);
        assert!(!lesson.shift("c", -1));
        assert!(!lesson.shift("a", 1));
        assert!(!lesson.shift("zzz", 1));
        assert!(lesson.shift("c", 1));
        assert_eq!(ids(&lesson), ["a", "c"]);
        lesson.remove("nope");
        assert_eq!(lesson.len(), 2);
        lesson.clear();
        assert!(lesson.is_empty());
    }
}
