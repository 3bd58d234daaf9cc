"""Keeping closeness moments, and handing the chart its numbers quickly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from walls_desktop.core.clock import utc_now
from walls_desktop.core.moments import ClosenessKind, Moment, Sign
from walls_desktop.core.ratings import ANXIETY
from walls_desktop.core.text import LONG_TEXT_MAX, SHORT_TEXT_MAX
from walls_desktop.store import values
from walls_desktop.store.changes import Action, Record
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind

ALL_SIGNS_MASK = int(sum(Sign))  # 31

_SELECT = "SELECT id, occurred_at, anxiety, kind, person, signs, action, note FROM moments"
_ORDER = " ORDER BY occurred_at, id"


class MomentColumns(NamedTuple):
    """Moments column by column, in time order, ready for ``numpy.fromiter``/``numpy.asarray``."""

    occurred_at: tuple[int, ...]  # seconds since 1970 UTC
    anxiety: tuple[int, ...]
    kind: tuple[str, ...]  # ClosenessKind values
    signs: tuple[int, ...]  # Sign bit masks
    id: tuple[int, ...]


class MomentRepository:
    """Times are kept to the whole second: ``add`` and ``update`` return the moment as stored (time in
    UTC, seconds only), which is what ``get`` will return later."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    def add(self, moment: Moment) -> Moment:
        if moment.id is not None:
            raise ValueError("the moment is already stored; use update()")
        row = self._row(moment)
        now = values.to_unix(self._clock(), "clock")
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO moments (occurred_at, anxiety, kind, person, signs, action, note, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*row, now, now),
            )
        self._db.announce(Record.MOMENT, cursor.lastrowid, Action.ADDED)
        return _moment((cursor.lastrowid, *row))  # the row is in _SELECT's order

    def update(self, moment: Moment) -> Moment:
        """Raises StoreError(NOT_FOUND) when the moment has been deleted meanwhile."""
        moment_id = values.row_id(moment.id)
        row = self._row(moment)
        now = values.to_unix(self._clock(), "clock")
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE moments SET occurred_at = ?, anxiety = ?, kind = ?, person = ?, signs = ?,"
                " action = ?, note = ?, updated_at = ? WHERE id = ?",
                (*row, now, moment_id),
            )
            if cursor.rowcount == 0:
                raise StoreError(StoreErrorKind.NOT_FOUND, self._db.path, f"moment {moment_id}")
        self._db.announce(Record.MOMENT, moment_id, Action.CHANGED)
        return _moment((moment_id, *row))

    def delete(self, moment_id: int) -> bool:
        """True if it was there. Breath sessions and reframes linked to it stay, unlinked."""
        moment_id = values.row_id(moment_id)
        with self._db.transaction() as conn:
            # The schema unlinks these itself (ON DELETE SET NULL); their views are told they changed too.
            unlinked = [
                (record, row[0])
                for record, table in ((Record.BREATH_SESSION, "breath_sessions"), (Record.REFRAME, "reframes"))
                for row in conn.execute(f"SELECT id FROM {table} WHERE moment_id = ?", (moment_id,))
            ]
            removed = conn.execute("DELETE FROM moments WHERE id = ?", (moment_id,)).rowcount > 0
        if removed:
            self._db.announce(Record.MOMENT, moment_id, Action.REMOVED)
            for record, record_id in unlinked:
                self._db.announce(record, record_id, Action.CHANGED)
        return removed

    def get(self, moment_id: int) -> Moment | None:
        return self._db.record("moments", f"{_SELECT} WHERE id = ?", (values.row_id(moment_id),), _moment)

    def list_between(self, start: datetime, end: datetime) -> list[Moment]:
        """Moments with ``start <= occurred_at < end``, oldest first."""
        bounds = (values.to_unix(start, "start"), values.to_unix(end, "end"))
        return self._db.records(
            "moments", f"{_SELECT} WHERE occurred_at >= ? AND occurred_at < ?{_ORDER}", bounds, _moment
        )

    def list_all(self) -> list[Moment]:
        return self._db.records("moments", _SELECT + _ORDER, (), _moment)

    def people(self, limit: int | None = None) -> list[str]:
        """The distinct non-empty person labels, the most recently seen first (for completion)."""
        sql = "SELECT person FROM moments WHERE person <> '' GROUP BY person ORDER BY max(occurred_at) DESC"
        if limit is not None:
            sql += f" LIMIT {values.integer(limit, 'limit')}"
        return [row[0] for row in self._db.query(sql)]

    def count(self) -> int:
        return self._db.query_one("SELECT count(*) FROM moments")[0]

    def columns(self, start: datetime | None = None, end: datetime | None = None) -> MomentColumns:
        """All moments (or those with ``start <= occurred_at < end``) as columns, oldest first. One query
        and one transpose: no Moment objects are built."""
        low = values.SQLITE_INT_MIN if start is None else values.to_unix(start, "start")
        high = values.SQLITE_INT_MAX if end is None else values.to_unix(end, "end")
        rows = self._db.query(
            "SELECT occurred_at, anxiety, kind, signs, id FROM moments"
            f" WHERE occurred_at >= ? AND occurred_at < ?{_ORDER}",
            (low, high),
        )
        if not rows:
            return MomentColumns((), (), (), (), ())
        return MomentColumns(*zip(*rows, strict=True))

    def _row(self, moment: Moment) -> tuple[object, ...]:
        path = self._db.path
        return (
            values.to_unix(moment.occurred_at, "occurred_at"),
            values.rating(moment.anxiety, "anxiety", ANXIETY),
            ClosenessKind(moment.kind).value,
            values.text(moment.person, "person", path, SHORT_TEXT_MAX),
            values.integer(moment.signs, "signs", 0, ALL_SIGNS_MASK),
            values.text(moment.action, "action", path, LONG_TEXT_MAX),
            values.text(moment.note, "note", path, LONG_TEXT_MAX),
        )


def _moment(row: tuple) -> Moment:
    moment_id, occurred_at, anxiety, kind, person, signs, action, note = row
    return Moment(
        occurred_at=values.from_unix(occurred_at),
        anxiety=anxiety,
        kind=_kind(kind),
        person=person,
        signs=Sign(signs),
        action=action,
        note=note,
        id=moment_id,
    )


def _kind(value: str) -> ClosenessKind:
    # A value this version does not know (say, an import from a later one) is shown as "something else"
    # rather than making the whole list unreadable.
    try:
        return ClosenessKind(value)
    except ValueError:
        return ClosenessKind.OTHER
