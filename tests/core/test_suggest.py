"""Which practice Walls suggests after a check-in, against hand-built data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from walls_desktop.core.breathing import BreathSessionRecord, Phase, PhaseKind
from walls_desktop.core.ladder import LadderStep
from walls_desktop.core.practices import PracticeKind, PracticeSession
from walls_desktop.core.suggest import Practice, Why, eased_most, suggest

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
STEP = LadderStep("Say I missed them", 4, "They will pull away", 60, id=3)


def breath(name: str, before, after) -> BreathSessionRecord:
    return BreathSessionRecord(T0, name, (Phase(PhaseKind.INHALE, 4),), 60, 60, 6, True, 6, before, after)


def practice(kind: PracticeKind, before, after) -> PracticeSession:
    return PracticeSession(kind, T0, 120, 7, 7, True, before, after)


def test_nothing_eased_until_one_practice_has_enough_rated_sessions() -> None:
    assert eased_most([breath("Box", 8, 2)] * 2, [practice(PracticeKind.GROUNDING, 8, 1)] * 2) is None
    assert eased_most([breath("Box", 8, None)] * 5, []) is None  # unrated sessions say nothing


def test_the_practice_that_eased_most_wins_across_kinds() -> None:
    sessions = [breath("Box", 7, 5)] * 3 + [breath("Resonant", 7, 4)] * 3
    assert eased_most(sessions, []) == (Practice.BREATHE, "Resonant", 3.0, 3)
    grounding = [practice(PracticeKind.GROUNDING, 8, 3)] * 4
    assert eased_most(sessions, grounding) == (Practice.GROUNDING, "", 5.0, 4)


def test_what_never_lowered_anxiety_is_not_offered_as_easing() -> None:
    assert eased_most([breath("Box", 4, 5)] * 3, [practice(PracticeKind.COMPASSION, 5, 5)] * 3) is None
    barely = [breath("Box", 5, 5)] * 5 + [breath("Box", 5, 4)]  # a sixth of a point: within a rating's noise
    assert eased_most(barely, []) is None


@pytest.mark.parametrize(
    ("anxiety", "expected"),
    [(9, Practice.BREATHE), (7, Practice.BREATHE), (6, Practice.GROUNDING), (4, Practice.GROUNDING),
     (3, Practice.COMPASSION), (0, Practice.COMPASSION)],
)  # fmt: skip
def test_plain_defaults_when_there_is_no_data(anxiety: int, expected: Practice) -> None:
    found = suggest(anxiety, critic_loud=False, next_step=None, eased=None)
    assert (found.practice, found.why) == (expected, Why.DEFAULT)
    assert found.crisis_near is (anxiety >= 9)


def test_steady_with_a_ladder_offers_the_next_step_unless_it_is_feared_as_very_hard() -> None:
    found = suggest(2, critic_loud=False, next_step=STEP, eased=(Practice.GROUNDING, "", 2.0, 3))
    assert (found.practice, found.why, found.step) == (Practice.LADDER, Why.STEADY, STEP)
    assert suggest(4, critic_loud=False, next_step=STEP, eased=None).practice is Practice.GROUNDING
    hard = LadderStep("Say I love you first", 8, "They will not say it back", 70, id=4)
    assert suggest(1, critic_loud=False, next_step=hard, eased=None).practice is Practice.COMPASSION


def test_a_loud_critic_gets_a_reframe_except_at_the_peak() -> None:
    assert suggest(2, critic_loud=True, next_step=STEP, eased=None).practice is Practice.REFRAME
    assert suggest(7, critic_loud=True, next_step=None, eased=None).why is Why.CRITIC
    at_peak = suggest(8, critic_loud=True, next_step=None, eased=None)
    assert at_peak.practice is Practice.BREATHE  # settle the body first


def test_own_data_comes_before_the_defaults() -> None:
    eased = (Practice.BREATHE, "Resonant", 2.5, 4)
    found = suggest(8, critic_loud=False, next_step=None, eased=eased)
    assert (found.practice, found.why, found.pattern_name, found.avg_drop, found.sessions) == (
        Practice.BREATHE, Why.EASED_YOU, "Resonant", 2.5, 4,
    )  # fmt: skip
    assert suggest(5, critic_loud=False, next_step=None, eased=(Practice.COMPASSION, "", 1.0, 3)).practice is (
        Practice.COMPASSION
    )
