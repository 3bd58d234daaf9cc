"""Breath presets, checks on custom patterns, and the JSON form of phases."""

from __future__ import annotations

import json
import math

import pytest

from walls_desktop.core import breath_patterns as bp
from walls_desktop.core import breathing as b
from walls_desktop.core.breath_patterns import (
    DamagedPhasesError,
    PatternError,
    PatternProblemField,
    build_pattern,
    phases_from_json,
    phases_to_json,
    validate_pattern,
    validate_phases,
)
from walls_desktop.core.breathing import PRESETS, BreathPattern, Phase, PhaseKind, care_note, preset_by_key
from walls_desktop.core.text import UNSTORABLE_MESSAGE

IN, FULL, OUT, EMPTY, TOP = (
    PhaseKind.INHALE,
    PhaseKind.HOLD_FULL,
    PhaseKind.EXHALE,
    PhaseKind.HOLD_EMPTY,
    PhaseKind.TOP_UP,
)


def ph(*pairs: tuple[object, object]) -> list[Phase]:
    return [Phase(kind, seconds) for kind, seconds in pairs]  # type: ignore[arg-type]


def messages(problems: list[bp.PatternProblem]) -> list[str]:
    return [p.message for p in problems]


# --- presets ---


def test_presets_have_the_agreed_timings() -> None:
    timings = {p.preset: [(ph.kind, ph.seconds) for ph in p.phases] for p in PRESETS}
    assert timings == {
        "box": [(IN, 4.0), (FULL, 4.0), (OUT, 4.0), (EMPTY, 4.0)],
        "4-7-8": [(IN, 4.0), (FULL, 7.0), (OUT, 8.0)],
        "resonant": [(IN, 5.5), (OUT, 5.5)],
        "long_exhale": [(IN, 4.0), (OUT, 6.0)],
        "cyclic_sigh": [(IN, 2.0), (TOP, 1.0), (OUT, 6.0)],
    }


def test_resonant_is_about_five_and_a_half_breaths_a_minute() -> None:
    assert 60 / preset_by_key("resonant").cycle_seconds == pytest.approx(5.5, abs=0.1)


@pytest.mark.parametrize("pattern", PRESETS, ids=lambda p: p.preset)
def test_each_preset_is_a_valid_pattern_with_words(pattern: BreathPattern) -> None:
    assert validate_phases(pattern.phases) == []
    assert 0 < len(pattern.name) <= bp.NAME_MAX  # as a custom pattern's name, it would be taken (see below)
    assert pattern.description.strip() and "\n" not in pattern.description
    assert pattern.id is None
    assert preset_by_key(pattern.preset or "") is pattern
    assert all(isinstance(p.seconds, float) for p in pattern.phases)


def test_preset_keys_and_names_are_unique() -> None:
    assert len({p.preset for p in PRESETS}) == len(PRESETS) == len(b.PRESET_KEYS)
    assert len({p.name for p in PRESETS}) == len(PRESETS)


def test_unknown_preset_key() -> None:
    with pytest.raises(KeyError):
        preset_by_key("nope")


def test_care_note_only_for_patterns_that_hold() -> None:
    assert care_note(preset_by_key("box")) == b.HOLD_CARE_NOTE
    assert care_note(preset_by_key("4-7-8")) == b.HOLD_CARE_NOTE
    for key in ("resonant", "long_exhale", "cyclic_sigh"):
        assert care_note(preset_by_key(key)) is None
    note = b.HOLD_CARE_NOTE.lower()
    assert "dizzy" in note and "light-headed" in note and "normally" in note


# --- validation: the name ---


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_name_must_not_be_blank(name: str) -> None:
    problems = validate_pattern(name, ph((IN, 4), (OUT, 4)))
    assert [(p.field, p.message) for p in problems] == [(PatternProblemField.NAME, bp.NAME_BLANK_MESSAGE)]


