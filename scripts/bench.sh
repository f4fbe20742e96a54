#!/usr/bin/env bash
# `make bench`, after the release build: bytes on the wire, then
# Lighthouse's mobile audit 3 times on the app and 3 times on a plain HTML
# page with the same text and styles (the home page with its scripts
# taken out), medians and their ratio. Exits non-zero if a budget is
# missed (the budgets are in e2e/bench-lighthouse.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
dist=dist
plain=target/bench-plain
app_port=${BENCH_APP_PORT:-8211}
plain_port=${BENCH_PLAIN_PORT:-8212}

bash scripts/size.sh "$dist"
echo

rm -rf "$plain"
cp -r "$dist" "$plain"
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const html = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, ""));
' "$plain/index.html"
if grep -q '<script' "$plain/index.html"; then
  echo "bench: the plain page still has a script" >&2
  exit 1
fi

PORT=$app_port node scripts/serve.mjs "$dist" >/dev/null &
app=$!
PORT=$plain_port node scripts/serve.mjs "$plain" >/dev/null &
plain_server=$!
trap 'kill $app $plain_server 2>/dev/null || true' EXIT
sleep 2
(cd e2e && node bench-lighthouse.mjs "http://127.0.0.1:$app_port/" \
  "http://127.0.0.1:$plain_port/" "${BENCH_RUNS:-3}")
