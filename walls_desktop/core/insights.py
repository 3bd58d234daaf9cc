"""The numbers the chart page shows beside the chart, computed from plain sequences.

The store hands over parallel lists (times and values); nothing here needs them sorted. Times are
timezone-aware datetimes or POSIX seconds (floats), whichever the caller has at hand — seconds are faster.
Every function here is linear or n·log n in the number of points, so a hundred thousand moments take a few
tens of milliseconds.

Calendar questions (which month, which week) are answered in the user's own time zone, passed in as a
``tzinfo`` (a ``zoneinfo.ZoneInfo``), so a moment at 00:30 on the first of the month counts for that month
even when daylight saving time changed in between.
"""

from __future__ import annotations

import enum
import itertools
import operator
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from fractions import Fraction
from functools import partial
from itertools import accumulate
from typing import NamedTuple, TypeVar

from walls_desktop.core.breathing import BreathSessionRecord
from walls_desktop.core.i18n import QT_TRANSLATE_NOOP
from walls_desktop.core.moments import ALL_SIGNS, Sign
from walls_desktop.core.ratings import ANXIETY

TimeLike = datetime | float
_Key = TypeVar("_Key")

_DAY_SECONDS = 86_400.0
_SIGN_BITS = tuple(int(sign) for sign in ALL_SIGNS)


def to_seconds(times: Sequence[TimeLike]) -> list[float]:
    """POSIX seconds for each time. Every function here accepts the result in place of datetimes: convert once
    when several numbers are wanted from the same moments. Fast when all times are of one kind; datetimes in
    UTC convert about three times faster than ones in a ZoneInfo zone."""
    if not times:
        return []
    try:
        if isinstance(times[0], datetime):
            return [t.timestamp() for t in times]  # type: ignore[union-attr]
        return list(map(float, times))  # type: ignore[arg-type]
    except (AttributeError, TypeError):
        return [t.timestamp() if isinstance(t, datetime) else float(t) for t in times]


# --- rolling average


def rolling_average(times: Sequence[TimeLike], values: Sequence[float], window_days: float) -> list[float]:
    """The trailing average at each point: the mean of every value whose time lies in ``(t - window, t]``.

    The result is in the same order as the input. Points at the very same time share one average (each sees
    the others), and a point exactly ``window_days`` before ``t`` has just left the window.
    """
    if len(times) != len(values):
        raise ValueError("times and values must have the same length")
    if not window_days > 0:
        raise ValueError("window_days must be positive")
    seconds = to_seconds(times)
    count = len(seconds)
    if count == 0:
        return []
    if _is_sorted(seconds):
        order: Sequence[int] = range(count)
        sorted_seconds, sorted_values = seconds, list(values)
    else:
        order = sorted(range(count), key=seconds.__getitem__)
        sorted_seconds = [seconds[i] for i in order]
        sorted_values = [values[i] for i in order]
    window = window_days * _DAY_SECONDS
    prefix = [0, *accumulate(sorted_values)]  # exact for int ratings
    position = partial(bisect_right, sorted_seconds)
    # Each window ends after the last point at the same time; without ties that is the point itself.
    ends: Sequence[int] = (
        range(1, count + 1) if _is_strictly_increasing(sorted_seconds) else list(map(position, sorted_seconds))
    )
    starts = list(map(position, [t - window for t in sorted_seconds]))
    averages = [(prefix[end] - prefix[start]) / (end - start) for start, end in zip(starts, ends, strict=True)]
    if isinstance(order, range):  # the input was in time order already
        return averages
    result = [0.0] * count
    for index, average in zip(order, averages, strict=True):
        result[index] = average
    return result


def rolling_average_at(
    times: Sequence[TimeLike], values: Sequence[float], window_days: float, positions: Iterable[int]
) -> list[float]:
    """:func:`rolling_average` at the given positions only, for points already in time order.

    For a chart that shows far more points than it has pixels: it needs the average at a few hundred places,
    not at each of a hundred thousand points.
    """
    if len(times) != len(values):
        raise ValueError("times and values must have the same length")
    if not window_days > 0:
        raise ValueError("window_days must be positive")
    seconds = to_seconds(times)
    if not _is_sorted(seconds):
        raise ValueError("times must be in time order")
    window = window_days * _DAY_SECONDS
    prefix = [0, *accumulate(values)]
    averages = []
    for position in positions:
        moment = seconds[position]
        start, end = bisect_right(seconds, moment - window), bisect_right(seconds, moment)
        averages.append((prefix[end] - prefix[start]) / (end - start))
    return averages


