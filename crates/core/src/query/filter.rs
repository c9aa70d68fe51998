//! What the visitor narrows the timeline to — text, categories, level, years, tags — how many
//! events each choice would give, and the named periods offered as quick picks.

use crate::i18n::fill;
use crate::model::category_set::CategorySet;
use crate::model::event::{Category, Dataset, Event, Level};
use crate::model::lang::Lang;
use crate::model::tag_set::TagSet;
use crate::query::matches::TextMatches;
use crate::query::search::{Query, SearchIndex};

/// The active filters. Different kinds combine with AND; choices within categories and within
/// tags combine with OR.
///
/// Tags use ANY (an event with at least one selected tag matches), like categories: tags are a
/// facet to browse by, our events carry only one to three tags each, so ALL would empty the
/// timeline after the second click, and the counts shown next to each tag stay meaningful
/// ("how many events have this tag") instead of shrinking towards zero.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words to look for (see [`Query`]).
    pub query: Query,
    /// Categories to show; empty shows every category.
    pub categories: CategorySet,
    /// The one level to show, or every level.
    pub level: Option<Level>,
    /// First year, inclusive.
    pub from: Option<i32>,
    /// Last year, inclusive.
    pub to: Option<i32>,
    /// Tag ids; an event with ANY of them matches; empty shows every event.
    pub tags: TagSet,
}

/// Which facets of a filter one event passes; the counts need each separately.
struct Passes {
    category: bool,
    level: bool,
    years: bool,
    tags: bool,
}

impl Filter {
    /// True when nothing is filtered: every event is shown.
    pub fn is_empty(&self) -> bool {
        self.query.is_empty()
            && self.categories.is_empty()
            && self.level.is_none()
            && self.from.is_none()
            && self.to.is_none()
            && self.tags.is_empty()
    }

    /// Removes every filter.
    pub fn clear(&mut self) {
        *self = Filter::default();
    }

    /// Whether `event`, at `position` in the indexed dataset, passes every filter.
    pub fn matches(&self, event: &Event, position: usize, index: &SearchIndex) -> bool {
        self.category_ok(event)
            && self.level_ok(event)
            && self.years_ok(event)
            && self.tags_ok(event)
            && index.matches(position, &self.query)
    }

    /// Positions of the events that pass every filter, in the events' order. `index` must have
    /// been built from the same events.
    pub fn apply(&self, events: &[Event], index: &SearchIndex) -> Vec<usize> {
        (0..events.len()).filter(|&i| self.matches(&events[i], i, index)).collect()
    }

    /// How many events each choice would give together with the other active filters (the
    /// category counts ignore the category filter but apply the rest, and so on), in one pass.
    /// `presets` are the period quick picks to count, usually from [`period_presets`].
    pub fn counts(&self, events: &[Event], index: &SearchIndex, presets: &[PeriodPreset]) -> FacetCounts {
        self.evaluate(events, index, presets).counts
    }

    /// The shown events and the facet counts together, from one pass over the events: each
    /// keystroke scans the folded text once, and the list, the axis and the counts share the
    /// result. `index` must have been built from the same events.
    pub fn evaluate(&self, events: &[Event], index: &SearchIndex, presets: &[PeriodPreset]) -> Evaluation {
        self.evaluate_after(events, index, presets, None)
    }

    /// [`Self::evaluate`] after `previous` (the last evaluation with the same events and
    /// presets): when this filter's query refines the previous one ([`Query::refines`]), the
    /// text is searched only among the events that one matched, as when a letter is added to
    /// the search. Only the events matching the text are then visited: no list or count
    /// includes another.
    pub fn evaluate_after(
        &self,
        events: &[Event],
        index: &SearchIndex,
        presets: &[PeriodPreset],
        previous: Option<&Evaluation>,
    ) -> Evaluation {
        let matches = index.find(&self.query, previous.map(|p| &p.matches));
        let mut visible = Vec::new();
        let mut counts = FacetCounts { periods: vec![0; presets.len()], ..FacetCounts::default() };
        let mut tags = vec![0usize; index.tag_ids().len()];
        let mut periods = PeriodTally::default();
        let mut add = |i: usize, event: &Event| {
            let Some(p) = self.passes(event) else { return };
            if p.category && p.level && p.years && p.tags {
                visible.push(i);
            }
            if p.level && p.years && p.tags {
                counts.categories[event.category.index()] += 1;
            }
            if p.category && p.years && p.tags {
                counts.levels[event.level.index()] += 1;
            }
            if p.category && p.level && p.years {
                for &slot in index.tag_slots(i) {
                    tags[slot as usize] += 1;
                }
            }
            if p.category && p.level && p.tags {
                periods.add(event);
            }
        };
        match matches.positions() {
            None => events.iter().enumerate().for_each(|(i, event)| add(i, event)),
            Some(found) => {
                found.iter().filter_map(|&i| Some((i, events.get(i)?))).for_each(|(i, e)| add(i, e))
            }
        }
        counts.total = visible.len();
        // The index's tag ids are sorted already.
        counts.tags = index.tag_ids().iter().cloned().zip(tags).collect();
        for (n, preset) in counts.periods.iter_mut().zip(presets) {
            *n = periods.count(preset.from, preset.to);
        }
        Evaluation { visible, counts, matches }
    }

