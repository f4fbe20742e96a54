#!/usr/bin/env bash
# Installs every tool the project needs, each at its pinned version, and
# skips whatever is already there at that version. Safe to run again and
# again: `make serve` and `make test` run it first.
#
# Nothing comes from GitHub: Rust from rustup, tools from crates.io,
# wasm-opt and the test packages from npm, the browsers from Debian.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$ROOT/e2e/node_modules/.bin:$cargo_bin:$PATH"

rust="$(pinned_rust)"
[ -n "$rust" ] || die "rust-toolchain.toml has no channel."

# 1. Rust with the wasm target. rustup will not install on first use here
#    (RUSTUP_AUTO_INSTALL=0), so install explicitly, once.
have_rust() {
  rustup run "$rust" rustc --version >/dev/null 2>&1 &&
    rustup target list --installed --toolchain "$rust" 2>/dev/null |
      grep -qx wasm32-unknown-unknown &&
    rustup run "$rust" cargo clippy --version >/dev/null 2>&1 &&
    rustup run "$rust" rustfmt --version >/dev/null 2>&1
}
if have_rust; then
  say "Rust $rust with wasm32 already installed"
else
  say "Installing Rust $rust with wasm32, clippy and rustfmt"
  rustup toolchain install "$rust" --profile minimal \
    -c clippy,rustfmt -t wasm32-unknown-unknown
fi

# 2. Debian packages: Chromium and its driver for the browser tests,
#    brotli for the size report, and for the WebKit and Firefox smoke
#    tests (scripts/smoke.sh) Firefox ESR, WebKit's WebDriver (which
#    brings MiniBrowser) and Xvfb, the display MiniBrowser needs; nginx
#    for the host layer (e2e/nginx.mjs runs its own, never the system's).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v brotli >/dev/null 2>&1 || missing+=(brotli)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
{ [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1; } || missing+=(nginx)
if [ ${#missing[@]} -eq 0 ]; then
  say "Chromium, Firefox, WebKit, their drivers, Xvfb, nginx and brotli already installed"
else
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 ||
      die "Need root (or sudo) to apt-get install ${missing[*]}."
    sudo="sudo"
  fi
  say "Installing ${missing[*]} from Debian"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

# 3. npm packages: Playwright, axe and wasm-opt (binaryen). Reinstalled
#    only when package-lock.json changes.
lock_sum="$(sha256sum e2e/package-lock.json | cut -d' ' -f1)"
stamp="e2e/node_modules/.installed-from-lock"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
  say "npm packages already installed"
else
  say "Installing npm packages (npm ci)"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" >"$stamp"
fi

# 4. Trunk, from crates.io (about 16 minutes cold on 2 cores).
trunk_pin="$(pinned_trunk)"
[ -n "$trunk_pin" ] || die "Trunk.toml has no trunk-version pin."
if [ "$(installed_version trunk)" = "$trunk_pin" ]; then
  say "trunk $trunk_pin already installed"
else
  say "Installing trunk $trunk_pin (cargo install, ~16 min cold)"
  cargo "+$rust" install trunk --version "$trunk_pin" --locked --force
fi

# 5. wasm-bindgen CLI at exactly the version Cargo.lock resolved. Not
#    --locked: its own lockfile names a crate version crates.io lacks.
wb="$(locked_wasm_bindgen)"
[ -n "$wb" ] || die "Cargo.lock names no wasm-bindgen version."
if [ "$(installed_version wasm-bindgen)" = "$wb" ] &&
  command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  say "wasm-bindgen-cli $wb already installed"
else
  say "Installing wasm-bindgen-cli $wb (cargo install, ~4 min cold)"
  cargo "+$rust" install wasm-bindgen-cli --version "$wb" --force
fi

# 6. geckodriver, Firefox's WebDriver server, for the smoke tests. Its
#    version is pinned here and nowhere else.
geckodriver_pin="0.37.1"
geckodriver_has="$(geckodriver --version 2>/dev/null | awk 'NR == 1 { print $2 }' || true)"
if [ "$geckodriver_has" = "$geckodriver_pin" ]; then
  say "geckodriver $geckodriver_pin already installed"
else
  say "Installing geckodriver $geckodriver_pin (cargo install, ~3 min cold)"
  cargo "+$rust" install geckodriver --version "$geckodriver_pin" --locked --force
fi

# 7. The crate sources, so Trunk's offline build never needs the network.
say "Fetching crates (cargo fetch)"
cargo fetch --locked --quiet

bash scripts/check-tools.sh
say "Set-up complete"
