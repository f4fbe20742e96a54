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
