"""Planning a breath session and the schedule: where a session stands at any moment, in simulated time."""

from __future__ import annotations

import itertools
import math
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walls_desktop.core import breath_schedule as s
from walls_desktop.core.breath_schedule import (
    BreathSchedule,
    BreathState,
    SessionPlan,
    breaths_for_minutes,
    level,
    plan_by_breaths,
    plan_by_minutes,
    session_record,
)
from walls_desktop.core.breathing import PRESETS, BreathPattern, Phase, PhaseKind, preset_by_key

IN, FULL, OUT, EMPTY, TOP = (
    PhaseKind.INHALE,
    PhaseKind.HOLD_FULL,
    PhaseKind.EXHALE,
    PhaseKind.HOLD_EMPTY,
    PhaseKind.TOP_UP,
)


def custom(*pairs: tuple[PhaseKind, float]) -> BreathPattern:
    return BreathPattern("mine", tuple(Phase(kind, float(sec)) for kind, sec in pairs))


def schedule(key_or_pattern: str | BreathPattern, breaths: int, *, lead_in: bool = True) -> BreathSchedule:
    pattern = preset_by_key(key_or_pattern) if isinstance(key_or_pattern, str) else key_or_pattern
    return BreathSchedule(plan_by_breaths(pattern, breaths, lead_in=lead_in))


def before(t: float) -> float:
    return math.nextafter(t, -math.inf)


# --- planning ---


def test_plan_by_breaths() -> None:
    plan = plan_by_breaths(preset_by_key("long_exhale"), 12)
    assert (plan.breaths, plan.chosen_breaths, plan.chosen_minutes) == (12, 12, None)
    assert plan.lead_in_seconds == 3.0
    assert plan.breathing_seconds == 120.0 and plan.total_seconds == 123.0
    assert plan_by_breaths(preset_by_key("long_exhale"), 12, lead_in=False).total_seconds == 120.0


def test_plan_drops_the_final_rest() -> None:
    plan = plan_by_breaths(preset_by_key("box"), 3, lead_in=False)
    assert plan.drops_final_rest
    assert plan.breathing_seconds == 3 * 16 - 4
    assert not plan_by_breaths(preset_by_key("4-7-8"), 3).drops_final_rest


@pytest.mark.parametrize(("breaths"), [1, 300])
def test_breath_limits_accepted(breaths: int) -> None:
    assert plan_by_breaths(preset_by_key("box"), breaths).breaths == breaths


@pytest.mark.parametrize("breaths", [0, -1, 301, 2.0, True, "5", None])
def test_breath_limits_refused(breaths: object) -> None:
    with pytest.raises(ValueError):
        plan_by_breaths(preset_by_key("box"), breaths)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "minutes", "breaths", "seconds"),
    [
        ("resonant", 5, 27, 297.0),  # 300 / 11 = 27.3
        ("resonant", 1, 5, 55.0),  # 60 / 11 = 5.45
        ("long_exhale", 10, 60, 600.0),  # exact
        ("box", 1, 4, 60.0),  # 4 * 16 - 4 (final rest left out) = 60: nearer than 3 cycles (44 s)
        ("4-7-8", 1, 3, 57.0),  # 60 / 19 = 3.16
        ("cyclic_sigh", 2, 13, 117.0),  # 120 / 9 = 13.3
        ("cyclic_sigh", 60, 400, 3600.0),  # by minutes the count may pass the 300 a user can choose
    ],
)
def test_plan_by_minutes_rounds_to_the_nearest_whole_breath(
    key: str, minutes: float, breaths: int, seconds: float
) -> None:
    plan = plan_by_minutes(preset_by_key(key), minutes)
    assert (plan.breaths, plan.breathing_seconds) == (breaths, seconds)
    assert (plan.chosen_minutes, plan.chosen_breaths) == (float(minutes), None)
    assert plan.total_seconds == seconds + 3.0


def test_plan_by_minutes_takes_the_final_rest_into_account() -> None:
    # cycle 16 s with a 6 s final rest: 4 cycles last 58 s, 3 cycles 42 s; 60 s is nearest to 4.
    pattern = custom((IN, 4), (OUT, 6), (EMPTY, 6))
    assert breaths_for_minutes(pattern, 1) == 4
    # Without counting the dropped rest, 60 / 16 = 3.75 would still be 4; make a case where it matters:
    # cycle 24 s, final rest 10 s: n=3 lasts 62 s (nearest to 60), while 60 / 24 = 2.5 alone would be a tie.
    pattern = custom((IN, 4), (OUT, 10), (EMPTY, 10))
    assert breaths_for_minutes(pattern, 1) == 3


