# Shared helpers for the project's scripts: read each pinned version from
# the one file that owns it, so no version is written twice.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Rust channel from rust-toolchain.toml.
pinned_rust() {
  sed -n 's/^channel *= *"\([^"]*\)".*/\1/p' "$ROOT/rust-toolchain.toml"
}

# Trunk version from Trunk.toml (trunk-version = "=X.Y.Z").
pinned_trunk() {
  sed -n 's/^trunk-version *= *"=\{0,1\}\([0-9.]*\)".*/\1/p' \
    "$ROOT/Trunk.toml"
}

# A key from Trunk.toml's [tools] table.
trunk_tool() {
  sed -n "s/^$1 *= *\"\\([^\"]*\\)\".*/\\1/p" "$ROOT/Trunk.toml"
}

# The wasm-bindgen version Cargo.lock resolved.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' \
    "$ROOT/Cargo.lock"
}

# The binaryen version e2e/package-lock.json resolved.
locked_binaryen() {
  node -e '
    const lock = require(process.argv[1]);
    const p = lock.packages["node_modules/binaryen"];
    process.stdout.write(p ? p.version.split(".")[0] : "");
  ' "$ROOT/e2e/package-lock.json"
}

# What an installed tool says its version is (empty when absent).
installed_version() {
  command -v "$1" >/dev/null 2>&1 || return 0
  case "$1" in
    trunk) trunk --version 2>/dev/null | awk '{print $2}' ;;
    wasm-bindgen) wasm-bindgen --version 2>/dev/null | awk '{print $2}' ;;
    wasm-opt) wasm-opt --version 2>/dev/null |
      sed -n 's/.*version \([0-9]*\).*/\1/p' ;;
  esac
}

say() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
