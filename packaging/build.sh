#!/usr/bin/env bash
# Build the one-folder Linux app (dist/engagement-desktop/) with PyInstaller in a throwaway venv
# (build/packaging-venv), then smoke-test the built binary (packaging/smoke-test.sh).
# Exits non-zero if the build or any smoke check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"
VENV="$REPO/build/packaging-venv"
SRC="$REPO/build/packaging-src"
APP="$REPO/dist/engagement-desktop"

# The same Python 3.12+ the README's commands use (PATH, `py`, or a pyenv version not selected).
PYTHON="$(sh "$REPO/scripts/find-python")"
"$PYTHON" --version

start=$SECONDS
rm -rf "$VENV" "$SRC" "$REPO/build/pyinstaller" "$APP"
"$PYTHON" -m venv "$VENV"
# Installed from a copy, not editable: the bundle takes the installed package and its
# dist-info (entry points), and setuptools leaves no build/lib or egg-info in the repo.
mkdir -p "$SRC"
cp -r "$REPO/pyproject.toml" "$REPO/README.md" "$REPO/engagement_desktop" "$REPO/plugins" "$SRC/"
find "$SRC" -name __pycache__ -prune -exec rm -rf {} +
# (This machine's pip config names local indexes that may be absent: drop that noise.)
"$VENV/bin/pip" install -q "$SRC" pyinstaller 2> >(grep -v 'is ignored: it is neither' >&2)
"$VENV/bin/pip" list 2>/dev/null | grep -iE '^(pyinstaller|pyside6[-_]essentials|pyqtgraph) '
setup=$((SECONDS - start))

# From build/, so the repo's own engagement_desktop.egg-info is not on sys.path.
(cd "$REPO/build" && "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$REPO/dist" --workpath "$REPO/build/pyinstaller" \
  "$REPO/packaging/engagement-desktop.spec")
echo "build: venv+install ${setup} s, pyinstaller $((SECONDS - start - setup)) s," \
     "total $((SECONDS - start)) s; dist size $(du -sm "$APP" | cut -f1) MB"

exec "$REPO/packaging/smoke-test.sh"
