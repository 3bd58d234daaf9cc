"""Breath patterns and the records of breath sessions.

(Presets, validation and the session schedule live beside these in this package; see breath_schedule.py.)
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
