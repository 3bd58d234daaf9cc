"""Predictions written before a try and kept until the person comes back to say how it went.

Writing the prediction down before the step, not afterwards with hindsight, is what makes a try a fair test.
They are kept in one setting as JSON-safe data, one per step; reading back forgives damage, keeping what is
sound.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from walls_desktop.core.ladder import FEARED_MAX
from walls_desktop.core.ratings import ANXIETY, PERCENT
from walls_desktop.core.recover import aware_iso, recover_datetime, recover_int, storable
from walls_desktop.core.reframe_flow import ID_MAX

MAX_KEPT = 500  # far more steps than a ladder has; a damaged setting cannot grow without end


@dataclass(frozen=True, slots=True)
class Prediction:
    feared: str
    expected_anxiety: int
    likelihood: int
    written_at: datetime


def predictions_to_dict(predictions: Mapping[int, Prediction]) -> dict[str, Any]:
    return {
        str(step_id): {
            "feared": storable(p.feared),
            "expected_anxiety": p.expected_anxiety,
            "likelihood": p.likelihood,
            "written_at": aware_iso(p.written_at),
        }
        for step_id, p in list(predictions.items())[:MAX_KEPT]
    }


def predictions_from_dict(data: object) -> dict[int, Prediction]:
    """Every sound prediction in ``data``; anything damaged is left out. Never raises."""
    if not isinstance(data, Mapping):
        return {}
    kept: dict[int, Prediction] = {}
    try:
        for key, value in list(data.items())[:MAX_KEPT]:
            step_id = recover_int(key, 1, ID_MAX)
            if step_id is None or not isinstance(value, Mapping):
                continue
            feared = value.get("feared")
            expected = recover_int(value.get("expected_anxiety"), ANXIETY.minimum, ANXIETY.maximum)
            likelihood = recover_int(value.get("likelihood"), PERCENT.minimum, PERCENT.maximum)
            written_at = recover_datetime(value.get("written_at"))
            if (
                isinstance(feared, str)
                and feared.strip()
                and len(feared) <= FEARED_MAX
                and None not in (expected, likelihood, written_at)
            ):
                kept[step_id] = Prediction(feared, expected, likelihood, written_at)
    except Exception:  # a Mapping whose methods misbehave; nothing from it can be trusted
        return {}
    return kept
