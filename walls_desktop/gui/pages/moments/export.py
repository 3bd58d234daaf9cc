"""Saving the chart as a picture and the moments as CSV, off the GUI thread.

Years of moments take a second or more to write, so the writing runs in the event loop's executor (qasync)
while the page stays responsive. The chart itself is drawn on the GUI thread first: only bytes cross over.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage

from walls_desktop.core.moment_export import moment_rows
from walls_desktop.gui.common.async_loop import running_loop
from walls_desktop.gui.common.text import tr_core
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.export import write_bytes, write_csv
from walls_desktop.store.moments import MomentRepository


def in_background(write: Callable[[], None]) -> asyncio.Task[None]:
    """Run ``write`` in the executor; the task fails with its StoreError, if any."""

    async def run() -> None:
        await asyncio.get_running_loop().run_in_executor(None, write)

    return running_loop().create_task(run())  # asyncio joins Qt's loop on first use


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


def failure_text(error: StoreError) -> str:
    """Why the file was not written, and that nothing half-written was left behind."""
    tr = QCoreApplication.translate
    reasons = {
        StoreErrorKind.READ_ONLY: tr(
            "MomentsPage",
            "Walls cannot write in that folder. Please choose another one, such as your Documents folder.",
        ),
        StoreErrorKind.DISK_FULL: tr(
            "MomentsPage",
            "The disk is full, so the file was not saved. Please free up some space or choose another place.",
        ),
        StoreErrorKind.INVALID_TEXT: tr_core(error.message),
    }
    reason = reasons.get(error.kind, tr("MomentsPage", "The file could not be saved there. Please try another folder."))
    return reason + "\n\n" + tr("MomentsPage", "Nothing was written there, so no half-finished file was left behind.")
