//! The year-grouped list as rows of measured or estimated height, so that a list of ten
//! thousand events can be rendered in part — only the rows on screen, plus a margin — while
//! the page keeps the full length (and the scrollbar its true size).
//!
//! Geometry is in CSS pixels, measured from the top of the list. The app measures the rows it
//! renders and records them here; rows never rendered use an estimate calibrated on the first
//! rows measured, so the length of the page barely changes as the visitor scrolls.

use crate::model::event::Event;
use crate::query::timeline::{group_positions, Period};
use std::collections::HashMap;
use std::ops::Range;

/// One row of the list: a year heading or an event card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Row {
    /// The heading of a year (with the space above it).
    Heading(Period),
    /// The event at this position in the dataset.
    Event(usize),
}

/// The rows of the filtered list: each year's heading followed by its events.
pub fn rows(events: &[Event], positions: &[usize]) -> Vec<Row> {
    let mut rows = Vec::with_capacity(positions.len() + 160);
    for (period, members) in group_positions(events, positions) {
        rows.push(Row::Heading(period));
        rows.extend(members.into_iter().map(Row::Event));
    }
    rows
}

/// Heights of rows measured on screen, and the estimate for the others.
#[derive(Clone, Debug, PartialEq)]
pub struct RowHeights {
    measured: HashMap<Row, f64>,
    heading_estimate: f64,
    event_estimate: f64,
    calibrated: bool,
}

/// Rows whose measured height changes by less than this keep the old value: sub-pixel layout
/// noise must not start another round of measuring and rendering.
const NOISE: f64 = 0.5;

impl RowHeights {
    /// No measurements yet; `heading` and `event` are the first guesses.
    pub fn new(heading: f64, event: f64) -> RowHeights {
        RowHeights {
            measured: HashMap::new(),
            heading_estimate: heading,
            event_estimate: event,
            calibrated: false,
        }
    }

    /// The height of `row`: measured if it was, estimated otherwise.
    pub fn height(&self, row: &Row) -> f64 {
        self.measured.get(row).copied().unwrap_or(match row {
            Row::Heading(_) => self.heading_estimate,
            Row::Event(_) => self.event_estimate,
        })
    }

    /// Records a batch of measurements; true when anything changed. The first batch also sets
    /// the estimates (their mean per kind of row), once, so the estimate of rows not yet seen
    /// stays put afterwards and the page does not shift under the reader.
    pub fn record(&mut self, batch: &[(Row, f64)]) -> bool {
        if !self.calibrated && !batch.is_empty() {
            self.calibrate(batch);
        }
        let mut changed = false;
        for &(row, height) in batch {
            let same = self.measured.get(&row).is_some_and(|h| (h - height).abs() <= NOISE);
            if !same {
                self.measured.insert(row, height);
                changed = true;
            }
        }
        changed
    }

    /// Forgets every measurement, as when the width of the list changes and text rewraps. The
    /// estimates stay: changing them would move every row not yet seen, and with them the
    /// place the reader is at.
    pub fn reset(&mut self) {
        self.measured.clear();
    }

    fn calibrate(&mut self, batch: &[(Row, f64)]) {
        let mean = |heading: bool| {
            let sizes: Vec<f64> = batch
                .iter()
                .filter(|(r, _)| matches!(r, Row::Heading(_)) == heading)
                .map(|(_, h)| *h)
                .collect();
            (!sizes.is_empty()).then(|| sizes.iter().sum::<f64>() / sizes.len() as f64)
        };
        if let Some(h) = mean(true) {
            self.heading_estimate = h;
        }
        if let Some(h) = mean(false) {
            self.event_estimate = h;
        }
        self.calibrated = true;
    }
}

/// The rows of the list with the top of each one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListLayout {
    rows: Vec<Row>,
    /// `offsets[i]` is the top of row `i`; the last entry is the height of the whole list.
    offsets: Vec<f64>,
}

/// The part of the list to render: rows `start..end`, the heading of the first row's year
/// (when `start` is inside a year), and the space that stands in for the rows left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Window {
    /// First row rendered (besides its year's heading).
    pub start: usize,
    /// One past the last row rendered.
    pub end: usize,
    /// Height of the rows above that are not rendered.
    pub space_before: f64,
    /// Height of the rows below that are not rendered.
    pub space_after: f64,
    /// What to render, by year: each heading with the positions of its rendered events.
    pub groups: Vec<(Period, Vec<usize>)>,
}

impl ListLayout {
    /// Lays out `rows` with the heights known so far.
    pub fn new(rows: Vec<Row>, heights: &RowHeights) -> ListLayout {
        let mut offsets = Vec::with_capacity(rows.len() + 1);
        let mut top = 0.0;
        offsets.push(top);
        for row in &rows {
            top += heights.height(row);
            offsets.push(top);
        }
        ListLayout { rows, offsets }
    }

    /// The rows, in order.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The height of the whole list.
    pub fn total_height(&self) -> f64 {
        self.offsets.last().copied().unwrap_or(0.0)
    }

