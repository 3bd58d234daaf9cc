"""A check-in: how anxious the person is right now, with an optional word on what is happening and with whom.

Quicker than a moment (one rating, two optional lines); it can be turned into a full moment later, which links
the two (``moment_id``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP
from walls_desktop.core.ratings import ANXIETY
from walls_desktop.core.text import SHORT_TEXT_MAX, text_problem

HAPPENING_MAX = SHORT_TEXT_MAX
PERSON_MAX = SHORT_TEXT_MAX


@dataclass(frozen=True, slots=True)
class CheckIn:
    at: datetime  # timezone-aware
    anxiety: int  # 0-10, ratings.ANXIETY
    happening: str = ""  # a word or a line on what is going on
    person: str = ""  # with whom; '' for no one in particular
    critic_loud: bool = False  # a harsh inner voice is loud right now
    moment_id: int | None = None  # the full moment made from it, once there is one
    id: int | None = None


def check_in_problem(anxiety: int | None, happening: str, person: str) -> str | None:
    """An untranslated message for the first thing that keeps the check-in from being kept, else None."""
    if not ANXIETY.contains(anxiety):
        return CHOOSE_A_RATING
    for text, limit in ((happening, HAPPENING_MAX), (person, PERSON_MAX)):
        if (problem := text_problem(text, limit)) is not None:
            return problem
    return None


CHOOSE_A_RATING = QT_TRANSLATE_NOOP("core", "Choose a number from 0 to 10 for how anxious you feel right now.")
