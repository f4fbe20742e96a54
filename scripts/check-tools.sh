#!/usr/bin/env bash
# Stops the build when the pinned tool versions disagree with each other or
# with what is installed. Trunk runs this before every build (Trunk.toml).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

lock_wb="$(locked_wasm_bindgen)"
trunk_wb="$(trunk_tool wasm_bindgen)"
cli_wb="$(installed_version wasm-bindgen)"
[ -n "$lock_wb" ] || die "Cargo.lock has no wasm-bindgen entry."
[ "$lock_wb" = "$trunk_wb" ] || die "Cargo.lock has wasm-bindgen \
$lock_wb but Trunk.toml [tools] pins $trunk_wb. Make them equal (and pin \
wasm-bindgen = \"=$trunk_wb\" in Cargo.toml)."
[ "$cli_wb" = "$lock_wb" ] || die "Cargo.lock has wasm-bindgen $lock_wb \
but the installed wasm-bindgen CLI is '${cli_wb:-absent}'. Run \
scripts/setup.sh (or: cargo install wasm-bindgen-cli --version $lock_wb)."

opt_pin="$(trunk_tool wasm_opt)"
opt_pin="${opt_pin#version_}"
opt_lock="$(locked_binaryen)"
opt_cli="$(installed_version wasm-opt)"
[ "$opt_pin" = "$opt_lock" ] || die "Trunk.toml pins wasm_opt \
version_$opt_pin but e2e/package-lock.json has binaryen ${opt_lock:-none}."
[ "$opt_cli" = "$opt_pin" ] || die "wasm-opt on PATH is version \
'${opt_cli:-absent}', not $opt_pin (Debian's old binaryen breaks the app \
at runtime). Run scripts/setup.sh and put e2e/node_modules/.bin first on \
PATH, as the Makefile does."
