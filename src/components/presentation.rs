//! Presentation mode (`mode=present`) for a classroom projector: the filtered events (or one
//! year's anniversaries), one per slide, in very large type, driven by arrow keys and presenter
//! clickers (PageUp/PageDown, `.`/B to blank), swipes, and buttons. The slide is in the URL.

use crate::browser::{self, HistoryMode};
use crate::components::{Picture, PictureSize, CARD_CHARS};
use crate::state::use_ui;
use chrono::Datelike;
use daumoc_core::i18n::fill;
use daumoc_core::{
    anniversaries_in_year, anniversary_phrase, clip, css_percent, event_date, short_date, Catalog, EventDate,
    Mode, View,
};
use leptos::prelude::*;
use std::sync::Arc;

/// What one slide shows: an event, or an event's anniversary in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slide {
    Event(usize),
    Anniversary(usize, i32),
}

/// Text sizes offered, in percent; the CSS has a class for each.
const SIZES: [u32; 5] = [100, 125, 150, 175, 200];

/// Stroked paths of the control icons, on a 24 × 24 grid.
const ICON_PREVIOUS: &str = "M19 12H5M11 6l-6 6 6 6";
const ICON_NEXT: &str = "M5 12h14M13 6l6 6-6 6";
const ICON_SMALLER: &str = "M2 20 8 4l6 16M4.3 14h7.4M16 7h6";
const ICON_LARGER: &str = "M2 20 8 4l6 16M4.3 14h7.4M16 7h6M19 4v6";
const ICON_FULLSCREEN: &str = "M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5";
const ICON_EXIT: &str = "M6 6l12 12M18 6 6 18";

