//! The error of reading a closed set of names (category, level, language) from text.

use std::fmt;

/// A name that is not one of those accepted; says which were.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownName {
    /// What was being read ("category", "level", "language").
    pub what: &'static str,
    /// The text given.
    pub given: String,
    /// Every name that would have been accepted.
    pub accepted: Vec<&'static str>,
}

impl fmt::Display for UnknownName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} \"{}\": use one of {}", self.what, self.given, self.accepted.join(", "))
    }
}

impl std::error::Error for UnknownName {}

/// The member of `all` whose name is `given`, or an [`UnknownName`] listing every name: the one
/// reading of a closed set, for categories, levels and languages.
pub(crate) fn find_named<T: Copy, const N: usize>(
    all: [T; N],
    name_of: fn(T) -> &'static str,
    what: &'static str,
    given: &str,
    wanted: &str,
) -> Result<T, UnknownName> {
    all.into_iter().find(|t| name_of(*t) == wanted).ok_or_else(|| UnknownName {
        what,
        given: given.to_string(),
        accepted: all.map(name_of).to_vec(),
    })
}
