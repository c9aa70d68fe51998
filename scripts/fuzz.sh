#!/usr/bin/env bash
# Fuzzes the parsers of daumoc-core for a bounded time (not part of CI): every target of fuzz/
# for SECONDS each (default 60), one after the other, or only the targets named.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
# Needs the nightly toolchain; installs cargo-fuzz if it is missing. A crash stops the run and
# leaves its input in fuzz/artifacts/TARGET/ (see docs/fuzzing.md for what to do with it).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(dataset date url_state csv_import timelinejs json_position)
fi

if ! rustup toolchain list | grep -q '^nightly'; then
    echo "fuzz.sh: the nightly toolchain is needed (rustup toolchain install nightly)" >&2
    exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

# Knight Lab's TimelineJS samples, read in place when the machine has them.
samples="${DAUMOC_TIMELINEJS_SAMPLES:-../shared/testdata/timelinejs}"

for target in "${targets[@]}"; do
    # Seeds: the small hand-written inputs in fuzz/seeds/, plus real files read in place.
    seeds=("fuzz/seeds/$target")
    case "$target" in
        dataset | json_position) seeds+=(public/data); dict=json ;;
        timelinejs) [ -d "$samples" ] && seeds+=("$samples"); dict=json ;;
        csv_import) [ -d "$samples" ] && seeds+=("$samples"); dict=csv ;;
        url_state) dict=url ;;
        date) dict=date ;;
        *) echo "fuzz.sh: unknown target $target" >&2; exit 1 ;;
    esac
    # The first directory is the working corpus (grows, ignored by git); the seeds are only read.
    mkdir -p "fuzz/corpus/$target"
    # The editors' CSV template is a seed too; copied into the (ignored) working corpus because
    # the rest of docs/ would only slow the fuzzer down.
    if [ "$target" = csv_import ]; then
        cp docs/csv-template.csv "fuzz/corpus/$target/csv-template.csv"
    fi
    printf '\n\033[1m== fuzz %s for %ss\033[0m\n' "$target" "$seconds"
    cargo +nightly fuzz run "$target" "fuzz/corpus/$target" "${seeds[@]}" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -dict="fuzz/dicts/$dict.dict"
done
