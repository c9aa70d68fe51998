#!/usr/bin/env bash
# The browser benchmark in one command: builds the release bundle, generates datasets of 50,
# 1,000 and 10,000 events (in a temporary directory, never committed), serves them with the app
# on 127.0.0.1 with gzip, measures them in headless Chromium and writes docs/performance.md.
# A benchmark, not a test: it reports, it never fails on slow numbers.
#
#   bash bench/run.sh                       # RUNS=5, SIZES="50 1000 10000"
#   RUNS=3 SIZES="10000" bash bench/run.sh  # fewer runs, one size
#   OUT=- bash bench/run.sh                 # print the table only, leave docs/performance.md alone
#
# Other settings: SEED (1), SCROLL_FRAMES (3000), QUERIES ("dai hoi|giải phóng"). The build goes
# to target/bench-dist (BENCH_DIST); BUILD=0 measures $BENCH_DIST (by default dist/) as it is.
# The raw numbers of the last run go to bench/results/last-run.json (not committed);
# `REPORT_FROM=bench/results/last-run.json node bench/bench.mjs` writes the report again from
# them, e.g. after a change to bench/budget.json.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# Set up only what is missing (scripts/bootstrap.sh installs it all; test.sh always runs it).
missing=()
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || missing+=(wasm32-target)
command -v trunk >/dev/null || missing+=(trunk)
command -v wasm-bindgen >/dev/null || missing+=(wasm-bindgen)
[ -x node_modules/.bin/wasm-opt ] || missing+=(wasm-opt)
[ -d node_modules/playwright-core ] || missing+=(playwright-core)
[ -d node_modules/@fontsource/be-vietnam-pro ] || missing+=(font)
[ -x "$CHROMIUM" ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[bench] missing: ${missing[*]}; running scripts/bootstrap.sh" >&2
  bash scripts/bootstrap.sh
  source scripts/env.sh
fi

# Its own output directory: tests or builds using dist/ meanwhile are not disturbed, nor disturb it.
if [ "${BUILD:-1}" != 0 ]; then
  export BENCH_DIST="${BENCH_DIST:-target/bench-dist}"
  echo "[bench] release build into $BENCH_DIST" >&2
  trunk build --release --locked --dist "$BENCH_DIST"
else
  export BENCH_DIST="${BENCH_DIST:-dist}"
fi

data=$(mktemp -d "${TMPDIR:-/tmp}/daumoc-bench.XXXXXX")
trap 'rm -rf "$data"' EXIT
cargo build -q --locked -p daumoc-cli
for n in ${SIZES:-50 1000 10000}; do
  echo "[bench] daumoc gen --events $n --seed ${SEED:-1}" >&2
  cargo run -q --locked -p daumoc-cli -- gen --events "$n" --seed "${SEED:-1}" -o "$data/events-$n.json"
done

BENCH_DATA="$data" node bench/bench.mjs
