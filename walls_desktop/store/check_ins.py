"""Keeping check-ins, and handing the chart their times and ratings quickly."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from walls_desktop.core.check_ins import HAPPENING_MAX, PERSON_MAX, CheckIn
from walls_desktop.core.ratings import ANXIETY
from walls_desktop.store import values
from walls_desktop.store.changes import Action, Record
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind

_FIELDS = ("at", "anxiety", "happening", "person", "critic_loud", "moment_id")
_SELECT = f"SELECT id, {', '.join(_FIELDS)} FROM check_ins"


class CheckInColumns(NamedTuple):
    at: tuple[int, ...]  # seconds since 1970 UTC, oldest first
    anxiety: tuple[int, ...]


class CheckInRepository:
    """Times are kept to the whole second; ``add`` returns the check-in as ``get`` will give it back."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, check_in: CheckIn) -> CheckIn:
        if check_in.id is not None:
            raise ValueError("the check-in is already stored")
        row = self._row(check_in)
        with self._db.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO check_ins ({', '.join(_FIELDS)}) VALUES ({', '.join('?' * len(_FIELDS))})", row
            )
        self._db.announce(Record.CHECK_IN, cursor.lastrowid, Action.ADDED)
        return _check_in((cursor.lastrowid, *row))

    def link_moment(self, check_in_id: int, moment_id: int) -> None:
        """The full moment made from this check-in. Raises StoreError(NOT_FOUND) if the check-in is gone."""
        check_in_id = values.row_id(check_in_id)
        moment_id = values.row_id(moment_id, "moment_id")
        with self._db.transaction() as conn:
            cursor = conn.execute("UPDATE check_ins SET moment_id = ? WHERE id = ?", (moment_id, check_in_id))
            if cursor.rowcount == 0:
                raise StoreError(StoreErrorKind.NOT_FOUND, self._db.path, f"check-in {check_in_id}")
        self._db.announce(Record.CHECK_IN, check_in_id, Action.CHANGED)

    def delete(self, check_in_id: int) -> bool:
        check_in_id = values.row_id(check_in_id)
        with self._db.transaction() as conn:
            removed = conn.execute("DELETE FROM check_ins WHERE id = ?", (check_in_id,)).rowcount > 0
        if removed:
            self._db.announce(Record.CHECK_IN, check_in_id, Action.REMOVED)
        return removed

    def get(self, check_in_id: int) -> CheckIn | None:
        return self._db.record("check_ins", f"{_SELECT} WHERE id = ?", (values.row_id(check_in_id),), _check_in)

    def list_between(self, start: datetime, end: datetime) -> list[CheckIn]:
        """Check-ins with ``start <= at < end``, oldest first."""
        bounds = (values.to_unix(start, "start"), values.to_unix(end, "end"))
        sql = f"{_SELECT} WHERE at >= ? AND at < ? ORDER BY at, id"
        return self._db.records("check_ins", sql, bounds, _check_in)

    def latest(self) -> CheckIn | None:
        found = self._db.records("check_ins", f"{_SELECT} ORDER BY at DESC, id DESC LIMIT 1", (), _check_in)
        return found[0] if found else None

    def people(self) -> list[str]:
        """The distinct non-empty names given for "with whom" (for masking names in a summary)."""
        return [row[0] for row in self._db.query("SELECT DISTINCT person FROM check_ins WHERE person <> ''")]

    def columns(self) -> CheckInColumns:
        """Every check-in's time and rating, oldest first: one query, no objects built (for the chart)."""
        rows = self._db.query("SELECT at, anxiety FROM check_ins ORDER BY at, id")
        return CheckInColumns(*(tuple(c) for c in zip(*rows, strict=True))) if rows else CheckInColumns((), ())

    def _row(self, check_in: CheckIn) -> tuple[object, ...]:
        path = self._db.path
        return (
            values.to_unix(check_in.at, "at"),
            values.rating(check_in.anxiety, "anxiety", ANXIETY),
            values.text(check_in.happening, "happening", path, HAPPENING_MAX),
            values.text(check_in.person, "person", path, PERSON_MAX),
            values.flag(check_in.critic_loud, "critic_loud"),
            values.optional_row_id(check_in.moment_id, "moment_id"),
        )


def _check_in(row: tuple) -> CheckIn:
    check_in_id, at, anxiety, happening, person, critic_loud, moment_id = row
    return CheckIn(
        at=values.from_unix(at),
        anxiety=anxiety,
        happening=happening,
        person=person,
        critic_loud=bool(critic_loud),
        moment_id=moment_id,
        id=check_in_id,
    )
