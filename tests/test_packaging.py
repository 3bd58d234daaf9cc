"""The installers' pieces: Linux desktop entry and AppStream metainfo, icons, what the bundle leaves out, and
(slow) a real Linux bundle built with PyInstaller that passes its own --self-check and installs into ~/.local."""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from walls_desktop import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
# The goal for the Linux folder (the unpruned bundle is about 267 MiB; walls.spec makes it 142 MiB, see
# packaging/README.md). Pruning that silently stops working shows up here first.
BUNDLE_LIMIT_MIB = 150
# ICU's data library: 31 MiB as PySide6 ships it, about 11 MiB with only what Qt Core can use (icu_data.py).
ICU_DATA_LIMIT_MIB = 15


def load_packaging_module(name: str):
    """packaging/ is a folder of scripts, not a package (the name belongs to PyPI's `packaging`)."""
    spec = importlib.util.spec_from_file_location(f"walls_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_metainfo_passes_appstream_validation() -> None:
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli is None:
        pytest.skip("appstreamcli is missing: install the Debian/Ubuntu package 'appstream' (.ci/run does)")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_this_app_and_this_version() -> None:
    component = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("name") == APP_NAME
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    assert component.find("releases/release").get("version") == __version__  # newest release first
    assert component.find("content_rating").get("type").startswith("oars-")


def test_desktop_entry_starts_walls_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == APP_NAME
    assert section["Exec"] == "walls"  # install.sh points it at the installed program
    assert section["Icon"] == APP_ID
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";")


def test_spec_leaves_out_network_web_and_qml() -> None:
    prune = load_packaging_module("prune")
    network_and_web = ("PySide6.QtNetworkAuth", "PySide6.QtWebSockets", "PySide6.QtWebEngineCore", "ssl", "_ssl")
    for module in (*network_and_web, "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuick3D", "PySide6.QtPdf"):
        assert module in prune.EXCLUDED_MODULES
    assert "excludes=list(EXCLUDED_MODULES)" in (PACKAGING / "walls.spec").read_text("utf-8")
    unused = [
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/networkinformation/qnetworklistmanager.dll",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/lib/libQt6WebSockets.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore",
        "PySide6/Qt/translations/qtmultimedia_de.qm",
        "PySide6/Qt/translations/qt_de.qm",
        "PySide6/Qt/translations/qtbase_de.qm",  # Walls itself speaks no German yet
        "pyqtgraph/icons/peegee/peegee_512px.png",
        "libfontconfig.so.1",
        "libssl.so.3",
        "PySide6/libcrypto-3-x64.dll",
    ]
    kept = [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/QtWidgets.abi3.so",
        "pyqtgraph/icons/auto.png",
        "walls_desktop/translations/walls_de.qm",
    ]
    assert [path for path in unused if not prune.is_unused(path)] == []
    assert [path for path in kept if prune.is_unused(path)] == []


def test_bundle_keeps_qt_translations_only_for_the_languages_walls_speaks(tmp_path: Path) -> None:
    prune = load_packaging_module("prune")
    for name in ("walls_de.qm", "walls_pt_BR.qm", "walls_xx.ts"):
        (tmp_path / name).write_bytes(b"")
    languages = prune.walls_languages(tmp_path)
    assert languages == {"de", "pt_BR"}
    qt = "PySide6/Qt/translations/"
    for name in ("qtbase_de.qm", "qtbase_pt_BR.qm", "qtbase_pt.qm"):  # gui/common/translation.py loads these
        assert not prune.is_unused(qt + name, languages), name
    for name in ("qtbase_fr.qm", "qt_de.qm", "qtmultimedia_de.qm"):
        assert prune.is_unused(qt + name, languages), name


def test_qtopengl_is_left_out_and_a_stub_says_why() -> None:
    prune = load_packaging_module("prune")
    name, stub_file = prune.QT_OPENGL_STUB
    assert name in prune.EXCLUDED_MODULES
    spec = importlib.util.spec_from_file_location("stub_qtopengl", PACKAGING / stub_file)
    stub = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(stub)
    with pytest.raises(AttributeError, match=r"leaves PySide6\.QtOpenGL out"):
        stub.QOpenGLBuffer  # noqa: B018 - what pyqtgraph would do when drawing with OpenGL
    assert not hasattr(stub, "__path__")  # not mistaken for a package