def test_plan_by_minutes_tie_goes_to_the_longer_session() -> None:
    assert breaths_for_minutes(custom((IN, 4), (OUT, 4)), 1) == 8  # 7.5 cycles
    assert breaths_for_minutes(custom((IN, 4), (OUT, 4)), 1.5) == 11  # 11.25 cycles: nearest is 11


@pytest.mark.parametrize("minutes", [1, 60, 1.5, 59.5])
def test_minute_limits_accepted(minutes: float) -> None:
    assert plan_by_minutes(preset_by_key("resonant"), minutes).breaths >= 1


@pytest.mark.parametrize("minutes", [0, 0.99, 60.01, 61, math.nan, math.inf, True, "5", None])
def test_minute_limits_refused(minutes: object) -> None:
    with pytest.raises(ValueError):
        plan_by_minutes(preset_by_key("resonant"), minutes)  # type: ignore[arg-type]


def test_plan_refuses_an_invalid_pattern() -> None:
    with pytest.raises(ValueError):
        plan_by_breaths(custom((OUT, 4)), 3)
    with pytest.raises(ValueError):
        plan_by_minutes(custom((IN, 4), (OUT, 4), (IN, 4)), 3)


def test_plan_cleans_zero_second_holds() -> None:
    plan = plan_by_breaths(custom((IN, 4), (FULL, 0), (OUT, 4), (EMPTY, 0)), 2)
    assert plan.pattern.phases == (Phase(IN, 4.0), Phase(OUT, 4.0))
    assert not plan.drops_final_rest and plan.breathing_seconds == 16


@pytest.mark.parametrize("lead_in", [-1, 10.5, 0.25, math.nan, True])
def test_plan_refuses_odd_lead_in(lead_in: object) -> None:
    with pytest.raises(ValueError):
        SessionPlan(preset_by_key("box"), 2, lead_in)  # type: ignore[arg-type]


# --- the schedule of each preset ---


def kinds_at(sched: BreathSchedule, times: list[float]) -> list[tuple[PhaseKind, int, int]]:
    return [(st_.phase_kind, st_.breath_index, st_.breaths_done) for st_ in map(sched.state_at, times)]


def test_box_schedule() -> None:
    sched = schedule("box", 2)  # lead-in 3 s, then 16 s cycles; the last rest is left out: ends at 3+28 = 31
    assert sched.total_seconds == 31.0
    assert kinds_at(sched, [3, 5, 7, 10.5, 11, 15, 18.9, 19, 23, 27, before(31)]) == [
        (IN, 0, 0),
        (IN, 0, 0),
        (FULL, 0, 0),
        (FULL, 0, 0),
        (OUT, 0, 0),
        (EMPTY, 0, 1),  # the rest belongs to the breath already done
        (EMPTY, 0, 1),
        (IN, 1, 1),
        (FULL, 1, 1),
        (OUT, 1, 1),
        (OUT, 1, 1),
    ]
    end = sched.state_at(31)
    assert end.finished and end.phase_kind is OUT and end.breaths_done == 2 and end.breath_index == 1


def test_478_schedule() -> None:
    sched = schedule("4-7-8", 3, lead_in=False)
    assert sched.total_seconds == 57.0
    assert kinds_at(sched, [0, 4, 10.5, 11, 18.5, 19, 38, before(57)]) == [
        (IN, 0, 0),
        (FULL, 0, 0),
        (FULL, 0, 0),
        (OUT, 0, 0),
        (OUT, 0, 0),
        (IN, 1, 1),
        (IN, 2, 2),
        (OUT, 2, 2),
    ]
    assert sched.state_at(57).breaths_done == 3


def test_resonant_schedule() -> None:
    sched = schedule("resonant", 4)
    assert kinds_at(sched, [3, 8.4, 8.5, 13.9, 14, 3 + 3 * 11 + 5.5]) == [
        (IN, 0, 0),
        (IN, 0, 0),
        (OUT, 0, 0),
        (OUT, 0, 0),
        (IN, 1, 1),
        (OUT, 3, 3),
    ]
    assert sched.total_seconds == 47.0


def test_long_exhale_schedule() -> None:
    sched = schedule("long_exhale", 2, lead_in=False)
    assert kinds_at(sched, [0, 3.99, 4, 9.99, 10, 14, before(20)]) == [
        (IN, 0, 0),
        (IN, 0, 0),
        (OUT, 0, 0),
        (OUT, 0, 0),
        (IN, 1, 1),
        (OUT, 1, 1),
        (OUT, 1, 1),
    ]


