//! A picture of an event: on a card (a small thumbnail), in the detail (full width, with its
//! caption and credit, a link reachable by keyboard) and on a slide (large). Its box has a fixed shape before the file
//! arrives, so nothing moves while it loads; a file that fails leaves the alt text in that same
//! box. Only ever an `<img>`: the address was checked and resolved by the core when the data
//! was read, and is never put into CSS.

use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::Media;
use leptos::prelude::*;

/// Where the picture is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureSize {
    /// A card's thumbnail: small, cropped to its box, loaded lazily.
    Thumb,
    /// The detail: full width, whole, with caption and credit, a link to the picture.
    Full,
    /// A slide: as large as the screen allows, whole, with caption and credit.
    Slide,
}

impl PictureSize {
    fn class(self) -> &'static str {
        match self {
            PictureSize::Thumb => "picture picture--thumb",
            PictureSize::Full => "picture picture--full",
            PictureSize::Slide => "picture picture--slide",
        }
    }

    /// The intrinsic size the `<img>` declares (4:3), so the browser reserves the box at once.
    fn dimensions(self) -> (u32, u32) {
        match self {
            PictureSize::Thumb => (160, 120),
            PictureSize::Full | PictureSize::Slide => (1200, 900),
        }
    }
}

#[component]
pub fn Picture(media: Media, size: PictureSize) -> impl IntoView {
    let ui = use_ui();
    let broken = RwSignal::new(false);
    let Media { url, alt, caption, credit, link } = media;
    let alt_text = {
        let alt = alt.clone();
        move || alt.text(ui.lang.get()).to_string()
    };
    let (width, height) = size.dimensions();
    // In the detail the picture is a link (to its page, else to the file): reachable by keyboard.
    let href = link.unwrap_or_else(|| url.clone());
    let image = {
        let alt_text = alt_text.clone();
        move || {
            if broken.get() {
                view! { <span class="picture__fallback">{alt_text.clone()}</span> }.into_any()
            } else {
                view! {
                    <img
                        class="picture__img"
                        src=url.clone()
                        alt=alt_text.clone()
                        width=width
                        height=height
                        loading=if size == PictureSize::Thumb { "lazy" } else { "eager" }
                        decoding="async"
                        on:error=move |_| broken.set(true)
                    />
                }
                .into_any()
            }
        }
    };
    let frame = match size {
        PictureSize::Full => {
            let label = alt_text.clone();
            view! {
                <a class="picture__frame" href=href target="_blank" rel="noopener noreferrer"
                    aria-label=move || fill(ui.strings().media.open_picture, &[&label()])>
                    {image}
                </a>
            }
            .into_any()
        }
        _ => view! { <div class="picture__frame">{image}</div> }.into_any(),
    };
    let words = (caption.is_some() || credit.is_some()).then(|| {
        view! {
            <figcaption class="picture__caption">
                {caption.map(|c| view! { <span class="picture__text">{move || c.text(ui.lang.get()).to_string()}</span> })}
                {credit.map(|c| view! { <span class="picture__credit">{move || fill(ui.strings().media.credit, &[&c])}</span> })}
            </figcaption>
        }
    });
    view! {
        <figure class=size.class() class:picture--broken=move || broken.get()>
            {frame}
            {words}
        </figure>
    }
}
