"""The unfinished reframe exercise as JSON-safe data, for autosaving as the user types, and back.

Reading back never raises: a damaged or older draft gives back as much as can be recovered.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from walls_desktop.core.ratings import PERCENT
from walls_desktop.core.recover import aware_iso, recover_datetime, recover_int, storable
from walls_desktop.core.reframe import ThinkingTrap
from walls_desktop.core.reframe_flow import ID_MAX, ID_MIN, STEPS, ReframeDraft, Step, first_blocked_step, is_row_id

DRAFT_FORMAT_VERSION = 1


_TEXT_FIELDS = ("situation", "critic", "feeling", "not_alone", "friend", "reframe")
_PERCENT_FIELDS = ("belief_before", "feeling_intensity", "belief_after", "reframe_belief")


def draft_to_dict(draft: ReframeDraft) -> dict[str, Any]:
    """A JSON-safe dict of the draft: only str, int, bool, None and lists of str.

    A broken character (a lone surrogate) is written as U+FFFD, so the dict can be encoded as UTF-8 anywhere
    (SQLite, a settings file); the step's check no longer trips over it once read back, and the user sees
    where it was.
    """
    data: dict[str, Any] = {"version": DRAFT_FORMAT_VERSION, "step": draft.step.value}
    data["moment_id"] = draft.moment_id if is_row_id(draft.moment_id) else None
    for name in _TEXT_FIELDS:
        data[name] = storable(getattr(draft, name))
    for name in _PERCENT_FIELDS:
        value = getattr(draft, name)
        data[name] = value if PERCENT.contains(value) else None
    data["traps"] = sorted(trap.value for trap in draft.traps if isinstance(trap, ThinkingTrap))
    data["share_with_therapist"] = draft.share_with_therapist is True
    data["started_at"] = aware_iso(draft.started_at)
    return data


def draft_from_dict(data: object) -> ReframeDraft:
    """The draft a dict from :func:`draft_to_dict` describes. Never raises.

    Forgiving: any field that is missing, of the wrong type or out of range is left at its default, unknown
    keys and thinking traps are ignored, and a number written as ``50.0`` or ``"50"`` is read as 50. The step
    is moved back to the first step that cannot be left, so a damaged draft never opens past a gap.
    """
    if not isinstance(data, Mapping):
        return ReframeDraft()
    try:
        changes: dict[str, Any] = {}
        for name in _TEXT_FIELDS:
            value = data.get(name)
            if isinstance(value, str):
                changes[name] = value
        for name in _PERCENT_FIELDS:
            changes[name] = recover_int(data.get(name), PERCENT.minimum, PERCENT.maximum)
        changes["moment_id"] = recover_int(data.get("moment_id"), ID_MIN, ID_MAX)
        changes["traps"] = _recover_traps(data.get("traps"))
        changes["share_with_therapist"] = data.get("share_with_therapist") is True
        changes["started_at"] = recover_datetime(data.get("started_at"))
        draft = ReframeDraft(**changes)
        step = _recover_step(data.get("step"))
        blocked = first_blocked_step(draft)
        if blocked is not None and blocked.number < step.number:
            step = blocked
        return dataclasses.replace(draft, step=step)
    except Exception:  # a Mapping whose methods misbehave; nothing from it can be trusted
        return ReframeDraft()


# --- helpers


def _recover_traps(value: object) -> frozenset[ThinkingTrap]:
    if not isinstance(value, list | tuple):
        return frozenset()
    known = {trap.value: trap for trap in ThinkingTrap}
    return frozenset(known[item] for item in value if isinstance(item, str) and item in known)


def _recover_step(value: object) -> Step:
    if isinstance(value, str):
        for step in STEPS:
            if step.value == value:
                return step
    return Step.MOMENT
