//! The dataset as the app and the CLI use it, after parsing and validation.

use crate::model::date::{CalendarDate, EventDate};
use crate::model::lang::Localized;
use crate::model::media::{Link, Media};
use crate::model::name::{find_named, UnknownName};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// The version of the file format this code reads; newer files are refused with a message.
pub const SUPPORTED_VERSION: u64 = 1;

/// What kind of public event this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// A historical event or a leader's birth, whose anniversaries are marked.
    History,
    /// A Party congress or an emulation congress, often with its term as a range.
    Congress,
    /// An emulation campaign or movement and its launch.
    Campaign,
    /// A conference or working session.
    Meeting,
    /// A directive, plan, conclusion, resolution or call, with its number and issuer.
    Document,
    /// A target or a result, with its figures.
    Target,
    /// A day observed every year.
    Observance,
}

impl Category {
    /// Every category, in the order the filters list them.
    pub const ALL: [Category; 7] = [
        Category::History,
        Category::Congress,
        Category::Campaign,
        Category::Meeting,
        Category::Document,
        Category::Target,
        Category::Observance,
    ];

    /// The id used in the dataset and in URLs.
    pub fn id(self) -> &'static str {
        match self {
            Category::History => "history",
            Category::Congress => "congress",
            Category::Campaign => "campaign",
            Category::Meeting => "meeting",
            Category::Document => "document",
            Category::Target => "target",
            Category::Observance => "observance",
        }
    }

    /// Whether events of this category have anniversaries unless the dataset says otherwise:
    /// history (births, foundings, uprisings, liberations, victories) and observances are
    /// commemorated; a meeting, a congress term, a campaign, a target or a document is not —
    /// no one marks "10 years since a working session", and a provincial site that did would
    /// look careless.
    pub fn commemorated_by_default(self) -> bool {
        matches!(self, Category::History | Category::Observance)
    }

    /// How many categories there are: the size of every per-category table.
    pub const COUNT: usize = Category::ALL.len();

    /// The category's place in [`Category::ALL`], to index per-category tables.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The id, as in the dataset and URLs (`history`).
impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Reads an id exactly as the dataset writes it (`history`, not `History`).
impl FromStr for Category {
    type Err = UnknownName;

    fn from_str(id: &str) -> Result<Category, UnknownName> {
        find_named(Category::ALL, Category::id, "category", id, id)
    }
}

/// Which level of government or organisation an event belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// Central: the Party's Politburo, the Government, the nation.
    National,
    /// The province: Provincial Party Committee, People's Committee.
    Provincial,
    /// A provincial department (here the Department of Science and Technology).
    Department,
}

impl Level {
    /// Every level, from the widest to the narrowest.
    pub const ALL: [Level; 3] = [Level::National, Level::Provincial, Level::Department];

    /// How many levels there are: the size of every per-level table.
    pub const COUNT: usize = Level::ALL.len();

    /// The level's place in [`Level::ALL`], to index per-level tables.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The id used in the dataset and in URLs.
    pub fn id(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Provincial => "provincial",
            Level::Department => "department",
        }
    }
}

/// The id, as in the dataset and URLs (`provincial`).
impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Reads an id exactly as the dataset writes it (`provincial`).
impl FromStr for Level {
    type Err = UnknownName;

    fn from_str(id: &str) -> Result<Level, UnknownName> {
        find_named(Level::ALL, Level::id, "level", id, id)
    }
}

/// Where a fact comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Source {
    /// The seed file name or another citation.
    pub document: String,
    /// The headline of the article.
    pub title: Option<String>,
    /// When the source was published, if known.
    pub published: Option<CalendarDate>,
    /// A link to the source; only http(s) links are kept.
    pub url: Option<String>,
    /// The sentence of the source that supports the fact.
    pub quote: Option<String>,
}

/// The number and issuer of a directive, plan or other official document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reference {
    /// The document number, e.g. `26/CT-TTg`.
    pub number: String,
    /// Who issued it.
    pub issuer: Option<Localized>,
}

/// One public event on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Stable slug, used in permalinks (`?event=`).
    pub id: String,
    /// Short title.
    pub title: Localized,
    /// One to three sentences of plain text.
    pub summary: Option<Localized>,
    /// When it happened (or began).
    pub date: EventDate,
    /// When a range (a term, a phase) ended; never before `date`.
    pub end: Option<CalendarDate>,
    /// What kind of event it is.
    pub category: Category,
    /// Which level it belongs to.
    pub level: Level,
    /// Whether its round anniversaries are marked, when the dataset says (`"anniversary":
    /// true|false`); `None` leaves it to the category ([`Event::is_commemorated`]).
    pub anniversary: Option<bool>,
    /// Where it happened, if the source says.
    pub place: Option<Localized>,
    /// Tag ids, defined in the dataset's tag table.
    pub tags: Vec<String>,
    /// Number and issuer, for documents.
    pub reference: Option<Reference>,
    /// Where the fact comes from.
    pub source: Option<Source>,
    /// Anything uncertain about the fact.
    pub note: Option<Localized>,
    /// Pictures, the first one on the card; only those whose address and alt text are valid.
    pub media: Vec<Media>,
    /// Links to what is not a picture (a video, a map), as imported from TimelineJS.
    pub links: Vec<Link>,
    /// Fields this version does not know, kept for forward compatibility.
    pub extra: Map<String, Value>,
}

impl Event {
    /// Whether the event has round anniversaries: what the dataset says for it, else the
    /// rule of its category ([`Category::commemorated_by_default`]). The year view, the upcoming
    /// strip, presentations of a year, calendar files and `daumoc anniversaries` all follow it.
    pub fn is_commemorated(&self) -> bool {
        self.anniversary.unwrap_or(self.category.commemorated_by_default())
    }

    /// The year the event is filed under on the timeline; `None` for recurring observances.
    pub fn year(&self) -> Option<i32> {
        self.date.year()
    }

    /// The last year the event covers (its end year for a range).
    pub fn end_year(&self) -> Option<i32> {
        self.end.map(|e| e.year_number()).or_else(|| self.year())
    }
}

/// A whole dataset: its title and its valid events, in time order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    /// The format version of the file.
    pub version: u64,
    /// The dataset's title, e.g. "Dấu mốc Lạng Sơn".
    pub title: Option<Localized>,
    /// A one-line subtitle.
    pub subtitle: Option<Localized>,
    /// Labels of the tag ids used by events.
    pub tags: BTreeMap<String, Localized>,
    /// The valid events, sorted by date then id.
    pub events: Vec<Event>,
}

impl Dataset {
    /// The event with this id.
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The label of a tag, falling back to its id when the tag table lacks it.
    pub fn tag_label(&self, id: &str) -> Localized {
        self.tags.get(id).cloned().unwrap_or_else(|| Localized::vi(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for c in Category::ALL {
            assert_eq!(c.id().parse(), Ok(c));
            assert_eq!(c.to_string(), c.id());
            assert_eq!(Category::ALL[c.index()], c);
        }
        for l in Level::ALL {
            assert_eq!(l.id().parse(), Ok(l));
        }
        let unknown = "History".parse::<Category>().unwrap_err();
        assert_eq!(
            unknown.to_string(),
            "unknown category \"History\": use one of history, congress, campaign, meeting, document, target, observance"
        );
        assert_eq!(
            "district".parse::<Level>().unwrap_err().to_string(),
            "unknown level \"district\": use one of national, provincial, department"
        );
    }
}
