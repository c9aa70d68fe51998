//! The editors' page (`editor.html`): its own WebAssembly, built with the `editor` feature, so
//! the visitors' download does not carry the spreadsheet readers.

fn main() {
    daumoc::editor::start();
}
