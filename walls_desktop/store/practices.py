"""Keeping the practices beside breathing: grounding and the self-compassion pause."""

from __future__ import annotations

from datetime import datetime

from walls_desktop.core.practices import PracticeKind, PracticeSession
from walls_desktop.core.ratings import ANXIETY
from walls_desktop.store import values
from walls_desktop.store.changes import Action, Record
from walls_desktop.store.database import Database

_FIELDS = (
    "kind", "started_at", "seconds", "steps_done", "steps_total", "completed", "anxiety_before", "anxiety_after",
)  # fmt: skip
_SELECT = f"SELECT id, {', '.join(_FIELDS)} FROM practice_sessions"


class PracticeRepository:
    """``started_at`` is kept to the whole second; ``add`` returns the session as stored."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, session: PracticeSession) -> PracticeSession:
        if session.id is not None:
            raise ValueError("the session is already stored")
        row = self._row(session)
        with self._db.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO practice_sessions ({', '.join(_FIELDS)}) VALUES ({', '.join('?' * len(_FIELDS))})",
                row,
            )
        self._db.announce(Record.PRACTICE_SESSION, cursor.lastrowid, Action.ADDED)
        return self._session((cursor.lastrowid, *row))

    def delete(self, session_id: int) -> bool:
        session_id = values.row_id(session_id)
        with self._db.transaction() as conn:
            removed = conn.execute("DELETE FROM practice_sessions WHERE id = ?", (session_id,)).rowcount > 0
        if removed:
            self._db.announce(Record.PRACTICE_SESSION, session_id, Action.REMOVED)
        return removed

    def get(self, session_id: int) -> PracticeSession | None:
        sql = f"{_SELECT} WHERE id = ?"
        return self._db.record("practice_sessions", sql, (values.row_id(session_id),), self._session)

    def recent(self, limit: int = 20) -> list[PracticeSession]:
        """The latest, newest first."""
        sql = f"{_SELECT} ORDER BY started_at DESC, id DESC LIMIT ?"
        return self._db.records("practice_sessions", sql, (values.integer(limit, "limit"),), self._session)

    def list_all(self) -> list[PracticeSession]:
        """Oldest first."""
        return self._db.records("practice_sessions", f"{_SELECT} ORDER BY started_at, id", (), self._session)

    def list_between(self, start: datetime, end: datetime) -> list[PracticeSession]:
        """Sessions with ``start <= started_at < end``, oldest first."""
        bounds = (values.to_unix(start, "start"), values.to_unix(end, "end"))
        sql = f"{_SELECT} WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id"
        return self._db.records("practice_sessions", sql, bounds, self._session)

    def _row(self, session: PracticeSession) -> tuple[object, ...]:
        if not isinstance(session.kind, PracticeKind):
            raise TypeError(f"kind must be a PracticeKind, not {type(session.kind).__name__}")
        steps_total = values.integer(session.steps_total, "steps_total")
        steps_done = values.integer(session.steps_done, "steps_done", maximum=steps_total)
        return (
            session.kind.value,
            values.to_unix(session.started_at, "started_at"),
            values.seconds(session.seconds, "seconds"),
            steps_done,
            steps_total,
            values.flag(session.completed, "completed"),
            values.optional_rating(session.anxiety_before, "anxiety_before", ANXIETY),
            values.optional_rating(session.anxiety_after, "anxiety_after", ANXIETY),
        )

    def _session(self, row: tuple) -> PracticeSession:
        (session_id, kind, started_at, seconds, steps_done, steps_total, completed, before, after) = row
        return PracticeSession(
            kind=PracticeKind(kind),
            started_at=values.from_unix(started_at),
            seconds=seconds,
            steps_done=steps_done,
            steps_total=steps_total,
            completed=bool(completed),
            anxiety_before=before,
            anxiety_after=after,
            id=session_id,
        )
