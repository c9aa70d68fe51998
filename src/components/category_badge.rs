//! A category marker: a colour dot always paired with the category's name.

use crate::state::use_ui;
use daumoc_core::{category_name, Category};
use leptos::prelude::*;

#[component]
pub fn CategoryBadge(category: Category) -> impl IntoView {
    let ui = use_ui();
    view! {
        <span class=format!("badge badge--category cat-{}", category.id())>
            <span class="dot" aria-hidden="true"></span>
            {move || category_name(category, ui.lang.get())}
        </span>
    }
}
