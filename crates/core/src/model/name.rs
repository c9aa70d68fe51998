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
