"""What the store says after every write that committed: which kind of record, which one, and what happened.

Every repository announces its own writes through :meth:`Database.announce`, so no write can forget to: the
GUI subscribes once (``gui.changes.ChangeBoard``) and every view that shows a kind of record hears of it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Record(enum.StrEnum):
    MOMENT = "moment"
    BREATH_SESSION = "breath_session"
    PATTERN = "pattern"
    REFRAME = "reframe"
    REFLECTION = "reflection"
    LADDER_STEP = "ladder_step"
    LADDER_TRY = "ladder_try"
    CHECK_IN = "check_in"
    PRACTICE_SESSION = "practice_session"  # grounding and the self-compassion pause
    SETTING = "setting"  # the id is the setting's key (kind sentences and the reframe draft are settings too)


class Action(enum.StrEnum):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class Change:
    record: Record
    id: int | str | None
    action: Action
