#!/bin/sh
# Install Walls for you alone, into ~/.local: no administrator rights needed. Run it from the unpacked folder:
#     ./install.sh            (or PREFIX=/some/where ./install.sh)
# Your entries live elsewhere (~/.local/share/Walls) and are never touched by installing or uninstalling.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-"$HOME/.local"}
APP_DIR="$PREFIX/opt/walls"
SHARE="$PREFIX/share"
ID=org.walls.Walls

if [ ! -x "$HERE/walls" ] || [ ! -d "$HERE/_internal" ]; then
  echo "install.sh: run me from the unpacked Walls folder (the one with 'walls' in it)" >&2
  exit 1
fi

rm -rf "$APP_DIR"
mkdir -p "$APP_DIR" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons"
cp -R "$HERE/walls" "$HERE/_internal" "$APP_DIR/"
cp "$HERE/uninstall.sh" "$APP_DIR/"
ln -sf "$APP_DIR/walls" "$PREFIX/bin/walls"

# The menu entry points at the installed program, so it works even if ~/.local/bin is not on PATH.
sed "s|^Exec=walls|Exec=\"$APP_DIR/walls\"|" "$HERE/share/applications/$ID.desktop" > "$SHARE/applications/$ID.desktop"
cp "$HERE/share/metainfo/$ID.metainfo.xml" "$SHARE/metainfo/"
cp -R "$HERE/share/icons/hicolor" "$SHARE/icons/"

# Let menus notice the new entry now rather than after the next login (both tools are optional).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true

echo "Walls is installed in $APP_DIR."
echo "Start it from your applications menu, or run: $PREFIX/bin/walls"
echo "To remove it later: $APP_DIR/uninstall.sh"
