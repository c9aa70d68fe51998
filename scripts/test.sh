#!/usr/bin/env bash
# Sets up every tool, then runs every test: native (core, CLI), components in headless
# Chromium (wasm-bindgen-test), and end-to-end tests of the release build (playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting (rustfmt)"
cargo fmt --all --check

step "lints (clippy, native and wasm)"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p daumoc --target wasm32-unknown-unknown --all-targets --locked -- -D warnings
cargo clippy -p daumoc --features editor --target wasm32-unknown-unknown --bins --locked -- -D warnings
# The shipping build's split points (src/chunks.rs), in a target directory of their own.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg daumoc_split" \
  cargo clippy -p daumoc --target wasm32-unknown-unknown --bins --locked --target-dir target/check-split -- -D warnings

step "every end-to-end test has a time limit"
# node:test lets a test without one wait forever: each passes { timeout: … } (TIMEOUT from harness.mjs or its own bound).
if grep -nE '^\s*test\(' tests/e2e/*.test.mjs | grep -vE '\{ timeout: [A-Z0-9_]+ \}'; then
  echo 'these end-to-end tests have no { timeout: … }' >&2
  exit 1
fi

step "native tests (core, CLI)"
cargo test --workspace --exclude daumoc --locked

step "dataset check"
cargo run -q -p daumoc-cli --locked -- validate public/data/index.json   # every file it lists

step "component tests in headless Chromium (wasm-bindgen-test)"
# No -q here: the wasm test runner rejects --quiet.
cargo test -p daumoc --target wasm32-unknown-unknown --locked

step "release build (the visitors' app and the editors' page)"
bash scripts/build.sh --locked
bash scripts/size-report.sh

step "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