def test_cyclic_sigh_schedule() -> None:
    sched = schedule("cyclic_sigh", 2, lead_in=False)
    assert kinds_at(sched, [0, 2, 2.5, 3, 8.9, 9, 11, 12]) == [
        (IN, 0, 0),
        (TOP, 0, 0),
        (TOP, 0, 0),
        (OUT, 0, 0),
        (OUT, 0, 0),
        (IN, 1, 1),
        (TOP, 1, 1),
        (OUT, 1, 1),
    ]
    assert sched.state_at(18).finished and sched.state_at(before(18)).phase_kind is OUT


@pytest.mark.parametrize("pattern", PRESETS, ids=lambda p: p.preset)
@pytest.mark.parametrize("breaths", [1, 2, 7])
def test_every_preset_ends_right_after_a_complete_exhale(pattern: BreathPattern, breaths: int) -> None:
    sched = BreathSchedule(plan_by_breaths(pattern, breaths))
    last = sched.state_at(before(sched.total_seconds))
    assert last.phase_kind is OUT and not last.finished
    assert last.phase_seconds_left == pytest.approx(0, abs=1e-9)
    assert last.breaths_done == breaths - 1 and last.breath_index == breaths - 1
    end = sched.state_at(sched.total_seconds)
    assert end.finished and end.breaths_done == breaths and end.session_progress == 1.0
    assert end.phase_kind is OUT and end.phase_progress == 1.0 and level(end) == 0.0
    assert sched.state_at(sched.total_seconds + 1000) == end
    assert sched.state_at(math.inf) == end


def test_custom_pattern_schedule() -> None:
    pattern = custom((IN, 3), (TOP, 0.5), (FULL, 2), (OUT, 5.5), (EMPTY, 1.5))  # 12.5 s cycle
    sched = schedule(pattern, 3, lead_in=False)
    assert sched.total_seconds == 3 * 12.5 - 1.5
    assert kinds_at(sched, [0, 3, 3.5, 5.5, 10.9, 11, 12.5, 35.9]) == [
        (IN, 0, 0),
        (TOP, 0, 0),
        (FULL, 0, 0),
        (OUT, 0, 0),
        (OUT, 0, 0),
        (EMPTY, 0, 1),
        (IN, 1, 1),
        (OUT, 2, 2),
    ]
    assert sched.state_at(0.25 + 3).phase_progress == pytest.approx(0.5)


def test_custom_pattern_with_two_breaths_in_a_cycle_counts_the_cycle_once() -> None:
    pattern = custom((IN, 2), (OUT, 2), (IN, 4), (OUT, 4))
    sched = schedule(pattern, 2, lead_in=False)
    assert [sched.state_at(t).breaths_done for t in (0, 3, 4, 9, 11.9, 12, 23.9, 24)] == [
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        2,
    ]


# --- lead-in ---


def test_lead_in() -> None:
    sched = schedule("long_exhale", 2)
    start = sched.state_at(0)
    assert start.in_lead_in and start.lead_in_left == 3.0 and start.label == s.LEAD_IN_LABEL
    assert (start.phase_index, start.phase_kind, start.phase_progress, start.phase_seconds_left) == (
        0,
        IN,
        0,
        4,
    )
    assert (start.breaths_done, start.session_progress, level(start)) == (0, 0.0, 0.0)
    assert start.session_seconds_left == 23.0
    mid = sched.state_at(1.25)
    assert mid.in_lead_in and mid.lead_in_left == 1.75
    assert sched.state_at(before(3)).in_lead_in
    breathing = sched.state_at(3)
    assert not breathing.in_lead_in and breathing.lead_in_left == 0 and breathing.phase_progress == 0
    assert breathing.label == IN.label


def test_negative_elapsed_counts_as_the_start_and_nan_is_refused() -> None:
    sched = schedule("box", 1)
    assert sched.state_at(-5) == sched.state_at(0)
    with pytest.raises(ValueError):
        sched.state_at(math.nan)


def test_finished_label() -> None:
    sched = schedule("box", 1)
    assert sched.state_at(sched.total_seconds).label == s.FINISHED_LABEL


# --- state details ---


def test_phase_progress_and_seconds_left() -> None:
    sched = schedule("4-7-8", 2, lead_in=False)
    state = sched.state_at(4 + 7 * 0.25)
    assert (state.phase_kind, state.phase_seconds) == (FULL, 7.0)
    assert state.phase_progress == 0.25 and state.phase_seconds_left == 5.25
    assert state.session_progress == pytest.approx(5.75 / 38)
    assert state.session_seconds_left == pytest.approx(38 - 5.75)