# --- this month and last


class MonthComparison(NamedTuple):
    """Average anxiety of the calendar month of ``now`` and of the month before, and how many moments each
    had. An average is None for a month without moments."""

    this_month_avg: float | None
    last_month_avg: float | None
    counts: tuple[int, int]  # (this month, last month)


def month_comparison(
    moments_times: Sequence[TimeLike], anxieties: Sequence[float], now: datetime, tz: tzinfo
) -> MonthComparison:
    """Compare this calendar month (so far) with the last, by the user's local calendar in ``tz``.

    ``now`` must be timezone-aware. Moments after ``now`` but still in this month count for this month.
    """
    if len(moments_times) != len(anxieties):
        raise ValueError("moments_times and anxieties must have the same length")
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    local_now = now.astimezone(tz)
    this_start = _month_start(local_now.year, local_now.month, tz)
    last_year, last_month = (local_now.year - 1, 12) if local_now.month == 1 else (local_now.year, local_now.month - 1)
    next_year, next_month = (local_now.year + 1, 1) if local_now.month == 12 else (local_now.year, local_now.month + 1)
    last_start = _month_start(last_year, last_month, tz)
    next_start = _month_start(next_year, next_month, tz)
    this_sum = last_sum = 0
    this_count = last_count = 0
    for second, anxiety in zip(to_seconds(moments_times), anxieties, strict=True):
        if this_start <= second < next_start:
            this_sum += anxiety
            this_count += 1
        elif last_start <= second < this_start:
            last_sum += anxiety
            last_count += 1
    return MonthComparison(
        this_sum / this_count if this_count else None,
        last_sum / last_count if last_count else None,
        (this_count, last_count),
    )


class MonthTrend(enum.StrEnum):
    NOT_ENOUGH_THIS_MONTH = "not_enough_this_month"
    NOT_ENOUGH_LAST_MONTH = "not_enough_last_month"
    ABOUT_THE_SAME = "about_the_same"
    A_LITTLE_LOWER = "a_little_lower"
    LOWER = "lower"
    A_LITTLE_HIGHER = "a_little_higher"
    HIGHER = "higher"

    @property
    def summary(self) -> str:
        return _TREND_SUMMARIES[self]


# Plain observations, not verdicts: a higher month is described, never called worse.
_TREND_SUMMARIES = {
    MonthTrend.NOT_ENOUGH_THIS_MONTH: QT_TRANSLATE_NOOP(
        "core", "There are not enough moments this month yet to compare it with last month."
    ),
    MonthTrend.NOT_ENOUGH_LAST_MONTH: QT_TRANSLATE_NOOP(
        "core", "There are not enough moments from last month to compare with."
    ),
    MonthTrend.ABOUT_THE_SAME: QT_TRANSLATE_NOOP(
        "core", "So far this month, anxiety in close moments has been about the same as last month."
    ),
    MonthTrend.A_LITTLE_LOWER: QT_TRANSLATE_NOOP(
        "core", "So far this month, anxiety in close moments has been a little lower than last month."
    ),
    MonthTrend.LOWER: QT_TRANSLATE_NOOP(
        "core", "So far this month, anxiety in close moments has been lower than last month."
    ),
    MonthTrend.A_LITTLE_HIGHER: QT_TRANSLATE_NOOP(
        "core", "So far this month, anxiety in close moments has been a little higher than last month."
    ),
    MonthTrend.HIGHER: QT_TRANSLATE_NOOP(
        "core", "So far this month, anxiety in close moments has been higher than last month."
    ),
}

MIN_MOMENTS_TO_COMPARE = 3
# Differences of average anxiety on the 0-10 scale: below SAME it is "about the same", below CLEAR "a little".
_SAME_BELOW = 0.5
_CLEAR_FROM = 1.5


