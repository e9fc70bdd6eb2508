# Shared by scripts/start and scripts/test: install what is missing, skip
# what is already there, so that a second run goes straight to work.
# Sourced, not run.

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"

CARGO_LEPTOS_VERSION=0.3.5
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen pin in Cargo.toml
BINARYEN_VERSION=132           # npm's wasm-opt; Debian's binaryen writes broken modules

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else SUDO="__none__"; fi

# Debian packages, installed only when missing.
apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$SUDO" = "__none__" ] && die "please install these Debian packages as root: ${missing[*]}"
  say "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_rust() {
  command -v cargo >/dev/null || die "Rust is required: install rustup (https://rustup.rs) or Debian's rustup package"
  # rust-toolchain.toml names the toolchain and the wasm target; this installs them once.
  rustup show active-toolchain >/dev/null 2>&1 || rustup toolchain install
  rustup target list --installed | grep -q '^wasm32-unknown-unknown$' || rustup target add wasm32-unknown-unknown
  cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
}

ensure_cargo_tools() {
  if [ "$(cargo-leptos --version 2>/dev/null)" != "cargo-leptos $CARGO_LEPTOS_VERSION" ]; then
    say "building cargo-leptos $CARGO_LEPTOS_VERSION (about 20 minutes, once)"
    cargo install cargo-leptos --locked --version "$CARGO_LEPTOS_VERSION" --features no_downloads
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "building wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 13 minutes, once)"
    # Not --locked: its lockfile names a webpki-roots version the registry lacks.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  # One process per test (see scripts/test); machines of this kind have it.
  if ! cargo nextest --version >/dev/null 2>&1; then
    say "building cargo-nextest (about 6 minutes, once)"
    cargo install cargo-nextest --locked
  fi
}

ensure_node() {
  command -v npm >/dev/null || apt_install nodejs npm
}

# wasm-opt for release builds, from npm, first on PATH.
ensure_binaryen() {
  local dir="$ROOT/target/tools/binaryen"
  if [ ! -x "$dir/node_modules/.bin/wasm-opt" ]; then
    say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
    mkdir -p "$dir"
    npm install --silent --no-audit --no-fund --prefix "$dir" "binaryen@$BINARYEN_VERSION" >/dev/null
  fi
  export PATH="$dir/node_modules/.bin:$PATH"
}

ensure_end2end_deps() {
  if [ ! -d end2end/node_modules/@playwright/test ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    say "installing the end-to-end test packages"
    (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-audit --no-fund >/dev/null)
  fi
}