    /// Each facet of the filter for one event (the text is matched before); `None` when two
    /// fail, since then no count can include the event.
    fn passes(&self, event: &Event) -> Option<Passes> {
        let p = Passes {
            category: self.category_ok(event),
            level: self.level_ok(event),
            years: self.years_ok(event),
            tags: self.tags_ok(event),
        };
        let failed = [p.category, p.level, p.years, p.tags].iter().filter(|ok| !**ok).count();
        (failed < 2).then_some(p)
    }

    fn category_ok(&self, event: &Event) -> bool {
        self.categories.is_empty() || self.categories.contains(event.category)
    }

    fn level_ok(&self, event: &Event) -> bool {
        self.level.is_none_or(|l| l == event.level)
    }

    fn years_ok(&self, event: &Event) -> bool {
        overlaps(event, self.from, self.to)
    }

    fn tags_ok(&self, event: &Event) -> bool {
        self.tags.is_empty() || event.tags.iter().any(|t| self.tags.contains(t.as_str()))
    }
}

/// Whether the event's years, from its start to its end, meet `[from, to]`. Observances recur
/// every year, so they meet every period.
fn overlaps(event: &Event, from: Option<i32>, to: Option<i32>) -> bool {
    let Some(start) = event.year() else { return true };
    let end = event.end_year().unwrap_or(start);
    from.is_none_or(|f| end >= f) && to.is_none_or(|t| start <= t)
}

/// How many events each filter choice would give; see [`Filter::counts`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// Events passing every active filter.
    pub total: usize,
    /// Per category, in the order of `Category::ALL`.
    pub categories: [usize; Category::COUNT],
    /// Per level, in the order of `Level::ALL`.
    pub levels: [usize; Level::COUNT],
    /// Per tag id used by an event, sorted by id (a list, not a map: the app's wasm then needs
    /// no map type for it).
    pub tags: Vec<(String, usize)>,
    /// Per period preset, in the order they were given.
    pub periods: Vec<usize>,
}

impl FacetCounts {
    /// The count for a category.
    pub fn category(&self, category: Category) -> usize {
        self.categories[category.index()]
    }

    /// The count for a level.
    pub fn level(&self, level: Level) -> usize {
        self.levels[level.index()]
    }

    /// The count for a tag; 0 for a tag no event uses.
    pub fn tag(&self, id: &str) -> usize {
        self.tags.binary_search_by(|(t, _)| t.as_str().cmp(id)).map_or(0, |k| self.tags[k].1)
    }
}

/// What a filter gives for a dataset: see [`Filter::evaluate`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
    /// Positions of the events passing every filter, in time order.
    pub visible: Vec<usize>,
    /// How many events each choice would give.
    pub counts: FacetCounts,
    /// The events whose text matched, for narrowing the next search.
    matches: TextMatches,
}

/// Events counted towards the period presets: single-year events by year (most of them, so a
/// preset costs a sum over its years, not a pass over the events), the others kept apart.
#[derive(Default)]
struct PeriodTally {
    /// (year, events) in the order met: events come sorted by date, so a year is one entry,
    /// but any order counts right. A list rather than a map keyed by year, which would bring
    /// one more map type into the wasm.
    by_year: Vec<(i32, usize)>,
    every_year: usize,
    spans: Vec<(i32, i32)>,
}

impl PeriodTally {
    fn add(&mut self, event: &Event) {
        match event.year() {
            None => self.every_year += 1,
            Some(start) => match event.end_year().unwrap_or(start) {
                end if end == start => match self.by_year.last_mut() {
                    Some((year, n)) if *year == start => *n += 1,
                    _ => self.by_year.push((start, 1)),
                },
                end => self.spans.push((start, end)),
            },
        }
    }

    fn count(&self, from: i32, to: i32) -> usize {
        let single: usize =
            self.by_year.iter().filter(|&&(year, _)| year >= from && year <= to).map(|(_, n)| n).sum();
        let spans = self.spans.iter().filter(|&&(start, end)| end >= from && start <= to).count();
        single + spans + self.every_year
    }
}

