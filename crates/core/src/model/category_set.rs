//! A set of categories as bits: the filter's categories. Seven categories fit in a byte, and a
//! bit set needs none of the B-tree code a `BTreeSet<Category>` brings into the app's wasm.

use crate::model::event::Category;
use std::fmt;

/// Some of the [`Category`] values. Iterates in the order of [`Category::ALL`] (the filters'
/// order, and the order categories sort in).
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CategorySet(u8);

impl CategorySet {
    /// The empty set.
    pub const fn new() -> CategorySet {
        CategorySet(0)
    }

    const fn bit(category: Category) -> u8 {
        1 << category as u8
    }

    /// Whether `category` is in the set.
    pub fn contains(&self, category: Category) -> bool {
        self.0 & Self::bit(category) != 0
    }

    /// Adds `category`; true if it was not in the set yet.
    pub fn insert(&mut self, category: Category) -> bool {
        let added = !self.contains(category);
        self.0 |= Self::bit(category);
        added
    }

    /// Takes `category` out; true if it was in the set.
    pub fn remove(&mut self, category: Category) -> bool {
        let present = self.contains(category);
        self.0 &= !Self::bit(category);
        present
    }

    /// Whether the set holds no category.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// How many categories the set holds.
    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    /// The categories in the set, in the order of [`Category::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = Category> + '_ {
        Category::ALL.into_iter().filter(|c| self.contains(*c))
    }
}

impl FromIterator<Category> for CategorySet {
    fn from_iter<I: IntoIterator<Item = Category>>(categories: I) -> CategorySet {
        let mut set = CategorySet::new();
        set.extend(categories);
        set
    }
}

impl<const N: usize> From<[Category; N]> for CategorySet {
    fn from(categories: [Category; N]) -> CategorySet {
        categories.into_iter().collect()
    }
}

impl Extend<Category> for CategorySet {
    fn extend<I: IntoIterator<Item = Category>>(&mut self, categories: I) {
        for c in categories {
            self.insert(c);
        }
    }
}

/// As a set of ids: `{history, congress}`.
impl fmt::Debug for CategorySet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_remove_contains_and_len() {
        let mut set = CategorySet::new();
        assert!(set.is_empty());
        assert!(set.insert(Category::Observance));
        assert!(!set.insert(Category::Observance), "a second insert adds nothing");
        assert!(set.insert(Category::History));
        assert_eq!(set.len(), 2);
        assert!(set.contains(Category::History) && set.contains(Category::Observance));
        assert!(!set.contains(Category::Congress));
        assert!(set.remove(Category::History));
        assert!(!set.remove(Category::History), "already gone");
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![Category::Observance]);
    }

    #[test]
    fn iterates_in_the_filters_order_whatever_the_insertion_order() {
        let set: CategorySet = Category::ALL.into_iter().rev().collect();
        assert_eq!(set.len(), Category::COUNT);
        assert_eq!(set.iter().collect::<Vec<_>>(), Category::ALL.to_vec());
        let mut sorted = Category::ALL.to_vec();
        sorted.sort();
        assert_eq!(sorted, Category::ALL.to_vec(), "ALL is the categories' sort order");
    }

    #[test]
    fn every_category_has_its_own_bit() {
        for a in Category::ALL {
            let set: CategorySet = [a].into_iter().collect();
            for b in Category::ALL {
                assert_eq!(set.contains(b), a == b, "{a} / {b}");
            }
        }
    }

    #[test]
    fn debug_lists_the_categories() {
        let set: CategorySet = [Category::Congress, Category::History].into_iter().collect();
        assert_eq!(format!("{set:?}"), "{History, Congress}");
    }
}
