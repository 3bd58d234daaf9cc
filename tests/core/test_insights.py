"""The numbers beside the chart, against examples worked out by hand (Europe/Berlin for the calendar ones,
with daylight saving time changing inside the weeks and months tested)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walls_desktop.core import insights as ins
from walls_desktop.core.breathing import BreathSessionRecord
from walls_desktop.core.insights import (
    BestPattern,
    MonthComparison,
    MonthTrend,
    best_breath_pattern,
    month_comparison,
    month_summary,
    month_trend,
    rated_session_counts,
    rolling_average,
    rolling_average_at,
    sessions_needed,
    sessions_needed_text,
    to_seconds,
    weekly_sign_counts,
)
from walls_desktop.core.moments import ALL_SIGNS, Sign

BERLIN = ZoneInfo("Europe/Berlin")
DAY = 86_400.0


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


# --- rolling average


def test_rolling_average_by_hand() -> None:
    # Days 0, 1, 2 and 10 with a 2-day window (t - 2 days, t]: day 0 has just left the window at day 2.
    times = [0.0, 1 * DAY, 2 * DAY, 10 * DAY]
    assert rolling_average(times, [2, 4, 6, 8], 2) == [2.0, 3.0, 5.0, 8.0]
    assert rolling_average(times, [2, 4, 6, 8], 2.5) == [2.0, 3.0, 4.0, 8.0]


def test_rolling_average_accepts_datetimes_in_any_zone() -> None:
    times = [utc(2024, 3, 30, 12), berlin(2024, 3, 31, 13), utc(2024, 4, 1, 12)]  # Berlin: 11:00 UTC
    assert rolling_average(times, [3, 5, 10], 1) == [3.0, 4.0, 10.0]
    assert rolling_average(times, [3, 5, 10], 1) == rolling_average(to_seconds(times), [3, 5, 10], 1)


@settings(max_examples=200, deadline=None)
@given(
    points=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10)), min_size=1, max_size=60),
    window=st.sampled_from([0.5, 1, 2.5, 7]),
    data=st.data(),
)
def test_the_average_at_some_points_is_the_average_at_every_point_there(points, window, data) -> None:
    points.sort()  # ties included: several moments in one day
    times = [day * DAY / 2 for day, _ in points]
    values = [value for _, value in points]
    positions = data.draw(st.lists(st.integers(0, len(points) - 1), max_size=10))
    everywhere = rolling_average(times, values, window)
    assert rolling_average_at(times, values, window, positions) == [everywhere[p] for p in positions]


def test_the_average_at_some_points_wants_time_order() -> None:
    with pytest.raises(ValueError, match="time order"):
        rolling_average_at([2.0, 1.0], [1, 2], 7, [0])


def test_points_at_the_same_time_share_one_average() -> None:
    assert rolling_average([5.0, 5.0, 6.0], [1, 3, 8], 1) == [2.0, 2.0, 4.0]


def test_unsorted_input_gives_the_averages_in_input_order() -> None:
    times = [10 * DAY, 0.0, 2 * DAY, 1 * DAY]
    assert rolling_average(times, [8, 2, 6, 4], 2) == [8.0, 2.0, 5.0, 3.0]


def test_rolling_average_of_nothing_and_of_one_point() -> None:
    assert rolling_average([], [], 7) == []
    assert rolling_average([utc(2024, 1, 1)], [6], 7) == [6.0]


def test_rolling_average_refuses_mismatched_input() -> None:
    with pytest.raises(ValueError, match="same length"):
        rolling_average([0.0], [], 7)
    for window in (0, -1, float("nan")):
        with pytest.raises(ValueError, match="positive"):
            rolling_average([0.0], [1], window)


def test_rolling_average_matches_a_plain_computation() -> None:
    times = [(i * 7919) % 1000 * 3600.0 for i in range(300)]  # unsorted, with repeats
    values = [(i * 31) % 11 for i in range(300)]
    window = 2.0
    expected = []
    for t in times:
        inside = [v for s, v in zip(times, values, strict=True) if t - window * DAY < s <= t]
        expected.append(sum(inside) / len(inside))
    assert rolling_average(times, values, window) == pytest.approx(expected)


# --- this month and last


def test_month_comparison_uses_the_local_calendar_across_the_autumn_change() -> None:
    # Berlin left summer time on 27 October 2024; November starts at 23:00 UTC on 31 October.
    times = [
        utc(2024, 10, 31, 23, 30),  # 00:30 on 1 November in Berlin: this month
        utc(2024, 10, 31, 22, 30),  # 23:30 on 31 October: last month
        utc(2024, 9, 30, 22, 10),  # 00:10 on 1 October (summer time): last month
        utc(2024, 9, 30, 21, 59),  # 23:59 on 30 September: neither
        utc(2024, 11, 30, 23, 0),  # 00:00 on 1 December: neither
        berlin(2024, 11, 14, 20, 0),  # this month
    ]
    anxieties = [8, 2, 6, 10, 10, 4]
    result = month_comparison(times, anxieties, now=berlin(2024, 11, 15, 9, 0), tz=BERLIN)
    assert result == MonthComparison(6.0, 4.0, (2, 2))
    this_avg, last_avg, counts = result  # a plain tuple for callers who unpack
    assert (this_avg, last_avg, counts) == (6.0, 4.0, (2, 2))


def test_month_comparison_across_the_spring_change() -> None:
    # Summer time began on 31 March 2024 at 02:00, so April starts at 22:00 UTC on 31 March.
    times = [utc(2024, 3, 31, 21, 30), utc(2024, 3, 31, 22, 15)]  # 23:30 March, 00:15 April
    result = month_comparison(times, [3, 7], now=utc(2024, 4, 10), tz=BERLIN)
    assert result == MonthComparison(7.0, 3.0, (1, 1))


def test_month_comparison_in_january_looks_back_to_december() -> None:
    times = [berlin(2024, 12, 31, 23, 59), berlin(2025, 1, 1, 0, 0), berlin(2024, 12, 1, 0, 0)]
    result = month_comparison(times, [5, 1, 7], now=berlin(2025, 1, 20), tz=BERLIN)
    assert result == MonthComparison(1.0, 6.0, (1, 2))


def test_now_is_read_in_the_users_zone() -> None:
    # 23:30 UTC on 31 January is already 1 February in Berlin: February is "this month".
    result = month_comparison([berlin(2024, 2, 1, 0, 10)], [4], now=utc(2024, 1, 31, 23, 30), tz=BERLIN)
    assert result == MonthComparison(4.0, None, (1, 0))


def test_month_comparison_with_nothing() -> None:
    assert month_comparison([], [], now=utc(2024, 5, 1), tz=BERLIN) == MonthComparison(None, None, (0, 0))


def test_month_comparison_refuses_a_naive_now() -> None:
    with pytest.raises(ValueError, match="aware"):
        month_comparison([], [], now=datetime(2024, 5, 1), tz=BERLIN)


@pytest.mark.parametrize(
    ("this", "last", "trend"),
    [
        (5.0, 5.4, MonthTrend.ABOUT_THE_SAME),
        (5.4, 5.0, MonthTrend.ABOUT_THE_SAME),
        (4.5, 5.0, MonthTrend.A_LITTLE_LOWER),
        (3.6, 5.0, MonthTrend.A_LITTLE_LOWER),
        (3.5, 5.0, MonthTrend.LOWER),
        (5.5, 5.0, MonthTrend.A_LITTLE_HIGHER),
        (7.0, 5.0, MonthTrend.HIGHER),
    ],
)
def test_month_trend_steps(this: float, last: float, trend: MonthTrend) -> None:
    assert month_trend(MonthComparison(this, last, (5, 5))) is trend


def test_a_month_with_few_moments_is_not_compared() -> None:
    assert month_trend(MonthComparison(2.0, 8.0, (2, 9))) is MonthTrend.NOT_ENOUGH_THIS_MONTH
    assert month_trend(MonthComparison(None, 8.0, (0, 9))) is MonthTrend.NOT_ENOUGH_THIS_MONTH
    assert month_trend(MonthComparison(2.0, 8.0, (9, 2))) is MonthTrend.NOT_ENOUGH_LAST_MONTH
    assert month_trend(MonthComparison(2.0, None, (9, 0))) is MonthTrend.NOT_ENOUGH_LAST_MONTH
    assert month_trend(MonthComparison(2.0, 8.0, (1, 1)), min_count=1) is MonthTrend.LOWER


def test_summaries_are_plain_observations() -> None:
    assert month_summary(MonthComparison(4.5, 5.0, (5, 5))).endswith("a little lower than last month.")
    texts = [trend.summary for trend in MonthTrend]
    assert len(set(texts)) == len(texts)
    judging = ("better", "worse", "improv", "progress", "fail", "good job", "well done", "should", "disorder")
    for text in texts:
        assert not any(word in text.casefold() for word in judging), text


# --- signs per week


def test_weeks_follow_local_mondays_across_the_spring_change() -> None:
    times = [
        utc(2024, 3, 31, 21, 30),  # Sunday 23:30 in Berlin (summer time began that night): week of 25 March
        utc(2024, 3, 31, 22, 30),  # Monday 00:30 in Berlin: week of 1 April
        berlin(2024, 4, 16, 9, 0),  # a Tuesday, two weeks on
    ]
    masks = [Sign.WITHDREW | Sign.ALARM, int(Sign.FOUND_FAULT), Sign.WITHDREW | Sign(64)]  # 64: no sign
    weeks = weekly_sign_counts(times, masks, BERLIN)
    assert [monday for monday, _ in weeks] == [
        date(2024, 3, 25),
        date(2024, 4, 1),
        date(2024, 4, 8),
        date(2024, 4, 15),
    ]
    zero = dict.fromkeys(ALL_SIGNS, 0)
    assert weeks[0][1] == {**zero, Sign.WITHDREW: 1, Sign.ALARM: 1}
    assert weeks[1][1] == {**zero, Sign.FOUND_FAULT: 1}
    assert weeks[2][1] == zero, "a week without moments is there, with zeros"
    assert weeks[3][1] == {**zero, Sign.WITHDREW: 1}
    assert all(list(counts) == list(ALL_SIGNS) for _, counts in weeks)


def test_weeks_across_the_autumn_change_and_the_new_year() -> None:
    times = [
        utc(2024, 10, 27, 22, 30),  # Sunday 23:30 in Berlin, winter time again: week of 21 October
        utc(2024, 10, 27, 23, 30),  # Monday 00:30: week of 28 October
    ]
    weeks = weekly_sign_counts(times, [Sign.DISTANCED, Sign.DISTANCED], BERLIN)
    assert [(monday, counts[Sign.DISTANCED]) for monday, counts in weeks] == [
        (date(2024, 10, 21), 1),
        (date(2024, 10, 28), 1),
    ]
    # ISO week 1 of 2025 begins on Monday 30 December 2024.
    new_year = weekly_sign_counts([berlin(2025, 1, 1, 12)], [Sign.STAYED_IN_HEAD], BERLIN)
    assert new_year == [(date(2024, 12, 30), {**dict.fromkeys(ALL_SIGNS, 0), Sign.STAYED_IN_HEAD: 1})]


def test_unsorted_input_counts_the_same() -> None:
    times = [berlin(2024, 5, d, 12) for d in (20, 6, 14, 7, 21)]
    masks = [1, 2, 4, 8, 16 | 1]
    in_order = sorted(zip(times, masks, strict=True))
    assert weekly_sign_counts(times, masks, BERLIN) == weekly_sign_counts(
        [t for t, _ in in_order], [m for _, m in in_order], BERLIN
    )
    weeks = weekly_sign_counts(times, masks, BERLIN)
    assert [(w, c[Sign.WITHDREW]) for w, c in weeks] == [
        (date(2024, 5, 6), 0),
        (date(2024, 5, 13), 0),
        (date(2024, 5, 20), 2),
    ]


def test_weekly_counts_of_nothing_and_of_one_moment_with_no_signs() -> None:
    assert weekly_sign_counts([], [], BERLIN) == []
    assert weekly_sign_counts([berlin(2024, 5, 5, 23, 59)], [0], BERLIN) == [
        (date(2024, 4, 29), dict.fromkeys(ALL_SIGNS, 0))
    ]


def test_weekly_counts_refuse_mismatched_input() -> None:
    with pytest.raises(ValueError, match="same length"):
        weekly_sign_counts([0.0], [], BERLIN)


# --- which breathing pattern helps most


def session(pattern: str, before: int | None, after: int | None) -> BreathSessionRecord:
    return BreathSessionRecord(
        started_at=utc(2024, 5, 1),
        pattern_name=pattern,
        phases=(),
        planned_seconds=120.0,
        actual_seconds=120.0,
        breaths_done=12,
        completed=True,
        anxiety_before=before,
        anxiety_after=after,
    )


def test_best_pattern_by_hand() -> None:
    sessions = [
        *(session("Slow exhale", b, a) for b, a in [(7, 4), (6, 5), (8, 6)]),  # drops 3, 1, 2: average 2
        *(session("Box", b, a) for b, a in [(9, 1), (9, 1)]),  # a big drop, but only two sessions
        *(session("Box", None, 2) for _ in range(5)),  # not rated before: do not count
        *(session("Sigh", 5, 4) for _ in range(4)),  # average 1
        session("Sigh", 11, 0),  # off the scale: does not count
    ]
    assert best_breath_pattern(sessions) == BestPattern("Slow exhale", 2.0, 3)
    assert rated_session_counts(sessions) == {"Slow exhale": 3, "Box": 2, "Sigh": 4}
    assert best_breath_pattern(sessions, min_sessions=2) == BestPattern("Box", 8.0, 2)
    assert best_breath_pattern(sessions, min_sessions=4) == BestPattern("Sigh", 1.0, 4)
    assert best_breath_pattern(sessions, min_sessions=5) is None


def test_not_enough_rated_sessions_says_how_many_more() -> None:
    assert best_breath_pattern([]) is None
    assert sessions_needed([]) == 3
    two = [session("Box", 6, 4), session("Box", 5, 5), session("Sigh", 4, 3), session("Box", None, None)]
    assert best_breath_pattern(two) is None
    assert sessions_needed(two) == 1
    three = [*two, session("Box", 7, 7)]
    assert best_breath_pattern(three) == BestPattern("Box", pytest.approx(2 / 3), 3)
    assert sessions_needed(three) == 0
    assert sessions_needed(three, min_sessions=5) == 2


def test_ties_go_to_more_sessions_then_to_the_name() -> None:
    sessions = [session("B", 5, 3)] * 3 + [session("A", 5, 3)] * 3 + [session("C", 6, 4)] * 4
    assert best_breath_pattern(sessions) == BestPattern("C", 2.0, 4)
    assert best_breath_pattern(sessions[:6]) == BestPattern("A", 2.0, 3)


def test_a_best_pattern_can_have_no_drop_at_all() -> None:
    sessions = [session("Box", 3, 5)] * 3 + [session("Sigh", 3, 4)] * 3
    assert best_breath_pattern(sessions) == BestPattern("Sigh", -1.0, 3)


def test_min_sessions_must_be_at_least_one() -> None:
    with pytest.raises(ValueError):
        best_breath_pattern([], min_sessions=0)
    with pytest.raises(ValueError):
        sessions_needed([], min_sessions=0)


def test_sessions_needed_text() -> None:
    assert sessions_needed_text(0) == ""
    assert sessions_needed_text(1) == ins.SESSIONS_NEEDED_ONE
    assert "{count}" in sessions_needed_text(2)


def test_to_seconds_accepts_a_mix() -> None:
    assert to_seconds([]) == []
    assert to_seconds([utc(1970, 1, 2), 5, 2.5]) == [DAY, 5.0, 2.5]
    assert to_seconds([7, utc(1970, 1, 1) + timedelta(seconds=3)]) == [7.0, 3.0]
