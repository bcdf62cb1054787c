#!/usr/bin/env bash
# Smoke-test the built app in dist/engagement-desktop/ (packaging/build.sh builds it, then runs
# this). Each check runs the built binary with a throwaway HOME and offscreen Qt and prints
# PASS/FAIL with the start of the output. Exits non-zero when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"
APP="$REPO/dist/engagement-desktop"
BIN="$APP/engagement-desktop"
ENDPOINTS="totals 28hr historical v2-28hr v2-historical v2-analytics"
EXPORTS="csv xlsx json png svg"
EXAMPLE_TO_RUN=resources/examples/totals-launch-week.json  # one request: a quick whole run
# The app's files go below the throwaway HOME, whatever the caller's XDG settings say.
CLEAN_ENV=(env -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_STATE_HOME -u XDG_CACHE_HOME
           QT_QPA_PLATFORM=offscreen)
FAILED=0
WINDOW_PID=

check() {  # check NAME COMMAND...: run a check, report it, remember a failure
  local name=$1; shift
  if "$@"; then echo "PASS $name"; else echo "FAIL $name"; FAILED=1; fi
}

show() {  # the start of a command's output, indented
  head -n 12 "$1" | cut -c 1-160 | sed 's/^/    | /'
  if [ "$(wc -l <"$1")" -gt 12 ]; then echo "    | ... ($(wc -l <"$1") lines)"; fi
}

run_app() {  # run_app OUT ARGS...: the built binary in the throwaway HOME, output to OUT
  local out=$1; shift
  local rc=0
  "${CLEAN_ENV[@]}" HOME="$SMOKE_HOME" timeout 60 "$BIN" "$@" >"$out" 2>&1 || rc=$?
  show "$out"
  return $rc
}

plan_prints_requests() {  # exit 0 and at least one request line ("#1  POST /insights/...")
  local out="$SMOKE_HOME/plan.out"
  echo "  \$ engagement-desktop plan ${1#"$REPO/"}"
  run_app "$out" plan "$1" || { echo "  exit code $?"; return 1; }
  grep -qE '^#[0-9]+ +(GET|POST) +/' "$out" || { echo "  no request printed"; return 1; }
}

plugins_lists_builtins() {  # exit 0, every built-in endpoint loaded, no plugin failed
  local out="$SMOKE_HOME/plugins.out" name
  echo "  \$ engagement-desktop plugins"
  run_app "$out" plugins || { echo "  exit code $?"; return 1; }
  for name in $ENDPOINTS; do
    grep -qE "^ok +endpoint +$name " "$out" || { echo "  endpoint plugin '$name' not loaded"; return 1; }
  done
  grep -qE '^[0-9]+ loaded, 0 failed' "$out" || { echo "  a plugin failed to load"; return 1; }
}

run_exports_every_format() {  # a whole run against the in-process sandbox, every exporter
  local out="$SMOKE_HOME/run.out" dir="$SMOKE_HOME/exports" ext args=()
  mkdir -p "$dir"
  for ext in $EXPORTS; do args+=(--export "$dir/result.$ext"); done
  echo "  \$ engagement-desktop run $EXAMPLE_TO_RUN --export result.{${EXPORTS// /,}}"
  run_app "$out" run "$REPO/$EXAMPLE_TO_RUN" "${args[@]}" || { echo "  exit code $?"; return 1; }
  for ext in $EXPORTS; do
    [ -s "$dir/result.$ext" ] || { echo "  result.$ext not written"; return 1; }
  done
  # The formats Qt and XlsxWriter write, checked by their first bytes.
  head -c 4 "$dir/result.png" | grep -q PNG || { echo "  result.png is not a PNG"; return 1; }
  head -c 2 "$dir/result.xlsx" | grep -q PK || { echo "  result.xlsx is not a zip"; return 1; }
  grep -q '<svg' "$dir/result.svg" || { echo "  result.svg is not an SVG"; return 1; }
}

keyring_keeps_secrets() {  # a Secret Service backend is bundled: secrets outlive the process
  # A real account's (the demo accounts' public secrets are never stored).
  local out="$SMOKE_HOME/keyring.out" home="$SMOKE_HOME/keyring"
  mkdir -p "$home"
  echo "  \$ engagement-desktop accounts add smoke --kind bearer; engagement-desktop accounts list   (private gnome-keyring)"
  "${CLEAN_ENV[@]}" HOME="$home" timeout 90 dbus-run-session -- sh -c 'echo pw |
    gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
    ED_BEARER_TOKEN=smoke-token "$1" accounts add smoke --kind bearer && "$1" accounts list' \
    sh "$BIN" >"$out" 2>&1 || { show "$out"; return 1; }
  show "$out"
  grep -q '^Secrets are kept in: SecretService' "$out" || { echo "  not the Secret Service"; return 1; }
  grep -qE '^smoke +bearer .* ready ' "$out" || { echo "  secrets not found again"; return 1; }
}

