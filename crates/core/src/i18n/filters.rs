//! Messages about search, filters and URL parameters. Part of the one translation table (see `i18n`).

/// Messages about search, filters and URL parameters.
pub struct FilterStrings {
    /// Placeholder until the first string is added.
    pub _reserved: (),
}

/// Vietnamese.
pub const VI: FilterStrings = FilterStrings { _reserved: () };

/// English.
pub const EN: FilterStrings = FilterStrings { _reserved: () };
