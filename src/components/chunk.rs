//! A screen whose code is a WebAssembly chunk of its own (see `crate::chunks`): nothing of it
//! until the chunk is in, a quiet "loading" while it comes, and if it cannot come (the connection
//! dropped), a message that says so with a way to try again. Nothing else on the page waits.

use crate::state::use_ui;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// Starts loading a chunk and builds its screen once it is in (`None`: it could not be loaded);
/// called again to try again.
pub type ChunkLoad = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = Option<AnyView>>>>>;

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Loading,
    Shown,
    Failed,
}

/// The screen `load` builds, once its chunk is in; a status line while it comes, and a message
/// with "Try again" if it cannot.
#[component]
pub fn Chunk(load: ChunkLoad) -> impl IntoView {
    let ui = use_ui();
    let status = RwSignal::new(Status::Loading);
    let screen = StoredValue::new_local(None::<AnyView>);
    // The screen is built under this component's owner, also when a retry starts it from a click.
    let owner = Owner::current();
    let load = StoredValue::new_local(load);
    let start = move || {
        status.set(Status::Loading);
        let Some(pending) = load.try_with_value(|load| load()) else { return };
        let run = move || {
            leptos::task::spawn_local_scoped(async move {
                match pending.await {
                    Some(view) => {
                        screen.set_value(Some(view));
                        status.try_set(Status::Shown);
                    }
                    None => {
                        status.try_set(Status::Failed);
                    }
                }
            })
        };
        match &owner {
            Some(owner) => owner.with(run),
            None => run(),
        }
    };
    start();
    move || match status.get() {
        Status::Shown => screen.try_update_value(Option::take).flatten().into_any(),
        Status::Loading => view! {
            <p class="chunk chunk--loading" role="status">{move || ui.strings().ui.part_loading}</p>
        }
        .into_any(),
        Status::Failed => {
            let start = start.clone();
            view! {
                <div class="chunk chunk--failed" role="alert">
                    <p>{move || ui.strings().ui.part_failed}</p>
                    <button type="button" class="button" on:click=move |_| start()>
                        {move || ui.strings().ui.retry}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}
