//! The timeline's shape: events grouped under their year, oldest first.

use crate::model::event::Event;

/// The heading an event is filed under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// A calendar year.
    Year(i32),
    /// Observances that recur every year; listed after all years.
    EveryYear,
}

/// A run of events under one heading.
#[derive(Clone, Debug, PartialEq)]
pub struct YearGroup<'a> {
    /// The heading.
    pub period: Period,
    /// The events, in time order.
    pub events: Vec<&'a Event>,
}

/// Groups events (already in time order) by the year they start in; recurring ones last.
pub fn group_by_year<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<YearGroup<'a>> {
    let mut groups: Vec<YearGroup<'a>> = Vec::new();
    for event in events {
        let period = event.year().map_or(Period::EveryYear, Period::Year);
        match groups.last_mut() {
            Some(group) if group.period == period => group.events.push(event),
            _ => groups.push(YearGroup { period, events: vec![event] }),
        }
    }
    groups
}

/// Groups the events at `positions` (indices into `events`, in time order) by year, the same
/// way as [`group_by_year`], keeping positions so that a filtered view can refer back to them.
pub fn group_positions(events: &[Event], positions: &[usize]) -> Vec<(Period, Vec<usize>)> {
    let mut groups: Vec<(Period, Vec<usize>)> = Vec::new();
    for &position in positions {
        let Some(event) = events.get(position) else { continue };
        let period = event.year().map_or(Period::EveryYear, Period::Year);
        match groups.last_mut() {
            Some((p, members)) if *p == period => members.push(position),
            _ => groups.push((period, vec![position])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::parse::parse_dataset;

    #[test]
    fn groups_consecutive_years_and_puts_recurring_last() {
        let json = r#"{"version":1,"events":[
            {"id":"c","title":"C","date":"--05-18","category":"observance","level":"national"},
            {"id":"b","title":"B","date":"1950-10-17","category":"history","level":"provincial"},
            {"id":"a","title":"A","date":"1940-09-27","category":"history","level":"provincial"},
            {"id":"d","title":"D","date":"1950","category":"history","level":"national"}
        ]}"#;
        let loaded = parse_dataset(json).unwrap();
        let groups = group_by_year(&loaded.dataset.events);
        let shape: Vec<(Period, Vec<&str>)> =
            groups.iter().map(|g| (g.period, g.events.iter().map(|e| e.id.as_str()).collect())).collect();
        assert_eq!(
            shape,
            vec![
                (Period::Year(1940), vec!["a"]),
                (Period::Year(1950), vec!["d", "b"]),
                (Period::EveryYear, vec!["c"]),
            ]
        );
        let positions = group_positions(&loaded.dataset.events, &[0, 2, 3]);
        assert_eq!(
            positions,
            vec![(Period::Year(1940), vec![0]), (Period::Year(1950), vec![2]), (Period::EveryYear, vec![3])]
        );
    }
}
