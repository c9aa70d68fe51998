//! The one translation table: every user-facing string of the app and the CLI, per language.
//! A struct (not a map) so that a string missing in one language is a compile error.

use crate::model::lang::Lang;

mod anniversaries;
mod calendar;
mod dates;
mod domain;
#[cfg(feature = "tools")]
mod editor;
mod filters;
#[cfg(feature = "tools")]
mod import;
#[cfg(feature = "tools")]
mod listing;
mod media;
mod problems;
#[cfg(feature = "tools")]
mod report;
mod sources;
mod ui;

pub use anniversaries::AnniversaryStrings;
pub use calendar::CalendarStrings;
pub use dates::DateStrings;
pub use domain::DomainStrings;
#[cfg(feature = "tools")]
pub use editor::{EditorStrings, COLUMN_GUIDE};
pub use filters::FilterStrings;
#[cfg(feature = "tools")]
pub use import::ImportStrings;
#[cfg(feature = "tools")]
pub use listing::ListingStrings;
pub use media::MediaStrings;
#[cfg(feature = "tools")]
pub use problems::JsonSyntaxStrings;
pub use problems::ProblemStrings;
#[cfg(feature = "tools")]
pub use report::ReportStrings;
pub use sources::SourceStrings;
pub use ui::UiStrings;

/// Everything user-facing, for one language.
pub struct Strings {
    pub ui: UiStrings,
    pub dates: DateStrings,
    pub domain: DomainStrings,
    pub problems: ProblemStrings,
    pub anniversaries: AnniversaryStrings,
    pub filters: FilterStrings,
    pub calendar: CalendarStrings,
    /// Messages of the importers (CSV, TimelineJS) and of lossy exports. Like the two below,
    /// only with `tools`: a table the app never shows stays out of its WebAssembly.
    #[cfg(feature = "tools")]
    pub import: ImportStrings,
    /// Words of the static HTML list of events.
    #[cfg(feature = "tools")]
    pub listing: ListingStrings,
    /// Words of `daumoc validate` and `daumoc stats`.
    #[cfg(feature = "tools")]
    pub report: ReportStrings,
    /// The index of several dataset files (`data/index.json`) and its failures.
    pub sources: SourceStrings,
    /// Pictures, links and the lesson tray.
    pub media: MediaStrings,
}

impl Lang {
    /// The translation table of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Vi => &VI,
            Lang::En => &EN,
        }
    }
}

/// Text that depends on a count. English has a singular ("1 year ago"); Vietnamese has no plural,
/// so both of its forms are the same.
pub struct Plural {
    /// For exactly one.
    pub one: &'static str,
    /// For every other count.
    pub other: &'static str,
}

impl Plural {
    /// The form for `count`, filled with `args` (see [`fill`]).
    pub fn fill(&self, count: usize, args: &[&str]) -> String {
        fill(if count == 1 { self.one } else { self.other }, args)
    }
}

/// Fills `{0}`, `{1}` … in a template with `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let arg = after.find('}').and_then(|close| after[..close].parse::<usize>().ok().map(|i| (i, close)));
        match arg {
            Some((i, close)) => {
                out.push_str(args.get(i).copied().unwrap_or(""));
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

static VI: Strings = Strings {
    ui: ui::VI,
    dates: dates::VI,
    domain: domain::VI,
    problems: problems::VI,
    anniversaries: anniversaries::VI,
    filters: filters::VI,
    calendar: calendar::VI,
    #[cfg(feature = "tools")]
    import: import::VI,
    #[cfg(feature = "tools")]
    listing: listing::VI,
    #[cfg(feature = "tools")]
    report: report::VI,
    sources: sources::VI,
    media: media::VI,
};

static EN: Strings = Strings {
    ui: ui::EN,
    dates: dates::EN,
    domain: domain::EN,
    problems: problems::EN,
    anniversaries: anniversaries::EN,
    filters: filters::EN,
    calendar: calendar::EN,
    #[cfg(feature = "tools")]
    import: import::EN,
    #[cfg(feature = "tools")]
    listing: listing::EN,
    #[cfg(feature = "tools")]
    report: report::EN,
    sources: sources::EN,
    media: media::EN,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_pick_the_singular_for_one_only() {
        let en = &Lang::En.strings().dates.years_ago;
        assert_eq!(en.fill(1, &["1"]), "1 year ago");
        assert_eq!(en.fill(2, &["2"]), "2 years ago");
        assert_eq!(en.fill(0, &["0"]), "0 years ago");
        assert_eq!(Lang::Vi.strings().dates.years_ago.fill(1, &["1"]), "cách đây 1 năm");
    }

    #[test]
    fn fill_replaces_numbered_placeholders() {
        assert_eq!(fill("{0} / {1} sự kiện", &["12", "57"]), "12 / 57 sự kiện");
        assert_eq!(fill("{1}-{0}", &["a", "b"]), "b-a");
        assert_eq!(fill("no args", &[]), "no args");
        assert_eq!(fill("{x} {5}", &["a"]), "{x} ");
        assert_eq!(fill("ngày {0}", &["27"]), "ngày 27");
    }

    #[test]
    fn every_language_has_every_category_and_month() {
        for lang in Lang::ALL {
            let s = lang.strings();
            assert!(s.domain.categories.iter().all(|c| !c.is_empty()));
            assert!(s.dates.months_long.iter().all(|m| !m.is_empty()));
        }
    }
}
