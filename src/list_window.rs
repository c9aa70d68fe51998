//! Which part of the timeline is in the page: the rows on screen plus half a screen above
//! and below, laid out by the core's `list_layout` from the rows measured so far. Small datasets
//! ([`RENDER_ALL_ROWS`]) are rendered whole, so find-in-page and printing see every event; a
//! large one is rendered whole only while it is printed. A whole list is first built down to a
//! few screens below the top, and the rest follows a few rows per task once the app's screen is
//! shown, so no start-up task holds the whole list.

use crate::{browser, takeover};
use daumoc_core::{rows, Catalog, ListLayout, Row, RowHeights, Window};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Datasets whose whole list has up to this many rows (events and year headings) are rendered
/// whole, so every browser feature (find in page, print, reader modes) sees all of them. Larger
/// ones are always windowed, whatever the filter: a filter that leaves a few hundred events
/// must not cost a few hundred cards on one keystroke.
pub const RENDER_ALL_ROWS: usize = 150;

/// How far beyond the screen rows are rendered, in screen heights, so that fast scrolling and
/// keyboard moves find the next card already there.
const MARGIN_SCREENS: f64 = 0.5;

/// How far down the page a whole list's first build reaches, in screen heights from where the
/// page is scrolled, by the rows' guessed heights (smaller than real cards, so it reaches further).
const FIRST_BUILD_SCREENS: f64 = 1.5;

/// Rows added per step while a whole list fills in: about 6.5 ms a row in the phone profile.
/// The steps are not measured (the complete list is, once), so a step is the rows' render and
/// the browser's frame; chosen when a step also laid out and measured the whole list
/// (docs/decisions.md), and not raised since.
const FILL_ROWS: usize = 3;

/// The window over the timeline's rows, shared by the timeline (which renders it) and the
/// overview axis (which jumps through it).
#[derive(Clone, Copy)]
pub struct ListWindow {
    /// The `<ol>` of year sections.
    pub list: NodeRef<leptos::html::Ol>,
    /// Every row of the filtered list with its top.
    pub layout: Memo<ListLayout>,
    /// What to render now.
    pub window: Memo<Window>,
    heights: RwSignal<RowHeights>,
    /// The screen, in the list's coordinates (top, bottom).
    band: RwSignal<(f64, f64)>,
    printing: RwSignal<bool>,
    /// The first event on screen and its distance from the top of the screen, kept so that a
    /// change of filter can leave the reader at the same point in time.
    anchor: StoredValue<Option<(usize, f64)>>,
    relocate: StoredValue<bool>,
    hold: StoredValue<u8>,
    frame_requested: StoredValue<bool>,
    row_list: Memo<Vec<Row>>,
    width: StoredValue<f64>,
    catalog: StoredValue<Arc<Catalog>>,
    /// The dataset is small enough to be rendered whole.
    whole: bool,
    /// While a whole list fills in: the rows rendered at least (`None` once complete).
    filling: RwSignal<Option<usize>>,
}

impl ListWindow {
    /// A window over the events at `visible`, rendered whole until the list is on screen.
    pub fn new(catalog: Arc<Catalog>, visible: Memo<Vec<usize>>) -> ListWindow {
        let heights = RwSignal::new(RowHeights::new(72.0, 170.0));
        let events = catalog.clone();
        let row_list = Memo::new(move |_| visible.with(|p| rows(events.events(), p)));
        let layout = Memo::new(move |_| row_list.with(|r| heights.with(|h| ListLayout::new(r.clone(), h))));
        let count = catalog.events().len();
        let whole = count <= RENDER_ALL_ROWS
            && rows(catalog.events(), &(0..count).collect::<Vec<_>>()).len() <= RENDER_ALL_ROWS;
        // Where the list will start on the page, when the pre-rendered copy tells it (only the
        // first list built, the one that takes the copy's place).
        let list_top = takeover::take_expected_list_top();
        let band = RwSignal::new(first_band(list_top));
        let printing = RwSignal::new(false);
        let filling = RwSignal::new(whole.then_some(0));
        // How far down the list its first build reaches.
        let first_build = first_build_height(list_top);
        let window = Memo::new(move |_| {
            layout.with(|l| {
                let all = l.rows().len();
                if printing.get() {
                    return l.window(0..all);
                }
                let (top, bottom) = with_margin(band.get());
                if whole {
                    // Everything above the screen's bottom is rendered, so nothing on screen
                    // moves as the rest is added below it.
                    let end = match filling.get() {
                        None => all,
                        Some(rows) => rows
                            .max(l.rows_between(0.0, first_build).end)
                            .max(l.rows_between(0.0, bottom).end)
                            .min(all),
                    };
                    return l.window(0..end);
                }
                l.window(l.rows_between(top, bottom))
            })
        });
        ListWindow {
            list: NodeRef::new(),
            layout,
            window,
            heights,
            band,
            printing,
            anchor: StoredValue::new(None),
            relocate: StoredValue::new(false),
            hold: StoredValue::new(0),
            frame_requested: StoredValue::new(false),
            row_list,
            width: StoredValue::new(0.0),
            catalog: StoredValue::new(catalog),
            whole,
            filling,
        }
    }