def test_name_at_most_60_characters_after_trimming() -> None:
    steps = ph((IN, 4), (OUT, 4))
    assert validate_pattern("x" * 60, steps) == []
    assert validate_pattern("  " + "x" * 60 + "  ", steps) == []
    (problem,) = validate_pattern("x" * 61, steps)
    assert problem.field is PatternProblemField.NAME and problem.message == bp.NAME_TOO_LONG_MESSAGE
    assert problem.text() == "Please keep the name to 60 characters or fewer."


def test_name_with_lone_surrogate_is_refused() -> None:
    (problem,) = validate_pattern("calm \ud83d", ph((IN, 4), (OUT, 4)))
    assert problem.field is PatternProblemField.NAME and problem.message == UNSTORABLE_MESSAGE
    assert validate_pattern("calm 🌊", ph((IN, 4), (OUT, 4))) == []


# --- validation: the values of each step ---


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, "4", None, True, 10**400, [4]])
def test_seconds_must_be_an_ordinary_number(bad: object) -> None:
    problems = validate_phases(ph((IN, 4), (OUT, bad)))
    assert (PatternProblemField.PHASE, 1, bp.NOT_A_NUMBER_MESSAGE) in [
        (p.field, p.phase_index, p.message) for p in problems
    ]


def test_huge_int_is_out_of_range_not_a_crash() -> None:
    problems = validate_phases(ph((IN, 4), (OUT, 10**30)))
    assert [p.phase_index for p in problems] == [1]


@pytest.mark.parametrize("kind", list(PhaseKind))
def test_negative_seconds_are_refused(kind: PhaseKind) -> None:
    problems = validate_phases(ph((IN, 4), (kind, -1.0), (OUT, 4)))
    on_step = [p.message for p in problems if p.phase_index == 1]
    assert bp.NEGATIVE_MESSAGE in on_step and bp._RANGE_MESSAGES[kind] not in on_step


@pytest.mark.parametrize("seconds", [4.3, 4.25, 4.75, 1.1, 4.5 + 1e-6])
def test_seconds_must_be_whole_or_half(seconds: float) -> None:
    (problem,) = validate_phases(ph((IN, seconds), (OUT, 4)))
    assert (problem.phase_index, problem.message) == (0, bp.NOT_HALF_STEP_MESSAGE)


def test_float_noise_is_forgiven_and_snapped() -> None:
    noisy = 4.5 + 1e-12  # 4.5 with float noise, as arithmetic in a GUI might leave it
    assert noisy != 4.5
    pattern = build_pattern("noise", ph((IN, noisy), (OUT, 4)))
    assert pattern.phases[0].seconds == 4.5


@pytest.mark.parametrize(
    ("kind", "good", "bad", "message"),
    [
        (IN, [1, 1.5, 20], [0.5, 20.5, 0], bp._RANGE_MESSAGES[IN]),
        (OUT, [1, 12.5, 20], [0.5, 20.5, 0], bp._RANGE_MESSAGES[OUT]),
        (FULL, [0, 0.5, 20], [20.5, 25], bp._RANGE_MESSAGES[FULL]),
        (EMPTY, [0, 0.5, 20], [20.5, 25], bp._RANGE_MESSAGES[EMPTY]),
        (TOP, [0.5, 1, 3], [0, 3.5, 5], bp._RANGE_MESSAGES[TOP]),
    ],
)
def test_seconds_ranges_by_kind(kind: PhaseKind, good: list[float], bad: list[float], message: str) -> None:
    def steps(seconds: float) -> list[Phase]:
        # A valid place for each kind of step.
        return {
            IN: ph((IN, seconds), (OUT, 4)),
            OUT: ph((IN, 4), (OUT, seconds)),
            FULL: ph((IN, 4), (FULL, seconds), (OUT, 4)),
            EMPTY: ph((IN, 4), (OUT, 4), (EMPTY, seconds)),
            TOP: ph((IN, 4), (TOP, seconds), (OUT, 4)),
        }[kind]

    index = {IN: 0, EMPTY: 2}.get(kind, 1)
    for seconds in good:
        assert validate_phases(steps(seconds)) == [], seconds
    for seconds in bad:
        problems = validate_phases(steps(seconds))
        assert [(p.phase_index, p.message) for p in problems] == [(index, message)], seconds


