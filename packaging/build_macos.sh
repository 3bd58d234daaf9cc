#!/usr/bin/env bash
# Build Walls for macOS: dist/Walls.app (PyInstaller's BUNDLE, see walls.spec for Info.plist) and a disk image
# dist/Walls-VERSION-macos.dmg with the app and a link to /Applications to drag it onto.
#
#     packaging/build_macos.sh            (PYTHON picks the interpreter, default .venv/bin/python)
#
# The app is ad-hoc signed by PyInstaller; signing with a Developer ID and notarising are left to the release
# machine (codesign / xcrun notarytool), which holds the certificates.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/walls.spec

# The self-check runs the program inside the bundle, as Finder would, without a window.
QT_QPA_PLATFORM=offscreen dist/Walls.app/Contents/MacOS/walls --self-check

VERSION=$("$PYTHON" -c "import walls_desktop; print(walls_desktop.__version__)")
STAGE=build/dmg
rm -rf "$STAGE"
mkdir -p "$STAGE"
cp -R dist/Walls.app "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "dist/Walls-$VERSION-macos.dmg"
hdiutil create -volname "Walls $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "dist/Walls-$VERSION-macos.dmg"
echo "Built dist/Walls.app and dist/Walls-$VERSION-macos.dmg"