resources_found() {  # inside the built app, resources.py finds the bundled resources/
  # A drop-in plugin file is the one way to run our own code inside the built binary.
  local home="$SMOKE_HOME/probe" out="$SMOKE_HOME/probe.out"
  mkdir -p "$home/.config/engagement-desktop/plugins"
  cat >"$home/.config/engagement-desktop/plugins/probe.py" <<'PY'
import sys
from engagement_desktop.resources import EXAMPLES, RESOURCES
print(f"probe: frozen={getattr(sys, 'frozen', False)} resources={RESOURCES}"
      f" icon={(RESOURCES / 'icons' / 'engagement-desktop.svg').is_file()}"
      f" examples={len(list(EXAMPLES.glob('*.json')))}")
ENDPOINTS = []
PY
  echo "  \$ engagement-desktop plugins   (with a drop-in probe printing resources.py's paths)"
  SMOKE_HOME="$home" run_app "$out" plugins || { echo "  exit code $?"; return 1; }
  grep -qE "^probe: frozen=True resources=$APP/[^ ]+ icon=True examples=[1-9]" "$out" \
    || { echo "  resources/ not found inside the built app"; return 1; }
}

window_starts() {  # the window (no command) comes up offscreen and stays up until closed
  local out="$SMOKE_HOME/window.out" alive=1
  echo "  \$ engagement-desktop   (the window, offscreen, 8 s)"
  "${CLEAN_ENV[@]}" HOME="$SMOKE_HOME" "$BIN" >"$out" 2>&1 &
  WINDOW_PID=$!
  for _ in $(seq 16); do
    sleep 0.5
    kill -0 "$WINDOW_PID" 2>/dev/null || { alive=0; break; }
  done
  if [ $alive = 1 ]; then kill "$WINDOW_PID"; fi
  wait "$WINDOW_PID" 2>/dev/null || true
  WINDOW_PID=
  show "$out"
  if [ $alive = 0 ]; then echo "  the window exited by itself"; return 1; fi
  if grep -qi 'traceback' "$out"; then echo "  a traceback was printed"; return 1; fi
}

installs() {  # install-linux.sh puts a working command, menu entry and icon under a prefix
  local prefix="$SMOKE_HOME/prefix" out="$SMOKE_HOME/install.out" exec_path
  echo "  \$ dist/engagement-desktop/install-linux.sh <throwaway prefix>"
  HOME="$SMOKE_HOME" "$APP/install-linux.sh" "$prefix" >"$out" 2>&1 || { show "$out"; return 1; }
  show "$out"
  exec_path="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$prefix/share/applications/engagement-desktop.desktop")"
  echo "    | Exec=$exec_path"
  [ -x "$exec_path" ] || { echo "  the menu entry's Exec is not the installed binary"; return 1; }
  [ -s "$prefix/share/icons/hicolor/scalable/apps/engagement-desktop.svg" ] \
    || { echo "  no icon installed"; return 1; }
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$prefix/share/applications/engagement-desktop.desktop" || return 1
  fi
  echo "  \$ <throwaway prefix>/bin/engagement-desktop --version"
  BIN="$prefix/bin/engagement-desktop" run_app "$out" --version
}

[ -x "$BIN" ] || { echo "no built app at $BIN: run packaging/build.sh"; exit 1; }
SMOKE_HOME="$(mktemp -d)"
trap 'if [ -n "$WINDOW_PID" ]; then kill "$WINDOW_PID" 2>/dev/null || true; fi; rm -rf "$SMOKE_HOME"' EXIT

check "--version" run_app "$SMOKE_HOME/version.out" --version
check "plugins" plugins_lists_builtins
examples=("$REPO"/resources/examples/*.json)
if [ -e "${examples[0]}" ]; then
  for example in "${examples[@]}"; do
    check "plan ${example#"$REPO/"}" plan_prints_requests "$example"
  done
else
  echo "FAIL plan: no example workspace in resources/examples/"; FAILED=1
fi
check "run + export" run_exports_every_format
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  check "keyring" keyring_keeps_secrets
else
  echo "SKIP keyring (needs dbus-run-session and gnome-keyring-daemon)"
fi
check "resources" resources_found
check "window" window_starts
check "install" installs
if [ $FAILED = 0 ]; then echo "smoke test: all checks passed"; else echo "smoke test: FAILED"; fi
exit $FAILED