    /// The top of row `index` (the list's height for one past the end).
    pub fn offset(&self, index: usize) -> f64 {
        self.offsets.get(index.min(self.rows.len())).copied().unwrap_or(0.0)
    }

    /// The rows that meet the band `[top, bottom)` of the list.
    pub fn rows_between(&self, top: f64, bottom: f64) -> Range<usize> {
        // offsets[i + 1] > top: the first row that ends below `top`.
        let start = self.offsets[1..].partition_point(|&end| end <= top);
        let end = self.offsets[..self.rows.len()].partition_point(|&begin| begin < bottom);
        start.min(self.rows.len())..end.max(start).min(self.rows.len())
    }

    /// What to render for the rows in `range`; the whole list when `range` covers it.
    pub fn window(&self, range: Range<usize>) -> Window {
        let end = range.end.min(self.rows.len());
        let start = range.start.min(end);
        let heading = self.heading_of(start).filter(|&h| h < start);
        let first_rendered = heading.unwrap_or(start);
        let heading_height = heading.map_or(0.0, |h| self.offset(h + 1) - self.offset(h));
        let mut groups: Vec<(Period, Vec<usize>)> = Vec::new();
        for row in
            std::iter::once(first_rendered).chain(if heading.is_some() { start..end } else { start + 1..end })
        {
            match self.rows.get(row) {
                Some(Row::Heading(period)) => groups.push((*period, Vec::new())),
                Some(Row::Event(position)) => {
                    if let Some((_, members)) = groups.last_mut() {
                        members.push(*position);
                    }
                }
                None => {}
            }
        }
        Window {
            start,
            end,
            space_before: (self.offset(start) - heading_height).max(0.0),
            space_after: (self.total_height() - self.offset(end)).max(0.0),
            groups,
        }
    }

    /// The row of the heading of the year that row `index` belongs to.
    pub fn heading_of(&self, index: usize) -> Option<usize> {
        let index = index.min(self.rows.len().checked_sub(1)?);
        (0..=index).rev().find(|&i| matches!(self.rows[i], Row::Heading(_)))
    }

    /// The row of the event at `position`.
    pub fn row_of_event(&self, position: usize) -> Option<usize> {
        self.rows.iter().position(|r| *r == Row::Event(position))
    }

    /// Whether the event at `position` is listed and its row meets the band `[top, bottom)`.
    pub fn event_meets(&self, position: usize, top: f64, bottom: f64) -> bool {
        self.row_of_event(position).is_some_and(|row| self.offset(row + 1) > top && self.offset(row) < bottom)
    }

    /// The row of the first event at `position` or after it in time order; the last event's
    /// row when every event is earlier. Keeps the reader at the same point in time when a
    /// filter removes the event they were looking at.
    pub fn row_at_or_after(&self, position: usize) -> Option<usize> {
        let events = self.rows.iter().enumerate().filter_map(|(i, r)| match r {
            Row::Event(p) => Some((i, *p)),
            Row::Heading(_) => None,
        });
        let mut last = None;
        for (row, p) in events {
            if p >= position {
                return Some(row);
            }
            last = Some(row);
        }
        last
    }

