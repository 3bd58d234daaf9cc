"""The notice board of store changes: one Qt signal that carries every change the store announces.

The store announces each committed write itself (``store.changes``); the board re-sends it as ``changed`` so
that views hear of it the Qt way (a bound slot is dropped with its view). ``pages.page.Page`` listens for the
kinds of record a page shows: a visible page refreshes at once, a hidden one when it is next shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from walls_desktop.store.changes import Change
from walls_desktop.store.database import Database


class ChangeBoard(QObject):
    changed = Signal(object)  # a store.changes.Change

    def __init__(self, database: Database) -> None:
        super().__init__()
        database.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)
