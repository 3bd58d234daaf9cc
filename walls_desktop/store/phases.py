"""Breath phases as JSON text, in the core's form: ``[["inhale", 4.0], ["exhale", 6.0]]``.

A custom pattern is read back strictly (it must still be a pattern the core accepts). A session's phases
are history, kept as they were used, so they are read back leniently: today's rules for custom patterns do
not apply to what was breathed last year.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path

from walls_desktop.core.breath_patterns import DamagedPhasesError, phases_from_json, phases_to_json
from walls_desktop.core.breathing import Phase, PhaseKind
from walls_desktop.store import values
from walls_desktop.store.errors import StoreError, StoreErrorKind


def phases_text(phases: Sequence[Phase], field: str = "phases") -> str:
    for index, phase in enumerate(phases):
        if not isinstance(phase, Phase):
            raise TypeError(f"{field}[{index}] must be a Phase, not {type(phase).__name__}")
        if not isinstance(phase.kind, PhaseKind):
            raise TypeError(f"{field}[{index}].kind must be a PhaseKind, not {type(phase.kind).__name__}")
        values.seconds(phase.seconds, f"{field}[{index}].seconds")
    return json.dumps(phases_to_json(phases), separators=(",", ":"), allow_nan=False)


def pattern_phases(text: str, path: Path | None, what: str) -> tuple[Phase, ...]:
    try:
        return phases_from_json(json.loads(text))
    except (ValueError, DamagedPhasesError) as exc:  # JSONDecodeError is a ValueError
        raise StoreError(StoreErrorKind.CORRUPT, path, f"{what}: {exc}") from exc


def recorded_phases(text: str, path: Path | None, what: str) -> tuple[Phase, ...]:
    try:
        phases = tuple(Phase(PhaseKind(kind), float(seconds)) for kind, seconds in json.loads(text))
    except (ValueError, TypeError) as exc:
        raise StoreError(StoreErrorKind.CORRUPT, path, f"{what}: {exc}") from exc
    if not all(math.isfinite(phase.seconds) and phase.seconds >= 0 for phase in phases):
        raise StoreError(StoreErrorKind.CORRUPT, path, f"{what}: seconds out of range")
    return phases
