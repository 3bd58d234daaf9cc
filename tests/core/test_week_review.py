"""This week against last: the weeks' bounds in the person's zone, and the figures of a week."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from walls_desktop.core.breathing import BreathSessionRecord, Phase, PhaseKind
from walls_desktop.core.ladder import LadderTry, Outcome
from walls_desktop.core.moments import ClosenessKind, Moment, Sign
from walls_desktop.core.practices import PracticeKind, PracticeSession
from walls_desktop.core.reframe import Reframe
from walls_desktop.core.week_review import WeekFigures, week_bounds, week_figures

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # a Wednesday


def test_weeks_start_on_monday_at_local_midnight() -> None:
    last, this, following = week_bounds(T0, BERLIN)
    assert this == datetime(2026, 3, 2, tzinfo=BERLIN) and this.weekday() == 0
    assert last == datetime(2026, 2, 23, tzinfo=BERLIN) and following == datetime(2026, 3, 9, tzinfo=BERLIN)
    # 23:30 UTC on Sunday is already Monday in Berlin: a new week there.
    sunday_night = datetime(2026, 3, 8, 23, 30, tzinfo=UTC)
    assert week_bounds(sunday_night, BERLIN)[1] == datetime(2026, 3, 9, tzinfo=BERLIN)
    with pytest.raises(ValueError):
        week_bounds(datetime(2026, 3, 4), BERLIN)


def test_a_week_across_the_clock_change_is_still_seven_days_of_calendar() -> None:
    last, this, _ = week_bounds(datetime(2026, 3, 30, 12, tzinfo=UTC), BERLIN)  # DST began on 29 March
    assert this.astimezone(UTC) - last.astimezone(UTC) == timedelta(days=7, hours=-1)  # one hour less


def test_an_empty_week_has_nothing_to_tell() -> None:
    figures = week_figures([], [], [], [], [])
    assert figures == WeekFigures() and figures.is_empty and figures.avg_anxiety is None


def test_the_figures_of_a_week() -> None:
    moments = [
        Moment(T0, 6, ClosenessKind.AFFECTION, signs=Sign.WITHDREW | Sign.ALARM),
        Moment(T0, 4, ClosenessKind.DEEP_TALK, signs=Sign.ALARM),
        Moment(T0, 5, ClosenessKind.OTHER, signs=Sign.FOUND_FAULT),
    ]
    breath = [
        BreathSessionRecord(T0, "Box", (Phase(PhaseKind.INHALE, 4),), 60, 60, 6, True, 6, 7, 4),
        BreathSessionRecord(T0, "Box", (Phase(PhaseKind.INHALE, 4),), 60, 60, 6, True, 6),  # unrated
    ]
    practices = [PracticeSession(PracticeKind.GROUNDING, T0, 120, 7, 7, True, 6, 5)]
    reframes = [Reframe(T0, "I am too much", "I am allowed to need things")]
    tries = [
        LadderTry(1, T0, 4, "They pull away", 60, 5, outcome, 30) for outcome in (Outcome.NO, Outcome.NO, Outcome.YES)
    ]
    figures = week_figures(moments, breath, practices, reframes, tries)
    assert figures.moments == 3 and figures.avg_anxiety == 5.0
    assert figures.top_signs == (Sign.ALARM, Sign.WITHDREW)  # most first; a tie goes to the display order
    assert figures.settles == 3 and figures.avg_ease == 2.0  # (3 + 1) / 2 rated
    assert (figures.reframes, figures.tries, figures.fear_came_true, figures.fear_partly) == (1, 3, 1, 0)
    assert not figures.is_empty
