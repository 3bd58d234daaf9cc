"""One notice board for changes to moments, so the chart and any list refresh after an add, edit or delete
made anywhere (the Ctrl+N dialog, the chart, another page)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class MomentEvents(QObject):
    changed = Signal()  # a moment was added, changed or deleted
