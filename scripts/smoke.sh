#!/usr/bin/env bash
# Smoke tests in WebKit (Safari's engine) and Firefox, through W3C
# WebDriver: Playwright here drives only Chromium, so this layer checks
# the essentials in the other two engines (e2e/smoke/checks.mjs).
#
#   bash scripts/smoke.sh [dir]     dir defaults to dist/
#
# It starts, each on a free port: Xvfb (MiniBrowser needs a display),
# WebKitWebDriver, geckodriver, scripts/serve.mjs on the build, and the
# smoke proxy in front of it (e2e/smoke/server.mjs adds the error
# catcher to every page). Every process it started is stopped on exit,
# whether the checks pass, fail or are interrupted.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

dir="${1:-dist}"
[ -f "$dir/index.html" ] || die "No build in $dir/ (make build writes dist/)."

cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$ROOT/e2e/node_modules/.bin:$cargo_bin:$PATH"

# The tools scripts/setup.sh installs; say which is missing, plainly.
for tool in Xvfb WebKitWebDriver geckodriver node; do
  command -v "$tool" >/dev/null 2>&1 ||
    die "$tool is not installed (scripts/setup.sh installs it)."
done
# Debian puts MiniBrowser under the machine's multiarch folder.
minibrowser="$(compgen -G '/usr/lib/*/webkit2gtk-4.1/MiniBrowser' | head -n1 || true)"
[ -x "$minibrowser" ] ||
  die "WebKit's MiniBrowser is not installed (Debian package webkit2gtk-driver)."
firefox="$(command -v firefox-esr || command -v firefox || true)"
[ -n "$firefox" ] || die "Firefox is not installed (Debian package firefox-esr)."
[ -d e2e/node_modules/selenium-webdriver ] ||
  die "The WebDriver client is not installed (scripts/setup.sh runs npm ci)."

work="$(mktemp -d "${TMPDIR:-/tmp}/smoke.XXXXXX")"
leaders=() # each leads the process group of a server, a driver or Xvfb
runner=""  # the node process running the checks

# Each server and driver runs in its own process group (setsid), so
# stopping the group also stops what it started: MiniBrowser under
# WebKitWebDriver, Firefox under geckodriver.
cleanup() {
  local id
  [ -z "$runner" ] || kill -TERM "$runner" 2>/dev/null || true
  for id in "${leaders[@]}"; do
    kill -TERM -- "-$id" 2>/dev/null || true
  done
  for id in $runner "${leaders[@]}"; do
    wait "$id" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM # exit runs the EXIT trap above

# start NAME COMMAND...: runs it in the background, logging to a file.
start() {
  local name="$1"
  shift
  setsid "$@" >"$work/$name.log" 2>&1 &
  leaders+=("$!") # setsid did not fork: the job leads its new group
  printf -v "${name}_pid" '%s' "$!"
}

# Prints a log's last lines, for a failure report.
show_log() {
  echo "---- last lines of $1.log ----"
  tail -n 20 "$work/$1.log" 2>/dev/null || true
}

# free_port VAR: sets VAR to a port from 4460 up that nothing listens on
# (4173, 8080 and 8090 belong to other tools), a new one on each call.
# It sets a variable rather than printing, so the count survives (a
# $(...) would run it in a subshell).
next_port=4460
free_port() {
  while [ "$next_port" -lt 4560 ]; do
    local port="$next_port"
    next_port=$((next_port + 1))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      printf -v "$1" '%s' "$port"
      return
    fi
  done
  die "No free port between 4460 and 4559."
}

# wait_for NAME PORT: polls until NAME listens on PORT (15 s at most);
# stops early, with its log, if NAME has died.
wait_for() {
  local name="$1" port="$2" pid_var="${1}_pid" tries=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ! kill -0 "${!pid_var}" 2>/dev/null; then
      show_log "$name"
      die "$name stopped before it listened on port $port."
    fi
    tries=$((tries + 1))
    if [ "$tries" -gt 150 ]; then
      show_log "$name"
      die "$name did not listen on port $port within 15 s."
    fi
    sleep 0.1
  done
  # Something else may have taken the port just before NAME could.
  kill -0 "${!pid_var}" 2>/dev/null || {
    show_log "$name"
    die "$name stopped: port $port was taken by another program."
  }
}

# Xvfb picks a free display itself and writes its number when ready.
start xvfb Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display"
for _ in $(seq 150); do
  [ -s "$work/display" ] && break
  kill -0 "$xvfb_pid" 2>/dev/null || { show_log xvfb; die "Xvfb did not start."; }
  sleep 0.1
done
[ -s "$work/display" ] || { show_log xvfb; die "Xvfb gave no display within 15 s."; }
display=":$(tr -dc 0-9 <"$work/display")"

free_port serve_port
free_port site_port
free_port webkit_port
free_port gecko_port

say "Smoke: serving $dir/ (serve.mjs :$serve_port, proxy :$site_port), WebKit on $display"
PORT="$serve_port" ADDRESS=127.0.0.1 start serve node scripts/serve.mjs "$dir"
UPSTREAM="http://127.0.0.1:$serve_port" PORT="$site_port" ADDRESS=127.0.0.1 \
  start proxy node e2e/smoke/server.mjs
DISPLAY="$display" start webkitdriver WebKitWebDriver --port="$webkit_port"
mkdir -p "$work/profiles"
start geckodriver geckodriver --port "$gecko_port" --log error \
  --profile-root "$work/profiles"

wait_for serve "$serve_port"
wait_for proxy "$site_port"
wait_for webkitdriver "$webkit_port"
wait_for geckodriver "$gecko_port"

# In the background and waited for, so an interrupt runs the clean-up at
# once (bash runs a trap only between commands, and `wait` is one).
node e2e/smoke/run.mjs --site "http://127.0.0.1:$site_port/" \
  --webkit "http://127.0.0.1:$webkit_port" --webkit-binary "$minibrowser" \
  --firefox "http://127.0.0.1:$gecko_port" --firefox-binary "$firefox" &
runner=$!
status=0
wait "$runner" || status=$?
runner=""
# The drivers' logs are mostly the browsers' own chatter, so they are
# kept for a failure rather than printed.
if [ "$status" -ne 0 ]; then
  rm -rf target/smoke-logs
  mkdir -p target/smoke-logs
  cp "$work"/*.log target/smoke-logs/
  echo "Logs of the drivers and servers: target/smoke-logs/"
fi
exit "$status"
