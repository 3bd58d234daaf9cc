#!/bin/sh
# Remove Walls from ~/.local (or PREFIX). Your entries in ~/.local/share/Walls stay where they are.
set -eu

PREFIX=${PREFIX:-"$HOME/.local"}
APP_DIR="$PREFIX/opt/walls"
SHARE="$PREFIX/share"
ID=org.walls.Walls

# Only remove the link if it is ours.
if [ -L "$PREFIX/bin/walls" ] && [ "$(readlink "$PREFIX/bin/walls")" = "$APP_DIR/walls" ]; then
  rm -f "$PREFIX/bin/walls"
fi
rm -f "$SHARE/applications/$ID.desktop" "$SHARE/metainfo/$ID.metainfo.xml"
find "$SHARE/icons/hicolor" -name "$ID.png" -o -name "$ID.svg" 2>/dev/null | while read -r icon; do rm -f "$icon"; done
rm -rf "$APP_DIR"

command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true

DATA=${XDG_DATA_HOME:-"$HOME/.local/share"}/Walls
echo "Walls is removed. Your entries are still in $DATA; delete that folder yourself if you want them gone."