def test_range_message_shows_the_limits() -> None:
    (problem,) = validate_phases(ph((IN, 4), (TOP, 3.5), (OUT, 4)))
    assert problem.text() == "The extra sip of air can last from 0.5 to 3 seconds."
    assert problem.arguments == {"minimum": "0.5", "maximum": "3"}


def test_unknown_kind_of_step() -> None:
    problems = validate_phases([Phase(IN, 4), Phase("inhale", 4), Phase(OUT, 4)])  # type: ignore[arg-type]
    assert [(p.phase_index, p.message) for p in problems] == [(1, bp.UNKNOWN_STEP_MESSAGE)]
    problems = validate_phases([Phase(IN, 4), ("exhale", 4)])  # type: ignore[list-item]
    assert (1, bp.UNKNOWN_STEP_MESSAGE) in [(p.phase_index, p.message) for p in problems]


# --- validation: the order of steps ---


def test_zero_second_holds_are_dropped_by_build() -> None:
    pattern = build_pattern("gentle", ph((IN, 4), (FULL, 0), (OUT, 6), (EMPTY, 0)))
    assert pattern.phases == (Phase(IN, 4.0), Phase(OUT, 6.0))
    assert not pattern.has_holds


def test_placement_is_judged_after_zero_holds_are_dropped() -> None:
    assert validate_phases(ph((IN, 2), (FULL, 0), (TOP, 1), (OUT, 6))) == []


def test_top_up_only_right_after_an_inhale() -> None:
    assert validate_phases(ph((IN, 2), (TOP, 1), (OUT, 6))) == []
    for steps, index in [
        (ph((IN, 2), (OUT, 6), (TOP, 1), (OUT, 2)), 2),
        (ph((IN, 2), (FULL, 1), (TOP, 1), (OUT, 6)), 2),
        (ph((IN, 2), (TOP, 1), (TOP, 1), (OUT, 6)), 2),
    ]:
        assert (index, bp.TOP_UP_PLACE_MESSAGE) in [(p.phase_index, p.message) for p in validate_phases(steps)]


def test_hold_only_after_breathing_in() -> None:
    assert validate_phases(ph((IN, 2), (TOP, 1), (FULL, 2), (OUT, 6))) == []
    problems = validate_phases(ph((IN, 4), (OUT, 4), (FULL, 2), (OUT, 2)))
    assert [(p.phase_index, p.message) for p in problems] == [(2, bp.HOLD_PLACE_MESSAGE)]


def test_rest_only_after_breathing_out() -> None:
    problems = validate_phases(ph((IN, 4), (EMPTY, 2), (OUT, 4)))
    assert [(p.phase_index, p.message) for p in problems] == [(1, bp.REST_PLACE_MESSAGE)]
    problems = validate_phases(ph((IN, 4), (OUT, 4), (EMPTY, 2), (EMPTY, 2)))
    assert [(p.phase_index, p.message) for p in problems] == [(3, bp.REST_PLACE_MESSAGE)]


def test_must_start_by_breathing_in() -> None:
    problems = validate_phases(ph((OUT, 4), (IN, 4), (OUT, 4)))
    assert [(p.phase_index, p.message) for p in problems] == [(0, bp.START_MESSAGE)]
    problems = validate_phases(ph((TOP, 1), (IN, 2), (OUT, 6)))
    assert [(p.phase_index, p.message) for p in problems] == [(0, bp.START_MESSAGE)]


