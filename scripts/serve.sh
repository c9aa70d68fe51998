#!/usr/bin/env bash
# Sets up every tool, then serves the app with the bundled dataset on http://127.0.0.1:8080
# (rebuilding on every change). Pass trunk options after it, e.g. `--release` or `--port 9000`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
source scripts/env.sh
exec trunk serve "$@"
