//! The overview axis: one slim row from the first year (1890 at the latest) to today, a bar per
//! year with events (height by count, colour of the dominant category), a bracket over the years
//! in view, and a cursor. Click, or arrows + Enter, jump the timeline to a year.

use crate::browser;
use crate::list_window::ListWindow;
use crate::state::use_ui;
use chrono::Datelike;
use daumoc_core::i18n::fill;
use daumoc_core::{css_percent, Catalog, Category, Event};
use leptos::prelude::*;
use std::sync::Arc;

/// Events per year of the filtered set, with the dominant category of each year.
#[derive(Clone, Debug, PartialEq)]
struct Density {
    first: i32,
    last: i32,
    /// (year, count, dominant category), for years with events only.
    years: Vec<(i32, usize, Category)>,
    max: usize,
    /// The bars of the years in view, drawn by [`bar_paths`].
    paths: [String; Category::COUNT],
}

impl Density {
    fn new(events: &[Event], positions: &[usize], first: i32, last: i32) -> Density {
        // By year, in year order. Events come sorted by date, so a year's events are together;
        // the sort only matters if they were not. (A list, not a map keyed by year: one map
        // type less in the wasm.)
        let mut per_year: Vec<(i32, [usize; Category::COUNT])> = Vec::new();
        for e in positions.iter().filter_map(|&p| events.get(p)) {
            if let Some(y) = e.year() {
                match per_year.last_mut() {
                    Some((year, by_cat)) if *year == y => by_cat[e.category.index()] += 1,
                    _ => {
                        let mut by_cat = [0; Category::COUNT];
                        by_cat[e.category.index()] = 1;
                        per_year.push((y, by_cat));
                    }
                }
            }
        }
        if per_year.windows(2).any(|w| w[0].0 >= w[1].0) {
            daumoc_core::sort_stable_by_key(&mut per_year, |&(y, _)| y);
            per_year.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    (0..Category::COUNT).for_each(|i| kept.1[i] += later.1[i]);
                }
                same
            });
        }
        let years: Vec<(i32, usize, Category)> = per_year
            .into_iter()
            .map(|(y, by_cat)| {
                let top = (0..7).max_by_key(|&i| (by_cat[i], std::cmp::Reverse(i))).unwrap_or(0);
                (y, by_cat.iter().sum(), Category::ALL[top])
            })
            .collect();
        let max = years.iter().map(|y| y.1).max().unwrap_or(1);
        Density { first, last, years, max, paths: Default::default() }
    }

    fn count(&self, year: i32) -> usize {
        self.years.iter().find(|y| y.0 == year).map_or(0, |y| y.1)
    }

    /// The nearest year with events, looking forward first.
    fn nearest(&self, year: i32) -> Option<i32> {
        self.years.iter().map(|y| y.0).min_by_key(|&y| ((y - year).abs(), y < year))
    }
}