    /// Adds the next rows of a whole list in a later task, until it is complete (or the list is
    /// gone: the visitor may leave the timeline before it is filled in).
    fn fill(self) {
        leptos::task::spawn_local(async move {
            browser::next_task().await;
            let Some(all) = self.layout.try_with_untracked(|l| l.rows().len()) else { return };
            let Some(rendered) = self.window.try_with_untracked(|w| w.end) else { return };
            if rendered + FILL_ROWS >= all {
                self.filling.try_set(None);
                // The steps were not measured (`follow_page`): the complete list is, once.
                self.request_frame();
            } else if self.filling.try_set(Some(rendered + FILL_ROWS)).is_none() {
                self.fill();
            }
        });
    }

    /// Whether the card of the event at `position` is within the rendered margin around the
    /// screen (tracked). Search marks are drawn only there: in a list rendered whole, marking
    /// every card made a phone's keystrokes about twice as slow, for cards no one sees. A
    /// windowed list renders only such rows, and printing shows everything.
    pub fn is_near(&self, position: usize) -> bool {
        if !self.whole || self.printing.get() {
            return true;
        }
        let (top, bottom) = with_margin(self.band.get());
        self.layout.with(|l| l.event_meets(position, top, bottom))
    }

    /// Whether only part of the list may be in the page.
    pub fn is_partial(&self) -> bool {
        !self.whole
    }

    /// Whether a whole list is still being filled in below the first screens (tracked).
    pub fn is_filling(&self) -> bool {
        self.filling.with(Option::is_some)
    }

    /// Follows scrolling, resizing and printing for as long as the calling component lives.
    /// Call it after the list's view is built.
    pub fn follow_page(self) {
        // Scroll events come at most once a frame: follow at once, so the rows for the new
        // position are rendered before the frame is painted.
        browser::on_window(leptos::ev::scroll, move |_| {
            self.sync_band();
            self.request_frame();
        });
        browser::on_window(leptos::ev::resize, move |_| self.sync_band());
        browser::on_window(leptos::ev::beforeprint, move |_| self.printing.set(true));
        browser::on_window(leptos::ev::afterprint, move |_| self.printing.set(false));
        // Measure the new rows at once (this effect was created after the list's own, so the
        // rows are in the page): heights and padding settle in the frame that shows them,
        // not one frame later. The next frame measures again what this may have missed.
        // Not while a whole list fills in: a step only adds rows below the first screens, and
        // measuring them laid out and read the whole list again at each step, a fixed cost that
        // made a slow phone's steps long tasks. The complete list is measured once (`fill`);
        // scrolling and a new filter still measure at once (`after_render`); a resize during
        // the fill resets the heights and waits for that last measurement.
        Effect::new(move || {
            self.window.track();
            if matches!(self.filling.get_untracked(), Some(1..)) {
                return;
            }
            self.measure();
            self.request_frame();
        });
        // A new filter: keep the event that was at the top of the screen (or the next one in
        // time) where it was, instead of leaving the reader at a random place of a new list.
        Effect::new(move |previous: Option<()>| {
            self.row_list.track();
            if previous.is_some() {
                self.relocate.set_value(true);
                self.request_frame();
            }
        });
        self.sync_band();
        if self.whole {
            // After the swap: the screen the visitor sees first is not held back for rows below it.
            crate::takeover::when_shown(move || self.fill());
        }
    }

    /// Runs [`Self::after_render`] in the next frame, once however often it is asked for.
    fn request_frame(self) {
        if !self.frame_requested.get_value() {
            self.frame_requested.set_value(true);
            request_animation_frame(move || {
                self.frame_requested.set_value(false);
                self.after_render();
            });
        }
    }

