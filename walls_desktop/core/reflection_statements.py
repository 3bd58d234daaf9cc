"""Reflect's statements and its answer scale: data only, written for Walls.

Two continuous dimensions, never types: worry about being left or loved less, and unease with closeness and
with depending on someone. Every statement speaks of "someone close": when the person reflects on one
relationship, the screen asks them to read it as that person. Each statement belongs to one dimension; a
reverse-keyed one describes the opposite pole (ease, welcome), so its answer counts as 8 - x. The wording is
ours and deliberately concrete (a message, a plan, a hug), not any published questionnaire's. A statement's
key is what the store keeps, so a key is never reused for different words; retire it instead.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP

ANSWER_MIN = 1
ANSWER_MAX = 7

# Every point of the scale has its words (shown with its digit, which is also its key).
ANSWER_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("core", "Disagree strongly"),
    QT_TRANSLATE_NOOP("core", "Disagree"),
    QT_TRANSLATE_NOOP("core", "Disagree a little"),
    QT_TRANSLATE_NOOP("core", "Neither agree nor disagree"),
    QT_TRANSLATE_NOOP("core", "Agree a little"),
    QT_TRANSLATE_NOOP("core", "Agree"),
    QT_TRANSLATE_NOOP("core", "Agree strongly"),
)


class Dimension(enum.StrEnum):
    WORRY = "worry"  # worry about being left, or loved less, by someone close
    UNEASE = "unease"  # unease with closeness and with depending on someone

    @property
    def title(self) -> str:
        return _TITLES[self]

    @property
    def axis(self) -> str:
        return _AXES[self]


_TITLES = {
    Dimension.WORRY: QT_TRANSLATE_NOOP("core", "Worry about being left or loved less"),
    Dimension.UNEASE: QT_TRANSLATE_NOOP("core", "Unease with closeness and leaning on someone"),
}
_AXES = {
    Dimension.WORRY: QT_TRANSLATE_NOOP("core", "Worry about being left"),
    Dimension.UNEASE: QT_TRANSLATE_NOOP("core", "Unease with closeness"),
}


@dataclass(frozen=True, slots=True)
class Statement:
    key: str
    dimension: Dimension
    text: str  # untranslated, context "core"
    reverse: bool = False


_W, _U = Dimension.WORRY, Dimension.UNEASE

# Shown in this order: the two dimensions take turns, so neither arrives as a block.
STATEMENTS: tuple[Statement, ...] = (
    Statement(
        "worry.unanswered",
        _W,
        QT_TRANSLATE_NOOP(
            "core",
            "When a message to someone close goes unanswered for a while, my mind fills the silence with "
            "reasons they might be drifting away.",
        ),
    ),
    Statement(
        "unease.how_are_you",
        _U,
        QT_TRANSLATE_NOOP(
            "core", "When someone close asks how I am really doing, I tend to steer the talk somewhere else."
        ),
    ),
    Statement(
        "worry.replay",
        _W,
        QT_TRANSLATE_NOOP(
            "core", "After time with someone close, I go back over what I said, looking for the moment I put them off."
        ),
    ),
    Statement(
        "unease.future_talk",
        _U,
        QT_TRANSLATE_NOOP("core", "When someone close starts talking about our future, I find a reason to be busy."),
    ),
    Statement(
        "worry.quiet_evening",
        _W,
        QT_TRANSLATE_NOOP(
            "core", "I can let an evening apart from someone close simply be an evening apart, without reading into it."
        ),
        reverse=True,
    ),
    Statement(
        "unease.hard_day",
        _U,
        QT_TRANSLATE_NOOP("core", "After a hard day, I let someone close see that I am not fine."),
        reverse=True,
    ),
    Statement(
        "worry.tone",
        _W,
        QT_TRANSLATE_NOOP(
            "core", "A small change in the tone of someone close can stay with me for the rest of the day."
        ),
    ),
    Statement(
        "unease.hard_week",
        _U,
        QT_TRANSLATE_NOOP("core", "I would rather get through a hard week on my own than lean on someone close."),
    ),
    Statement(
        "worry.busy",
        _W,
        QT_TRANSLATE_NOOP(
            "core", "When someone close seems busy or far away, I trust that it usually has little to do with me."
        ),
        reverse=True,
    ),
    Statement(
        "unease.affection",
        _U,
        QT_TRANSLATE_NOOP(
            "core", "A long hug or a loving look can make me want to change the subject or find something to do."
        ),
    ),
    Statement(
        "worry.plans",
        _W,
        QT_TRANSLATE_NOOP(
            "core", "When plans with someone close fall through, I take it as a sign of how they feel about me."
        ),
    ),
    Statement(
        "unease.cared_for",
        _U,
        QT_TRANSLATE_NOOP("core", "If I were ill, I would welcome someone close looking after me."),
        reverse=True,
    ),
    Statement(
        "worry.saying_no",
        _W,
        QT_TRANSLATE_NOOP(
            "core", "I go along with plans I do not want, in case saying no would make someone close care for me less."
        ),
    ),
    Statement(
        "unease.holiday",
        _U,
        QT_TRANSLATE_NOOP("core", "A holiday with someone close booked months ahead makes me feel hemmed in."),
    ),
    Statement(
        "worry.disagree",
        _W,
        QT_TRANSLATE_NOOP("core", "When someone close and I disagree, I trust that what is between us can hold it."),
        reverse=True,
    ),
    Statement(
        "unease.boxes",
        _U,
        QT_TRANSLATE_NOOP(
            "core", "I keep parts of my life in separate boxes, so that someone close never sees all of it."
        ),
    ),
    Statement(
        "worry.quieter",
        _W,
        QT_TRANSLATE_NOOP(
            "core", "When someone close is quieter than usual, I start preparing myself for them to end things."
        ),
    ),
    Statement(
        "unease.talk_about_us",
        _U,
        QT_TRANSLATE_NOOP("core", "I welcome it when someone close wants to talk about how the two of us are doing."),
        reverse=True,
    ),
    Statement(
        "worry.few_days",
        _W,
        QT_TRANSLATE_NOOP("core", "I feel settled with someone close even after a few days without any contact."),
        reverse=True,
    ),
    Statement(
        "unease.leans_on_me",
        _U,
        QT_TRANSLATE_NOOP("core", "When someone close leans on me after a bad day, I am glad to be there for them."),
        reverse=True,
    ),
)

STATEMENTS_BY_KEY: dict[str, Statement] = {statement.key: statement for statement in STATEMENTS}


def statements_of(dimension: Dimension) -> tuple[Statement, ...]:
    return tuple(statement for statement in STATEMENTS if statement.dimension is dimension)
