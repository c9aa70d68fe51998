//! A set of tag ids kept as a sorted list: the filter's tags. A visitor selects a handful of
//! tags at most, so a sorted list is as quick as a tree, and needs none of the B-tree code a
//! `BTreeSet<String>` brings into the app's wasm.

use std::fmt;

/// Tag ids without repeats, iterated in sorted order.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct TagSet(Vec<String>);

impl TagSet {
    /// The empty set.
    pub const fn new() -> TagSet {
        TagSet(Vec::new())
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|t| t.as_str().cmp(id))
    }

    /// Whether `id` is in the set.
    pub fn contains(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Adds `id`; true if it was not in the set yet.
    pub fn insert(&mut self, id: String) -> bool {
        match self.find(&id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }

    /// Takes `id` out; true if it was in the set.
    pub fn remove(&mut self, id: &str) -> bool {
        self.find(id).map(|at| self.0.remove(at)).is_ok()
    }

    /// Keeps only the ids for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&String) -> bool) {
        self.0.retain(keep);
    }

    /// Whether the set holds no id.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many ids the set holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The ids, sorted.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }
}

impl FromIterator<String> for TagSet {
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> TagSet {
        let mut set = TagSet::new();
        set.extend(ids);
        set
    }
}

impl<const N: usize> From<[String; N]> for TagSet {
    fn from(ids: [String; N]) -> TagSet {
        ids.into_iter().collect()
    }
}

impl Extend<String> for TagSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, ids: I) {
        for id in ids {
            self.insert(id);
        }
    }
}

impl<'a> IntoIterator for &'a TagSet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// As a set: `{"bac-son", "thi-dua"}`.
impl fmt::Debug for TagSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ids: &[&str]) -> TagSet {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn keeps_ids_sorted_and_once() {
        let tags = set(&["thi-dua", "bac-son", "thi-dua", "ky-niem"]);
        assert_eq!(tags.iter().collect::<Vec<_>>(), ["bac-son", "ky-niem", "thi-dua"]);
        assert_eq!(tags.len(), 3);
    }

    #[test]
    fn insert_remove_contains() {
        let mut tags = TagSet::new();
        assert!(tags.is_empty());
        assert!(tags.insert("b".into()));
        assert!(tags.insert("a".into()));
        assert!(!tags.insert("b".into()), "a second insert adds nothing");
        assert!(tags.contains("a") && tags.contains("b") && !tags.contains("c"));
        assert!(tags.remove("a"));
        assert!(!tags.remove("a"), "already gone");
        assert_eq!(tags, set(&["b"]));
    }

    #[test]
    fn retain_and_debug() {
        let mut tags = set(&["a", "bb", "c"]);
        tags.retain(|t| t.len() == 1);
        assert_eq!(format!("{tags:?}"), r#"{"a", "c"}"#);
    }
}
