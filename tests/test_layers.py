"""The layer rule: imports only point down (app -> gui -> store -> core)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "walls_desktop"

QT = ("PySide6", "shiboken6", "qasync", "pyqtgraph")
FORBIDDEN = {
    "core": (
        *QT,
        "sqlite3",
        "numpy",
        "platformdirs",
        "walls_desktop.store",
        "walls_desktop.gui",
        "walls_desktop.app",
    ),
    "store": (*QT, "numpy", "walls_desktop.gui", "walls_desktop.app"),
    "gui": ("sqlite3", "walls_desktop.app"),  # views never build SQL; the composition root is above them
}


def imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(layer: str, source: str) -> list[str]:
    return sorted(
        name
        for name in imported_modules(source)
        for banned in FORBIDDEN[layer]
        if name == banned or name.startswith(banned + ".")
    )


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_point_down(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules found in {layer}"
    found = {str(f.relative_to(PACKAGE)): v for f in files if (v := violations(layer, f.read_text("utf-8")))}
    assert not found, f"{layer} imports across the layer rule: {found}"


def test_checker_sees_imports_inside_functions() -> None:
    source = "def f():\n    from PySide6.QtCore import QObject\n    import sqlite3\n"
    assert violations("core", source) == ["PySide6.QtCore", "sqlite3"]
    assert violations("store", source) == ["PySide6.QtCore"]