def test_boundaries_belong_to_the_next_phase() -> None:
    sched = schedule("box", 5)
    times = sched.boundary_times()
    for i, t in enumerate(times[:-1]):
        at = sched.state_at(t)
        assert at.phase_progress == 0.0 and not at.in_lead_in, t
        if i > 0:
            just_before = sched.state_at(before(t))
            assert just_before.phase_index != at.phase_index and just_before.phase_progress < 1.0


def test_boundary_times_list() -> None:
    assert schedule("box", 2).boundary_times() == (3, 7, 11, 15, 19, 23, 27, 31)
    assert schedule("cyclic_sigh", 2, lead_in=False).boundary_times() == (0, 2, 3, 9, 11, 12, 18)
    for pattern in PRESETS:
        sched = schedule(pattern, 9)
        times = sched.boundary_times()
        assert times[0] == 3 and times[-1] == sched.total_seconds
        assert list(times) == sorted(set(times))
        # Each boundary starts the phase the list says, and the states between agree.
        assert [sched.state_at(t).phase_progress for t in times[:-1]] == [0.0] * (len(times) - 1)


def test_exact_boundaries_late_in_a_long_session() -> None:
    sched = BreathSchedule(plan_by_minutes(preset_by_key("resonant"), 60))  # 327 breaths of 5.5 + 5.5 s
    assert sched.plan.breaths == 327
    times = sched.boundary_times()
    assert len(times) == 2 * 327 + 1
    t = 3 + 326 * 11 + 5.5  # the last exhale begins
    assert t in times
    state = sched.state_at(t)
    assert (state.phase_kind, state.breath_index, state.phase_progress) == (OUT, 326, 0.0)
    assert sched.state_at(before(t)).phase_kind is IN


# --- the pacer's level ---


def levels(sched: BreathSchedule, times: list[float]) -> list[float]:
    return [level(sched.state_at(t)) for t in times]


def test_level_grows_on_inhale_holds_and_shrinks_on_exhale() -> None:
    sched = schedule("box", 2, lead_in=False)
    assert levels(sched, [0, 1, 2, 3, 4]) == pytest.approx([0.0, ease(0.25), 0.5, ease(0.75), 1.0])
    assert levels(sched, [4, 6, before(8)]) == pytest.approx([1.0, 1.0, 1.0])  # hold: stays full
    assert levels(sched, [8, 10, before(12)]) == pytest.approx([1.0, 0.5, 0.0])
    assert levels(sched, [12, 14, before(16)]) == pytest.approx([0.0, 0.0, 0.0])  # rest: stays empty


def ease(x: float) -> float:
    return (1 - math.cos(math.pi * x)) / 2


def test_level_eases_smoothly() -> None:
    sched = schedule("long_exhale", 1, lead_in=False)
    inhale = levels(sched, [i * 0.1 for i in range(41)])
    steps = [b - a for a, b in itertools.pairwise(inhale)]
    assert all(step >= 0 for step in steps)
    assert steps[0] < steps[20] and steps[-1] < steps[20]  # slow at both ends, fastest in the middle
    assert s.ease(0) == 0 and s.ease(1) == 1 and s.ease(0.5) == pytest.approx(0.5)


def test_cyclic_sigh_level() -> None:
    sched = schedule("cyclic_sigh", 2, lead_in=False)
    assert level(sched.state_at(before(2))) == pytest.approx(0.8)
    assert level(sched.state_at(2)) == pytest.approx(0.8)
    assert level(sched.state_at(2.5)) == pytest.approx(0.9)
    assert level(sched.state_at(before(3))) == pytest.approx(1.0)
    assert level(sched.state_at(6)) == pytest.approx(0.5)
    assert level(sched.state_at(before(9))) == pytest.approx(0.0)
    assert level(sched.state_at(9)) == 0.0


def test_level_is_continuous_across_every_boundary() -> None:
    for pattern in [*PRESETS, custom((IN, 3), (TOP, 0.5), (FULL, 2), (OUT, 5.5), (EMPTY, 1.5))]:
        sched = schedule(pattern, 3)
        for t in sched.boundary_times()[1:-1]:
            assert level(sched.state_at(before(t))) == pytest.approx(level(sched.state_at(t)), abs=1e-9)


# --- records ---


