"""Grounding and the self-compassion pause: their words, and a run under a simulated clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from walls_desktop.core.practice_run import PracticeRun
from walls_desktop.core.practices import COMPASSION, GROUNDING, PracticeKind, Prompt

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def run(self, seconds: float, run: PracticeRun, step: float = 0.25) -> None:
        """Let time pass the way the page's timer sees it: a tick every quarter second."""
        for _ in range(round(seconds / step)):
            self.now += step
            run.tick()


def a_run(kind=PracticeKind.GROUNDING, auto=True, clock=None) -> tuple[PracticeRun, Clock]:
    clock = clock or Clock()
    run = PracticeRun(kind, auto=auto, started_at=T0, now=clock)
    run.start()
    return run, clock


def test_the_practices_have_their_shape() -> None:
    assert len(COMPASSION) == 3 and COMPASSION[-1].offers_kind_sentences
    assert 5 <= len(GROUNDING) <= 9
    assert 120 <= sum(p.seconds for p in GROUNDING) <= 300  # "a few minutes"
    assert all(p.text and p.hint and p.seconds > 0 for p in (*GROUNDING, *COMPASSION))
    assert {k.value for k in PracticeKind} == {"grounding", "compassion"}  # the schema's CHECK names these


def test_prompts_move_on_by_themselves_after_their_time() -> None:
    run, clock = a_run()
    first = GROUNDING[0].seconds
    clock.run(first - 1, run)
    assert run.index == 0 and 0.9 < run.step_fraction() < 1
    clock.run(1, run)
    assert run.index == 1 and run.step_fraction() == 0
    clock.run(sum(p.seconds for p in GROUNDING[1:]), run)
    assert run.finished and run.completed
    record = run.record(7, 4)
    assert record.steps_done == record.steps_total == len(GROUNDING)
    assert record.seconds == pytest.approx(sum(p.seconds for p in GROUNDING), abs=0.5)
    assert (record.anxiety_before, record.anxiety_after, record.started_at) == (7, 4, T0)


def test_by_key_only_the_prompt_waits_for_the_person() -> None:
    run, clock = a_run(PracticeKind.COMPASSION, auto=False)
    clock.run(600, run)
    assert run.index == 0 and not run.finished
    run.next()
    run.next()
    run.back()
    assert run.index == 1 and run.reached == 2
    run.next()
    run.next()  # past the last prompt: done
    assert run.finished and run.completed and run.record().steps_done == 3


def test_a_pause_and_a_sleeping_computer_are_not_counted() -> None:
    run, clock = a_run()
    clock.run(10, run)
    run.toggle_pause()
    clock.run(500, run)
    assert run.index == 0 and run.paused
    run.toggle_pause()
    clock.now += 3600  # the lid was closed for an hour
    assert run.tick() and run.paused and run.index == 0  # paused itself, at what it had shown
    run.toggle_pause()
    clock.run(GROUNDING[0].seconds - 10, run)
    assert run.index == 1


def test_ending_early_keeps_how_far_it_got() -> None:
    run, clock = a_run()
    clock.run(GROUNDING[0].seconds + 5, run)
    run.end()
    record = run.record(None, None)
    assert run.finished and not run.completed and record.steps_done == 2 and not record.completed
    run.next()
    run.toggle_pause()
    assert run.index == 1  # a finished run no longer moves


def test_a_practice_needs_a_prompt() -> None:
    with pytest.raises(ValueError):
        PracticeRun(PracticeKind.GROUNDING, auto=True, started_at=T0, prompts=[])
    only = PracticeRun(PracticeKind.GROUNDING, auto=True, started_at=T0, prompts=[Prompt("a", "b", 0)])
    assert only.step_fraction() == 1.0