/// A control icon drawn with one stroked path, in the text colour.
fn icon(path: &'static str) -> AnyView {
    view! {
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
    .into_any()
}

/// The light/dark control: a circle, half filled.
fn theme_icon() -> AnyView {
    view! {
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>
            <path d="M12 3a9 9 0 0 0 0 18z" fill="currentColor"/>
        </svg>
    }
    .into_any()
}

#[component]
pub fn Presentation(catalog: Arc<Catalog>, visible: Memo<Vec<usize>>) -> impl IntoView {
    let ui = use_ui();
    let this_year = browser::today().year();
    let slides = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            // A teacher's lesson: exactly its events, in its order, whatever the filters.
            let lesson = ui.view.with(|v| v.lesson.clone());
            if !lesson.is_empty() {
                return lesson.ids().iter().filter_map(|id| catalog.position(id)).map(Slide::Event).collect();
            }
            let year = ui.view.with(|v| (v.view == View::Anniversaries).then(|| v.year.unwrap_or(this_year)));
            visible.with(|positions| match year {
                None => positions.iter().map(|&p| Slide::Event(p)).collect::<Vec<_>>(),
                Some(y) => {
                    anniversaries_in_year(positions.iter().filter_map(|&p| catalog.events().get(p)), y)
                        .iter()
                        .filter_map(|a| catalog.position(&a.event.id))
                        .map(|p| Slide::Anniversary(p, y))
                        .collect()
                }
            })
        })
    };
    let count = move || slides.with(Vec::len);
    let current = Memo::new(move |_| {
        let n = count().max(1) as u32;
        ui.view.with(|v| v.slide.unwrap_or(1)).clamp(1, n)
    });
    let go = move |slide: u32| {
        let slide = slide.clamp(1, count().max(1) as u32);
        ui.update(HistoryMode::Replace, |v| v.slide = Some(slide));
    };
    let leave = move || {
        if browser::is_fullscreen() {
            browser::toggle_fullscreen();
        }
        ui.update(HistoryMode::Push, |v| {
            v.mode = Mode::Browse;
            v.slide = None;
        });
    };
    let blank = RwSignal::new(false);
    let light = RwSignal::new(browser::preference("present.theme").as_deref() == Some("light"));
    let size = RwSignal::new(
        browser::preference("present.size")
            .and_then(|s| s.parse::<u32>().ok())
            .filter(|s| SIZES.contains(s))
            .unwrap_or(100),
    );
    let resize = move |step: i32| {
        let i = SIZES.iter().position(|&s| s == size.get_untracked()).unwrap_or(0) as i32;
        let next = SIZES[(i + step).clamp(0, SIZES.len() as i32 - 1) as usize];
        size.set(next);
        browser::set_preference("present.size", &next.to_string());
    };
    let toggle_theme = move || {
        light.update(|l| *l = !*l);
        browser::set_preference("present.theme", if light.get_untracked() { "light" } else { "dark" });
    };

    browser::set_root_class("is-presenting", true);
    on_cleanup(|| browser::set_root_class("is-presenting", false));
    browser::on_window(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        if blank.get_untracked() {
            // Any key brings the screen back; the key itself does nothing else.
            ev.prevent_default();
            blank.set(false);
            return;
        }
        let now = current.get_untracked();
        match key.as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" => go(now + 1),
            "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => go(now.saturating_sub(1)),
            "Home" => go(1),
            "End" => go(count() as u32),
            "." | "b" | "B" => blank.set(true),
            "f" | "F" => browser::toggle_fullscreen(),
            "Escape" => leave(),
            _ => return,
        }
        ev.prevent_default();
    });

    // Swipes: a horizontal move of more than 50 px between pointer down and up.
    let swipe_from = StoredValue::new(None::<i32>);
    let on_down = move |ev: leptos::ev::PointerEvent| swipe_from.set_value(Some(ev.client_x()));
    let on_up = move |ev: leptos::ev::PointerEvent| {
        if let Some(x) = swipe_from.get_value() {
            let dx = ev.client_x() - x;
            if dx.abs() > 50 {
                go(if dx < 0 {
                    current.get_untracked() + 1
                } else {
                    current.get_untracked().saturating_sub(1)
                });
            }
        }
        swipe_from.set_value(None);
    };

    let slide_view = {
        let catalog = catalog.clone();
        move || {
            let lang = ui.lang.get();
            let index = current.get() as usize - 1;
            let Some(slide) = slides.with(|s| s.get(index).copied()) else {
                return view! { <p class="present__empty">{ui.strings().ui.present_empty}</p> }.into_any();
            };
            let (position, year) = match slide {
                Slide::Event(p) => (p, None),
                Slide::Anniversary(p, y) => (p, Some(y)),
            };
            let Some(event) = catalog.events().get(position) else { return ().into_any() };
            let anniversary = year.and_then(|y| daumoc_core::anniversary(event, y));
            let (date, title) = match &anniversary {
                Some(a) => (short_date(&EventDate::Calendar(a.date), lang), anniversary_phrase(a, lang)),
                None => (event_date(event, lang), clip(event.title.text(lang), CARD_CHARS).into_owned()),
            };
            let summary = event.summary.as_ref().map(|s| clip(s.text(lang), CARD_CHARS).into_owned());
            let source = event.source.as_ref().map(|s| {
                let what = s.title.clone().unwrap_or_else(|| s.document.clone());
                format!("{}: {what}", ui.strings().ui.source)
            });
            let picture = event.media.first().cloned();
            let class = format!(
                "present__slide cat-{}{}",
                event.category.id(),
                if picture.is_some() { " present__slide--picture" } else { "" }
            );
            view! {
                <article class=class data-event-id=event.id.clone()>
                    {picture.map(|m| view! { <Picture media=m size=PictureSize::Slide /> })}
                    <div class="present__text">
                        <p class="present__date"><time datetime=event.date.to_iso()>{date}</time></p>
                        <h2 class="present__title">{title}</h2>
                        {summary.map(|s| view! { <p class="present__summary">{s}</p> })}
                        {source.map(|s| view! { <p class="present__source">{s}</p> })}
                    </div>
                </article>
            }
            .into_any()
        }
    };
    let bar_position = {
        let catalog = catalog.clone();
        move || {
            let years: Vec<i32> = slides.with(|s| {
                s.iter()
                    .filter_map(|slide| match slide {
                        Slide::Event(p) | Slide::Anniversary(p, _) => {
                            catalog.events().get(*p).and_then(|e| e.year())
                        }
                    })
                    .collect()
            });
            let (first, last) = (years.iter().min().copied()?, years.iter().max().copied()?);
            let now = years.get(current.get() as usize - 1).copied()?;
            let hundredths =
                if last > first { i64::from(now - first) * 10_000 / i64::from(last - first) } else { 5_000 };
            Some(css_percent(hundredths))
        }
    };
    // Each control's icon is an inline SVG (a symbol character may be missing from the fonts and
    // show as an empty box); its name is the visually hidden label, also the tooltip.
    let button = move |label: fn(&'static daumoc_core::i18n::Strings) -> &'static str,
                       icon: AnyView,
                       action: Box<dyn Fn()>| {
        view! {
            <button type="button" class="present__button" title=move || label(ui.strings()) on:click=move |_| action()>
                {icon}
                <span class="visually-hidden">{move || label(ui.strings())}</span>
            </button>
        }
    };
    view! {
        <div
            class=move || format!("present present--size-{}", size.get())
            class:present--light=move || light.get()
            class:present--blank=move || blank.get()
            role="region"
            aria-roledescription="slideshow"
            aria-label=move || ui.strings().ui.present_label
            on:pointerdown=on_down
            on:pointerup=on_up
        >
            <div class="present__stage" aria-live="polite">{slide_view}</div>
            <div class="present__blank" aria-hidden="true">{move || ui.strings().ui.present_blank}</div>
            <div class="present__timebar" aria-hidden="true">
                {move || bar_position().map(|left| view! { <span class="present__timebar-mark" style:left=left></span> })}
            </div>
            <div class="present__controls">
                <p class="present__progress">
                    {move || fill(ui.strings().ui.present_progress, &[&current.get().to_string(), &count().to_string()])}
                </p>
                {button(|s| s.ui.present_prev, icon(ICON_PREVIOUS), Box::new(move || go(current.get_untracked().saturating_sub(1))))}
                {button(|s| s.ui.present_next, icon(ICON_NEXT), Box::new(move || go(current.get_untracked() + 1)))}
                {button(|s| s.ui.present_smaller, icon(ICON_SMALLER), Box::new(move || resize(-1)))}
                {button(|s| s.ui.present_larger, icon(ICON_LARGER), Box::new(move || resize(1)))}
                {button(|s| s.ui.present_theme, theme_icon(), Box::new(toggle_theme))}
                {button(|s| s.ui.present_fullscreen, icon(ICON_FULLSCREEN), Box::new(browser::toggle_fullscreen))}
                {button(|s| s.ui.present_exit, icon(ICON_EXIT), Box::new(leave))}
                <p class="present__help">{move || ui.strings().ui.present_help}</p>
            </div>
        </div>
    }
}