/// A named era of Vietnamese history, as commonly periodised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Era {
    /// 1858–1929: French colonial rule, before the Party.
    FrenchColonial,
    /// 1930–1945: from the Party's founding to the August Revolution.
    PartyToRevolution,
    /// 1945–1954: the resistance war against the French.
    ResistanceAgainstFrance,
    /// 1954–1975: the resistance war against the United States.
    ResistanceAgainstUs,
    /// 1975–1986: from reunification to Đổi mới.
    Reunification,
    /// 1986–2000: the first years of Đổi mới (renovation).
    DoiMoi,
}

impl Era {
    /// Every era, oldest first.
    pub const ALL: [Era; 6] = [
        Era::FrenchColonial,
        Era::PartyToRevolution,
        Era::ResistanceAgainstFrance,
        Era::ResistanceAgainstUs,
        Era::Reunification,
        Era::DoiMoi,
    ];

    /// First and last year, inclusive, as the era is usually written (so 1945 is in two eras).
    pub fn years(self) -> (i32, i32) {
        match self {
            Era::FrenchColonial => (1858, 1929),
            Era::PartyToRevolution => (1930, 1945),
            Era::ResistanceAgainstFrance => (1945, 1954),
            Era::ResistanceAgainstUs => (1954, 1975),
            Era::Reunification => (1975, 1986),
            Era::DoiMoi => (1986, 2000),
        }
    }
}

/// What kind of period a quick pick is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PeriodKind {
    /// A named era.
    Era(Era),
    /// Ten years from a year ending in 0.
    Decade,
    /// The term of a congress in the data (e.g. 2015–2020).
    Term,
    /// A national five-year plan period in the data (2016–2020, 2021–2025).
    Plan,
}

/// A period the visitor can pick in one click, with its inclusive years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PeriodPreset {
    /// What kind of period it is; decides the label.
    pub kind: PeriodKind,
    /// First year, inclusive.
    pub from: i32,
    /// Last year, inclusive.
    pub to: i32,
}

impl PeriodPreset {
    /// The name shown on the button: "Kháng chiến chống thực dân Pháp (1945–1954)", "Thập niên
    /// 1940", "Nhiệm kỳ 2015–2020".
    pub fn label(&self, lang: Lang) -> String {
        let t = &lang.strings().filters;
        let (from, to) = (self.from.to_string(), self.to.to_string());
        match self.kind {
            PeriodKind::Era(era) => fill(t.era_label, &[t.eras[era as usize], &from, &to]),
            PeriodKind::Decade => fill(t.decade, &[&from]),
            PeriodKind::Term => fill(t.term, &[&from, &to]),
            PeriodKind::Plan => fill(t.plan, &[&from, &to]),
        }
    }

    /// Whether the filter's years are exactly this period (the button shows as pressed).
    pub fn is_selected(&self, filter: &Filter) -> bool {
        filter.from == Some(self.from) && filter.to == Some(self.to)
    }
}

/// The quick picks that make sense for `dataset`: the eras it has events in, its decades, the
/// terms of its congresses and the five-year plan periods its ranges cover exactly. Eras first,
/// then decades, then terms and plans, each oldest first; no two with the same years.
pub fn period_presets(dataset: &Dataset) -> Vec<PeriodPreset> {
    let spans: Vec<(&Event, i32, i32)> =
        dataset.events.iter().filter_map(|e| Some((e, e.year()?, e.end_year()?))).collect();
    let touched = |from: i32, to: i32| spans.iter().any(|&(_, s, e)| s <= to && e >= from);
    let mut presets: Vec<PeriodPreset> = Era::ALL
        .into_iter()
        .map(|era| (era, era.years()))
        .filter(|&(_, (from, to))| touched(from, to))
        .map(|(era, (from, to))| PeriodPreset { kind: PeriodKind::Era(era), from, to })
        .collect();
    let mut decades: Vec<i32> =
        spans.iter().flat_map(|&(_, s, e)| (s.div_euclid(10)..=e.div_euclid(10)).map(|d| d * 10)).collect();
    crate::order::sort_dedup(&mut decades);
    presets.extend(decades.into_iter().map(|from| PeriodPreset {
        kind: PeriodKind::Decade,
        from,
        to: from + 9,
    }));
    let mut terms: Vec<PeriodPreset> = spans
        .iter()
        .filter(|(e, s, end)| e.end.is_some() && s < end)
        .filter_map(|&(e, from, to)| {
            // Vietnam's five-year plans run 2011–2015, 2016–2020, 2021–2025…
            let plan = to - from == 4 && from.rem_euclid(5) == 1;
            let kind = match e.category {
                Category::Congress => PeriodKind::Term,
                _ if plan => PeriodKind::Plan,
                _ => return None,
            };
            Some(PeriodPreset { kind, from, to })
        })
        .collect();
    crate::order::sort_stable_by_key(&mut terms, |p| (p.from, p.to, p.kind));
    for term in terms {
        if !presets.iter().any(|p| (p.from, p.to) == (term.from, term.to)) {
            presets.push(term);
        }
    }
    presets
}
