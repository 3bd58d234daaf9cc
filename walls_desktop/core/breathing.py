"""Breath patterns and the records of breath sessions: the kinds of phase, the presets and their care note.

Checking and building a custom pattern, and the JSON form of its phases, live in ``breath_patterns``.

Planning a session and where it stands at a given moment live in ``breath_schedule``; the clock that measures
a session (pauses, sleep) in ``breath_clock``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP


class PhaseKind(enum.StrEnum):
    INHALE = "inhale"
    HOLD_FULL = "hold_full"  # hold after breathing in
    EXHALE = "exhale"
    HOLD_EMPTY = "hold_empty"  # rest after breathing out
    TOP_UP = "top_up"  # the short second inhale of the cyclic sigh

    @property
    def label(self) -> str:
        return _PHASE_LABELS[self]

    @property
    def is_hold(self) -> bool:
        return self in (PhaseKind.HOLD_FULL, PhaseKind.HOLD_EMPTY)


_PHASE_LABELS = {
    PhaseKind.INHALE: QT_TRANSLATE_NOOP("core", "Breathe in"),
    PhaseKind.HOLD_FULL: QT_TRANSLATE_NOOP("core", "Hold"),
    PhaseKind.EXHALE: QT_TRANSLATE_NOOP("core", "Breathe out"),
    PhaseKind.HOLD_EMPTY: QT_TRANSLATE_NOOP("core", "Rest"),
    PhaseKind.TOP_UP: QT_TRANSLATE_NOOP("core", "A little more in"),
}


@dataclass(frozen=True, slots=True)
class Phase:
    kind: PhaseKind
    seconds: float


@dataclass(frozen=True, slots=True)
class BreathPattern:
    """A named cycle of phases. Presets have a ``preset`` key and no id; custom patterns have an id once
    stored."""

    name: str
    phases: tuple[Phase, ...]
    description: str = ""
    preset: str | None = None
    id: int | None = None

    @property
    def cycle_seconds(self) -> float:
        return sum(p.seconds for p in self.phases)

    @property
    def key(self) -> str:
        """How a pattern is remembered: a preset by its key, the user's own by its id."""
        return self.preset or f"own:{self.id}"

    @property
    def has_holds(self) -> bool:
        return any(p.kind.is_hold for p in self.phases)


@dataclass(frozen=True, slots=True)
class BreathSessionRecord:
    """A finished (or ended early) breath session as it is kept."""

    started_at: datetime  # timezone-aware
    pattern_name: str
    phases: tuple[Phase, ...]
    planned_seconds: float
    actual_seconds: float
    breaths_done: int
    completed: bool
    planned_breaths: int | None = None  # set when the length was chosen in breaths
    anxiety_before: int | None = None  # 0-10
    anxiety_after: int | None = None  # 0-10
    moment_id: int | None = None
    id: int | None = None

    @property
    def anxiety_change(self) -> int | None:
        if self.anxiety_before is None or self.anxiety_after is None:
            return None
        return self.anxiety_after - self.anxiety_before


# --- Presets -----------------------------------------------------------------------------------------------


def _phases(*pairs: tuple[PhaseKind, float]) -> tuple[Phase, ...]:
    return tuple(Phase(kind, float(seconds)) for kind, seconds in pairs)


_IN, _FULL, _OUT, _EMPTY, _TOP = (
    PhaseKind.INHALE,
    PhaseKind.HOLD_FULL,
    PhaseKind.EXHALE,
    PhaseKind.HOLD_EMPTY,
    PhaseKind.TOP_UP,
)

PRESETS: tuple[BreathPattern, ...] = (
    BreathPattern(
        name=QT_TRANSLATE_NOOP("core", "Box breathing"),
        phases=_phases((_IN, 4), (_FULL, 4), (_OUT, 4), (_EMPTY, 4)),
        description=QT_TRANSLATE_NOOP(
            "core",
            "Four even sides of four seconds each. The steady count gives a racing mind something simple to "
            "hold on to.",
        ),
        preset="box",
    ),
    BreathPattern(
        name=QT_TRANSLATE_NOOP("core", "4-7-8"),
        phases=_phases((_IN, 4), (_FULL, 7), (_OUT, 8)),
        description=QT_TRANSLATE_NOOP(
            "core",
            "In for four, hold for seven, a slow eight out. Many find it helps them wind down, for example "
            "before sleep.",
        ),
        preset="4-7-8",
    ),
    BreathPattern(
        name=QT_TRANSLATE_NOOP("core", "Resonant breathing"),
        phases=_phases((_IN, 5.5), (_OUT, 5.5)),
        description=QT_TRANSLATE_NOOP(
            "core",
            "A soft, even wave of about five and a half breaths a minute, with no holding. Good for a longer "
            "quiet stretch.",
        ),
        preset="resonant",
    ),
    BreathPattern(
        name=QT_TRANSLATE_NOOP("core", "Longer out-breath"),
        phases=_phases((_IN, 4), (_OUT, 6)),
        description=QT_TRANSLATE_NOOP(
            "core",
            "Breathing out a little longer than in tells the body it can ease off. A gentle start when you "
            "feel on edge.",
        ),
        preset="long_exhale",
    ),
    BreathPattern(
        name=QT_TRANSLATE_NOOP("core", "Cyclic sigh"),
        # Timing: a 2 s inhale through the nose fills most of the lungs without strain; the top-up is a short
        # 1 s extra sip, because it only tops up air that is already there; the 6 s exhale is twice as long as
        # both inhales together, which keeps the emphasis on a long, slow release. One round is 9 s, about
        # 6.7 breaths a minute — slow, but easy to follow for someone who is already breathing fast.
        phases=_phases((_IN, 2), (_TOP, 1), (_OUT, 6)),
        description=QT_TRANSLATE_NOOP(
            "core",
            "Breathe in through the nose, sip in a little more, then let it all out slowly. A quick way to "
            "come down after a tense moment.",
        ),
        preset="cyclic_sigh",
    ),
)

PRESET_KEYS: tuple[str, ...] = tuple(p.preset for p in PRESETS if p.preset)


def preset_by_key(key: str) -> BreathPattern:
    """The preset with this key; KeyError for an unknown key (e.g. from an older or damaged store)."""
    for pattern in PRESETS:
        if pattern.preset == key:
            return pattern
    raise KeyError(key)


HOLD_CARE_NOTE = QT_TRANSLATE_NOOP(
    "core",
    "Holding the breath is not for everyone. If you feel dizzy or light-headed, stop; if holding feels "
    "wrong today, just breathe normally through the pauses.",
)


def care_note(pattern: BreathPattern) -> str | None:
    """An untranslated care note to show beside a pattern that holds the breath, else None."""
    return HOLD_CARE_NOTE if pattern.has_holds else None
