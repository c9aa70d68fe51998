#!/usr/bin/env bash
# The release build of both pages into dist/: first the editors' page (editor.html, its own
# WebAssembly with the spreadsheet readers) into target/editor-dist, then the visitors' app,
# whose post-build hook copies the editors' files in before writing the service worker.
# Pass trunk options after it, e.g. `--locked`.
set -euo pipefail
cd "$(dirname "$0")/.."
# The shipping toolchain for the browser builds: see scripts/release-cargo/cargo.
export PATH="$PWD/scripts/release-cargo:$PATH"
rm -rf target/editor-dist
DAUMOC_SPLIT=0 trunk build editor.html --release --dist target/editor-dist "$@"
trunk build --release "$@"
