"""What the bundle leaves out, and the pruning of PyInstaller's collected files (used by walls.spec).

PyInstaller's PySide6 hooks collect every plugin and translation of each Qt module they meet, plus every library
those plugins link. Walls draws widgets, reads one SVG icon and plays short sounds; everything else goes, above
all anything that speaks to a network. Pruning is two steps:

1. drop the files named by the rules below (Qt libraries of unused modules, plugins, translations);
2. drop the libraries that only the dropped files needed (e.g. FFmpeg and QtQuick, needed only by the FFmpeg
   media plugin; cairo and pango, needed only by the GTK theme plugin).

On Linux, walls.spec then makes what stays smaller: ICU's data holds only what Qt Core can use (icu_data.py),
and symbol tables are stripped.

QtMultimedia stays for the sound cues, but without its FFmpeg backend: QSoundEffect plays WAV through the
system's audio service without it ("No QtMultimedia backends found. Only QMediaDevices, QAudioDevice,
QSoundEffect, QAudioSink, and QAudioSource are available."). QtMultimedia needs QtNetwork, though: its C++
library links libQt6Network, and its Python binding imports PySide6.QtNetwork ("libshiboken: could not import
module 'PySide6.QtNetwork'"). So QtNetwork stays, without Qt's TLS and network-information plugins and without
Python's ssl: no encrypted connection can be made. Walls' promise not to connect anywhere rests on its code
(tests/conftest.py fails any test that connects), as it would with Python's own socket module in any bundle.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

# Python modules the analysis must not follow. Excluding a PySide6 module also skips its hook, so its plugins,
# translations and libraries are never collected. QtNetwork stays for QtMultimedia (see above). pyqtgraph
# imports QtOpenGLWidgets (kept, small) and QtOpenGL at its own import; see QT_OPENGL_STUB for the latter.
UNUSED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAxContainer",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDBus",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)
EXCLUDED_MODULES = (
    *(f"PySide6.{name}" for name in UNUSED_QT_MODULES),
    # other Qt bindings pyqtgraph would try, and the parts of pyqtgraph Walls never uses
    "PyQt5",
    "PyQt6",
    "PySide2",
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    # replaced by a stub (QT_OPENGL_STUB)
    "PySide6.QtOpenGL",
    # numpy's Fortran wrapper generator, and the C module only numpy's own tests import (numpy's hook names it)
    "numpy.f2py",
    "numpy._core._multiarray_tests",
    # the texts of help(), which nothing in a windowed app calls
    "pydoc_data",
    # no TLS in a program that never connects anywhere (asyncio imports ssl only if it exists), and no OpenSSL:
    # hashlib falls back to Python's own hashes without _hashlib
    "ssl",
    "_ssl",
    "_hashlib",
    "readline",
    "tkinter",
    "IPython",
)

# Qt libraries (Linux .so, Windows .dll, macOS .framework) of modules Walls never loads, matched on one path
# component. Qt6Network and Qt6Concurrent are absent on purpose: libQt6Multimedia links both.
_UNUSED_QT_LIBRARY = re.compile(
    r"^(lib)?(pyside6)?qt6?(3d|bluetooth|charts|datavisualization|designer|eglfs|ffmpegstub|graphs|help|httpserver"
    r"|labs|location|multimediaquick|multimediawidgets|networkauth|nfc|pdf|positioning|qml|quick"
    r"|remoteobjects|scxml|sensors|serialbus|serialport|shadertools|spatialaudio|sql|statemachine|test"
    r"|texttospeech|virtualkeyboard|web)",
    re.IGNORECASE,
)
_UNUSED_FOLDER = re.compile(r"^(qml|qmltooling)$")

# PySide6's binding of QtOpenGL (8.5 MiB) is left out and a stub module takes its name (stubs/QtOpenGL.py).
# pyqtgraph imports it when it is imported itself, but calls it only to draw with OpenGL (useOpenGL), which Walls
# never turns on; the stub raises AttributeError, saying why, on any use. libQt6OpenGL stays (QtOpenGLWidgets).
QT_OPENGL_STUB = ("PySide6.QtOpenGL", "stubs/QtOpenGL.py")

# Linux libraries that every desktop has and that must match the running system (fontconfig reads the system's
# config files, X11 talks to its display server): the system's own are used, as AppImage's excludelist advises.
_SYSTEM_LIBRARY = re.compile(
    r"^lib(X11|X11-xcb|fontconfig|freetype|expat|z|gcc_s|gpg-error|com_err)\.so\.\d+$",
)

# OpenSSL, which PyInstaller's QtNetwork hook collects for Qt's TLS plugin; that plugin and Python's ssl are
# left out, so nothing would load it.
_OPENSSL = re.compile(r"^lib(ssl|crypto)([-.]\d|\.so|\.dylib|\.dll)", re.IGNORECASE)

# Plugins: only these kinds are kept at all...
KEPT_PLUGIN_KINDS = {
    "iconengines",
    "imageformats",
    "platforminputcontexts",
    "platforms",
    "platformthemes",
    "styles",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-shell-integration",
    "xcbglintegrations",
}
# ...and of those, these are dropped (matched on the file name without "lib" and the suffix).
_UNUSED_PLUGIN = re.compile(
    r"^(q?(eglfs|linuxfb|minimal|minimalegl|vkkhrdisplay|vnc|direct2d|gtk3|tuiotouch)"  # platforms and themes
    r"|qtvirtualkeyboardplugin"  # a QML keyboard
    r"|q(gif|icns|jpeg|pdf|tga|tiff|wbmp|webp))$",  # image formats; SVG, ICO and the built-in PNG stay
    re.IGNORECASE,
)


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def _plugin_stem(file_name: str) -> str:
    stem = file_name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def _language(code: str) -> str:
    return code.split("_")[0]


def walls_languages(translations: Path) -> frozenset[str]:
    """The languages of Walls' own translations (walls_de.qm -> "de") in a folder."""
    return frozenset(path.stem.removeprefix("walls_") for path in translations.glob("walls_*.qm"))


