#!/usr/bin/env bash
# Install the built one-folder app for one user (or system-wide with PREFIX=/usr/local as root):
# the app folder, a command on PATH, the menu entry and its icon. The build copies this script
# into dist/engagement-desktop/, so a copy of that folder is all a user needs.
# Usage: ./install-linux.sh [PREFIX]   (default ~/.local)
set -euo pipefail
APP_SRC="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
PREFIX="${1:-$HOME/.local}"
NAME=engagement-desktop
[ -x "$APP_SRC/$NAME" ] || { echo "run this from the built app folder (dist/$NAME/)" >&2; exit 2; }

APP="$PREFIX/lib/$NAME"
DESKTOP="$PREFIX/share/applications/$NAME.desktop"
ICON="$PREFIX/share/icons/hicolor/scalable/apps/$NAME.svg"

if [ "$(readlink -f "$APP")" = "$APP_SRC" ]; then echo "already installed at $APP" >&2; exit 2; fi
rm -rf "$APP"
mkdir -p "$APP" "$PREFIX/bin" "$(dirname "$DESKTOP")" "$(dirname "$ICON")"
cp -a "$APP_SRC/." "$APP/"
ln -sfn "$APP/$NAME" "$PREFIX/bin/$NAME"
install -m 644 "$APP_SRC/_internal/resources/icons/$NAME.svg" "$ICON"
# An absolute Exec: menu launchers do not always search ~/.local/bin.
sed "s|^Exec=$NAME|Exec=$APP/$NAME|" "$APP_SRC/$NAME.desktop" >"$DESKTOP"
chmod 644 "$DESKTOP"
# Refresh the menu and icon caches where the desktop provides the tools; harmless without.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$DESKTOP")" || true
command -v gtk-update-icon-cache >/dev/null \
  && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true

echo "installed: $APP"
echo "command:   $PREFIX/bin/$NAME"
echo "menu:      $DESKTOP"
echo "icon:      $ICON"
echo "uninstall: rm -rf '$APP' '$PREFIX/bin/$NAME' '$DESKTOP' '$ICON'"
