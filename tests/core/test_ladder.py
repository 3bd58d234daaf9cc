"""Ladder's rules: checks before keeping, the order of the rungs, moving a rung, and prediction against outcome."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from walls_desktop.core.ladder import (
    CAME_TRUE_PARTLY,
    LIKELIHOOD_FELL,
    LIKELIHOOD_ROSE,
    LIKELIHOOD_SAME,
    MISSING_ACTION,
    MISSING_FEARED,
    MISSING_OUTCOME,
    MISSING_RATING,
    NO_TRIES,
    ONCE,
    STAYED_AWAY,
    SUGGESTIONS,
    SUMMARY,
    LadderOrder,
    LadderStep,
    LadderTry,
    Outcome,
    StepField,
    ladder_summary,
    moved,
    next_step,
    ordered,
    progress,
    progress_texts,
    step_problems,
    summary_text,
    try_problems,
)
from walls_desktop.core.text import TOO_LONG_MESSAGE, UNSTORABLE_MESSAGE

T0 = datetime(2026, 5, 1, 18, tzinfo=UTC)


def step(step_id: int, expected: int, position: int, **more) -> LadderStep:
    return LadderStep(f"step {step_id}", expected, "fear", 50, position=position, id=step_id, **more)


def attempt(days: int, outcome: Outcome, before: int, after: int) -> LadderTry:
    return LadderTry(1, T0 + timedelta(days=days), 5, "fear", before, 6, outcome, after)


def test_a_step_needs_words_for_the_step_and_the_fear_and_both_ratings() -> None:
    assert step_problems("Say I missed you", "", 4, "They pull away", 60) == {}
    assert step_problems("  ", "", None, "\n", 101) == {
        StepField.ACTION: MISSING_ACTION,
        StepField.FEARED: MISSING_FEARED,
        StepField.EXPECTED_ANXIETY: MISSING_RATING,
        StepField.LIKELIHOOD: MISSING_RATING,
    }
    assert step_problems("x" * 201, "S\ud800m", 11, "ok", -1) == {
        StepField.ACTION: TOO_LONG_MESSAGE,
        StepField.PERSON: UNSTORABLE_MESSAGE,
        StepField.EXPECTED_ANXIETY: MISSING_RATING,
        StepField.LIKELIHOOD: MISSING_RATING,
    }
    assert step_problems("Ask for a hug 🤗", "Zoë", 0, "Nein", 0) == {}


def test_a_try_needs_the_felt_anxiety_the_outcome_and_the_likelihood_now() -> None:
    assert try_problems(6, Outcome.NO, 20, "", "") == {}
    assert set(try_problems(None, "no", True, "", "")) == {
        StepField.PEAK_ANXIETY, StepField.OUTCOME, StepField.LIKELIHOOD_AFTER,
    }  # fmt: skip
    assert try_problems(3, Outcome.NO, 5, "x" * 20_001, "")[StepField.WHAT_HAPPENED] == TOO_LONG_MESSAGE
    assert try_problems(3, None, 5, "", "")[StepField.OUTCOME] == MISSING_OUTCOME


def test_the_ladder_is_ordered_by_expected_anxiety_or_by_hand() -> None:
    steps = [step(1, 6, 1), step(2, 2, 3), step(3, 6, 2), step(4, 0, 4)]
    assert [s.id for s in ordered(steps, LadderOrder.BY_ANXIETY)] == [4, 2, 1, 3]  # ties in the own order
    assert [s.id for s in ordered(steps, LadderOrder.BY_HAND)] == [1, 3, 2, 4]


def test_the_next_step_is_the_lowest_rung_not_climbed_or_archived() -> None:
    steps = [step(1, 1, 1, climbed_at=T0), step(2, 2, 2, archived=True), step(3, 5, 3), step(4, 3, 4)]
    assert next_step(steps, LadderOrder.BY_ANXIETY).id == 4
    assert next_step(steps, LadderOrder.BY_HAND).id == 3
    assert next_step([step(1, 1, 1, climbed_at=T0)], LadderOrder.BY_HAND) is None


def test_moving_a_rung_up_or_down_swaps_it_with_its_neighbour() -> None:
    steps = [step(1, 0, 1), step(2, 0, 2), step(3, 0, 3)]
    assert moved(steps, 3, -1) == [1, 3, 2]
    assert moved(steps, 1, 1) == [2, 1, 3]
    assert moved(steps, 1, -1) is None and moved(steps, 3, 1) is None and moved(steps, 9, 1) is None


def test_progress_by_hand() -> None:
    tries = [
        attempt(10, Outcome.NO, 70, 40), attempt(0, Outcome.YES, 80, 75), attempt(20, Outcome.NO, 45, 30),
        attempt(5, Outcome.PARTLY, 75, 70), attempt(30, Outcome.NO, 35, 30), attempt(40, Outcome.NO, 30, 30),
    ]  # fmt: skip
    figures = progress(tries)
    assert (figures.tries, figures.happened, figures.partly) == (6, 1, 1)
    assert (figures.first_likelihood, figures.latest_likelihood) == (80, 30)  # the first before, the latest after
    counts = {"stayed": 4, "tries": 6, "happened": 1, "partly": 1}
    assert progress_texts(figures) == [
        (STAYED_AWAY, counts),  # the times the fear stayed away come first
        (CAME_TRUE_PARTLY, counts),
        (LIKELIHOOD_FELL, {"before": 80, "after": 30}),
    ]
    assert progress_texts(progress([])) == [(NO_TRIES, {})]
    one = progress_texts(progress([attempt(0, Outcome.NO, 40, 40)]))
    assert one == [(ONCE[Outcome.NO], {}), (LIKELIHOOD_SAME, {"before": 40, "after": 40})]
    rose = progress_texts(progress([attempt(0, Outcome.YES, 40, 60), attempt(1, Outcome.YES, 60, 70)]))
    assert rose[-1] == (LIKELIHOOD_ROSE, {"before": 40, "after": 70})


def test_across_the_ladder_each_step_is_worked_out_on_its_own() -> None:
    def tried(step_id: int, days: int, outcome: Outcome, before: int, after: int) -> LadderTry:
        return LadderTry(step_id, T0 + timedelta(days=days), 5, "fear", before, 6, outcome, after)

    easier = [tried(1, 0, Outcome.NO, 90, 70), tried(1, 5, Outcome.NO, 70, 50)]  # 90% -> 50%
    harder = [tried(2, 1, Outcome.YES, 20, 30), tried(2, 6, Outcome.PARTLY, 30, 40)]  # 20% -> 40%
    summary = ladder_summary([easier, harder, []])
    assert (summary.tries, summary.stayed_away, summary.steps_tried, summary.steps_easier) == (4, 2, 2, 1)
    assert summary_text(summary) == (SUMMARY, {"stayed": 2, "tries": 4, "easier": 1, "steps": 2})
    assert summary_text(ladder_summary([[], []])) is None


@pytest.mark.parametrize("suggestion", SUGGESTIONS, ids=lambda s: s.action[:20])
def test_every_suggestion_needs_only_the_persons_own_numbers(suggestion) -> None:
    assert step_problems(suggestion.action, "", 4, suggestion.feared, 50) == {}
    assert set(step_problems(suggestion.action, "", None, suggestion.feared, None)) == {
        StepField.EXPECTED_ANXIETY, StepField.LIKELIHOOD,
    }  # fmt: skip


def test_a_fear_of_invisible_characters_is_no_fear() -> None:
    assert step_problems("Ask", "", 4, "\u200b\u200d \u2060", 50)[StepField.FEARED] == MISSING_FEARED


def test_progress_words_never_count_streaks_points_or_scores() -> None:
    from walls_desktop.core import ladder

    words = " ".join(v for k, v in vars(ladder).items() if isinstance(v, str) and k.isupper()).lower()
    for banned in ("streak", "point", "score", "level", "badge"):
        assert banned not in words


def test_kept_predictions_go_through_json_and_damage_is_left_out() -> None:
    import json

    from walls_desktop.core.ladder_predictions import Prediction, predictions_from_dict, predictions_to_dict

    kept = {3: Prediction("They will laugh", 6, 70, T0), 9: Prediction("Ж 🤗", 0, 100, T0)}
    assert predictions_from_dict(json.loads(json.dumps(predictions_to_dict(kept)))) == kept
    damaged = {"3": {"feared": "ok", "expected_anxiety": 11, "likelihood": 5, "written_at": T0.isoformat()},
               "x": {}, "4": "nope", "5": {"feared": " ", "expected_anxiety": 1, "likelihood": 1,
                                           "written_at": T0.isoformat()}}  # fmt: skip
    assert (
        predictions_from_dict(damaged) == {} and predictions_from_dict(None) == {} and predictions_from_dict([]) == {}
    )
