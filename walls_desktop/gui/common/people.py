"""Offering the names a person has used before, in a line where they type who was there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from walls_desktop.gui.context import AppContext
from walls_desktop.store.errors import StoreError

PEOPLE_TO_COMPLETE = 200


def complete_people(edit: QLineEdit, ctx: AppContext) -> None:
    """Names from Moments, matched on any part and in any case. Completion is a convenience: when the names
    cannot be read, the line still takes any name."""
    try:
        people = ctx.moments.people(limit=PEOPLE_TO_COMPLETE)
    except StoreError:
        people = []
    completer = QCompleter(people, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
