//! What the page says when its WebAssembly cannot go on: it never finished loading (a dropped
//! mobile connection, a browser without WebAssembly), or it stopped at a panic. The shipping
//! build turns a panic into a trap (`-Cpanic=immediate-abort`, docs/size.md), so no Rust code
//! runs to say so, not even a panic hook. The notice is therefore rendered ahead, hidden, in both
//! languages (the page may not know which one the visitor reads), and the page's loader
//! (`scripts/post-build.mjs`) shows it and wires its button. The pre-rendered copy holds it too (`#pr-stopped`), for
//! a page whose app never started.

use daumoc_core::Lang;
use leptos::prelude::*;

/// The hidden notice; `id="stopped"` is what the loader looks for. The loader also makes it an
/// alert as it shows it, so screen readers announce it then (and no hidden alert sits in the page).
#[component]
pub fn StoppedNotice() -> impl IntoView {
    let part = |lang: Lang| {
        let t = &lang.strings().ui;
        // The loader keeps one of the two messages: the second where the browser has no
        // WebAssembly at all, since a reload would not help there.
        view! {
            <div lang=lang.code()>
                <h2>{t.crash_title}</h2>
                <p class="stopped__failed">{t.crash_message}</p>
                <p class="stopped__unsupported">{t.no_webassembly}</p>
            </div>
        }
    };
    let both = |text: fn(Lang) -> &'static str| format!("{} · {}", text(Lang::Vi), text(Lang::En));
    view! {
        <section id="stopped" class="stopped" hidden>
            {part(Lang::Vi)}
            {part(Lang::En)}
            // The loader wires both as it shows the notice: a reload, and a way to put the notice
            // away and read what the page shows (all of it, for a page whose app never started).
            <div class="stopped__actions">
                <button type="button" class="button stopped__reload">{both(|l| l.strings().ui.crash_reload)}</button>
                <button type="button" class="link-button stopped__close">{both(|l| l.strings().ui.close)}</button>
            </div>
        </section>
    }
}
