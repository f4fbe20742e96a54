#!/usr/bin/env bash
# Prints what a first visit downloads from dist/: each file raw, gzip and
# brotli, and the totals. A report, not a test; budgets live in `make bench`.
set -euo pipefail
dist="${1:-dist}"
[ -d "$dist" ] || { echo "no $dist/: build first" >&2; exit 1; }
printf '%-44s %9s %9s %9s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  total_br=$((total_br + br))
  printf '%-44s %9d %9d %9d\n' "${f#"$dist"/}" "$raw" "$gz" "$br"
done < <(find "$dist" -type f | sort)
printf '%-44s %9d %9d %9d\n' TOTAL "$total_raw" "$total_gz" "$total_br"

# A first visit to the home page: the page and every file it names (the
# stylesheet, icons, manifest, the loader's JS and its WebAssembly). The
# service worker then keeps the rest for offline use, in the background.
page="$dist/index.html"
mapfile -t first < <(
  {
    echo index.html
    grep -oE '/[A-Za-z0-9._/-]+\.(css|js|wasm|svg|webmanifest)' "$page" |
      sed 's|^/||'
  } | sort -u
)
fv_gz=0 fv_br=0
for f in "${first[@]}"; do
  [ -f "$dist/$f" ] || continue
  fv_gz=$((fv_gz + $(gzip -9 -c "$dist/$f" | wc -c)))
  fv_br=$((fv_br + $(brotli -q 11 -c "$dist/$f" | wc -c)))
done
printf '%-44s %9s %9d %9d\n' "FIRST VISIT to / (${#first[@]} files)" "" \
  "$fv_gz" "$fv_br"
