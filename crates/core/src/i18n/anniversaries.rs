//! Words of anniversaries ("tròn 80 năm …"). Part of the one translation table (see `i18n`).

/// Words of anniversaries ("tròn 80 năm …").
pub struct AnniversaryStrings {
    /// Placeholder until the first string is added.
    pub _reserved: (),
}

/// Vietnamese.
pub const VI: AnniversaryStrings = AnniversaryStrings { _reserved: () };

/// English.
pub const EN: AnniversaryStrings = AnniversaryStrings { _reserved: () };