    /// What needs the rendered rows: the reading position (kept, or restored after a new
    /// filter) and the rows' heights.
    fn after_render(self) {
        // The list can move on the page without a scroll (the app's screen shown, a panel
        // opened above it): each frame that renders rows reads where it is again, so the band,
        // and what counts as near, follow it.
        self.sync_band();
        if self.relocate.get_value() {
            self.relocate.set_value(false);
            self.restore_anchor();
        } else if !self.hold_anchor() {
            self.capture_anchor();
        }
        self.measure();
    }

    /// Scrolls so that the heading of `year` (or the nearest year listed) is at the top.
    pub fn scroll_to_year(&self, year: i32) {
        if let Some(row) = self.layout.with_untracked(|l| l.row_of_year(year)) {
            self.scroll_to_row(row);
        }
    }

    /// Scrolls the event at `position` into view and then moves focus to its link.
    pub fn reveal_and_focus(&self, position: usize, id: String) {
        if let Some(row) = self.layout.with_untracked(|l| l.row_of_event(position)) {
            let selector = format!("[data-event-id=\"{id}\"] .event__link");
            if browser::element(&selector).is_some() {
                browser::focus(&selector);
                return;
            }
            self.scroll_to_row(row);
            // The card is rendered by the time the next frame starts.
            request_animation_frame(move || browser::focus(&selector));
        }
    }

    /// Puts row `index` just below what sticks at the top of the screen, and holds it there
    /// while the rows rendered around it are measured.
    pub fn scroll_to_row(&self, index: usize) {
        let Some((offset, covered, held)) = self.layout.with_untracked(|l| {
            let heading = |row: usize| l.heading_of(row).map_or(0.0, |h| l.offset(h + 1) - l.offset(h));
            // The event to hold: the row itself, or the first event of a year heading.
            let (row, position) = (index..l.rows().len()).find_map(|r| {
                if let Row::Event(p) = l.rows()[r] {
                    Some((r, p))
                } else {
                    None
                }
            })?;
            let covered = if row == index { heading(index) } else { 0.0 };
            Some((l.offset(index), covered, (position, l.offset(row) - l.offset(index))))
        }) else {
            return;
        };
        let top = sticky_cover() + covered;
        self.place(offset, top, (held.0, top + held.1));
    }

    /// Scrolls so that `offset` of the list is `y` below the top of the screen, and holds the
    /// event `held` (its position and its top on screen) there while the rows rendered around
    /// it are measured.
    fn place(&self, offset: f64, y: f64, held: (usize, f64)) {
        let Some((list, w)) = self.list.get_untracked().zip(web_sys::window()) else { return };
        let page_y = w.scroll_y().unwrap_or(0.0) + list.get_bounding_client_rect().top();
        w.scroll_to_with_x_and_y(0.0, page_y + offset - y);
        self.anchor.set_value(Some(held));
        self.hold.set_value(HOLD_FRAMES);
        // Render the target now rather than one frame later, so no blank space is painted.
        self.sync_band();
        self.request_frame();
    }

    fn sync_band(&self) {
        let Some((list, w)) = self.list.get_untracked().zip(web_sys::window()) else { return };
        let rect = list.get_bounding_client_rect();
        let height = w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(800.0);
        let band = (-rect.top(), height - rect.top());
        if self.band.get_untracked() != band {
            self.band.set(band);
        }
        let width = rect.width();
        if (self.width.get_value() - width).abs() > 1.0 {
            self.width.set_value(width);
            // Text rewraps at a new width: every measured height is stale.
            self.heights.update(RowHeights::reset);
        }
    }

    /// Records the heights of the rows in the page: each row runs from its top to the next
    /// row's top, so margins and the year's padding are counted where the layout counts them.
    fn measure(&self) {
        let Some(list) = self.list.get_untracked() else { return };
        let sections = list.children();
        let mut batch = Vec::new();
        for i in 0..sections.length() {
            let Some(section) = sections.item(i) else { continue };
            let Some(period) = section_period(&section) else { continue };
            let rect = section.get_bounding_client_rect();
            let cards = self.cards(&section);
            let tops: Vec<f64> = cards.iter().map(|(_, c)| c.get_bounding_client_rect().top()).collect();
            batch.push((Row::Heading(period), tops.first().copied().unwrap_or(rect.bottom()) - rect.top()));
            for (k, (position, _)) in cards.iter().enumerate() {
                let next = tops.get(k + 1).copied().unwrap_or(rect.bottom());
                batch.push((Row::Event(*position), next - tops[k]));
            }
        }
        if !batch.is_empty() {
            self.heights.maybe_update(|h| h.record(&batch));
        }
    }

