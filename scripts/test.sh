#!/usr/bin/env bash
# Sets up every tool, then runs every test: native (core, CLI), components in headless
# Chromium (wasm-bindgen-test), and end-to-end tests of the release build (playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native tests (core, CLI)"
cargo test --workspace --exclude daumoc --locked

step "dataset check"
cargo run -q -p daumoc-cli --locked -- validate public/data/index.json   # every file it lists

step "component tests in headless Chromium (wasm-bindgen-test)"
# No -q here: the wasm test runner rejects --quiet.
cargo test -p daumoc --target wasm32-unknown-unknown --locked

step "release build"
trunk build --release --locked
bash scripts/size-report.sh

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