def is_unused(dest: str, languages: Collection[str] = ()) -> bool:
    """True for a bundled file (its path inside the bundle) that Walls does not need. `languages` are the ones
    Walls itself is translated into (walls_languages): Qt's own translations for these stay."""
    parts = _parts(dest)
    if (len(parts) == 1 and _SYSTEM_LIBRARY.match(dest)) or _OPENSSL.match(parts[-1]):
        return True
    if any(_UNUSED_QT_LIBRARY.match(part) or _UNUSED_FOLDER.match(part) for part in parts):
        return True
    if "plugins" in parts[:-2]:
        kind = parts[parts.index("plugins") + 1]
        return kind not in KEPT_PLUGIN_KINDS or bool(_UNUSED_PLUGIN.match(_plugin_stem(parts[-1])))
    if parts[:3] == ["pyqtgraph", "icons", "peegee"]:
        return True  # pyqtgraph's logo, the window icon of a QApplication that pyqtgraph creates (Walls makes its own)
    # Of Qt's own translations Walls loads qtbase_*.qm (gui/common/translation.py), and only those of the languages
    # Walls speaks itself are kept: a window in one language, not English with translated standard buttons.
    # Walls' own translations are in walls_desktop/.
    if "translations" not in parts[:-1] or "walls_desktop" in parts or not parts[-1].endswith(".qm"):
        return False
    kept = {_language(code) for code in languages}
    return not (parts[-1].startswith("qtbase_") and _language(parts[-1][len("qtbase_") : -len(".qm")]) in kept)


def _is_root(dest: str, typecode: str) -> bool:
    """Files loaded on purpose (Python extensions, plugins, the interpreter), as opposed to libraries that are
    in the bundle only because one of those links them."""
    parts = _parts(dest)
    return typecode == "EXTENSION" or "plugins" in parts or parts[-1].lower().startswith(("libpython", "python3"))


def _closure(sources: Iterable[str], needs: Callable[[str], Iterable[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(sources)
    while todo:
        source = todo.pop()
        if source not in seen:
            seen.add(source)
            todo.extend(needs(source))
    return seen


def prune(
    binaries: list[tuple],
    datas: list[tuple],
    needs: Callable[[str], Iterable[str]],
    languages: Collection[str] = (),
):
    """Return (binaries, datas, dropped) without unused files and the libraries only they linked.

    Entries are PyInstaller's (dest, source, typecode) tuples. needs(source) gives the real paths of the libraries
    a binary links. A library reachable both from a dropped file and from a kept root stays; one reachable from
    neither (collected for another reason, e.g. ctypes) stays too.
    """

    def is_unused_here(dest: str) -> bool:
        return is_unused(dest, languages)

    real = {entry: os.path.realpath(entry[1]) for entry in binaries}
    dropped = [entry for entry in binaries if is_unused_here(entry[0])]
    kept = [entry for entry in binaries if not is_unused_here(entry[0])]
    from_kept = _closure((real[e] for e in kept if _is_root(e[0], e[2])), needs)
    from_dropped = _closure((real[e] for e in dropped), needs)
    orphans = {e for e in kept if not _is_root(e[0], e[2]) and real[e] in from_dropped - from_kept}
    dropped += sorted(orphans)
    kept = [entry for entry in kept if entry not in orphans]

    gone = {entry[0] for entry in dropped}
    kept_datas = []
    for entry in datas:
        dest, source, typecode = entry
        if typecode == "SYMLINK":  # source is the link's target, relative to its folder
            target = os.path.normpath(os.path.join(os.path.dirname(dest), source))
            if target in gone or is_unused_here(dest):
                dropped.append(entry)
                continue
        elif is_unused_here(dest):
            dropped.append(entry)
            continue
        kept_datas.append(entry)
    return kept, kept_datas, dropped
