# Sourced by the scripts: puts the project's tools first on PATH and pins what trunk and the
# browser tests use, so nothing is fetched from outside the registries.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
unset GECKODRIVER
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
# Knight Lab's TimelineJS samples (tests and the fuzzer read them in place): ../shared beside the
# repository, or, for a clone made elsewhere (a fresh clone in a temporary folder), beside the
# repository it was cloned from.
if [ -z "${DAUMOC_TIMELINEJS_SAMPLES:-}" ]; then
  for shared in ../shared "$(git remote get-url origin 2>/dev/null)/../shared"; do
    if [ -d "$shared/testdata/timelinejs" ]; then
      export DAUMOC_TIMELINEJS_SAMPLES="$(cd "$shared/testdata/timelinejs" && pwd)"
      break
    fi
  done
fi