def test_prune_drops_libraries_only_dropped_files_need() -> None:
    prune = load_packaging_module("prune")
    links = {
        "/q/plugins/multimedia/ffmpeg.so": ["/q/libavcodec.so", "/q/libQt6Quick.so"],
        "/q/QtMultimedia.so": ["/q/libQt6Multimedia.so"],
        "/q/libQt6Multimedia.so": ["/q/libQt6Network.so", "/q/libpulse.so"],
        "/q/libavcodec.so": ["/q/libbz2.so"],
        "/q/QtGui.so": ["/q/libbz2.so"],
    }
    binaries = [
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", "/q/plugins/multimedia/ffmpeg.so", "BINARY"),
        ("PySide6/QtMultimedia.abi3.so", "/q/QtMultimedia.so", "EXTENSION"),
        ("PySide6/QtGui.abi3.so", "/q/QtGui.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Multimedia.so.6", "/q/libQt6Multimedia.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/q/libQt6Network.so", "BINARY"),
        ("PySide6/Qt/lib/libavcodec.so.61", "/q/libavcodec.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/q/libQt6Quick.so", "BINARY"),
        ("libpulse.so.0", "/q/libpulse.so", "BINARY"),
        ("libbz2.so.1", "/q/libbz2.so", "BINARY"),
        ("libcollected_for_ctypes.so", "/q/libctypes.so", "BINARY"),
    ]
    datas = [
        ("libavcodec.so", "PySide6/Qt/lib/libavcodec.so.61", "SYMLINK"),
        ("PySide6/Qt/translations/qt_de.qm", "/q/qt_de.qm", "DATA"),
    ]
    kept, kept_datas, dropped = prune.prune(binaries, datas, lambda source: links.get(source, []))
    assert sorted(dest for dest, _, _ in kept) == [
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/QtGui.abi3.so",
        "PySide6/QtMultimedia.abi3.so",
        "libbz2.so.1",  # the FFmpeg plugin needed it, but so does QtGui
        "libcollected_for_ctypes.so",  # needed by no one we know of: kept, to be safe
        "libpulse.so.0",
    ]
    assert kept_datas == []
    assert len(dropped) == 5


# Asks ICU (its libraries in the folder argv[1], loaded with ctypes, in a fresh process so that no other ICU of
# the same version is loaded already) for what Qt Core uses it for: collation, time-zone names, case mapping,
# character-set conversion.
ICU_PROBE = r"""
import ctypes, json, sys
from pathlib import Path
folder = Path(sys.argv[1])
version = next(folder.glob("libicuuc.so.*")).name.rsplit(".", 1)[1]
for name in ("icudata", "icuuc", "icui18n"):
    ctypes.CDLL(str(folder / f"lib{name}.so.{version}"), mode=ctypes.RTLD_GLOBAL)
icu = ctypes.CDLL(str(folder / f"libicui18n.so.{version}"))
def call(name, *args, restype=ctypes.c_int):
    function = getattr(icu, f"{name}_{version}")
    function.restype = restype
    return function(*args)
def text(value):
    return value.encode("utf-16-le") + bytes(2)
status = ctypes.c_int(0)  # ICU calls do nothing while it holds an error: reset before each
swedish = call("ucol_open", b"sv", ctypes.byref(status), restype=ctypes.c_void_p)
result = {"sv: a-umlaut after z": call("ucol_strcoll", ctypes.c_void_p(swedish), text("ä"), 1, text("z"), 1) == 1}
status.value = 0
calendar = call("ucal_open", text("Europe/Berlin"), 13, b"de", 0, ctypes.byref(status), restype=ctypes.c_void_p)
buffer = ctypes.create_string_buffer(256)
status.value = 0
size = call("ucal_getTimeZoneDisplayName", ctypes.c_void_p(calendar), 0, b"de", buffer, 128, ctypes.byref(status))
result["Europe/Berlin in German"] = buffer.raw[: 2 * size].decode("utf-16-le")
status.value = 0
size = call("u_strToUpper", buffer, 128, text("i"), 1, b"tr", ctypes.byref(status))
result["Turkish upper-case i"] = buffer.raw[: 2 * size].decode("utf-16-le")
for name in (b"UTF-8", b"US-ASCII", b"Shift_JIS"):
    status.value = 0
    call("ucnv_open", name, ctypes.byref(status), restype=ctypes.c_void_p)
    result[f"converter {name.decode()}"] = status.value <= 0
result["status"] = status.value
print(json.dumps(result))
"""
ICU_AS_QT_USES_IT = {
    "sv: a-umlaut after z": True,
    "Europe/Berlin in German": "Mitteleurop\u00e4ische Normalzeit",
    "Turkish upper-case i": "\u0130",
    "converter UTF-8": True,
    "converter US-ASCII": True,
    "converter Shift_JIS": False,  # table-driven legacy encodings are left out
}


