"""Saving the chart as a picture and the moments as CSV, off the GUI thread.

Years of moments take a second or more to write, so the writing runs in the background
(``gui.common.saving.in_background``) while the page stays responsive. The chart itself is drawn on the GUI
thread first: only bytes cross over.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from walls_desktop.core.moment_export import moment_rows
from walls_desktop.gui.common.text import tr_core
from walls_desktop.store.database import Database
from walls_desktop.store.export import write_bytes, write_csv
from walls_desktop.store.moments import MomentRepository


def png_writer(picture: QImage, path: Path) -> Callable[[], None]:
    """Encode ``picture`` now (on the GUI thread) and return the job that writes it to ``path``."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    data = QByteArray(buffer.data()).data()
    return lambda: write_bytes(path, data)


def csv_writer(db_path: Path, path: Path, zone: tzinfo) -> Callable[[], None]:
    """The job that writes every moment to ``path``, reading through a connection of its own."""

    def write() -> None:
        with Database.open_read_only(db_path) as database:
            write_csv(path, moment_rows(MomentRepository(database).list_all(), zone, tr_core))

    return write
