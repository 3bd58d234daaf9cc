"""Keeping Ladder's steps and tries, and handing the chart its tries quickly."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import NamedTuple

from walls_desktop.core.clock import utc_now
from walls_desktop.core.ladder import TEXT_LIMITS, LadderStep, LadderTry, Outcome, StepField
from walls_desktop.core.ratings import ANXIETY, PERCENT
from walls_desktop.store import values
from walls_desktop.store.changes import Action, Record
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind

_STEP_FIELDS = ("action", "person", "expected_anxiety", "feared", "likelihood", "position", "archived", "climbed_at")
_SELECT_STEP = f"SELECT id, {', '.join(_STEP_FIELDS)}, created_at FROM ladder_steps"
_TRY_FIELDS = (
    "step_id", "tried_at", "expected_anxiety", "feared", "likelihood_before", "peak_anxiety", "outcome",
    "likelihood_after", "what_happened", "learned", "moment_id",
)  # fmt: skip
_SELECT_TRY = f"SELECT id, {', '.join(_TRY_FIELDS)} FROM ladder_tries"


class TryColumns(NamedTuple):
    """Tries column by column in time order, for the chart (no LadderTry objects built)."""

    tried_at: tuple[int, ...]  # seconds since 1970 UTC
    expected_anxiety: tuple[int, ...]
    peak_anxiety: tuple[int, ...]
    id: tuple[int, ...]


class LadderRepository:
    """Times are kept to the whole second; each write returns the record as ``get`` will give it back."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = db
        self._clock = clock

    # ----- steps ---------------------------------------------------------------------------------------------

    def add_step(self, step: LadderStep) -> LadderStep:
        """Kept as the top rung of the person's own order."""
        if step.id is not None:
            raise ValueError("the step is already stored; use update_step()")
        row = self._step_row(step)
        now = values.to_unix(self._clock(), "clock")
        with self._db.transaction() as conn:
            (top,) = conn.execute("SELECT coalesce(max(position), 0) FROM ladder_steps").fetchone()
            row = (*row[:5], top + 1, *row[6:])
            cursor = conn.execute(
                f"INSERT INTO ladder_steps ({', '.join(_STEP_FIELDS)}, created_at, updated_at)"
                f" VALUES ({', '.join('?' * (len(_STEP_FIELDS) + 2))})",
                (*row, now, now),
            )
        self._db.announce(Record.LADDER_STEP, cursor.lastrowid, Action.ADDED)
        return _step((cursor.lastrowid, *row, now))

    def update_step(self, step: LadderStep) -> LadderStep:
        """Raises StoreError(NOT_FOUND) when the step has been deleted meanwhile."""
        step_id = values.row_id(step.id)
        row = self._step_row(step)
        now = values.to_unix(self._clock(), "clock")
        assignments = ", ".join(f"{name} = ?" for name in _STEP_FIELDS)
        with self._db.transaction() as conn:
            cursor = conn.execute(
                f"UPDATE ladder_steps SET {assignments}, updated_at = ? WHERE id = ?", (*row, now, step_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(StoreErrorKind.NOT_FOUND, self._db.path, f"ladder step {step_id}")
        self._db.announce(Record.LADDER_STEP, step_id, Action.CHANGED)
        return self.get_step(step_id)

    def reorder(self, step_ids: Sequence[int]) -> None:
        """The person's own order, lowest rung first. Steps not named keep their place after these."""
        ids = [values.row_id(step_id, "step id") for step_id in step_ids]
        if len(set(ids)) != len(ids):
            raise ValueError("a step appears twice in the new order")
        with self._db.transaction() as conn:
            others = [
                row[0]
                for row in conn.execute("SELECT id FROM ladder_steps ORDER BY position, id")
                if row[0] not in set(ids)
            ]
            conn.executemany(
                "UPDATE ladder_steps SET position = ? WHERE id = ?",
                [(position, step_id) for position, step_id in enumerate([*ids, *others], start=1)],
            )
        self._db.announce(Record.LADDER_STEP, None, Action.CHANGED)

    def delete_step(self, step_id: int) -> bool:
        """The step and every try of it."""
        step_id = values.row_id(step_id)
        with self._db.transaction() as conn:
            removed = conn.execute("DELETE FROM ladder_steps WHERE id = ?", (step_id,)).rowcount > 0
        if removed:
            self._db.announce(Record.LADDER_STEP, step_id, Action.REMOVED)
        return removed

    def get_step(self, step_id: int) -> LadderStep | None:
        sql = f"{_SELECT_STEP} WHERE id = ?"
        return self._db.record("ladder_steps", sql, (values.row_id(step_id),), _step)

    def steps(self, archived: bool = False) -> list[LadderStep]:
        """The steps in the person's own order; the archived ones only when asked for."""
        sql = f"{_SELECT_STEP} WHERE archived = ? ORDER BY position, id"
        return self._db.records("ladder_steps", sql, (int(archived),), _step)

    # ----- tries ---------------------------------------------------------------------------------------------

    def add_try(self, attempt: LadderTry) -> LadderTry:
        if attempt.id is not None:
            raise ValueError("the try is already stored; use update_try()")
        row = self._try_row(attempt)
        with self._db.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO ladder_tries ({', '.join(_TRY_FIELDS)}) VALUES ({', '.join('?' * len(_TRY_FIELDS))})",
                row,
            )
        self._db.announce(Record.LADDER_TRY, cursor.lastrowid, Action.ADDED)
        return _try((cursor.lastrowid, *row))

    def update_try(self, attempt: LadderTry) -> LadderTry:
        try_id = values.row_id(attempt.id)
        row = self._try_row(attempt)
        assignments = ", ".join(f"{name} = ?" for name in _TRY_FIELDS)
        with self._db.transaction() as conn:
            cursor = conn.execute(f"UPDATE ladder_tries SET {assignments} WHERE id = ?", (*row, try_id))
            if cursor.rowcount == 0:
                raise StoreError(StoreErrorKind.NOT_FOUND, self._db.path, f"ladder try {try_id}")
        self._db.announce(Record.LADDER_TRY, try_id, Action.CHANGED)
        return _try((try_id, *row))

    def delete_try(self, try_id: int) -> bool:
        try_id = values.row_id(try_id)
        with self._db.transaction() as conn:
            removed = conn.execute("DELETE FROM ladder_tries WHERE id = ?", (try_id,)).rowcount > 0
        if removed:
            self._db.announce(Record.LADDER_TRY, try_id, Action.REMOVED)
        return removed

    def get_try(self, try_id: int) -> LadderTry | None:
        return self._db.record("ladder_tries", f"{_SELECT_TRY} WHERE id = ?", (values.row_id(try_id),), _try)

    def tries_of(self, step_id: int) -> list[LadderTry]:
        """A step's tries, oldest first."""
        sql = f"{_SELECT_TRY} WHERE step_id = ? ORDER BY tried_at, id"
        return self._db.records("ladder_tries", sql, (values.row_id(step_id),), _try)

    def all_tries(self) -> list[LadderTry]:
        return self._db.records("ladder_tries", f"{_SELECT_TRY} ORDER BY tried_at, id", (), _try)

    def tries_between(self, start: datetime, end: datetime) -> list[LadderTry]:
        """Tries with ``start <= tried_at < end``, oldest first."""
        bounds = (values.to_unix(start, "start"), values.to_unix(end, "end"))
        sql = f"{_SELECT_TRY} WHERE tried_at >= ? AND tried_at < ? ORDER BY tried_at, id"
        return self._db.records("ladder_tries", sql, bounds, _try)

    def try_columns(self) -> TryColumns:
        """Every try as columns, oldest first: one query and one transpose."""
        rows = self._db.query(
            "SELECT tried_at, expected_anxiety, peak_anxiety, id FROM ladder_tries ORDER BY tried_at, id"
        )
        return (
            TryColumns(*(tuple(column) for column in zip(*rows, strict=True))) if rows else TryColumns((), (), (), ())
        )

    # ----- checks ------------------------------------------------------------------------------------------

    def _step_row(self, step: LadderStep) -> tuple[object, ...]:
        path = self._db.path
        return (
            _required(values.text(step.action, "action", path, TEXT_LIMITS[StepField.ACTION]), "action"),
            values.text(step.person, "person", path, TEXT_LIMITS[StepField.PERSON]),
            values.rating(step.expected_anxiety, "expected_anxiety", ANXIETY),
            _required(values.text(step.feared, "feared", path, TEXT_LIMITS[StepField.FEARED]), "feared"),
            values.rating(step.likelihood, "likelihood", PERCENT),
            values.integer(step.position, "position", 0),
            values.flag(step.archived, "archived"),
            values.optional_to_unix(step.climbed_at, "climbed_at"),
        )

    def _try_row(self, attempt: LadderTry) -> tuple[object, ...]:
        path = self._db.path
        if not isinstance(attempt.outcome, Outcome):
            raise TypeError(f"outcome must be an Outcome, not {type(attempt.outcome).__name__}")
        return (
            values.row_id(attempt.step_id, "step_id"),
            values.to_unix(attempt.tried_at, "tried_at"),
            values.rating(attempt.expected_anxiety, "expected_anxiety", ANXIETY),
            values.text(attempt.feared, "feared", path, TEXT_LIMITS[StepField.FEARED]),
            values.rating(attempt.likelihood_before, "likelihood_before", PERCENT),
            values.rating(attempt.peak_anxiety, "peak_anxiety", ANXIETY),
            attempt.outcome.value,
            values.rating(attempt.likelihood_after, "likelihood_after", PERCENT),
            values.text(attempt.what_happened, "what_happened", path, TEXT_LIMITS[StepField.WHAT_HAPPENED]),
            values.text(attempt.learned, "learned", path, TEXT_LIMITS[StepField.LEARNED]),
            values.optional_row_id(attempt.moment_id, "moment_id"),
        )


def _required(text: str, field: str) -> str:
    if not text.strip():
        raise ValueError(f"{field} must not be blank")  # the dialog says so beside the field first
    return text


def _step(row: tuple) -> LadderStep:
    (step_id, action, person, expected, feared, likelihood, position, archived, climbed_at, created_at) = row
    return LadderStep(
        action=action,
        expected_anxiety=expected,
        feared=feared,
        likelihood=likelihood,
        person=person,
        position=position,
        archived=bool(archived),
        climbed_at=values.optional_from_unix(climbed_at),
        created_at=values.from_unix(created_at),
        id=step_id,
    )


def _try(row: tuple) -> LadderTry:
    (try_id, step_id, tried_at, expected, feared, before, peak, outcome, after, happened, learned, moment_id) = row
    return LadderTry(
        step_id=step_id,
        tried_at=values.from_unix(tried_at),
        expected_anxiety=expected,
        feared=feared,
        likelihood_before=before,
        peak_anxiety=peak,
        outcome=Outcome(outcome),
        likelihood_after=after,
        what_happened=happened,
        learned=learned,
        moment_id=moment_id,
        id=try_id,
    )