def icu_answers(folder: Path) -> dict:
    probe = subprocess.run([sys.executable, "-c", ICU_PROBE, str(folder)], capture_output=True, text=True, timeout=60)
    assert probe.returncode == 0, probe.stderr
    answers = json.loads(probe.stdout)
    answers.pop("status")
    return answers


def test_icu_package_round_trips_and_keeps_what_qt_uses() -> None:
    icu_data = load_packaging_module("icu_data")
    header = struct.pack("<HBBHHBBBB4s4s4s", 32, 0xDA, 0x27, 20, 0, 0, 0, 2, 0, b"CmnD", bytes([1, 0, 0, 0]), bytes(4))
    header += bytes(32 - len(header))
    items = [
        ("pkgl/brkitr/word.brk", b"b" * 40),
        ("pkgl/coll/root.res", b"c" * 16),
        ("pkgl/de.res", b"d" * 3),
        ("pkgl/ibm-943_P15A-2003.cnv", b"j" * 20),
        ("pkgl/zone/de.res", b"z" * 5),
    ]
    package = icu_data.write_package(header, items)
    read_header, read_items = icu_data.read_package(package)
    assert read_header == header
    assert [
        (name, contents[: len(original)]) for (name, contents), (_, original) in zip(read_items, items, strict=True)
    ] == items
    toc = struct.unpack_from("<" + "I" * (1 + 2 * len(items)), package, len(header))
    assert all((len(header) + data_offset) % 16 == 0 for data_offset in toc[2::2])
    _, kept = icu_data.read_package(icu_data.subset_package(package))
    assert [name for name, _ in kept] == ["pkgl/coll/root.res", "pkgl/de.res", "pkgl/zone/de.res"]


def test_smaller_icu_data_still_collates_names_zones_and_cases(tmp_path: Path) -> None:
    if sys.platform != "linux":
        pytest.skip("PySide6 ships ICU only on Linux")
    qt_lib = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt" / "lib"
    original = next(qt_lib.glob("libicudata.so.*"), None)
    if original is None or not (shutil.which("as") and shutil.which("ld") and shutil.which("nm")):
        pytest.skip("needs PySide6's ICU and binutils (as, ld, nm)")
    icu_data = load_packaging_module("icu_data")
    [(_, library, _)] = icu_data.smaller_icu_data([(original.name, str(original), "BINARY")], tmp_path / "build")
    assert Path(library).stat().st_size < ICU_DATA_LIMIT_MIB * 2**20 < original.stat().st_size
    for name in ("icuuc", "icui18n"):
        shutil.copy(next(qt_lib.glob(f"lib{name}.so.*")), tmp_path)
    shutil.copy(library, tmp_path)
    assert icu_answers(tmp_path) == ICU_AS_QT_USES_IT
    _, package = icu_data.extract_package(original)
    assert icu_data.write_package(*icu_data.read_package(package)) == package


