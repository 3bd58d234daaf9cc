"""This week against last, in figures the Today page turns into kind words: what was done, never what was not.

Weeks run Monday to Sunday in the person's own time zone. Every figure counts things that happened; a week with
nothing in it simply has nothing to tell (the page words that gently, without counting).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from walls_desktop.core.ladder import Outcome
from walls_desktop.core.moments import ALL_SIGNS, Sign
from walls_desktop.core.ratings import ANXIETY

if TYPE_CHECKING:  # Today reads the week at start-up: only what it needs loads then
    from walls_desktop.core.breathing import BreathSessionRecord
    from walls_desktop.core.ladder import LadderTry
    from walls_desktop.core.moments import Moment
    from walls_desktop.core.practices import PracticeSession
    from walls_desktop.core.reframe import Reframe

TOP_SIGNS = 2


@dataclass(frozen=True, slots=True)
class WeekFigures:
    moments: int = 0
    avg_anxiety: float | None = None  # of the moments
    top_signs: tuple[Sign, ...] = ()  # the signs seen most, most first (at most TOP_SIGNS)
    settles: int = 0  # breath sessions and the other practices
    avg_ease: float | None = None  # how far anxiety fell on average over the rated ones (negative: it rose)
    reframes: int = 0
    tries: int = 0
    fear_came_true: int = 0  # tries where the feared outcome happened
    fear_partly: int = 0

    @property
    def is_empty(self) -> bool:
        return not (self.moments or self.settles or self.reframes or self.tries)


def week_bounds(now: datetime, tz: tzinfo) -> tuple[datetime, datetime, datetime]:
    """(last week's Monday, this week's Monday, next week's Monday), each at local midnight, timezone-aware."""
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    today = now.astimezone(tz).date()
    monday = today - timedelta(days=today.weekday())
    starts = [datetime.combine(monday + timedelta(weeks=k), time(), tzinfo=tz) for k in (-1, 0, 1)]
    return starts[0], starts[1], starts[2]


def week_figures(
    moments: Iterable[Moment],
    breath: Iterable[BreathSessionRecord],
    practices: Iterable[PracticeSession],
    reframes: Iterable[Reframe],
    tries: Iterable[LadderTry],
) -> WeekFigures:
    """The figures of one week, from the records of that week (the caller picks them by time)."""
    moments = list(moments)
    signs: Counter[Sign] = Counter(sign for m in moments for sign in ALL_SIGNS if sign in m.signs)
    top = tuple(sorted((s for s in ALL_SIGNS if signs[s]), key=lambda s: -signs[s])[:TOP_SIGNS])
    ratings = [(s.anxiety_before, s.anxiety_after) for s in breath]
    ratings += [(p.anxiety_before, p.anxiety_after) for p in practices]
    eases = [b - a for b, a in ratings if ANXIETY.contains(b) and ANXIETY.contains(a)]  # type: ignore[operator]
    outcomes = Counter(t.outcome for t in tries)
    return WeekFigures(
        moments=len(moments),
        avg_anxiety=_mean([m.anxiety for m in moments]),
        top_signs=top,
        settles=len(ratings),
        avg_ease=_mean(eases),
        reframes=sum(1 for _ in reframes),
        tries=sum(outcomes.values()),
        fear_came_true=outcomes[Outcome.YES],
        fear_partly=outcomes[Outcome.PARTLY],
    )


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None