    fn capture_anchor(&self) {
        let Some(list) = self.list.get_untracked() else { return };
        if list.get_bounding_client_rect().top() >= 0.0 {
            // The top of the list is on screen: nothing to keep in place.
            self.anchor.set_value(None);
            return;
        }
        let cover = sticky_cover();
        let first =
            self.cards(&list).into_iter().find(|(_, c)| c.get_bounding_client_rect().bottom() > cover);
        self.anchor
            .set_value(first.map(|(position, card)| (position, card.get_bounding_client_rect().top())));
    }

    /// The event cards in the page with their positions in the dataset.
    fn cards(&self, within: &web_sys::Element) -> Vec<(usize, web_sys::Element)> {
        let Ok(nodes) = within.query_selector_all(".event[data-event-id]") else { return Vec::new() };
        self.catalog.with_value(|catalog| {
            (0..nodes.length())
                .filter_map(|k| nodes.item(k)?.dyn_into::<web_sys::Element>().ok())
                .filter_map(|card| Some((catalog.position(&card.get_attribute("data-event-id")?)?, card)))
                .collect()
        })
    }

    fn restore_anchor(&self) {
        let Some((position, y)) = self.anchor.get_value() else { return };
        let kept = self.layout.with_untracked(|l| {
            let row = l.row_at_or_after(position)?;
            match l.rows()[row] {
                Row::Event(p) => Some((l.offset(row), p)),
                Row::Heading(_) => None,
            }
        });
        if let Some((offset, kept)) = kept {
            self.place(offset, y, (kept, y));
        }
    }

    /// For a few frames after a restore, rows rendered around the kept card are measured and
    /// the sticky bar may change height: put the card back where it was each time.
    fn hold_anchor(&self) -> bool {
        let frames = self.hold.get_value();
        if frames == 0 {
            return false;
        }
        self.hold.set_value(frames - 1);
        let Some((position, y)) = self.anchor.get_value() else { return false };
        let Some(list) = self.list.get_untracked() else { return false };
        if let Some((_, card)) = self.cards(&list).into_iter().find(|(p, _)| *p == position) {
            browser::keep_at(&card, y);
        }
        self.request_frame();
        true
    }
}

/// The screen's band widened by the margin rendered above and below it.
fn with_margin((top, bottom): (f64, f64)) -> (f64, f64) {
    let margin = (bottom - top) * MARGIN_SCREENS;
    (top - margin, bottom + margin)
}

/// How far down the list its first build reaches when the list is rendered whole: a screen and a
/// half below where the page is scrolled to (the pre-rendered screen may have been scrolled before
/// the app ran), less the list's distance from the top of the page (`list_top`) when the copy
/// tells it; otherwise as if the list started at the top.
fn first_build_height(list_top: Option<f64>) -> f64 {
    let Some(w) = web_sys::window() else { return 4000.0 };
    let screen = w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(1000.0);
    let below = w.scroll_y().unwrap_or(0.0) + screen * FIRST_BUILD_SCREENS;
    (below - list_top.unwrap_or(0.0)).max(0.0)
}

/// The screen in the list's coordinates before the list is in the page: where the copy's list
/// says it will be (`list_top`), or a first guess that the first measurement corrects.
fn first_band(list_top: Option<f64>) -> (f64, f64) {
    let Some((top, w)) = list_top.zip(web_sys::window()) else { return (0.0, 1000.0) };
    let screen = w.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(1000.0);
    let y = w.scroll_y().unwrap_or(0.0) - top;
    (y, y + screen)
}

/// How many frames a restored reading position is held in place.
const HOLD_FRAMES: u8 = 6;

/// The height of the filter bar stuck at the top of the screen, which covers the list.
fn sticky_cover() -> f64 {
    browser::element(".filters")
        .map(|bar| {
            let rect = bar.get_bounding_client_rect();
            if rect.top() <= 1.0 {
                rect.bottom().max(0.0)
            } else {
                0.0
            }
        })
        .unwrap_or(0.0)
}

fn section_period(section: &web_sys::Element) -> Option<daumoc_core::Period> {
    let year = section.get_attribute("data-year")?;
    Some(match year.parse::<i32>() {
        Ok(y) => daumoc_core::Period::Year(y),
        Err(_) => daumoc_core::Period::EveryYear,
    })
}
