"""Reflect's statements, keys and scoring, the 75% rule, the draft, and the words for a result."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from walls_desktop.core.reflection import (
    Reflection,
    answer_changes,
    first_unanswered,
    needed,
    reflection_due,
    score,
)
from walls_desktop.core.reflection_draft import ReflectionDraft, draft_from_dict, draft_to_dict
from walls_desktop.core.reflection_statements import (
    ANSWER_LABELS,
    STATEMENTS,
    STATEMENTS_BY_KEY,
    Dimension,
    statements_of,
)
from walls_desktop.core.reflection_words import (
    CAVEAT,
    Band,
    band,
    direction,
    movement_text,
    place_text,
    suggestions,
)

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
WORRY = statements_of(Dimension.WORRY)
UNEASE = statements_of(Dimension.UNEASE)


# ----- the statements ------------------------------------------------------------------------------------


@pytest.mark.parametrize("dimension", list(Dimension))
def test_each_dimension_has_8_to_12_statements_a_third_to_a_half_reverse_keyed(dimension: Dimension) -> None:
    own = statements_of(dimension)
    reversed_share = sum(s.reverse for s in own) / len(own)
    assert 8 <= len(own) <= 12
    assert 1 / 3 <= reversed_share <= 1 / 2


def test_keys_are_unique_stable_names_of_their_dimension() -> None:
    assert len(STATEMENTS_BY_KEY) == len(STATEMENTS)
    for statement in STATEMENTS:
        assert re.fullmatch(r"[a-z]+\.[a-z_]+", statement.key)
        assert statement.key.startswith(f"{statement.dimension.value}.")
    assert len({s.text for s in STATEMENTS}) == len(STATEMENTS)


def test_the_two_dimensions_take_turns() -> None:
    assert [s.dimension for s in STATEMENTS[:4]] == [Dimension.WORRY, Dimension.UNEASE] * 2
    longest_run = max(
        len(m.group()) for m in re.finditer(r"(w+|u+)", "".join(s.dimension.value[0] for s in STATEMENTS))
    )
    assert longest_run == 1


def test_every_point_of_the_scale_is_labelled() -> None:
    assert len(ANSWER_LABELS) == 7 and len(set(ANSWER_LABELS)) == 7 and all(ANSWER_LABELS)


# ----- scoring, by hand -------------------------------------------------------------------------------------


def test_a_score_is_the_mean_with_reverse_keyed_answers_counted_as_8_minus_x() -> None:
    answers = {s.key: 6 for s in WORRY}  # four reverse-keyed statements count 2, six forward ones 6
    assert [s.reverse for s in WORRY].count(True) == 4
    assert score(answers, Dimension.WORRY).mean == pytest.approx((6 * 6 + 4 * 2) / 10)  # 4.4
    assert score(answers, Dimension.UNEASE).mean is None  # nothing answered there


def test_a_worked_example_on_both_dimensions() -> None:
    answers = {
        "worry.unanswered": 7, "worry.replay": 5, "worry.quiet_evening": 2, "worry.tone": 6, "worry.busy": 3,
        "worry.plans": 4, "worry.saying_no": 5, "worry.disagree": 1, "worry.quieter": 6, "worry.few_days": 2,
        "unease.how_are_you": 2, "unease.future_talk": 3, "unease.hard_day": 6, "unease.hard_week": 1,
        "unease.affection": 2, "unease.cared_for": 5, "unease.holiday": 3, "unease.boxes": 2,
        "unease.talk_about_us": 7, "unease.leans_on_me": 6,
    }  # fmt: skip
    # worry: 7 + 5 + (8-2) + 6 + (8-3) + 4 + 5 + (8-1) + 6 + (8-2) = 57
    assert score(answers, Dimension.WORRY).mean == pytest.approx(5.7)
    # unease: 2 + 3 + (8-6) + 1 + 2 + (8-5) + 3 + 2 + (8-7) + (8-6) = 21
    assert score(answers, Dimension.UNEASE).mean == pytest.approx(2.1)
    assert Reflection(T0, answers=answers).point == (pytest.approx(2.1), pytest.approx(5.7))


def test_75_percent_of_a_dimension_is_needed_for_a_score() -> None:
    assert needed(Dimension.WORRY) == 8 == needed(Dimension.UNEASE)  # ceil(0.75 * 10)
    seven = {s.key: 4 for s in WORRY[:7]}
    eight = {s.key: 4 for s in WORRY[:8]}
    assert score(seven, Dimension.WORRY).mean is None
    assert score(seven, Dimension.WORRY).answered == 7
    assert score(eight, Dimension.WORRY).mean == pytest.approx(4.0)
    assert Reflection(T0, answers=eight).point is None  # no unease score, so no point on the plane


def test_unknown_keys_and_values_off_the_scale_do_not_count() -> None:
    answers = {s.key: 1 for s in WORRY} | {"worry.retired": 7, WORRY[0].key: 9}
    result = score(answers, Dimension.WORRY)
    assert result.answered == 9 and result.total == 10


@given(st.dictionaries(st.sampled_from([s.key for s in STATEMENTS]), st.integers(1, 7)))
def test_a_score_always_lies_between_1_and_7(answers: dict[str, int]) -> None:
    for dimension in Dimension:
        mean = score(answers, dimension).mean
        assert mean is None or 1 <= mean <= 7


def test_answer_changes_list_each_statement_that_moved_in_asking_order() -> None:
    before = Reflection(T0, answers={"worry.tone": 6, "unease.boxes": 2, "worry.unanswered": 5})
    after = Reflection(T0, answers={"worry.tone": 3, "unease.boxes": 2, "unease.future_talk": 4})
    changes = [(c.statement.key, c.before, c.after) for c in answer_changes(before, after)]
    assert changes == [("worry.unanswered", 5, None), ("unease.future_talk", None, 4), ("worry.tone", 6, 3)]


def test_first_unanswered() -> None:
    assert first_unanswered({}) == 0
    assert first_unanswered({STATEMENTS[0].key: 3, STATEMENTS[2].key: 3}) == 1
    assert first_unanswered({s.key: 3 for s in STATEMENTS}) is None


def test_reflecting_again_is_due_after_the_chosen_weeks_and_never_before_a_first_time() -> None:
    assert not reflection_due(None, 4, T0)
    assert not reflection_due(T0, 4, T0 + timedelta(weeks=4) - timedelta(seconds=1))
    assert reflection_due(T0, 4, T0 + timedelta(weeks=4))


# ----- the draft ---------------------------------------------------------------------------------------------


def test_a_draft_goes_through_json_and_back() -> None:
    draft = ReflectionDraft("Sam", {"worry.tone": 5, "unease.future_talk": 1}, 7, T0)
    assert draft_from_dict(json.loads(json.dumps(draft_to_dict(draft)))) == draft


@pytest.mark.parametrize(
    "damaged",
    [None, [], "draft", {"answers": "lots"}, {"answers": {"worry.tone": 9, "x": 3}}, {"position": 999},
     {"position": -1, "focus": 5}, {"started_at": "yesterday"}, {"focus": "x" * 5000}],
)  # fmt: skip
def test_a_damaged_draft_gives_back_what_is_sound(damaged: object) -> None:
    draft = draft_from_dict(damaged)
    assert draft.answers == {} and draft.position == 0 and draft.started_at is None and draft.focus == ""


def test_a_broken_character_in_the_focus_is_kept_visibly() -> None:
    assert draft_to_dict(ReflectionDraft("S\ud800m"))["focus"] == "S\ufffdm"


# ----- the words -------------------------------------------------------------------------------------------


def test_bands() -> None:
    assert [band(x) for x in (1.0, 3.49, 3.5, 4.49, 4.5, 7.0)] == [
        Band.LOWER, Band.LOWER, Band.MIDDLE, Band.MIDDLE, Band.HIGHER, Band.HIGHER,
    ]  # fmt: skip


def test_movement_needs_half_a_point_to_count() -> None:
    assert direction(4.0, 4.4) == 0 and direction(4.0, 3.5) == -1 and direction(4.0, 4.5) == 1
    assert "{date}" in movement_text(Dimension.WORRY, 5.0, 3.0) and "eased" in movement_text(Dimension.WORRY, 5, 3)


def test_suggestions_follow_the_higher_dimension_first() -> None:
    high_worry = {s.key: (1 if s.reverse else 7) for s in WORRY} | {s.key: 4 for s in UNEASE}
    pages = [s.page for s in suggestions(Reflection(T0, answers=high_worry))]
    assert pages == ["breathe", "reframe", "ladder", "moments"]
    high_unease = {s.key: 4 for s in WORRY} | {s.key: (1 if s.reverse else 7) for s in UNEASE}
    assert [s.page for s in suggestions(Reflection(T0, answers=high_unease))][:2] == ["ladder", "moments"]
    both_low = {s.key: (7 if s.reverse else 1) for s in STATEMENTS}
    assert [s.page for s in suggestions(Reflection(T0, answers=both_low))] == ["moments"]


def test_every_result_text_is_about_tendencies_and_the_caveat_says_not_a_diagnosis() -> None:
    for dimension in Dimension:
        for mean in (1.0, 4.0, 7.0):
            assert place_text(dimension, mean)
    assert "not a diagnosis" in CAVEAT and "professional care" in CAVEAT
