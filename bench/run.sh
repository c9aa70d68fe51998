#!/usr/bin/env bash
# The browser benchmark in one command: builds the release bundle, generates datasets of 50,
# 1,000 and 10,000 events (in a temporary directory, never committed), serves them with the app
# on 127.0.0.1 with brotli, measures them in headless Chromium and writes docs/performance.md:
# desktop (1280 × 900, no throttling), then the phone profile (390 × 844 at DPR 2, Slow 4G, CPU
# 4× slower) for the bundled dataset, 1,000 and 10,000 events, with TimelineJS3 and vis-timeline
# (bench/package.json, installed into bench/node_modules) measured on the same events, the
# request waterfall of one phone load, and Lighthouse 12 (mobile preset) on the built app.
# A benchmark, not a test: it reports, it never fails on slow numbers.
#
#   bash bench/run.sh                       # RUNS=5 desktop, PHONE_RUNS=3 (PHONE_RUNS_BUNDLED=5), LH_RUNS=5
#   RUNS=3 SIZES="10000" bash bench/run.sh  # fewer runs, one size
#   OUT=- bash bench/run.sh                 # print the table only, leave docs/performance.md alone
#   PHONE=0 PEERS=0 LIGHTHOUSE=0 bash bench/run.sh   # desktop only, as before
#
# Other settings: SEED (1), SCROLL_FRAMES (3000), QUERIES ("dai hoi|giải phóng"), PHONE_SIZES
# ("bundled 1000 10000"), SHARED_LINKS ("?q=bac+son ?event=khoi-nghia-bac-son ?cat=congress":
# shared links loaded on a phone beside the default view), PEER_TIMEOUT (90: seconds a peer may
# take to load). The build goes to target/bench-dist (BENCH_DIST); BUILD=0 measures $BENCH_DIST (by default dist/) as it is.
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

# The benchmark's own tools (Lighthouse, the peers), never in the root package.json.
if [ ! -d bench/node_modules/lighthouse ] || [ ! -d bench/node_modules/vis-timeline ] || [ ! -d bench/node_modules/@knight-lab/timelinejs ]; then
  echo "[bench] npm ci --prefix bench" >&2
  npm ci --prefix bench --no-audit --no-fund >&2
fi

# Its own output directory: tests or builds using dist/ meanwhile are not disturbed, nor disturb it.
if [ "${BUILD:-1}" != 0 ]; then
  export BENCH_DIST="${BENCH_DIST:-target/bench-dist}"
  echo "[bench] release build into $BENCH_DIST" >&2
  # The visitors' app only: no editors' page copied in (visitors never load it), built with
  # scripts/build.sh's toolchain (scripts/release-cargo/cargo).
  PATH="$PWD/scripts/release-cargo:$PATH" DAUMOC_EDITOR_DIST=target/bench-no-editor \
    trunk build --release --locked --dist "$BENCH_DIST"
else
  export BENCH_DIST="${BENCH_DIST:-dist}"
fi

data=$(mktemp -d "${TMPDIR:-/tmp}/daumoc-bench.XXXXXX")
trap 'rm -rf "$data"' EXIT
cargo build -q --locked -p daumoc-cli
daumoc=target/debug/daumoc
[ -x "$daumoc" ] || daumoc="cargo run -q --locked -p daumoc-cli --"
for n in $(echo "${SIZES:-50 1000 10000} ${PHONE_SIZES:-bundled 1000 10000}" | tr ' ' '\n' | grep -v bundled | sort -nu); do
  echo "[bench] daumoc gen --events $n --seed ${SEED:-1}" >&2
  $daumoc gen --events "$n" --seed "${SEED:-1}" -o "$data/events-$n.json"
done
# The peers' input: the same events as TimelineJS JSON (bench.mjs converts it for vis-timeline).
if [ "${PEERS:-1}" != 0 ]; then
  $daumoc export --to timelinejs -o "$data/timelinejs-bundled.json" public/data/index.json 2> >(cut -c1-160 >&2)
  for n in $(echo "${PHONE_SIZES:-bundled 1000 10000}" | tr ' ' '\n' | grep -v bundled); do
    $daumoc export --to timelinejs -o "$data/timelinejs-$n.json" "$data/events-$n.json" 2> >(cut -c1-160 >&2)
  done
fi

BENCH_DATA="$data" node bench/bench.mjs