    /// The row of the heading of `year`, or of the nearest year listed.
    pub fn row_of_year(&self, year: i32) -> Option<usize> {
        self.rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match r {
                Row::Heading(Period::Year(y)) => Some((i, (y - year).unsigned_abs())),
                _ => None,
            })
            .min_by_key(|&(_, distance)| distance)
            .map(|(i, _)| i)
    }

    /// The event rows, first and last, for Home and End.
    pub fn event_rows(&self) -> Option<(usize, usize)> {
        let first = self.rows.iter().position(|r| matches!(r, Row::Event(_)))?;
        let last = self.rows.iter().rposition(|r| matches!(r, Row::Event(_)))?;
        Some((first, last))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::generate;

    fn layout(rows: Vec<Row>) -> ListLayout {
        ListLayout::new(rows, &RowHeights::new(50.0, 100.0))
    }

    fn two_years() -> Vec<Row> {
        vec![
            Row::Heading(Period::Year(1940)),
            Row::Event(0),
            Row::Event(1),
            Row::Heading(Period::Year(1950)),
            Row::Event(2),
            Row::Event(3),
            Row::Event(4),
        ]
    }

    #[test]
    fn rows_put_each_heading_before_its_events() {
        let dataset = generate(300, 7);
        let positions: Vec<usize> = (0..dataset.events.len()).step_by(3).collect();
        let rows = rows(&dataset.events, &positions);
        let events: Vec<usize> =
            rows.iter().filter_map(|r| if let Row::Event(p) = r { Some(*p) } else { None }).collect();
        assert_eq!(events, positions);
        assert!(matches!(rows[0], Row::Heading(_)));
        let headings = rows.iter().filter(|r| matches!(r, Row::Heading(_))).count();
        assert_eq!(headings, group_positions(&dataset.events, &positions).len());
    }

    #[test]
    fn offsets_add_up_estimates_and_measurements() {
        let mut heights = RowHeights::new(50.0, 100.0);
        let l = ListLayout::new(two_years(), &heights);
        assert_eq!(l.total_height(), 2.0 * 50.0 + 5.0 * 100.0);
        assert_eq!(l.offset(3), 250.0);
        // The first batch calibrates the estimate of rows not yet measured.
        assert!(heights.record(&[
            (Row::Heading(Period::Year(1940)), 60.0),
            (Row::Event(0), 120.0),
            (Row::Event(1), 140.0)
        ]));
        let l = ListLayout::new(two_years(), &heights);
        assert_eq!(l.offset(3), 60.0 + 120.0 + 140.0);
        assert_eq!(l.total_height(), 320.0 + 60.0 + 3.0 * 130.0);
        // Later batches do not move the estimate.
        assert!(heights.record(&[(Row::Event(2), 500.0)]));
        assert_eq!(heights.height(&Row::Event(3)), 130.0);
    }

    #[test]
    fn sub_pixel_noise_is_not_a_change() {
        let mut heights = RowHeights::new(50.0, 100.0);
        assert!(heights.record(&[(Row::Event(0), 120.0)]));
        assert!(!heights.record(&[(Row::Event(0), 120.3)]));
        assert_eq!(heights.height(&Row::Event(0)), 120.0);
        assert!(heights.record(&[(Row::Event(0), 121.0)]));
        heights.reset();
        assert_eq!(heights.height(&Row::Event(0)), 120.0, "the estimate, calibrated before");
        assert!(heights.record(&[(Row::Event(0), 90.0)]));
        assert_eq!(heights.height(&Row::Event(0)), 90.0);
        assert_eq!(heights.height(&Row::Event(5)), 120.0);
    }

    #[test]
    fn rows_between_finds_the_rows_that_meet_a_band() {
        let l = layout(two_years());
        // Tops: 0, 50, 150, 250, 300, 400, 500; total 600.
        assert_eq!(l.rows_between(0.0, 10.0), 0..1);
        assert_eq!(l.rows_between(49.0, 51.0), 0..2);
        assert_eq!(l.rows_between(160.0, 320.0), 2..5);
        assert_eq!(l.rows_between(590.0, 2000.0), 6..7);
        assert_eq!(l.rows_between(700.0, 900.0), 7..7);
        assert_eq!(l.rows_between(-500.0, -10.0), 0..0);
        assert_eq!(layout(Vec::new()).rows_between(0.0, 100.0), 0..0);
    }

    #[test]
    fn event_meets_a_band_by_its_own_row() {
        let l = layout(two_years());
        // Event 1 is row 2: 150..250. Event 9 is not listed.
        assert!(l.event_meets(1, 200.0, 210.0));
        assert!(l.event_meets(1, 0.0, 151.0));
        assert!(!l.event_meets(1, 0.0, 150.0));
        assert!(!l.event_meets(1, 250.0, 400.0));
        assert!(l.event_meets(4, 590.0, 2000.0));
        assert!(!l.event_meets(9, -1000.0, 1000.0));
    }

    #[test]
    fn a_window_inside_a_year_renders_its_heading_and_keeps_the_length() {
        let l = layout(two_years());
        let w = l.window(4..6);
        assert_eq!(w.groups, vec![(Period::Year(1950), vec![2, 3])]);
        // The heading is drawn right above the first card: what it stands for is 300 - 50.
        assert_eq!(w.space_before, 250.0);
        assert_eq!(w.space_after, 100.0);
        let drawn = 50.0 + 2.0 * 100.0;
        assert_eq!(w.space_before + drawn + w.space_after, l.total_height());
        let w = l.window(1..4);
        assert_eq!(w.groups, vec![(Period::Year(1940), vec![0, 1]), (Period::Year(1950), vec![])]);
        assert_eq!(w.space_before, 0.0);
    }

    #[test]
    fn the_full_range_renders_everything_without_space() {
        let l = layout(two_years());
        let w = l.window(0..l.rows().len());
        assert_eq!(w.groups, vec![(Period::Year(1940), vec![0, 1]), (Period::Year(1950), vec![2, 3, 4])]);
        assert_eq!((w.space_before, w.space_after), (0.0, 0.0));
        let empty = layout(Vec::new()).window(0..0);
        assert!(empty.groups.is_empty());
    }

    #[test]
    fn finds_rows_by_event_year_and_time() {
        let l = layout(two_years());
        assert_eq!(l.row_of_event(3), Some(5));
        assert_eq!(l.row_of_event(9), None);
        assert_eq!(l.row_at_or_after(2), Some(4));
        assert_eq!(l.row_at_or_after(9), Some(6));
        assert_eq!(l.row_of_year(1950), Some(3));
        assert_eq!(l.row_of_year(1947), Some(3));
        assert_eq!(l.row_of_year(1900), Some(0));
        assert_eq!(l.heading_of(5), Some(3));
        assert_eq!(l.event_rows(), Some((1, 6)));
        assert_eq!(layout(Vec::new()).event_rows(), None);
    }
}
