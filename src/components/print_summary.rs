//! What a printed handout says above the events: the title, the active filters, the count and
//! where it came from. Hidden on screen.

use crate::browser;
use crate::state::use_ui;
use daumoc_core::i18n::fill;
use daumoc_core::{category_name, level_name, Catalog};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PrintSummary(catalog: Arc<Catalog>, visible: Memo<Vec<usize>>) -> impl IntoView {
    let ui = use_ui();
    let total = catalog.events().len();
    let title = catalog.dataset().title.clone();
    let filters = move || {
        let lang = ui.lang.get();
        let t = lang.strings();
        let parts: Vec<String> = ui.view.with(|v| {
            let f = &v.filter;
            let mut parts = Vec::new();
            if !f.query.is_empty() {
                parts.push(format!("“{}”", f.query.text()));
            }
            let cats: Vec<&str> = f.categories.iter().map(|c| category_name(c, lang)).collect();
            if !cats.is_empty() {
                parts.push(cats.join(", "));
            }
            if let Some(level) = f.level {
                parts.push(level_name(level, lang).to_string());
            }
            if f.from.is_some() || f.to.is_some() {
                let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
                parts.push(format!("{}–{}", year(f.from), year(f.to)));
            }
            parts.extend(f.tags.iter().map(|tag| catalog.dataset().tag_label(tag).text(lang).to_string()));
            parts
        });
        let described = if parts.is_empty() { t.ui.print_all.to_string() } else { parts.join(" · ") };
        fill(t.ui.print_filters, &[&described])
    };
    view! {
        <header class="print-summary">
            <p class="print-summary__title">{move || title.as_ref().map(|t| t.text(ui.lang.get()).to_string())}</p>
            <p>{filters} " — " {move || ui.strings().ui.result_count.fill(total, &[&visible.with(Vec::len).to_string(), &total.to_string()])}</p>
            <p class="print-summary__url">{move || fill(ui.strings().ui.print_from, &[&browser::page_href().unwrap_or_default()])}</p>
        </header>
    }
}
