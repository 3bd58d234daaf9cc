#!/usr/bin/env bash
# Build Walls for Linux: a folder ready to tar, install into ~/.local, or turn into an AppImage.
#
#     packaging/build_linux.sh [--tar] [DIST]      (DIST defaults to dist/)
#
# DIST/Walls/ then holds the PyInstaller bundle (walls, _internal/), share/{applications,icons,metainfo},
# install.sh and uninstall.sh, and AppRun + desktop file + icon at the top for appimagetool.
# With --tar, also DIST/Walls-VERSION-linux-ARCH.tar.gz. PYTHON picks the interpreter (default .venv/bin/python).
set -euo pipefail
cd "$(dirname "$0")/.."

TAR=0
if [ "${1:-}" = "--tar" ]; then TAR=1; shift; fi
DIST=$(realpath -m "${1:-dist}")
PYTHON=${PYTHON:-.venv/bin/python}
WORK="$DIST/.build"
ID=org.walls.Walls
APP="$DIST/Walls"

"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" packaging/walls.spec
"$PYTHON" packaging/make_icons.py "$WORK/icons"

mkdir -p "$APP/share/applications" "$APP/share/metainfo" "$APP/share/icons"
cp packaging/linux/$ID.desktop "$APP/share/applications/"
cp packaging/linux/$ID.metainfo.xml "$APP/share/metainfo/"
cp -R "$WORK/icons/hicolor" "$APP/share/icons/"
cp packaging/linux/install.sh packaging/linux/uninstall.sh "$APP/"

# What appimagetool looks for at the top of an AppDir.
ln -sf walls "$APP/AppRun"
ln -sf share/applications/$ID.desktop "$APP/$ID.desktop"
ln -sf share/icons/hicolor/256x256/apps/$ID.png "$APP/$ID.png"
ln -sf $ID.png "$APP/.DirIcon"
rm -rf "$WORK"

if [ "$TAR" = 1 ]; then
  VERSION=$("$PYTHON" -c "import walls_desktop; print(walls_desktop.__version__)")
  tar -C "$DIST" -czf "$DIST/Walls-$VERSION-linux-$(uname -m).tar.gz" Walls
fi
echo "Built $APP ($(du -sh "$APP" | cut -f1))"
