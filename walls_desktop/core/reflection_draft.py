"""The reflection left half way, kept in settings after every answer, and read back forgivingly."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from walls_desktop.core.recover import aware_iso, recover_datetime, recover_int, storable
from walls_desktop.core.reflection import GENERAL, focus_problem, known_answers
from walls_desktop.core.reflection_statements import ANSWER_MAX, ANSWER_MIN, STATEMENTS

DRAFT_FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class ReflectionDraft:
    focus: str = GENERAL
    answers: Mapping[str, int] = field(default_factory=dict)
    position: int = 0  # the statement on screen, 0 .. len(STATEMENTS) - 1
    started_at: datetime | None = None


def draft_to_dict(draft: ReflectionDraft) -> dict[str, Any]:
    """JSON-safe: str, int and None only; a broken character in the focus becomes U+FFFD."""
    return {
        "version": DRAFT_FORMAT_VERSION,
        "focus": storable(draft.focus),
        "answers": known_answers(draft.answers),
        "position": _position(draft.position),
        "started_at": aware_iso(draft.started_at),
    }


def draft_from_dict(data: object) -> ReflectionDraft:
    """The draft ``data`` describes, keeping whatever is sound. Never raises."""
    if not isinstance(data, Mapping):
        return ReflectionDraft()
    try:
        focus = data.get("focus", GENERAL)
        if not isinstance(focus, str) or focus_problem(focus.strip()):
            return ReflectionDraft()  # answers about someone must never be filed under someone else
        focus = focus.strip()
        raw_answers = data.get("answers")
        answers = {}
        if isinstance(raw_answers, Mapping):
            for key, value in raw_answers.items():
                number = recover_int(value, ANSWER_MIN, ANSWER_MAX)
                if number is not None:
                    answers[key] = number
        position = recover_int(data.get("position"), 0, len(STATEMENTS) - 1) or 0
        return ReflectionDraft(focus, known_answers(answers), position, recover_datetime(data.get("started_at")))
    except Exception:  # a Mapping whose methods misbehave; nothing from it can be trusted
        return ReflectionDraft()


def offered_draft(stored: object) -> ReflectionDraft | None:
    """The stored draft when it is worth offering back (something answered), else None."""
    draft = None if stored is None else draft_from_dict(stored)
    return draft if draft is not None and draft.answers else None


def _position(value: object) -> int:
    return value if type(value) is int and 0 <= value < len(STATEMENTS) else 0