def month_trend(comparison: MonthComparison, min_count: int = MIN_MOMENTS_TO_COMPARE) -> MonthTrend:
    """How this month compares with the last, in a few steps; "not enough" while either month has fewer than
    ``min_count`` moments, because a couple of moments say little about a month."""
    this_count, last_count = comparison.counts
    if comparison.this_month_avg is None or this_count < min_count:
        return MonthTrend.NOT_ENOUGH_THIS_MONTH
    if comparison.last_month_avg is None or last_count < min_count:
        return MonthTrend.NOT_ENOUGH_LAST_MONTH
    difference = comparison.this_month_avg - comparison.last_month_avg
    if abs(difference) < _SAME_BELOW:
        return MonthTrend.ABOUT_THE_SAME
    if difference < 0:
        return MonthTrend.A_LITTLE_LOWER if -difference < _CLEAR_FROM else MonthTrend.LOWER
    return MonthTrend.A_LITTLE_HIGHER if difference < _CLEAR_FROM else MonthTrend.HIGHER


def month_summary(comparison: MonthComparison, min_count: int = MIN_MOMENTS_TO_COMPARE) -> str:
    """One plain, untranslated sentence about this month against the last (see :func:`month_trend`)."""
    return month_trend(comparison, min_count).summary


# --- signs per week


