#!/usr/bin/env bash
# Sets up every tool, then serves the app (and the editors' page, /editor.html) with the bundled dataset on http://127.0.0.1:8080
# (rebuilding on every change). Pass trunk options after it, e.g. `--release` or `--port 9000`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
source scripts/env.sh
# The editors' page first (editor.html, its own WebAssembly); every rebuild of the app copies it in.
trunk build editor.html --dist target/editor-dist
exec trunk serve "$@"
