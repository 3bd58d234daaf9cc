"""Words for a reflection's result: where it sits, how it has moved, and which practice may help.

They describe tendencies, for now, in warm and plain words; they never name a type or a diagnosis. Texts are
untranslated (context "core"); placeholders such as ``{date}`` are filled in by the GUI, which formats dates
and numbers for the user's language.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP
from walls_desktop.core.reflection import Reflection
from walls_desktop.core.reflection_statements import Dimension

LOWER_BELOW = 3.5  # a mean under this sits in the lower part of the 1-7 range
HIGHER_FROM = 4.5  # from this it sits in the higher part
STEADY_WITHIN = 0.5  # a smaller move than this between two reflections is "about the same"


class Band(enum.Enum):
    LOWER = "lower"
    MIDDLE = "middle"
    HIGHER = "higher"


def band(mean: float) -> Band:
    if mean < LOWER_BELOW:
        return Band.LOWER
    return Band.MIDDLE if mean < HIGHER_FROM else Band.HIGHER


_PLACE: dict[tuple[Dimension, Band], str] = {
    (Dimension.WORRY, Band.LOWER): QT_TRANSLATE_NOOP(
        "core",
        "For now, worry about being left seems to stay in the background: a quiet spell or a late reply "
        "rarely feels like a threat.",
    ),
    (Dimension.WORRY, Band.MIDDLE): QT_TRANSLATE_NOOP(
        "core",
        "Worry about being left comes and goes: some silences pass easily, while others set your mind working.",
    ),
    (Dimension.WORRY, Band.HIGHER): QT_TRANSLATE_NOOP(
        "core",
        "Worry about being left seems strong at the moment: a silence or a change of tone can quickly feel like a "
        "sign of someone pulling away. That alarm is trying to protect you, and it can be calmed.",
    ),
    (Dimension.UNEASE, Band.LOWER): QT_TRANSLATE_NOOP(
        "core", "Closeness, and leaning on someone, seem to feel fairly comfortable for you just now."
    ),
    (Dimension.UNEASE, Band.MIDDLE): QT_TRANSLATE_NOOP(
        "core",
        "Closeness feels easy at some times and crowded at others; now and then you may notice yourself stepping back.",
    ),
    (Dimension.UNEASE, Band.HIGHER): QT_TRANSLATE_NOOP(
        "core",
        "Closeness, and depending on someone, seem to stir up unease at the moment: keeping busy, keeping things "
        "light or keeping a distance may feel safer. Small steps you choose yourself can make closeness feel "
        "less risky.",
    ),
}

_MOVED: dict[tuple[Dimension, int], str] = {
    (Dimension.WORRY, -1): QT_TRANSLATE_NOOP(
        "core", "Worry about being left has eased since {date}: from {before} to {after}."
    ),
    (Dimension.WORRY, 0): QT_TRANSLATE_NOOP(
        "core", "Worry about being left is about where it was on {date} ({before}, now {after})."
    ),
    (Dimension.WORRY, 1): QT_TRANSLATE_NOOP(
        "core",
        "Worry about being left is higher than on {date}: from {before} to {after}. Harder seasons come and go, "
        "and this can ease again.",
    ),
    (Dimension.UNEASE, -1): QT_TRANSLATE_NOOP(
        "core", "Unease with closeness has eased since {date}: from {before} to {after}."
    ),
    (Dimension.UNEASE, 0): QT_TRANSLATE_NOOP(
        "core", "Unease with closeness is about where it was on {date} ({before}, now {after})."
    ),
    (Dimension.UNEASE, 1): QT_TRANSLATE_NOOP(
        "core",
        "Unease with closeness is higher than on {date}: from {before} to {after}. Stepping back under strain "
        "is understandable, and it can change again.",
    ),
}

NOT_ENOUGH = QT_TRANSLATE_NOOP(
    "core",
    "{dimension}: {answered} of {total} statements answered. A score needs at least {needed}, so this part "
    "has none this time.",
)

CAVEAT = QT_TRANSLATE_NOOP(
    "core",
    "A reflection, not a diagnosis, and no substitute for professional care. It shows tendencies at one "
    "moment in time, and they can change.",
)


def place_text(dimension: Dimension, mean: float) -> str:
    return _PLACE[(dimension, band(mean))]


def direction(before: float, after: float) -> int:
    """-1 eased, 0 about the same, 1 higher."""
    moved = after - before
    if abs(moved) < STEADY_WITHIN:
        return 0
    return -1 if moved < 0 else 1


def movement_text(dimension: Dimension, before: float, after: float) -> str:
    """A template with {date}, {before} and {after}."""
    return _MOVED[(dimension, direction(before, after))]


@dataclass(frozen=True, slots=True)
class Suggestion:
    page: str  # a page key (gui.pages.registry)
    text: str  # untranslated, context "core"


_FOR_WORRY = (
    Suggestion("breathe", QT_TRANSLATE_NOOP("core", "Slow breathing, when a silence alarms you")),
    Suggestion("reframe", QT_TRANSLATE_NOOP("core", "A kinder answer to the worried thoughts")),
)
_FOR_UNEASE = (
    Suggestion("ladder", QT_TRANSLATE_NOOP("core", "Small steps of sharing, at your own pace")),
    Suggestion("moments", QT_TRANSLATE_NOOP("core", "Noticing when you step back, and why")),
)
_FOR_BOTH_LOWER = (Suggestion("moments", QT_TRANSLATE_NOOP("core", "Noticing what makes closeness feel safe")),)


def suggestions(reflection: Reflection) -> tuple[Suggestion, ...]:
    """The practices that fit where the reflection sits: for the dimension that is higher first."""
    worry = reflection.score(Dimension.WORRY).mean
    unease = reflection.score(Dimension.UNEASE).mean
    chosen: list[Suggestion] = []
    ranked = sorted(((worry, _FOR_WORRY), (unease, _FOR_UNEASE)), key=lambda pair: -(pair[0] or 0))
    for mean, fitting in ranked:
        if mean is not None and band(mean) is not Band.LOWER:
            chosen.extend(fitting)
    return tuple(chosen) if chosen else _FOR_BOTH_LOWER