def test_must_end_with_an_exhale_or_a_rest_after_it() -> None:
    assert validate_phases(ph((IN, 4), (OUT, 4))) == []
    assert validate_phases(ph((IN, 4), (OUT, 4), (EMPTY, 2))) == []
    problems = validate_phases(ph((IN, 4), (OUT, 4), (IN, 4)))
    assert [(p.phase_index, p.message) for p in problems] == [(2, bp.END_MESSAGE)]
    problems = validate_phases(ph((IN, 4), (OUT, 4), (IN, 2), (TOP, 1)))
    assert [(p.phase_index, p.message) for p in problems] == [(3, bp.END_MESSAGE)]
    problems = validate_phases(ph((IN, 4), (OUT, 4), (IN, 2), (FULL, 1)))
    assert [(p.phase_index, p.message) for p in problems] == [(3, bp.END_MESSAGE)]


def test_needs_an_inhale() -> None:
    problems = validate_phases(ph((OUT, 4)))
    assert [(p.field, p.message) for p in problems] == [(PatternProblemField.PATTERN, bp.NO_INHALE_MESSAGE)]


def test_needs_an_exhale() -> None:
    problems = validate_phases(ph((IN, 4), (FULL, 4)))
    assert [(p.field, p.message) for p in problems] == [(PatternProblemField.PATTERN, bp.NO_EXHALE_MESSAGE)]


def test_empty_pattern_needs_both() -> None:
    assert messages(validate_phases([])) == [bp.NO_INHALE_MESSAGE, bp.NO_EXHALE_MESSAGE]
    assert messages(validate_phases(ph((FULL, 0)))) == [bp.NO_INHALE_MESSAGE, bp.NO_EXHALE_MESSAGE]


def test_cycle_at_most_60_seconds() -> None:
    assert validate_phases(ph((IN, 20), (FULL, 20), (OUT, 20))) == []
    (problem,) = validate_phases(ph((IN, 20), (FULL, 20), (OUT, 20), (EMPTY, 0.5)))
    assert problem.field is PatternProblemField.PATTERN and problem.message == bp.CYCLE_TOO_LONG_MESSAGE
    assert problem.text() == "One round of this pattern takes 60.5 seconds. Please keep it to 60 seconds or less."


def test_at_most_16_steps() -> None:
    assert validate_phases(ph(*[(IN, 1), (OUT, 1)] * 8)) == []
    (problem,) = validate_phases(ph(*[(IN, 1), (OUT, 1)] * 9))
    assert problem.message == bp.TOO_MANY_STEPS_MESSAGE and problem.text().endswith("at most 16 steps.")
    # Zero-second holds do not count as steps.
    assert validate_phases(ph(*[(IN, 1), (FULL, 0), (OUT, 1)] * 8)) == []


def test_problem_indices_are_positions_as_given() -> None:
    problems = validate_phases(ph((IN, 4), (FULL, 0), (FULL, 0), (EMPTY, 2), (OUT, 4)))
    assert [(p.phase_index, p.message) for p in problems] == [(3, bp.REST_PLACE_MESSAGE)]


def test_every_problem_is_reported_at_once() -> None:
    problems = validate_pattern(" ", ph((IN, math.nan), (TOP, 5), (OUT, 4.2)))
    assert [(p.field, p.phase_index) for p in problems] == [
        (PatternProblemField.NAME, None),
        (PatternProblemField.PHASE, 0),
        (PatternProblemField.PHASE, 1),
        (PatternProblemField.PHASE, 2),
    ]


def test_problem_text_is_translated_before_filling() -> None:
    (problem,) = validate_pattern("x" * 61, ph((IN, 4), (OUT, 4)))
    german = {bp.NAME_TOO_LONG_MESSAGE: "Höchstens {maximum} Zeichen."}
    assert problem.text(lambda s: german.get(s, s)) == "Höchstens 60 Zeichen."


