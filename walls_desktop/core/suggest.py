"""After a check-in, the one practice Walls suggests, from the person's own data where there is enough.

The rules, in order:

1. A loud inner critic, while anxiety is not at its peak (at most ``CRITIC_MAX``): answer it with a reframe.
2. Anxiety rated low (at most ``STEADY_MAX``) and a next step on the ladder expected to be manageable (at most
   ``STEP_EXPECTED_MAX``): that step, as an offer. Calm is not a condition for a step; it is only a good moment
   to offer one, and a step feared as very hard is not pressed on anyone.
3. Whatever eased them most before (breath patterns and the other practices, rated before and after, each with
   at least ``insights.MIN_RATED_SESSIONS`` sessions and a fall in anxiety of at least ``EASED_MIN`` on average).
4. Otherwise a plain default: slow breathing when anxiety is high, grounding in the middle, a kind pause when
   low.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from walls_desktop.core.breathing import BreathSessionRecord
from walls_desktop.core.insights import MIN_RATED_SESSIONS, best_by_drop, ratings_needed_by_drop
from walls_desktop.core.ladder import LadderStep
from walls_desktop.core.practices import PracticeSession

STEADY_MAX = 3
STEP_EXPECTED_MAX = 6
EASED_MIN = 0.5  # points on the 0-10 scale: less is within the noise of a rating
CRITIC_MAX = 7
HIGH_FROM = 7
CRISIS_FROM = 9  # at this level the crisis lines are named beside the suggestion


class Practice(enum.StrEnum):
    BREATHE = "breathe"
    GROUNDING = "grounding"  # core.practices.PracticeKind values, so a stored kind maps straight across
    COMPASSION = "compassion"
    LADDER = "ladder"
    REFRAME = "reframe"


class Why(enum.StrEnum):
    CRITIC = "critic"
    STEADY = "steady"
    EASED_YOU = "eased_you"
    DEFAULT = "default"


@dataclass(frozen=True, slots=True)
class Suggestion:
    practice: Practice
    why: Why
    pattern_name: str = ""  # the breath pattern that eased them, for BREATHE from their data
    step: LadderStep | None = None  # for LADDER
    avg_drop: float | None = None  # for EASED_YOU: how far anxiety fell on average
    sessions: int = 0  # for EASED_YOU: over how many rated sessions
    crisis_near: bool = False


Eased = tuple[Practice, str, float, int]  # the practice, the breath pattern's name or '', average fall, sessions


def best_eased(
    breath: Iterable[BreathSessionRecord], practices: Iterable[PracticeSession], min_sessions: int = MIN_RATED_SESSIONS
) -> Eased | None:
    """What anxiety fell most after on average (a breath pattern, grounding, the kind pause), among those with
    ``min_sessions`` rated sessions; the fall may be zero or negative."""
    best = best_by_drop(_rated(breath, practices), min_sessions)
    if best is None:
        return None
    (practice, name), drop, n = best
    return Practice(practice), name, drop, n


def eased_most(
    breath: Iterable[BreathSessionRecord], practices: Iterable[PracticeSession], min_sessions: int = MIN_RATED_SESSIONS
) -> Eased | None:
    """:func:`best_eased`, only when anxiety fell after it by at least ``EASED_MIN`` on average."""
    best = best_eased(breath, practices, min_sessions)
    return best if best is not None and best[2] >= EASED_MIN else None


def ratings_needed(
    breath: Iterable[BreathSessionRecord], practices: Iterable[PracticeSession], min_sessions: int = MIN_RATED_SESSIONS
) -> int:
    """How many more rated sessions of one practice (the one closest to enough) before :func:`best_eased` can
    answer; 0 when it already can."""
    return ratings_needed_by_drop(_rated(breath, practices), min_sessions)


def _rated(breath: Iterable[BreathSessionRecord], practices: Iterable[PracticeSession]) -> list[tuple]:
    rated: list[tuple] = [((Practice.BREATHE.value, s.pattern_name), s.anxiety_before, s.anxiety_after) for s in breath]
    rated += [((str(p.kind), ""), p.anxiety_before, p.anxiety_after) for p in practices]
    return rated


def suggest(
    anxiety: int,
    *,
    critic_loud: bool,
    next_step: LadderStep | None,
    eased: Eased | None,
) -> Suggestion:
    crisis = anxiety >= CRISIS_FROM
    if critic_loud and anxiety <= CRITIC_MAX:
        return Suggestion(Practice.REFRAME, Why.CRITIC, crisis_near=crisis)
    if anxiety <= STEADY_MAX and next_step is not None and next_step.expected_anxiety <= STEP_EXPECTED_MAX:
        return Suggestion(Practice.LADDER, Why.STEADY, step=next_step)
    if eased is not None:
        practice, name, drop, n = eased
        return Suggestion(practice, Why.EASED_YOU, pattern_name=name, avg_drop=drop, sessions=n, crisis_near=crisis)
    if anxiety >= HIGH_FROM:
        practice = Practice.BREATHE
    elif anxiety > STEADY_MAX:
        practice = Practice.GROUNDING
    else:
        practice = Practice.COMPASSION
    return Suggestion(practice, Why.DEFAULT, crisis_near=crisis)
