"""The session clock in simulated time: pauses, sleep, and a time source that jumps."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walls_desktop.core.breath_clock import DEFAULT_SLEEP_GAP, SessionClock
from walls_desktop.core.breath_schedule import BreathSchedule, plan_by_breaths
from walls_desktop.core.breathing import PhaseKind, preset_by_key

FRAME = 1 / 60


class FakeTime:
    """A time source the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def frames(clock: SessionClock, source: FakeTime, seconds: float) -> list[bool]:
    """Run the GUI's frame loop for ``seconds``: advance, then observe."""
    return [_tick(clock, source) for _ in range(round(seconds / FRAME))]


def _tick(clock: SessionClock, source: FakeTime) -> bool:
    source.advance(FRAME)
    return clock.observe()


@pytest.fixture
def source() -> FakeTime:
    return FakeTime()


@pytest.fixture
def clock(source: FakeTime) -> SessionClock:
    return SessionClock(source)


def test_default_source_and_gap() -> None:
    clock = SessionClock()
    clock.start()
    assert 0 <= clock.elapsed() < 5
    assert DEFAULT_SLEEP_GAP == 2.0


def test_before_start(clock: SessionClock, source: FakeTime) -> None:
    source.advance(50)
    assert not clock.is_started and clock.elapsed() == 0.0 and clock.observe() is False
    with pytest.raises(RuntimeError):
        clock.pause()
    with pytest.raises(RuntimeError):
        clock.resume()


def test_start_once(clock: SessionClock) -> None:
    clock.start()
    with pytest.raises(RuntimeError):
        clock.start()


def test_elapsed_counts_from_start(clock: SessionClock, source: FakeTime) -> None:
    clock.start()
    assert clock.elapsed() == 0.0
    source.advance(12.5)
    assert clock.elapsed() == 12.5
    assert clock.is_started and not clock.is_paused


def test_pause_and_resume(clock: SessionClock, source: FakeTime) -> None:
    clock.start()
    source.advance(10)
    clock.pause()
    assert clock.is_paused and not clock.paused_by_sleep
    source.advance(300)
    assert clock.elapsed() == 10
    clock.pause()  # again: nothing changes
    source.advance(5)
    clock.resume()
    assert not clock.is_paused and clock.elapsed() == 10
    source.advance(4)
    clock.resume()  # again: nothing changes
    assert clock.elapsed() == 14


def test_observing_while_paused_is_not_sleep(clock: SessionClock, source: FakeTime) -> None:
    clock.start()
    frames(clock, source, 1)
    clock.pause()
    source.advance(600)
    assert clock.observe() is False and not clock.paused_by_sleep
    clock.resume()
    # The paused time before resume is not a gap between observations.
    assert frames(clock, source, 1) == [False] * 60
    assert clock.elapsed() == pytest.approx(2.0)


def test_sleep_gap_pauses_as_of_the_previous_observation(clock: SessionClock, source: FakeTime) -> None:
    clock.start()
    assert not any(frames(clock, source, 10))
    before_sleep = clock.elapsed()
    assert before_sleep == pytest.approx(10)
    source.advance(3600)  # the lid was closed for an hour
    assert clock.observe() is True
    assert clock.is_paused and clock.paused_by_sleep
    assert clock.elapsed() == before_sleep  # the hour is not counted and nothing skipped ahead
    assert clock.observe() is False  # reported once
    source.advance(30)
    assert clock.elapsed() == before_sleep
    clock.resume()
    assert not clock.paused_by_sleep and not clock.is_paused
    frames(clock, source, 5)
    assert clock.elapsed() == pytest.approx(before_sleep + 5)


def test_the_frame_before_the_gap_is_counted_the_gap_is_not(clock: SessionClock, source: FakeTime) -> None:
    clock.start()
    source.advance(1.0)
    assert clock.observe() is False  # a slow frame below the threshold still counts
    source.advance(DEFAULT_SLEEP_GAP)  # exactly the threshold: still counted
    assert clock.observe() is False
    source.advance(DEFAULT_SLEEP_GAP + 0.001)
    assert clock.observe() is True
    assert clock.elapsed() == 1.0 + DEFAULT_SLEEP_GAP


