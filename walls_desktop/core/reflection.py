"""A reflection: the answers given about one focus at one time, and the scores they add up to.

A score is the mean answer over a dimension's statements (a reverse-keyed answer counting as 8 - x), from 1
to 7. It is given only when at least three quarters of that dimension's statements were answered; a skipped
statement simply has no answer. Scores are worked out from the answers whenever they are needed, never kept,
so they cannot disagree with them. The focus is "" for close relationships in general, or the name the person
uses for someone (as in Moments).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from walls_desktop.core.reflection_statements import (
    ANSWER_MAX,
    ANSWER_MIN,
    STATEMENTS,
    STATEMENTS_BY_KEY,
    Dimension,
    Statement,
    statements_of,
)
from walls_desktop.core.text import SHORT_TEXT_MAX, text_problem

GENERAL = ""  # the focus "close relationships in general"
FOCUS_MAX = SHORT_TEXT_MAX  # the same limit as a moment's person
NEEDED_SHARE = 0.75


def needed(dimension: Dimension) -> int:
    """How many of the dimension's statements need an answer for a score."""
    return math.ceil(NEEDED_SHARE * len(statements_of(dimension)))


def is_answer(value: object) -> bool:
    return type(value) is int and ANSWER_MIN <= value <= ANSWER_MAX


def keyed(statement: Statement, answer: int) -> int:
    """The answer as it counts towards its dimension."""
    return ANSWER_MIN + ANSWER_MAX - answer if statement.reverse else answer


@dataclass(frozen=True, slots=True)
class Score:
    dimension: Dimension
    answered: int
    total: int
    mean: float | None  # None when fewer than ``needed`` were answered

    @property
    def needed(self) -> int:
        return needed(self.dimension)


def score(answers: Mapping[str, int], dimension: Dimension) -> Score:
    """The dimension's score from ``answers`` (statement key -> 1..7). Keys this version does not know, and
    values outside the scale, are left out."""
    own = statements_of(dimension)
    counted = [keyed(s, answers[s.key]) for s in own if is_answer(answers.get(s.key))]
    enough = len(counted) >= needed(dimension)
    return Score(dimension, len(counted), len(own), sum(counted) / len(counted) if enough else None)


@dataclass(frozen=True, slots=True)
class Reflection:
    taken_at: datetime
    focus: str = GENERAL
    answers: Mapping[str, int] = field(default_factory=dict)
    id: int | None = None

    def score(self, dimension: Dimension) -> Score:
        return score(self.answers, dimension)

    @property
    def point(self) -> tuple[float, float] | None:
        """(unease, worry): where the reflection sits on the plane, or None without both scores."""
        unease, worry = self.score(Dimension.UNEASE).mean, self.score(Dimension.WORRY).mean
        return None if unease is None or worry is None else (unease, worry)


@dataclass(frozen=True, slots=True)
class AnswerChange:
    statement: Statement
    before: int | None
    after: int | None


def answer_changes(before: Reflection, after: Reflection) -> list[AnswerChange]:
    """Statement by statement, in the order they are asked, where the answer differs between two reflections
    (an answer given once and skipped the other time counts as a change)."""
    changes = []
    for statement in STATEMENTS:
        old, new = before.answers.get(statement.key), after.answers.get(statement.key)
        if old != new:
            changes.append(AnswerChange(statement, old, new))
    return changes


def focus_problem(name: str) -> str | None:
    """An untranslated message when ``name`` cannot be a focus, else None (blank means "in general")."""
    return text_problem(name, FOCUS_MAX)


def known_answers(answers: Mapping[str, object]) -> dict[str, int]:
    """Only the answers to statements this version asks, with values on the scale."""
    return {key: value for key, value in answers.items() if key in STATEMENTS_BY_KEY and is_answer(value)}


def first_unanswered(answers: Mapping[str, int], order: Sequence[Statement] = STATEMENTS) -> int | None:
    """The position of the first statement without an answer, or None when all are answered."""
    return next((i for i, statement in enumerate(order) if statement.key not in answers), None)


def reflection_due(last_taken_at: datetime | None, weeks: int, now: datetime) -> bool:
    """True when the suggestion to reflect again is due: ``weeks`` after the last reflection (never without one)."""
    return last_taken_at is not None and now - last_taken_at >= timedelta(weeks=weeks)
