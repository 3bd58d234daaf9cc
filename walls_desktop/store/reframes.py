"""Keeping finished reframe exercises, and finding them again."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from walls_desktop.core.clock import utc_now
from walls_desktop.core.ratings import PERCENT
from walls_desktop.core.reframe import Reframe, ThinkingTrap
from walls_desktop.core.reframe_flow import FIELD_LIMITS, DraftField
from walls_desktop.core.text import LONG_TEXT_MAX
from walls_desktop.store import values
from walls_desktop.store.changes import Action, Record
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.search import FOLD_FUNCTION, fold

# The order of the columns after id, shared by _row and _reframe.
_FIELDS = (
    "created_at",
    "updated_at",
    "critic",
    "reframe",
    "situation",
    "moment_id",
    "belief_before",
    "feeling",
    "feeling_intensity",
    "not_alone",
    "traps",
    "friend",
    "belief_after",
    "reframe_belief",
    "share_with_therapist",
)
_SELECT = f"SELECT id, {', '.join(_FIELDS)} FROM reframes"
_NEWEST_FIRST = " ORDER BY created_at DESC, id DESC"
_SEARCHED = ("critic", "reframe", "situation", "feeling", "friend", "not_alone")


class ReframeRepository:
    """Times are kept to the whole second. ``update`` sets ``updated_at`` to now."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    def add(self, reframe: Reframe) -> Reframe:
        if reframe.id is not None:
            raise ValueError("the reframe is already stored; use update()")
        row = self._row(reframe, reframe.updated_at)
        with self._db.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO reframes ({', '.join(_FIELDS)}) VALUES ({', '.join('?' * len(_FIELDS))})", row
            )
        self._db.announce(Record.REFRAME, cursor.lastrowid, Action.ADDED)
        return _reframe((cursor.lastrowid, *row))

    def update(self, reframe: Reframe) -> Reframe:
        """Raises StoreError(NOT_FOUND) when the reframe has been deleted meanwhile."""
        reframe_id = values.row_id(reframe.id)
        row = self._row(reframe, self._clock())
        assignments = ", ".join(f"{name} = ?" for name in _FIELDS)
        with self._db.transaction() as conn:
            cursor = conn.execute(f"UPDATE reframes SET {assignments} WHERE id = ?", (*row, reframe_id))
            if cursor.rowcount == 0:
                raise StoreError(StoreErrorKind.NOT_FOUND, self._db.path, f"reframe {reframe_id}")
        self._db.announce(Record.REFRAME, reframe_id, Action.CHANGED)
        return _reframe((reframe_id, *row))

    def delete(self, reframe_id: int) -> bool:
        reframe_id = values.row_id(reframe_id)
        with self._db.transaction() as conn:
            removed = conn.execute("DELETE FROM reframes WHERE id = ?", (reframe_id,)).rowcount > 0
        if removed:
            self._db.announce(Record.REFRAME, reframe_id, Action.REMOVED)
        return removed

    def get(self, reframe_id: int) -> Reframe | None:
        return self._db.record("reframes", f"{_SELECT} WHERE id = ?", (values.row_id(reframe_id),), _reframe)

    def list_newest_first(self) -> list[Reframe]:
        return self._db.records("reframes", _SELECT + _NEWEST_FIRST, (), _reframe)

    def list_between(self, start: datetime, end: datetime) -> list[Reframe]:
        """Reframes with ``start <= created_at < end``, oldest first (for the chart)."""
        bounds = (values.to_unix(start, "start"), values.to_unix(end, "end"))
        return self._db.records(
            "reframes", f"{_SELECT} WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id", bounds, _reframe
        )

    def search(self, text: str) -> list[Reframe]:
        """Reframes whose critic, reframe, situation, feeling, friend or not-alone text contains ``text``,
        newest first. Ignores case (in every script) and Unicode form; ``%`` and ``_`` are plain
        characters. Blank text finds everything."""
        needle = fold(values.text(text, "search text", self._db.path, LONG_TEXT_MAX).strip())
        if not needle:
            return self.list_newest_first()
        condition = " OR ".join(f"instr({FOLD_FUNCTION}({name}), :needle) > 0" for name in _SEARCHED)
        return self._db.records("reframes", f"{_SELECT} WHERE {condition}{_NEWEST_FIRST}", {"needle": needle}, _reframe)

    def shared_with_therapist(self) -> list[Reframe]:
        """The reframes marked to bring to a therapist, newest first."""
        return self._db.records("reframes", f"{_SELECT} WHERE share_with_therapist = 1{_NEWEST_FIRST}", (), _reframe)

    def _row(self, reframe: Reframe, updated_at: object) -> tuple[object, ...]:
        path = self._db.path
        return (
            values.to_unix(reframe.created_at, "created_at"),
            values.optional_to_unix(updated_at, "updated_at"),
            values.text(reframe.critic, "critic", path, FIELD_LIMITS[DraftField.CRITIC]),
            values.text(reframe.reframe, "reframe", path, FIELD_LIMITS[DraftField.REFRAME]),
            values.text(reframe.situation, "situation", path, FIELD_LIMITS[DraftField.SITUATION]),
            values.optional_row_id(reframe.moment_id, "moment_id"),
            values.optional_rating(reframe.belief_before, "belief_before", PERCENT),
            values.text(reframe.feeling, "feeling", path, FIELD_LIMITS[DraftField.FEELING]),
            values.optional_rating(reframe.feeling_intensity, "feeling_intensity", PERCENT),
            values.text(reframe.not_alone, "not_alone", path, FIELD_LIMITS[DraftField.NOT_ALONE]),
            _traps_text(reframe.traps),
            values.text(reframe.friend, "friend", path, FIELD_LIMITS[DraftField.FRIEND]),
            values.optional_rating(reframe.belief_after, "belief_after", PERCENT),
            values.optional_rating(reframe.reframe_belief, "reframe_belief", PERCENT),
            values.flag(reframe.share_with_therapist, "share_with_therapist"),
        )


def _traps_text(traps: Iterable[ThinkingTrap]) -> str:
    """Comma-separated values in the core's order, so equal sets are stored alike."""
    chosen = {ThinkingTrap(trap) for trap in traps}
    return ",".join(trap.value for trap in ThinkingTrap if trap in chosen)


def _traps(text: str) -> frozenset[ThinkingTrap]:
    known = {trap.value for trap in ThinkingTrap}
    # A trap this version does not know is left out rather than making the reframe unreadable.
    return frozenset(ThinkingTrap(value) for value in text.split(",") if value in known)


def _reframe(row: tuple) -> Reframe:
    (reframe_id, created_at, updated_at, critic, reframe, situation, moment_id, belief_before, feeling,
     feeling_intensity, not_alone, traps, friend, belief_after, reframe_belief, share) = row  # fmt: skip
    return Reframe(
        created_at=values.from_unix(created_at),
        critic=critic,
        reframe=reframe,
        situation=situation,
        moment_id=moment_id,
        belief_before=belief_before,
        feeling=feeling,
        feeling_intensity=feeling_intensity,
        not_alone=not_alone,
        traps=_traps(traps),
        friend=friend,
        belief_after=belief_after,
        reframe_belief=reframe_belief,
        share_with_therapist=bool(share),
        updated_at=values.optional_from_unix(updated_at),
        id=reframe_id,
    )
