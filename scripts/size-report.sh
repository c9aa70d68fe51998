#!/usr/bin/env bash
# Prints the size of the release bundle (raw and gzip) of what a visitor downloads.
set -euo pipefail
cd "$(dirname "$0")/.."
total_raw=0; total_gz=0
for f in dist/*.wasm dist/*.js dist/*.css dist/index.html; do
  [ -f "$f" ] || continue
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-40s %8d B  %7d B gzip\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-40s %8d B  %7d B gzip\n' "total (html+css+js+wasm)" "$total_raw" "$total_gz"
