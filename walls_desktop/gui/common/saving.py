"""Saving a file the person chose (a chart picture, a CSV, a summary PDF) off the GUI thread, and telling them
plainly when it could not be saved. The writing itself is ``store.export``'s: whole or not at all."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from walls_desktop.gui.common.async_loop import running_loop
from walls_desktop.gui.common.text import tr_core
from walls_desktop.store.errors import StoreError, StoreErrorKind

T = TypeVar("T")


def in_background(job: Callable[[], T]) -> asyncio.Task[T]:
    """Run ``job`` in the event loop's executor (a worker thread); the task gives its result or its error."""

    async def run() -> T:
        return await asyncio.get_running_loop().run_in_executor(None, job)

    return running_loop().create_task(run())  # asyncio joins Qt's loop on first use


def failure_text(error: StoreError) -> str:
    """Why the file was not written, and that nothing half-written was left behind."""
    tr = QCoreApplication.translate
    reasons = {
        StoreErrorKind.READ_ONLY: tr(
            "Saving", "Walls cannot write in that folder. Please choose another one, such as your Documents folder."
        ),
        StoreErrorKind.DISK_FULL: tr(
            "Saving", "The disk is full, so the file was not saved. Please free up some space or choose another place."
        ),
        StoreErrorKind.INVALID_TEXT: tr_core(error.message),
    }
    reason = reasons.get(error.kind, tr("Saving", "The file could not be saved there. Please try another folder."))
    return reason + "\n\n" + tr("Saving", "Nothing was written there, so no half-finished file was left behind.")
