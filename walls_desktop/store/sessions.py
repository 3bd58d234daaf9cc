"""Keeping the records of breath sessions. Each keeps its own copy of the pattern's name and phases, so
editing or deleting a custom pattern never rewrites history."""

from __future__ import annotations

from datetime import datetime

from walls_desktop.core.breathing import BreathSessionRecord
from walls_desktop.core.ratings import ANXIETY
from walls_desktop.core.text import SHORT_TEXT_MAX
from walls_desktop.store import values
from walls_desktop.store.changes import Action, Record
from walls_desktop.store.database import Database
from walls_desktop.store.phases import phases_text, recorded_phases

_SELECT = (
    "SELECT id, started_at, pattern_name, phases, planned_seconds, actual_seconds, planned_breaths,"
    " breaths_done, completed, anxiety_before, anxiety_after, moment_id FROM breath_sessions"
)


class SessionRepository:
    """``started_at`` is kept to the whole second; ``add`` returns the record as stored."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, record: BreathSessionRecord) -> BreathSessionRecord:
        if record.id is not None:
            raise ValueError("the session is already stored")
        row = self._row(record)
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO breath_sessions (started_at, pattern_name, phases, planned_seconds,"
                " actual_seconds, planned_breaths, breaths_done, completed, anxiety_before, anxiety_after,"
                " moment_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row,
            )
        self._db.announce(Record.BREATH_SESSION, cursor.lastrowid, Action.ADDED)
        return self._record((cursor.lastrowid, *row))  # the row is in _SELECT's order

    def delete(self, session_id: int) -> bool:
        session_id = values.row_id(session_id)
        with self._db.transaction() as conn:
            removed = conn.execute("DELETE FROM breath_sessions WHERE id = ?", (session_id,)).rowcount > 0
        if removed:
            self._db.announce(Record.BREATH_SESSION, session_id, Action.REMOVED)
        return removed

    def get(self, session_id: int) -> BreathSessionRecord | None:
        return self._db.record("breath_sessions", f"{_SELECT} WHERE id = ?", (values.row_id(session_id),), self._record)

    def recent(self, limit: int = 20) -> list[BreathSessionRecord]:
        """The latest sessions, newest first."""
        return self._db.records(
            "breath_sessions",
            f"{_SELECT} ORDER BY started_at DESC, id DESC LIMIT ?",
            (values.integer(limit, "limit"),),
            self._record,
        )

    def list_all(self) -> list[BreathSessionRecord]:
        """Oldest first."""
        return self._db.records("breath_sessions", f"{_SELECT} ORDER BY started_at, id", (), self._record)

    def list_between(self, start: datetime, end: datetime) -> list[BreathSessionRecord]:
        """Sessions with ``start <= started_at < end``, oldest first."""
        bounds = (values.to_unix(start, "start"), values.to_unix(end, "end"))
        return self._db.records(
            "breath_sessions",
            f"{_SELECT} WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id",
            bounds,
            self._record,
        )

    def _row(self, record: BreathSessionRecord) -> tuple[object, ...]:
        return (
            values.to_unix(record.started_at, "started_at"),
            values.text(record.pattern_name, "pattern_name", self._db.path, SHORT_TEXT_MAX),
            phases_text(record.phases),
            values.seconds(record.planned_seconds, "planned_seconds"),
            values.seconds(record.actual_seconds, "actual_seconds"),
            values.optional_integer(record.planned_breaths, "planned_breaths"),
            values.integer(record.breaths_done, "breaths_done"),
            values.flag(record.completed, "completed"),
            values.optional_rating(record.anxiety_before, "anxiety_before", ANXIETY),
            values.optional_rating(record.anxiety_after, "anxiety_after", ANXIETY),
            values.optional_row_id(record.moment_id, "moment_id"),
        )

    def _record(self, row: tuple) -> BreathSessionRecord:
        (session_id, started_at, pattern_name, phases, planned_seconds, actual_seconds, planned_breaths,
         breaths_done, completed, anxiety_before, anxiety_after, moment_id) = row  # fmt: skip
        return BreathSessionRecord(
            started_at=values.from_unix(started_at),
            pattern_name=pattern_name,
            phases=recorded_phases(phases, self._db.path, f"breath session {session_id}"),
            planned_seconds=planned_seconds,
            actual_seconds=actual_seconds,
            breaths_done=breaths_done,
            completed=bool(completed),
            planned_breaths=planned_breaths,
            anxiety_before=anxiety_before,
            anxiety_after=anxiety_after,
            moment_id=moment_id,
            id=session_id,
        )