def test_elapsed_read_during_a_gap_is_kept(clock: SessionClock, source: FakeTime) -> None:
    clock.start()
    frames(clock, source, 1)
    source.advance(100)
    shown = clock.elapsed()  # read before observe: already shown, so it must not go back
    assert shown == pytest.approx(101)
    assert clock.observe() is True
    assert clock.elapsed() == shown


def test_custom_sleep_gap(source: FakeTime) -> None:
    clock = SessionClock(source, sleep_gap=0.5)
    clock.start()
    source.advance(0.6)
    assert clock.observe() is True
    for bad in (0, -1, math.nan, math.inf, "2"):
        with pytest.raises(ValueError):
            SessionClock(source, sleep_gap=bad)  # type: ignore[arg-type]


def test_backwards_jump_never_goes_back_and_does_not_stall(clock: SessionClock, source: FakeTime) -> None:
    clock.start()
    frames(clock, source, 5)
    at_jump = clock.elapsed()
    source.advance(-500)
    assert clock.observe() is False
    assert clock.elapsed() == at_jump
    frames(clock, source, 2)
    assert clock.elapsed() == pytest.approx(at_jump + 2)  # carries on at once from the new reading


def test_backwards_jump_seen_through_elapsed_only(clock: SessionClock, source: FakeTime) -> None:
    clock.start()
    source.advance(10)
    assert clock.elapsed() == 10
    source.advance(-3)
    assert clock.elapsed() == 10
    source.advance(1)
    assert clock.elapsed() == 11


def test_backwards_jump_while_paused(clock: SessionClock, source: FakeTime) -> None:
    clock.start()
    source.advance(10)
    clock.pause()
    source.advance(-100)
    clock.resume()
    source.advance(2)
    assert clock.elapsed() == 12


def test_forward_jump_through_observe_is_sleep_but_through_elapsed_is_counted(
    clock: SessionClock, source: FakeTime
) -> None:
    clock.start()
    source.advance(1)
    clock.observe()
    source.advance(50)
    assert clock.observe() is True and clock.elapsed() == 1
    other = SessionClock(source)
    other.start()
    source.advance(50)
    assert other.elapsed() == 50  # without frames there is no way to tell sleep from time passing


def test_nan_from_the_source_is_refused(clock: SessionClock, source: FakeTime) -> None:
    clock.start()
    source.now = math.nan
    with pytest.raises(ValueError):
        clock.elapsed()


def test_long_session_does_not_drift(clock: SessionClock, source: FakeTime) -> None:
    # An hour of frames: elapsed follows the source, it is not a sum of frame steps.
    clock.start()
    start = source.now
    for _ in range(3600 * 60):
        source.now += FRAME
        clock.observe()
    assert clock.elapsed() == source.now - start


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["step", "observe", "elapsed", "pause", "resume"]),
            st.floats(-100, 100, allow_nan=False),
        ),
        max_size=60,
    )
)
def test_property_elapsed_never_decreases_nor_outruns_the_source(ops: list[tuple[str, float]]) -> None:
    source = FakeTime()
    clock = SessionClock(source)
    clock.start()
    shown = 0.0
    forward = 0.0  # all the forward time the source has moved
    for op, value in ops:
        if op == "step":
            source.advance(value)
            forward += max(0.0, value)
        elif op == "observe":
            clock.observe()
        elif op == "pause":
            clock.pause()
        elif op == "resume":
            clock.resume()
        now = clock.elapsed()
        assert now >= shown
        assert now <= forward + 1e-9
        shown = now


def test_clock_drives_a_schedule_through_a_pause_and_a_sleep(clock: SessionClock, source: FakeTime) -> None:
    sched = BreathSchedule(plan_by_breaths(preset_by_key("long_exhale"), 3))  # 3 s lead-in, 10 s breaths
    clock.start()
    frames(clock, source, 5)  # 2 s into the first inhale
    state = sched.state_at(clock.elapsed())
    assert (state.phase_kind, state.breath_index) == (PhaseKind.INHALE, 0)
    clock.pause()
    source.advance(120)
    clock.resume()
    source.advance(7200)  # asleep with the session running
    assert clock.observe() is True
    state = sched.state_at(clock.elapsed())
    assert (state.phase_kind, state.breath_index) == (PhaseKind.INHALE, 0)  # picks up where it stopped
    clock.resume()
    frames(clock, source, 30)
    assert sched.state_at(clock.elapsed()).finished
