"""Keeping the user's own breathing patterns. (Presets live in the core and are never stored.)

Names are unique without regard to ASCII case ("Box" and "box" would look like the same pattern in a
list). A taken name raises ``StoreError`` of kind ``DUPLICATE_NAME``, whose message asks for another name;
``name_taken`` lets a dialog say so before the user presses Save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from walls_desktop.core.breath_patterns import PatternError, clean_name, clean_phases, validate_pattern
from walls_desktop.core.breathing import BreathPattern
from walls_desktop.core.clock import utc_now
from walls_desktop.core.text import SHORT_TEXT_MAX
from walls_desktop.store import values
from walls_desktop.store.changes import Action, Record
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.phases import pattern_phases, phases_text

_SELECT = "SELECT id, name, description, phases FROM breath_patterns"


class PatternRepository:
    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    def add(self, pattern: BreathPattern) -> BreathPattern:
        """Raises StoreError(DUPLICATE_NAME) when the name is taken."""
        if pattern.id is not None:
            raise ValueError("the pattern is already stored; use update()")
        name, description, phases = self._row(pattern)
        now = values.to_unix(self._clock(), "clock")
        with self._db.transaction() as conn:
            self._refuse_taken(name, None)
            cursor = conn.execute(
                "INSERT INTO breath_patterns (name, description, phases, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (name, description, phases, now, now),
            )
        self._db.announce(Record.PATTERN, cursor.lastrowid, Action.ADDED)
        return self._pattern((cursor.lastrowid, name, description, phases))

    def update(self, pattern: BreathPattern) -> BreathPattern:
        """Raises StoreError(DUPLICATE_NAME) or StoreError(NOT_FOUND)."""
        pattern_id = values.row_id(pattern.id)
        name, description, phases = self._row(pattern)
        now = values.to_unix(self._clock(), "clock")
        with self._db.transaction() as conn:
            self._refuse_taken(name, pattern_id)
            cursor = conn.execute(
                "UPDATE breath_patterns SET name = ?, description = ?, phases = ?, updated_at = ? WHERE id = ?",
                (name, description, phases, now, pattern_id),
            )
            if cursor.rowcount == 0:
                raise StoreError(StoreErrorKind.NOT_FOUND, self._db.path, f"breath pattern {pattern_id}")
        self._db.announce(Record.PATTERN, pattern_id, Action.CHANGED)
        return self._pattern((pattern_id, name, description, phases))

    def delete(self, pattern_id: int) -> bool:
        """True if it was there. Past sessions keep their own copy of the name and phases."""
        pattern_id = values.row_id(pattern_id)
        with self._db.transaction() as conn:
            removed = conn.execute("DELETE FROM breath_patterns WHERE id = ?", (pattern_id,)).rowcount > 0
        if removed:
            self._db.announce(Record.PATTERN, pattern_id, Action.REMOVED)
        return removed

    def get(self, pattern_id: int) -> BreathPattern | None:
        return self._db.record(
            "breath_patterns", f"{_SELECT} WHERE id = ?", (values.row_id(pattern_id),), self._pattern
        )

    def list_all(self) -> list[BreathPattern]:
        """By name, ignoring ASCII case."""
        return self._db.records("breath_patterns", f"{_SELECT} ORDER BY name, id", (), self._pattern)

    def name_taken(self, name: str, except_id: int | None = None) -> bool:
        """Whether another stored pattern (not ``except_id``) already has this name."""
        name = clean_name(values.text(name, "name", self._db.path, SHORT_TEXT_MAX))
        row = self._db.query_one(
            "SELECT 1 FROM breath_patterns WHERE name = ? AND id IS NOT ?",
            (name, values.optional_row_id(except_id, "except_id")),
        )
        return row is not None

    def _refuse_taken(self, name: str, except_id: int | None) -> None:
        if self.name_taken(name, except_id):
            raise StoreError(StoreErrorKind.DUPLICATE_NAME, self._db.path, "pattern name taken")

    def _row(self, pattern: BreathPattern) -> tuple[str, str, str]:
        """Name and phases as the core cleans them. A pattern the core would refuse raises its
        ``PatternError`` (build patterns with ``core.breathing.build_pattern`` to show problems first)."""
        if pattern.preset is not None:
            raise ValueError("presets are not stored; save a copy with preset=None")
        values.text(pattern.name, "name", self._db.path, SHORT_TEXT_MAX)
        description = values.text(pattern.description, "description", self._db.path, SHORT_TEXT_MAX)
        problems = validate_pattern(pattern.name, pattern.phases)
        if problems:
            raise PatternError(problems)
        return clean_name(pattern.name), description, phases_text(clean_phases(pattern.phases))

    def _pattern(self, row: tuple) -> BreathPattern:
        pattern_id, name, description, phases = row
        return BreathPattern(
            name=name,
            phases=pattern_phases(phases, self._db.path, f"breath pattern {pattern_id}"),
            description=description,
            id=pattern_id,
        )