def weekly_sign_counts(
    times: Sequence[TimeLike], sign_masks: Sequence[int], tz: tzinfo
) -> list[tuple[date, dict[Sign, int]]]:
    """For each ISO week (Monday to Sunday in ``tz``) from the first moment's to the last's: the week's Monday
    and how many moments showed each sign. Weeks without moments are there, with zeros, so a chart's
    x-axis has no gaps. Every sign is a key in every week, in display order. Bits that are no sign are
    ignored."""
    if len(times) != len(sign_masks):
        raise ValueError("times and sign_masks must have the same length")
    seconds = to_seconds(times)
    if not seconds:
        return []
    first_monday = _monday_of(min(seconds), tz)
    last_monday = _monday_of(max(seconds), tz)
    mondays = [first_monday + timedelta(weeks=k) for k in range((last_monday - first_monday).days // 7 + 1)]
    # Where each week begins, in POSIX seconds: weeks are found by comparing numbers, with no tz lookups.
    boundaries = [_local_midnight(monday, tz) for monday in mondays]
    per_week_mask: Counter[tuple[int, int]] = Counter()
    if _is_sorted(seconds):  # the usual case: one bisection per week, and C-speed counting within it
        edges = [bisect_left(seconds, boundary) for boundary in boundaries[1:]]
        for week, (start, end) in enumerate(zip([0, *edges], [*edges, len(seconds)], strict=True)):
            for mask, how_many in Counter(sign_masks[start:end]).items():
                per_week_mask[week, mask] += how_many
    else:
        week_of = partial(bisect_right, boundaries)  # 1 + the week's index
        per_week_mask.update(zip([w - 1 for w in map(week_of, seconds)], sign_masks, strict=True))
    # Tallied by plain int bit, not by Sign: enum arithmetic and hashing cost a microsecond each.
    tallies = [[0] * len(_SIGN_BITS) for _ in mondays]
    for (week, mask), how_many in per_week_mask.items():
        bits = int(mask)
        tally = tallies[week]
        for index, bit in enumerate(_SIGN_BITS):
            if bits & bit:
                tally[index] += how_many
    return [(monday, dict(zip(ALL_SIGNS, tally, strict=True))) for monday, tally in zip(mondays, tallies, strict=True)]


# --- which breathing pattern helps most


class BestPattern(NamedTuple):
    pattern_name: str
    avg_drop: float  # average of (anxiety before - anxiety after); positive means calmer afterwards
    n: int  # rated sessions behind the average


MIN_RATED_SESSIONS = 3


def rated_session_counts(sessions: Iterable[BreathSessionRecord]) -> dict[str, int]:
    """How many rated sessions (anxiety before and after both given, 0-10) each pattern has."""
    counts: Counter[str] = Counter(
        s.pattern_name for s in sessions if ANXIETY.contains(s.anxiety_before) and ANXIETY.contains(s.anxiety_after)
    )
    return dict(counts)


def best_breath_pattern(
    sessions: Iterable[BreathSessionRecord], min_sessions: int = MIN_RATED_SESSIONS
) -> BestPattern | None:
    """The pattern after which anxiety fell most on average, counting only patterns with at least
    ``min_sessions`` rated sessions; None when no pattern has that many.

    Ties go to the pattern with more sessions, then to the name that sorts first. The average may be zero or
    negative when no pattern lowered anxiety; the caller decides how to word that.
    """
    best = best_by_drop(((s.pattern_name, s.anxiety_before, s.anxiety_after) for s in sessions), min_sessions)
    return None if best is None else BestPattern(*best)


def best_by_drop(
    rated: Iterable[tuple[_Key, object, object]], min_sessions: int = MIN_RATED_SESSIONS
) -> tuple[_Key, float, int] | None:
    """Like :func:`best_breath_pattern` for anything rated before and after: ``(key, before, after)`` triples,
    where a key (a pattern's name, a kind of practice) is anything that sorts. Returns (key, average drop, n)."""
    candidates = [(Fraction(average), n, key) for key, (average, n) in drops_by_key(rated, min_sessions).items()]
    if not candidates:
        return None
    average, n, key = min(candidates, key=lambda c: (-c[0], -c[1], c[2]))
    return key, float(average), n


def drops_by_key(
    rated: Iterable[tuple[_Key, object, object]], min_sessions: int = MIN_RATED_SESSIONS
) -> dict[_Key, tuple[Fraction, int]]:
    """For each key with at least ``min_sessions`` rated triples: the exact average drop and how many."""
    _check_min_sessions(min_sessions)
    drops: dict[_Key, list[int]] = defaultdict(list)
    for key, before, after in rated:
        if ANXIETY.contains(before) and ANXIETY.contains(after):
            drops[key].append(before - after)  # type: ignore[operator]
    return {
        key: (Fraction(sum(values), len(values)), len(values))
        for key, values in drops.items()
        if len(values) >= min_sessions
    }


def sessions_needed(sessions: Iterable[BreathSessionRecord], min_sessions: int = MIN_RATED_SESSIONS) -> int:
    """How many more rated sessions (with the pattern closest to enough) before :func:`best_breath_pattern`
    can answer; 0 when it already can."""
    return ratings_needed_by_drop(((s.pattern_name, s.anxiety_before, s.anxiety_after) for s in sessions), min_sessions)


def ratings_needed_by_drop(rated: Iterable[tuple[_Key, object, object]], min_sessions: int = MIN_RATED_SESSIONS) -> int:
    """:func:`sessions_needed` for :func:`best_by_drop`'s triples: rated sessions still wanted by the key
    closest to ``min_sessions``; 0 when it can answer."""
    _check_min_sessions(min_sessions)
    counts = Counter(key for key, before, after in rated if ANXIETY.contains(before) and ANXIETY.contains(after))
    return max(0, min_sessions - max(counts.values(), default=0))


SESSIONS_NEEDED_ONE = QT_TRANSLATE_NOOP(
    "core",
    "Rate one more session of the practice you use most, before and after, and Walls can show what eases you most.",
)
SESSIONS_NEEDED_MANY = QT_TRANSLATE_NOOP(
    "core",
    "Rate {count} more sessions of one practice (a breathing pattern, grounding or the kind pause), before "
    "and after, and Walls can show what eases you most.",
)


def sessions_needed_text(count: int) -> str:
    """The untranslated sentence for :func:`sessions_needed` (``{count}`` for the GUI to fill); "" at 0."""
    if count <= 0:
        return ""
    return SESSIONS_NEEDED_ONE if count == 1 else SESSIONS_NEEDED_MANY


# --- helpers


def _is_sorted(seconds: Sequence[float]) -> bool:
    return all(map(operator.le, seconds, itertools.islice(seconds, 1, None)))


def _is_strictly_increasing(seconds: Sequence[float]) -> bool:
    return all(map(operator.lt, seconds, itertools.islice(seconds, 1, None)))


def _month_start(year: int, month: int, tz: tzinfo) -> float:
    return datetime(year, month, 1, tzinfo=tz).timestamp()


def _local_midnight(day: date, tz: tzinfo) -> float:
    return datetime.combine(day, time(), tzinfo=tz).timestamp()


def _monday_of(second: float, tz: tzinfo) -> date:
    day = datetime.fromtimestamp(second, tz).date()
    return day - timedelta(days=day.weekday())


def _check_min_sessions(min_sessions: int) -> None:
    if min_sessions < 1:
        raise ValueError("min_sessions must be at least 1")
