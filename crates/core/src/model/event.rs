//! The dataset as the app and the CLI use it, after parsing and validation.

use crate::model::date::{CalendarDate, EventDate};
use crate::model::lang::Localized;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

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

    /// The category with this id, if any.
    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
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

    /// The id used in the dataset and in URLs.
    pub fn id(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Provincial => "provincial",
            Level::Department => "department",
        }
    }

    /// The level with this id, if any.
    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id() == id)
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
    /// Fields this version does not know, kept for forward compatibility.
    pub extra: Map<String, Value>,
}

impl Event {
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
            assert_eq!(Category::from_id(c.id()), Some(c));
        }
        for l in Level::ALL {
            assert_eq!(Level::from_id(l.id()), Some(l));
        }
        assert_eq!(Category::from_id("History"), None);
        assert_eq!(Level::from_id("district"), None);
    }
}
