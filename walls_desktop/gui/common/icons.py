"""The app icon, from the compiled resources."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from walls_desktop.gui import resources_rc  # noqa: F401 - registers :/walls/*


def app_icon() -> QIcon:
    return QIcon(":/walls/walls.svg")
