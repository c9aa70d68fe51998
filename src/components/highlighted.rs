//! Dataset text on screen: in the current language (untranslated text keeps `lang="vi"` and a
//! marker) and with the search words highlighted.

use crate::state::use_ui;
use daumoc_core::{clip, highlight, Lang, Localized, Query};

/// The most text any one field shows, even in the detail: enough for any real summary.
pub const DETAIL_CHARS: usize = 20_000;
/// What a card or a slide shows of a summary.
pub const CARD_CHARS: usize = daumoc_core::SUMMARY_LIMIT;
use leptos::prelude::*;

/// Text with the words of `query` in `<mark>`; always text nodes, never markup.
#[component]
pub fn Highlighted(#[prop(into)] text: Signal<String>, #[prop(into)] query: Signal<Query>) -> impl IntoView {
    move || {
        let text = text.get();
        query.with(|q| {
            highlight(&text, q)
                .into_iter()
                .map(|s| {
                    let piece = s.text.to_string();
                    if s.matched {
                        view! { <mark>{piece}</mark> }.into_any()
                    } else {
                        piece.into_any()
                    }
                })
                .collect_view()
        })
    }
}

/// Dataset text in the current language, highlighted; falls back to Vietnamese with a marker.
#[component]
pub fn LocalizedText(
    text: Localized,
    #[prop(into, optional)] query: Option<Signal<Query>>,
    /// At most this many characters are shown (see `format::clip`); 20,000 by default.
    #[prop(optional)]
    max_chars: Option<usize>,
) -> impl IntoView {
    let ui = use_ui();
    let query = query.unwrap_or_else(|| Signal::stored(Query::default()));
    let fell_back = {
        let text = text.clone();
        Memo::new(move |_| text.get(ui.lang.get()).1)
    };
    let limit = max_chars.unwrap_or(DETAIL_CHARS);
    let shown = Signal::derive(move || clip(text.text(ui.lang.get()), limit).into_owned());
    view! {
        <span lang=move || fell_back.get().then_some(Lang::Vi.code())>
            <Highlighted text=shown query />
        </span>
        {move || fell_back.get().then(|| view! {
            <span class="untranslated">" " {ui.strings().ui.untranslated_marker}</span>
        })}
    }
}
