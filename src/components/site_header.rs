//! The header: the dataset's title and subtitle, the two screens, and the language switch.

use crate::app::localized_or;
use crate::browser::HistoryMode;
use crate::components::{EmbedDialog, ViewLink};
use crate::state::use_ui;
use daumoc_core::{Lang, Localized, Mode, View, ViewState};
use leptos::prelude::*;

#[component]
pub fn SiteHeader(title: Signal<Option<Localized>>, subtitle: Signal<Option<Localized>>) -> impl IntoView {
    let ui = use_ui();
    let other = move || match ui.lang.get() {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    let screen = Memo::new(move |_| ui.view.with(|v| v.view));
    let nav_link = move |target: View, label: fn(&'static daumoc_core::i18n::Strings) -> &'static str| {
        let current = Signal::derive(move || screen.get() == target);
        let change = move |v: &mut ViewState| {
            v.view = target;
            v.event = None;
        };
        view! {
            <ViewLink class="nav__link" change current>
                {move || label(ui.strings())}
            </ViewLink>
        }
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
            <nav class="site-nav">
                {nav_link(View::Timeline, |s| s.ui.nav_timeline)}
                {nav_link(View::Anniversaries, |s| s.ui.nav_anniversaries)}
                <button
                    type="button"
                    class="nav__link nav__present"
                    on:click=move |_| ui.update(HistoryMode::Push, |v| {
                        v.mode = Mode::Present;
                        v.slide = Some(1);
                        v.event = None;
                    })
                >
                    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="3" y="4" width="18" height="12" rx="1.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 16v4M8 20h8" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>
                    {move || ui.strings().ui.present}
                </button>
                <EmbedDialog title=Signal::derive(move || localized_or(title.get(), ui.lang.get(), ui.strings().ui.default_title)) />
                <button
                    type="button"
                    class="lang-switch"
                    lang=move || other().code()
                    on:click=move |_| ui.set_lang(other())
                >
                    {move || other().code().to_ascii_uppercase()}
                    <span class="visually-hidden">" (" {move || ui.strings().ui.language_switch} ")"</span>
                </button>
            </nav>
        </header>
    }
}