def test_session_record_of_a_finished_and_an_early_ended_session() -> None:
    started = datetime(2024, 5, 1, 20, 0, tzinfo=UTC)
    plan = plan_by_breaths(preset_by_key("box"), 3)
    sched = BreathSchedule(plan)
    done = session_record(plan, sched.state_at(1000), started_at=started, anxiety_before=7, anxiety_after=4)
    assert (done.completed, done.breaths_done, done.planned_breaths) == (True, 3, 3)
    assert done.planned_seconds == done.actual_seconds == 44.0
    assert done.phases == plan.pattern.phases and done.pattern_name == "Box breathing"
    assert done.anxiety_change == -3
    early = session_record(plan, sched.state_at(3 + 20), started_at=started, moment_id=5)
    assert (early.completed, early.breaths_done, early.actual_seconds, early.moment_id) == (False, 1, 20.0, 5)
    lead_in_only = session_record(plan, sched.state_at(1), started_at=started)
    assert (lead_in_only.actual_seconds, lead_in_only.breaths_done) == (0.0, 0)
    by_minutes = plan_by_minutes(preset_by_key("resonant"), 5)
    assert (
        session_record(by_minutes, BreathSchedule(by_minutes).state_at(0), started_at=started).planned_breaths is None
    )


# --- properties ---

_SECONDS = {
    IN: st.integers(2, 40),
    OUT: st.integers(2, 40),
    FULL: st.integers(1, 40),
    EMPTY: st.integers(1, 40),
    TOP: st.integers(1, 6),
}  # in half seconds


@st.composite
def patterns(draw: st.DrawFn) -> BreathPattern:
    """Valid patterns: breaths of inhale [top-up] [hold] exhale [rest], one to three of them."""
    phases: list[Phase] = []
    for _ in range(draw(st.integers(1, 3))):
        kinds = [IN]
        if draw(st.booleans()):
            kinds.append(TOP)
        if draw(st.booleans()):
            kinds.append(FULL)
        kinds.append(OUT)
        if draw(st.booleans()):
            kinds.append(EMPTY)
        phases.extend(Phase(k, draw(_SECONDS[k]) / 2) for k in kinds)
    pattern = BreathPattern("drawn", tuple(phases))
    if pattern.cycle_seconds > 60:
        pattern = BreathPattern("drawn", tuple(Phase(p.kind, min(p.seconds, 2.0)) for p in phases))
    return pattern


@settings(max_examples=150, deadline=None)
@given(
    pattern=patterns(),
    breaths=st.integers(1, 40),
    lead_in=st.booleans(),
    times=st.lists(st.floats(-10, 3000, allow_nan=False), min_size=1, max_size=40),
)
def test_properties_over_any_sorted_times(
    pattern: BreathPattern, breaths: int, lead_in: bool, times: list[float]
) -> None:
    sched = BreathSchedule(plan_by_breaths(pattern, breaths, lead_in=lead_in))
    previous: BreathState | None = None
    for t in [*sorted(times), sched.total_seconds]:
        state = sched.state_at(t)
        assert 0.0 <= state.session_progress <= 1.0
        assert 0.0 <= state.phase_progress <= 1.0
        assert 0.0 <= level(state) <= 1.0
        assert 0 <= state.breaths_done <= breaths and 0 <= state.breath_index < breaths
        assert state.finished == (t >= sched.total_seconds)
        assert (state.session_progress == 1.0) == state.finished
        assert state.phase_seconds_left >= 0 and state.session_seconds_left >= 0
        if previous is not None:
            assert state.breaths_done >= previous.breaths_done
            assert state.breath_index >= previous.breath_index
            assert state.session_progress >= previous.session_progress
            assert state.elapsed >= previous.elapsed
        previous = state
    assert previous is not None and previous.finished and previous.breaths_done == breaths


@settings(max_examples=100, deadline=None)
@given(pattern=patterns(), breaths=st.integers(1, 40), data=st.data())
def test_property_boundaries_are_exact(pattern: BreathPattern, breaths: int, data: st.DataObject) -> None:
    sched = BreathSchedule(plan_by_breaths(pattern, breaths))
    times = sched.boundary_times()
    assert len(times) == breaths * len(pattern.phases) + 1 - (1 if pattern.phases[-1].kind is EMPTY else 0)
    i = data.draw(st.integers(0, len(times) - 2))
    state = sched.state_at(times[i])
    assert state.phase_progress == 0.0 and state.phase_index == i % len(pattern.phases)
    assert state.breath_index == i // len(pattern.phases)
    assert not sched.state_at(before(times[-1])).finished and sched.state_at(times[-1]).finished


@settings(max_examples=100, deadline=None)
@given(pattern=patterns(), minutes=st.integers(1, 60))
def test_property_minutes_plan_is_within_half_a_cycle(pattern: BreathPattern, minutes: int) -> None:
    plan = plan_by_minutes(pattern, minutes, lead_in=False)
    assert abs(plan.breathing_seconds - minutes * 60) <= pattern.cycle_seconds / 2
    assert plan.breaths >= 1