#[component]
pub fn OverviewAxis(catalog: Arc<Catalog>, visible: Memo<Vec<usize>>) -> impl IntoView {
    let ui = use_ui();
    let this_year = browser::today().year();
    let first = catalog.events().iter().filter_map(Event::year).min().unwrap_or(1890).min(1890);
    let last = catalog.events().iter().filter_map(Event::end_year).max().unwrap_or(this_year).max(this_year);
    let zoom = RwSignal::new(None::<i32>);
    let span = move || match zoom.get() {
        Some(decade) => (decade, decade + 9),
        None => (first, last),
    };
    let cursor = RwSignal::new(first);
    let in_view = RwSignal::new(None::<(i32, i32)>);
    // Positions in hundredths of a percent, formatted without floats (float formatting alone
    // would add ~10 KB to the wasm).
    let pct = move |year: i32| {
        let (a, b) = span();
        i64::from(year - a) * 10_000 / i64::from(b - a + 1)
    };
    let density = Memo::new(move |_| {
        let mut d = visible.with(|p| Density::new(catalog.events(), p, first, last));
        d.paths = bar_paths(&d, span(), pct);
        d
    });

    let update_in_view = move || in_view.set(years_in_view());
    browser::on_window(leptos::ev::scroll, move |_| update_in_view());
    Effect::new(move || {
        visible.track();
        request_animation_frame(update_in_view);
    });

    // The year's section may not be in the page yet: a long list is rendered in part.
    let list = use_context::<ListWindow>();
    let jump = move |year: i32| {
        cursor.set(year);
        if let Some(target) = density.with_untracked(|d| d.nearest(year)) {
            match list {
                Some(list) => list.scroll_to_year(target),
                None => browser::scroll_to_id(&format!("year-{target}")),
            }
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let Some(el) = event_target::<web_sys::HtmlElement>(&ev).closest(".axis__track").ok().flatten()
        else {
            return;
        };
        let width = el.client_width().max(1);
        let (a, b) = span();
        let x = ev.client_x() - el.get_bounding_client_rect().left() as i32;
        let year = a + x * (b - a + 1) / width;
        jump(year.clamp(a, b));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let (a, b) = span();
        let now = cursor.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => now - 1,
            "ArrowRight" | "ArrowUp" => now + 1,
            "PageDown" => now - 10,
            "PageUp" => now + 10,
            "Home" => a,
            "End" => b,
            "Enter" | " " => {
                ev.prevent_default();
                jump(now);
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        cursor.set(next.clamp(a, b));
    };

    // One path per category, not an element per year: a keystroke that changes every year's
    // count sets at most seven attributes instead of rebuilding a hundred styled elements.
    let bars = Category::ALL
        .iter()
        .enumerate()
        .map(|(i, cat)| {
            view! { <path class=format!("cat-{}", cat.id()) d=move || density.with(|d| d.paths[i].clone())></path> }
        })
        .collect_view();
    let ticks = move || {
        let (a, b) = span();
        let step = if zoom.get().is_some() {
            1
        } else {
            if b - a > 80 {
                20
            } else {
                10
            }
        };
        let start = (a + step - 1) / step * step;
        (start..=b)
            .step_by(step as usize)
            .map(|y| view! { <span class="axis__tick" style:left=css_percent(pct(y))>{y}</span> })
            .collect_view()
    };
    let value_text = move || {
        let y = cursor.get();
        {
            let n = density.with(|d| d.count(y));
            ui.strings().ui.axis_year.fill(n, &[&y.to_string(), &n.to_string()])
        }
    };
    view! {
        <section class="axis" aria-labelledby="axis-heading">
            <div class="axis__head">
                <h2 id="axis-heading" class="visually-hidden">{move || ui.strings().ui.axis_label}</h2>
                <p class="axis__in-view" aria-hidden="true">
                    {move || in_view.get().map(|(a, b)| fill(ui.strings().ui.axis_visible, &[&if a == b { a.to_string() } else { format!("{a}–{b}") }]))}
                </p>
                <div class="axis__zoom">
                    <button type="button" class="chip chip--small" aria-pressed=move || zoom.get().is_none().to_string() on:click=move |_| zoom.set(None)>
                        {move || ui.strings().ui.axis_zoom_all}
                    </button>
                    <button type="button" class="chip chip--small" aria-pressed=move || zoom.get().is_some().to_string()
                        on:click=move |_| zoom.set(Some(in_view.get_untracked().map_or(cursor.get_untracked(), |r| r.0) / 10 * 10))>
                        {move || ui.strings().ui.axis_zoom_decade}
                    </button>
                </div>
            </div>
            <div
                class="axis__track"
                role="slider"
                tabindex="0"
                aria-label=move || ui.strings().ui.axis_label
                aria-valuemin=move || span().0
                aria-valuemax=move || span().1
                aria-valuenow=move || cursor.get()
                aria-valuetext=value_text
                on:click=on_click
                on:keydown=on_key
            >
                <svg class="axis__bars" viewBox="0 0 10000 100" preserveAspectRatio="none" aria-hidden="true">{bars}</svg>
                {move || in_view.get().map(|(a, b)| view! {
                    <span class="axis__bracket" style:left=css_percent(pct(a)) style:width=css_percent(pct(b + 1) - pct(a))></span>
                })}
                <span class="axis__cursor" style:left=move || css_percent(pct(cursor.get()))></span>
            </div>
            <div class="axis__ticks" aria-hidden="true">{ticks}</div>
        </section>
    }
}

/// The bars of the years in `span` as SVG path data in a 10000 × 100 box, one string per category
/// (in `Category::ALL` order; empty where a category has no year of its own). A bar's height is
/// 25–100 by its year's count; `pct` places a year in hundredths of a percent of the track.
fn bar_paths(d: &Density, (a, b): (i32, i32), pct: impl Fn(i32) -> i64) -> [String; Category::COUNT] {
    use std::fmt::Write;
    let mut paths: [String; Category::COUNT] = Default::default();
    for &(y, n, cat) in d.years.iter().filter(|(y, _, _)| (a..=b).contains(y)) {
        let top = 100 - (25 + 75 * n / d.max.max(1));
        let (x, w) = (pct(y), pct(y + 1) - pct(y));
        let _ = write!(paths[cat.index()], "M{x} 100V{top}h{w}V100z");
    }
    paths
}

/// The first and last year whose section is on screen.
fn years_in_view() -> Option<(i32, i32)> {
    let w = web_sys::window()?;
    let height = w.inner_height().ok()?.as_f64()?;
    let sections = w.document()?.query_selector_all("#timeline .year[data-year]").ok()?;
    let mut found: Option<(i32, i32)> = None;
    for i in 0..sections.length() {
        let Some(el) =
            sections.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        else {
            continue;
        };
        let rect = el.get_bounding_client_rect();
        if rect.bottom() <= 0.0 || rect.top() >= height {
            continue;
        }
        let Some(year) = el.get_attribute("data-year").and_then(|y| y.parse::<i32>().ok()) else { continue };
        found = Some(found.map_or((year, year), |(a, b)| (a.min(year), b.max(year))));
    }
    found
}
