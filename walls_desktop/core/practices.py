"""Two short ways to settle beside breathing: grounding through the senses, and a self-compassion pause.

Each is a few prompts shown one at a time. The forms are well known and credited on the Settle page: grounding
through the senses (the "5-4-3-2-1" exercise many therapies use) and Kristin Neff's self-compassion break. The
words are Walls' own. A finished (or ended early) practice is kept as a ``PracticeSession`` with the anxiety rated
before and after, like a breath session.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP


class PracticeKind(enum.StrEnum):
    """The value is stored; never reuse one for another practice."""

    GROUNDING = "grounding"
    COMPASSION = "compassion"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return GROUNDING if self is PracticeKind.GROUNDING else COMPASSION


@dataclass(frozen=True, slots=True)
class Prompt:
    text: str  # untranslated, context "core"
    hint: str  # untranslated, context "core"
    seconds: float  # how long it stays when the prompts move on by themselves
    offers_kind_sentences: bool = False  # the person's own kind sentences are shown with it


_LABELS = {
    PracticeKind.GROUNDING: QT_TRANSLATE_NOOP("core", "Grounding through the senses"),
    PracticeKind.COMPASSION: QT_TRANSLATE_NOOP("core", "A self-compassion pause"),
}

_DESCRIPTIONS = {
    PracticeKind.GROUNDING: QT_TRANSLATE_NOOP(
        "core",
        "About three minutes of noticing what you can see, feel and hear, so your attention can land back in "
        "the room instead of in the alarm.",
    ),
    PracticeKind.COMPASSION: QT_TRANSLATE_NOOP(
        "core",
        "Three short steps: name that this is hard, remember that others feel it too, and offer yourself "
        "something kind.",
    ),
}

GROUNDING: tuple[Prompt, ...] = (
    Prompt(
        QT_TRANSLATE_NOOP("core", "Notice what is holding you up."),
        QT_TRANSLATE_NOOP(
            "core",
            "The floor under your feet, a chair or a bed under you, a wall at your back. Let it take your weight.",
        ),
        20,
    ),
    Prompt(
        QT_TRANSLATE_NOOP("core", "Look around and find five things you can see."),
        QT_TRANSLATE_NOOP("core", "Take your time with each one: its colour, its edges, where the light falls on it."),
        35,
    ),
    Prompt(
        QT_TRANSLATE_NOOP("core", "Find four things you can feel."),
        QT_TRANSLATE_NOOP(
            "core", "The cloth on your arms, the air on your hands, something smooth or rough within reach."
        ),
        35,
    ),
    Prompt(
        QT_TRANSLATE_NOOP("core", "Listen for three sounds."),
        QT_TRANSLATE_NOOP(
            "core", "One close by, one further away, and one you almost missed. You do not have to like them."
        ),
        30,
    ),
    Prompt(
        QT_TRANSLATE_NOOP("core", "Notice two things you can smell or taste."),
        QT_TRANSLATE_NOOP("core", "If nothing comes, that is fine: notice the air of the room, warm or cool."),
        25,
    ),
    Prompt(
        QT_TRANSLATE_NOOP("core", "Press your palms together, then let them go."),
        QT_TRANSLATE_NOOP("core", "Feel the warmth and the small pressure, and how it fades when you let go."),
        20,
    ),
    Prompt(
        QT_TRANSLATE_NOOP("core", "You are here, in this room, right now."),
        QT_TRANSLATE_NOOP("core", "Look around once more. When you are ready, let yourself come back to your day."),
        20,
    ),
)

COMPASSION: tuple[Prompt, ...] = (
    Prompt(
        QT_TRANSLATE_NOOP("core", "This is a hard moment."),
        QT_TRANSLATE_NOOP(
            "core",
            "Say it to yourself in your own words: “this hurts”, “I feel on edge”, “part of me wants to run”. "
            "Naming it is enough for now.",
        ),
        40,
    ),
    Prompt(
        QT_TRANSLATE_NOOP("core", "You are not the only one who feels this."),
        QT_TRANSLATE_NOOP(
            "core",
            "Many people tense up as someone comes closer. It does not mean something is wrong with you. It may be "
            "a way you learned, long ago, to keep yourself safe.",
        ),
        40,
    ),
    Prompt(
        QT_TRANSLATE_NOOP("core", "Offer yourself something kind."),
        QT_TRANSLATE_NOOP(
            "core",
            "A hand on your chest, a slow breath out, or the words you would give a friend in your place.",
        ),
        45,
        offers_kind_sentences=True,
    ),
)


@dataclass(frozen=True, slots=True)
class PracticeSession:
    """One practice as it is kept. ``steps_done`` counts the prompts reached, the first included."""

    kind: PracticeKind
    started_at: datetime  # timezone-aware
    seconds: float  # time spent in it, pauses left out
    steps_done: int
    steps_total: int
    completed: bool
    anxiety_before: int | None = None
    anxiety_after: int | None = None
    id: int | None = None
