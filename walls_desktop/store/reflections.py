"""Keeping Reflect's results: when, about whom, and the answers (the scores are worked out from them)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import NamedTuple

from walls_desktop.core.reflection import FOCUS_MAX, Reflection
from walls_desktop.core.reflection_statements import ANSWER_MAX, ANSWER_MIN, STATEMENTS_BY_KEY
from walls_desktop.store import values
from walls_desktop.store.changes import Action, Record
from walls_desktop.store.database import Database

# The answers come along as one JSON object per reflection, so a list is one query.
_SELECT = (
    "SELECT id, taken_at, person, (SELECT json_group_object(statement, answer) FROM reflection_answers"
    " WHERE reflection_id = reflections.id) FROM reflections"
)
_OLDEST_FIRST = " ORDER BY taken_at, id"


class FocusSummary(NamedTuple):
    focus: str  # '' for close relationships in general
    count: int
    last_taken_at: datetime


class ReflectionRepository:
    """Times are kept to the whole second: ``add`` returns the reflection as ``get`` will give it back."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, reflection: Reflection) -> Reflection:
        if reflection.id is not None:
            raise ValueError("the reflection is already stored")
        taken_at = values.to_unix(reflection.taken_at, "taken_at")
        focus = values.text(reflection.focus, "focus", self._db.path, FOCUS_MAX)
        answers = _checked_answers(reflection.answers)
        with self._db.transaction() as conn:
            cursor = conn.execute("INSERT INTO reflections (taken_at, person) VALUES (?, ?)", (taken_at, focus))
            conn.executemany(
                "INSERT INTO reflection_answers (reflection_id, statement, answer) VALUES (?, ?, ?)",
                [(cursor.lastrowid, key, answer) for key, answer in answers.items()],
            )
        self._db.announce(Record.REFLECTION, cursor.lastrowid, Action.ADDED)
        return Reflection(values.from_unix(taken_at), focus, answers, cursor.lastrowid)

    def delete(self, reflection_id: int) -> bool:
        reflection_id = values.row_id(reflection_id)
        with self._db.transaction() as conn:
            removed = conn.execute("DELETE FROM reflections WHERE id = ?", (reflection_id,)).rowcount > 0
        if removed:
            self._db.announce(Record.REFLECTION, reflection_id, Action.REMOVED)
        return removed

    def get(self, reflection_id: int) -> Reflection | None:
        sql = f"{_SELECT} WHERE id = ?"
        return self._db.record("reflections", sql, (values.row_id(reflection_id),), _reflection)

    def about(self, focus: str) -> list[Reflection]:
        """The reflections about one focus, oldest first (the path on the plane)."""
        focus = values.text(focus, "focus", self._db.path, FOCUS_MAX)
        return self._db.records("reflections", f"{_SELECT} WHERE person = ?{_OLDEST_FIRST}", (focus,), _reflection)

    def list_all(self) -> list[Reflection]:
        return self._db.records("reflections", _SELECT + _OLDEST_FIRST, (), _reflection)

    def foci(self) -> list[FocusSummary]:
        """Each focus reflected on, with how often and when last, the most recent first. Worked out from
        ``list_all`` (a person keeps at most a few dozen), so a damaged row is left out here too."""
        summaries: dict[str, FocusSummary] = {}
        for reflection in self.list_all():
            count = summaries[reflection.focus].count + 1 if reflection.focus in summaries else 1
            summaries[reflection.focus] = FocusSummary(reflection.focus, count, reflection.taken_at)
        return sorted(summaries.values(), key=lambda summary: summary.last_taken_at, reverse=True)

    def last_taken_at(self) -> datetime | None:
        return max((reflection.taken_at for reflection in self.list_all()), default=None)


def _checked_answers(answers: Mapping[str, int]) -> dict[str, int]:
    """Only statements this version asks, each answered on the scale: anything else is the caller's bug."""
    checked = {}
    for key, answer in answers.items():
        if key not in STATEMENTS_BY_KEY:
            raise ValueError(f"no statement is called {key!r}")
        checked[key] = values.integer(answer, f"answer to {key}", ANSWER_MIN, ANSWER_MAX)
    return checked


def _reflection(row: tuple) -> Reflection:
    reflection_id, taken_at, person, answers_json = row
    stored = json.loads(answers_json) if answers_json is not None else {}
    if not isinstance(stored, dict) or not all(isinstance(value, int) for value in stored.values()):
        raise ValueError("the answers are not a mapping of statements to numbers")
    # A statement a later version retired is left out rather than making the reflection unreadable.
    answers = {key: value for key, value in stored.items() if key in STATEMENTS_BY_KEY}
    return Reflection(values.from_unix(taken_at), person, answers, reflection_id)