def test_icons_cover_every_system(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    load_packaging_module("make_icons").make_icons(tmp_path)
    ico = (tmp_path / "walls.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    icns = (tmp_path / "walls.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # the 1024 px Retina entry
    for size in (16, 32, 48, 128, 256, 512):
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_windows_installer_is_per_user_and_keeps_entries_unless_asked() -> None:
    script = (PACKAGING / "windows" / "walls.iss").read_text("utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert "usPostUninstall" in script and "MB_DEFBUTTON2" in script  # the question defaults to "No"
    assert "DelTree(UserDataDir()" in script and "{localappdata}\\Walls" in script


def folder_mib(folder: Path) -> float:
    return sum(path.lstat().st_size for path in folder.rglob("*")) / 2**20


@pytest.mark.slow
def test_linux_bundle_builds_passes_self_check_and_installs(tmp_path: Path) -> None:
    if sys.platform != "linux":
        pytest.skip("the Linux bundle is built on Linux")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is missing: pip install -e '.[test]' installs it")
    dist = tmp_path / "dist"
    env = dict(os.environ, PYTHON=sys.executable)
    build = subprocess.run(
        [str(PACKAGING / "build_linux.sh"), str(dist)], capture_output=True, text=True, env=env, timeout=600
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    bundle = dist / "Walls"

    check = subprocess.run(
        [str(bundle / "walls"), "--self-check"],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"{APP_NAME} {__version__} self-check passed" in check.stdout

    files = [path.relative_to(bundle).as_posix() for path in bundle.rglob("*")]
    forbidden = ("WebEngine", "WebSockets", "NetworkAuth", "Qt6Qml", "Qt6Quick", "plugins/tls/", "plugins/network")
    assert [name for name in files if any(word in name for word in forbidden)] == []
    assert not any(Path(name).name.startswith(("libavcodec", "libssl", "libcrypto", "_ssl")) for name in files)
    # QtNetwork (library and binding) is in only because QtMultimedia needs it (see packaging/prune.py).
    network = sorted(Path(name).name for name in files if "QtNetwork" in name or "Qt6Network" in name)
    assert network == ["QtNetwork.abi3.so", "libQt6Network.so.6", "libQt6Network.so.6"]  # the lib, and its link
    # What pruning leaves out beyond whole Qt modules (packaging/prune.py, packaging/icu_data.py).
    languages = load_packaging_module("prune").walls_languages(ROOT / "walls_desktop" / "translations")
    spoken = {language.split("_")[0] for language in languages}
    qt_translations = [Path(name).stem for name in files if "/PySide6/Qt/translations/" in name]
    assert [name for name in qt_translations if not (name.startswith("qtbase_") and name.split("_")[1] in spoken)] == []
    assert not any(name.endswith("QtOpenGL.abi3.so") or "/peegee/" in name for name in files)
    assert "_internal/PySide6/QtOpenGLWidgets.abi3.so" in files  # pyqtgraph needs this one
    internal = bundle / "_internal"
    [icu_data_library] = (internal / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")
    assert icu_data_library.stat().st_size < ICU_DATA_LIMIT_MIB * 2**20
    assert icu_answers(internal / "PySide6" / "Qt" / "lib") == ICU_AS_QT_USES_IT
    for name in ("share/applications", "share/metainfo", "share/icons/hicolor/scalable/apps"):
        assert (bundle / name).is_dir(), name
    assert folder_mib(bundle) < BUNDLE_LIMIT_MIB

    # install.sh / uninstall.sh into a private prefix; the user's entries survive the uninstall.
    prefix = tmp_path / "home" / ".local"
    entries = tmp_path / "home" / ".local" / "share" / "Walls"
    entries.mkdir(parents=True)
    (entries / "walls.sqlite3").write_bytes(b"mine")
    home_env = dict(os.environ, HOME=str(tmp_path / "home"), PREFIX=str(prefix), XDG_DATA_HOME=str(prefix / "share"))
    subprocess.run([str(bundle / "install.sh")], check=True, capture_output=True, env=home_env)
    desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text("utf-8")
    assert f'Exec="{prefix}/opt/walls/walls"' in desktop
    installed = subprocess.run(
        [str(prefix / "bin" / "walls"), "--version"], capture_output=True, text=True, timeout=60, env=home_env
    )
    assert installed.stdout.strip() == f"{APP_NAME} {__version__}"
    subprocess.run([str(prefix / "opt" / "walls" / "uninstall.sh")], check=True, capture_output=True, env=home_env)
    assert not (prefix / "opt" / "walls").exists() and not (prefix / "bin" / "walls").exists()
    assert (entries / "walls.sqlite3").read_bytes() == b"mine"
