#!/usr/bin/env bash
# Installs every tool the project needs, only when it is missing or at the wrong version.
# Idempotent: with everything present it finishes in seconds. Safe to run on a fresh machine
# that reaches only the package registries (crates.io, npm, Debian apt).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
log() { printf '\033[1m[bootstrap]\033[0m %s\n' "$*" >&2; }
# True when command $1 exists and its `--version` output contains $2.
has_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF -- "$2"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$PATH"

# 1. Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. trunk, pinned: 0.22 needs a newer rustc than this machine has.
if ! has_version trunk "trunk $TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (takes several minutes)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked
fi

# 3. wasm-bindgen-cli at exactly the wasm-bindgen version of Cargo.lock (read from the lock).
wb_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$wb_version" ] || { log "could not read wasm-bindgen's version from Cargo.lock"; exit 1; }
if ! grep -Eq "^wasm_bindgen = \"$wb_version\"" Trunk.toml; then
  log "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen ($wb_version): edit Trunk.toml"
  exit 1
fi
if ! has_version wasm-bindgen "wasm-bindgen $wb_version" || ! command -v wasm-bindgen-test-runner >/dev/null; then
  log "installing wasm-bindgen-cli $wb_version"
  # --locked fails here (its lock pins a crate release the registry lacks): fall back to unlocked.
  cargo install wasm-bindgen-cli --version "=$wb_version" --locked --force ||
    cargo install wasm-bindgen-cli --version "=$wb_version" --force
fi

# 3b. wasm-split-cli, which splits the visitors' app into chunks (scripts/split-wasm.mjs), pinned:
#     its section format must match Cargo.lock's wasm_split_helpers. It prints no version.
WASM_SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "installing wasm-split-cli $WASM_SPLIT_VERSION"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# 4. npm tools: wasm-opt (binaryen 132), the font, playwright-core, axe-core; reinstalled when the lock changes.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.daumoc-lock 2>/dev/null)" != "$lock_sum" ]; then
  log "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.daumoc-lock
fi
if ! node_modules/.bin/wasm-opt --version | grep -q 'version 132'; then
  log "node_modules/.bin/wasm-opt is not binaryen 132"; exit 1
fi

# 5. Chromium and its driver for the browser tests (Debian's packages, never a downloaded browser),
#    pdftotext to read the printed handout back in a test, and the web servers of docs/deploying.md
#    (nginx with its brotli module, Apache), which tests/e2e/serving.test.mjs runs by itself.
#    Debian's rustc-web with its source and linker: the shipping build compiles the standard
#    library with the app (scripts/release-cargo/cargo); rustup's toolchain has no source here.
apt_packages=(chromium chromium-driver poppler-utils nginx libnginx-mod-http-brotli-static apache2
  rustc-web cargo-web rust-web-src lld-22)
missing=()
for package in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
done
# The standard library's source must be the compiler's own version: after an update of one of
# them, both are installed again.
rust_versions=$( (dpkg-query -W -f='${db:Status-Status} ${Version}\n' rustc-web cargo-web rust-web-src 2>/dev/null || true) |
  awk '$1 == "installed" { print $2 }' | sort -u | wc -l)
if [ ${#missing[@]} -eq 0 ] && [ "$rust_versions" -ne 1 ]; then missing+=(rustc-web cargo-web rust-web-src); fi
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} (apt)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  # The tests start their own servers on 127.0.0.1; none is left running as a system service.
  for service in nginx apache2; do
    if [[ " ${missing[*]} " == *" $service "* ]]; then as_root service "$service" stop >/dev/null 2>&1 || true; fi
  done
fi

log "tools ready: $(trunk --version), $(wasm-bindgen --version), release $(/usr/bin/rustc --version), wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null)"
