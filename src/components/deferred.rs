//! A part of a screen built in a task of its own, after the task that builds the rest: the app's
//! start is cut into tasks short enough for a phone to answer a tap between them (a phone spends
//! most of a part's first build compiling its code). The pre-rendered screen stays up until
//! every part is built (see `takeover`), so the visitor never sees a screen half built.

use crate::{browser, takeover};
use leptos::prelude::*;

/// Builds `children` in the next task, and holds the takeover until then.
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let built = RwSignal::new(false);
    let building = takeover::Building::start();
    leptos::task::spawn_local(async move {
        browser::next_task().await;
        built.try_set(true);
        drop(building);
    });
    move || built.get().then(|| children())
}