def test_build_pattern_trims_the_name_and_raises_with_every_problem() -> None:
    pattern = build_pattern("  Evening  ", ph((IN, 4), (OUT, 8)), description="mine", id=7)
    assert (pattern.name, pattern.description, pattern.id, pattern.preset) == ("Evening", "mine", 7, None)
    assert pattern.phases == (Phase(IN, 4.0), Phase(OUT, 8.0))
    with pytest.raises(PatternError) as caught:
        build_pattern("", ph((OUT, 4)))
    assert [p.message for p in caught.value.problems] == [bp.NAME_BLANK_MESSAGE, bp.NO_INHALE_MESSAGE]
    assert isinstance(caught.value, ValueError)


# --- JSON ---


@pytest.mark.parametrize("pattern", PRESETS, ids=lambda p: p.preset)
def test_json_round_trip_of_presets(pattern: BreathPattern) -> None:
    data = phases_to_json(pattern.phases)
    assert json.loads(json.dumps(data)) == data
    assert phases_from_json(json.loads(json.dumps(data))) == pattern.phases


def test_json_form_is_plain() -> None:
    assert phases_to_json(preset_by_key("cyclic_sigh").phases) == [
        ["inhale", 2.0],
        ["top_up", 1.0],
        ["exhale", 6.0],
    ]
    assert json.dumps(phases_to_json(preset_by_key("resonant").phases)) == '[["inhale", 5.5], ["exhale", 5.5]]'


def test_json_accepts_whole_numbers_and_drops_zero_holds() -> None:
    assert phases_from_json([["inhale", 4], ["hold_full", 0], ["exhale", 6]]) == (
        Phase(IN, 4.0),
        Phase(OUT, 6.0),
    )
    assert phases_from_json((("inhale", 4), ("exhale", 6))) == (Phase(IN, 4.0), Phase(OUT, 6.0))


@pytest.mark.parametrize(
    "data",
    [
        None,
        "[]",
        {"inhale": 4},
        4,
        [],
        [["inhale", 4]],  # no exhale
        [["inhale", 4], "exhale"],
        [["inhale", 4], ["exhale"]],
        [["inhale", 4], ["exhale", 4, 1]],
        [["inhale", 4], [4, "exhale"]],
        [["inhale", 4], ["breathe", 4]],
        [["inhale", 4], ["EXHALE", 4]],
        [["inhale", 4], ["exhale", "4"]],
        [["inhale", 4], ["exhale", None]],
        [["inhale", 4], ["exhale", True]],
        [["inhale", 4], ["exhale", math.nan]],
        [["inhale", 4], ["exhale", math.inf]],
        [["inhale", 4], ["exhale", 10**400]],
        [["inhale", 4], ["exhale", -4]],
        [["inhale", 4], ["exhale", 4.3]],
        [["inhale", 4], ["exhale", 40]],
        [["exhale", 4], ["inhale", 4]],
        [["inhale", 4], [["exhale", 4]]],
    ],
)
def test_damaged_json_is_refused(data: object) -> None:
    with pytest.raises(DamagedPhasesError):
        phases_from_json(data)


def test_damaged_json_from_text() -> None:
    for text in ['[["inhale", NaN], ["exhale", 4]]', '[["inhale", 1e999], ["exhale", 4]]', '{"a": 1}']:
        with pytest.raises(DamagedPhasesError):
            phases_from_json(json.loads(text))


def test_a_presets_name_is_not_free_for_a_custom_pattern() -> None:
    phases = ph((IN, 4), (OUT, 6))
    assert messages(validate_pattern(" BOX breathing ", phases)) == [bp.PRESET_NAME_MESSAGE]
    assert bp.preset_named("Kutu nefesi", ["Kutu nefesi"]) == "Kutu nefesi"  # as shown in the user's language
    assert bp.preset_named("Box breaths") is None
    for look_alike in ("Box  breathing", "box\u00a0breathing", "4–7–8", "４-７-８", "Box breathing\n"):
        assert bp.preset_named(look_alike) is not None, look_alike  # spaces, dashes, wide digits, case
    with pytest.raises(bp.PatternError):
        build_pattern("Box breathing", phases)
