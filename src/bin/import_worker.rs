//! The editors' page's import worker (`import_worker_loader.js`, a Web Worker): reads a file
//! with the core away from the page, so the page never waits on it (see `daumoc::editor::worker`).

fn main() {
    daumoc::editor::worker::serve();
}
