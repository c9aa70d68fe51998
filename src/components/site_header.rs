//! The header: the dataset's title and subtitle, and the language switch.

use crate::app::{localized_or, use_ui};
use daumoc_core::{Lang, Localized};
use leptos::prelude::*;

#[component]
pub fn SiteHeader(title: Signal<Option<Localized>>, subtitle: Signal<Option<Localized>>) -> impl IntoView {
    let ui = use_ui();
    let other = move || match ui.lang.get() {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    view! {
        <header class="site-header">
            <div class="site-header__text">
                <h1 class="site-title">
                    {move || localized_or(title.get(), ui.lang.get(), ui.strings().ui.default_title)}
                </h1>
                <p class="site-subtitle">
                    {move || localized_or(subtitle.get(), ui.lang.get(), ui.strings().ui.default_subtitle)}
                </p>
            </div>
            <button
                type="button"
                class="lang-switch"
                lang=move || other().code()
                aria-label=move || ui.strings().ui.language_switch
                on:click=move |_| ui.lang.set(other())
            >
                {move || other().code().to_uppercase()}
            </button>
        </header>
    }
}
