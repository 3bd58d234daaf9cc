"""Closeness moments: the centre of Walls. A moment is one time closeness stirred anxiety."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP


class ClosenessKind(enum.StrEnum):
    """What kind of closeness it was. The value is stored; the label is shown."""

    DEEP_TALK = "deep_talk"
    AFFECTION = "affection"
    MORE_TIME = "more_time"
    COMMITMENT = "commitment"
    CONFLICT = "conflict"
    VULNERABLE = "vulnerable"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ClosenessKind.DEEP_TALK: QT_TRANSLATE_NOOP("core", "A deep talk"),
    ClosenessKind.AFFECTION: QT_TRANSLATE_NOOP("core", "Physical affection"),
    ClosenessKind.MORE_TIME: QT_TRANSLATE_NOOP("core", "They wanted more time together"),
    ClosenessKind.COMMITMENT: QT_TRANSLATE_NOOP("core", "Talk of commitment"),
    ClosenessKind.CONFLICT: QT_TRANSLATE_NOOP("core", "A conflict"),
    ClosenessKind.VULNERABLE: QT_TRANSLATE_NOOP("core", "Being seen when vulnerable"),
    ClosenessKind.OTHER: QT_TRANSLATE_NOOP("core", "Something else"),
}


class Sign(enum.IntFlag):
    """The five signs that a wall is going up. Stored together as one bit mask."""

    WITHDREW = 1  # pulled back as things deepened
    DISTANCED = 2  # moved away when they came close
    STAYED_IN_HEAD = 4  # reached for logic instead of feeling
    FOUND_FAULT = 8  # started finding faults in them or the relationship
    ALARM = 16  # unease rising towards panic

    @property
    def label(self) -> str:
        return _SIGN_LABELS[self]


_SIGN_LABELS = {
    Sign.WITHDREW: QT_TRANSLATE_NOOP("core", "I pulled back as it got deeper"),
    Sign.DISTANCED: QT_TRANSLATE_NOOP("core", "I put distance between us when they came close"),
    Sign.STAYED_IN_HEAD: QT_TRANSLATE_NOOP("core", "I stayed in my head instead of my feelings"),
    Sign.FOUND_FAULT: QT_TRANSLATE_NOOP("core", "I started finding faults"),
    Sign.ALARM: QT_TRANSLATE_NOOP("core", "Unease grew, maybe towards panic"),
}

ALL_SIGNS: tuple[Sign, ...] = tuple(Sign)  # in display order
NO_SIGNS = Sign(0)


@dataclass(frozen=True, slots=True)
class Moment:
    """One logged moment of closeness. ``id`` is None until stored."""

    occurred_at: datetime  # timezone-aware
    anxiety: int  # 0-10, see ratings.ANXIETY
    kind: ClosenessKind
    person: str = ""
    signs: Sign = NO_SIGNS
    action: str = ""  # what I did
    note: str = ""
    id: int | None = None
