"""The reframe exercise: each step's rules, moving through the steps, finishing, and the autosaved draft."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walls_desktop.core import reframe_flow as rf
from walls_desktop.core.feelings import ALL_FEELINGS, Feeling, known_feeling
from walls_desktop.core.reframe import Reframe, ThinkingTrap
from walls_desktop.core.reframe_draft_json import draft_from_dict, draft_to_dict
from walls_desktop.core.reframe_flow import (
    FIELD_LIMITS,
    STEP_FIELDS,
    STEPS,
    DraftField,
    ReframeDraft,
    Step,
    StepProblem,
    all_problems,
    can_go_to,
    first_blocked_step,
    go_to,
    is_complete,
    next_step,
    previous_step,
    problems,
    to_reframe,
    toggle_trap,
)
from walls_desktop.core.text import SHORT_TEXT_MAX, UNSTORABLE_MESSAGE

NOW = datetime(2024, 5, 6, 21, 30, tzinfo=UTC)
LONE = "\ud83d"  # half of an emoji's UTF-16 pair, as a bad paste leaves it


def complete() -> ReframeDraft:
    return ReframeDraft(
        step=Step.REFRAME,
        moment_id=7,
        critic="  If I let them in, they'll see I'm too much.  ",
        belief_before=80,
        feeling="scared",
        feeling_intensity=70,
        not_alone="Others feel this too.",
        traps=frozenset({ThinkingTrap.FORTUNE_TELLING, ThinkingTrap.LABELLING}),
        friend="You're not too much. You're worth knowing.",
        reframe="\nI got scared, and I can still stay a little longer.\n",
        belief_after=40,
        reframe_belief=60,
    )


def fields_of(found: list[StepProblem]) -> list[DraftField]:
    return [p.field for p in found]


# --- steps and their texts


def test_steps_are_in_the_order_of_the_exercise() -> None:
    assert STEPS == (
        Step.MOMENT,
        Step.CRITIC,
        Step.NOTICE,
        Step.NOT_ALONE,
        Step.TRAPS,
        Step.KINDNESS,
        Step.REFRAME,
    )
    assert [s.number for s in STEPS] == list(range(1, 8))
    assert [s for s in STEPS if s.required] == [Step.MOMENT, Step.CRITIC, Step.NOTICE, Step.REFRAME]


@pytest.mark.parametrize("step", STEPS)
def test_every_step_has_its_own_short_words(step: Step) -> None:
    text = step.text
    assert text.title.strip() and text.prompt.strip()
    assert len(text.title) <= 40 and len(text.prompt) <= 120 and len(text.hint) <= 120
    others = [s.text.title for s in STEPS if s is not step]
    assert text.title not in others


def test_every_input_has_a_label_and_belongs_to_one_step() -> None:
    placed = [field for step in STEPS for field in STEP_FIELDS[step]]
    assert sorted(placed) == sorted(DraftField)
    assert set(rf.FIELD_LABELS) == set(DraftField)
    draft_names = {f.name for f in fields(ReframeDraft)}
    assert {field.value for field in DraftField} <= draft_names


# --- each step's rules


def test_an_empty_draft_is_blocked_only_on_the_required_steps() -> None:
    blocked = all_problems(ReframeDraft())
    assert list(blocked) == [Step.MOMENT, Step.CRITIC, Step.NOTICE, Step.REFRAME]


def test_moment_needs_a_logged_moment_or_a_line() -> None:
    empty = ReframeDraft()
    assert problems(empty, Step.MOMENT) == [StepProblem(DraftField.SITUATION, rf.MISSING_MOMENT)]
    assert problems(replace(empty, situation=" \n\t "), Step.MOMENT), "blank is not a line"
    assert problems(replace(empty, moment_id=True), Step.MOMENT), "a bool is not an id"
    assert problems(replace(empty, moment_id=2**63), Step.MOMENT), "beyond what SQLite can hold"
    assert problems(replace(empty, moment_id=3), Step.MOMENT) == []
    assert problems(replace(empty, situation="They asked me to meet their parents."), Step.MOMENT) == []


def test_critic_needs_words_and_a_belief() -> None:
    draft = complete()
    assert problems(draft, Step.CRITIC) == []
    assert fields_of(problems(replace(draft, critic="  "), Step.CRITIC)) == [DraftField.CRITIC]
    assert fields_of(problems(replace(draft, belief_before=None), Step.CRITIC)) == [DraftField.BELIEF_BEFORE]
    both = problems(replace(draft, critic="", belief_before=None), Step.CRITIC)
    assert both == [
        StepProblem(DraftField.CRITIC, rf.MISSING_CRITIC),
        StepProblem(DraftField.BELIEF_BEFORE, rf.MISSING_BELIEF_BEFORE),
    ]


@pytest.mark.parametrize("belief", [-1, 101, 50.5, "50", True])
def test_a_belief_outside_0_to_100_blocks(belief: object) -> None:
    assert problems(replace(complete(), belief_before=belief), Step.CRITIC)
    assert problems(replace(complete(), belief_after=belief), Step.REFRAME)
    assert problems(replace(complete(), reframe_belief=belief), Step.REFRAME)


@pytest.mark.parametrize("belief", [0, 100])
def test_the_ends_of_the_scale_are_fine(belief: int) -> None:
    draft = replace(complete(), belief_before=belief, belief_after=belief, reframe_belief=belief)
    assert is_complete(draft)


def test_notice_needs_a_feeling_and_the_strength_is_optional() -> None:
    draft = complete()
    assert problems(replace(draft, feeling=""), Step.NOTICE) == [StepProblem(DraftField.FEELING, rf.MISSING_FEELING)]
    assert problems(replace(draft, feeling="a knot in my stomach"), Step.NOTICE) == []
    assert problems(replace(draft, feeling_intensity=None), Step.NOTICE) == []
    bad = problems(replace(draft, feeling_intensity=120), Step.NOTICE)
    assert bad == [StepProblem(DraftField.FEELING_INTENSITY, rf.BAD_INTENSITY)]


def test_reframe_needs_the_thought_and_both_final_beliefs() -> None:
    draft = complete()
    assert problems(draft, Step.REFRAME) == []
    assert fields_of(problems(replace(draft, reframe=" "), Step.REFRAME)) == [DraftField.REFRAME]
    assert fields_of(problems(replace(draft, belief_after=None), Step.REFRAME)) == [DraftField.BELIEF_AFTER]
    assert fields_of(problems(replace(draft, reframe_belief=None), Step.REFRAME)) == [DraftField.REFRAME_BELIEF]
    assert fields_of(problems(ReframeDraft(), Step.REFRAME)) == [
        DraftField.REFRAME,
        DraftField.BELIEF_AFTER,
        DraftField.REFRAME_BELIEF,
    ]


@pytest.mark.parametrize("step", [Step.NOT_ALONE, Step.TRAPS, Step.KINDNESS])
def test_optional_steps_never_block_on_missing_input(step: Step) -> None:
    assert problems(ReframeDraft(), step) == []


TEXT_FIELDS = sorted(FIELD_LIMITS)


def step_of(field: DraftField) -> Step:
    return next(step for step in STEPS if field in STEP_FIELDS[step])


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_a_broken_character_blocks_on_every_step(field: DraftField) -> None:
    draft = replace(complete(), **{field.value: f"fine until here {LONE}"})
    found = problems(draft, step_of(field))
    assert StepProblem(field, UNSTORABLE_MESSAGE) in found
    assert not is_complete(draft)


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_text_longer_than_the_field_blocks_on_every_step(field: DraftField) -> None:
    limit = FIELD_LIMITS[field]
    step = step_of(field)
    assert problems(replace(complete(), **{field.value: "a" * limit}), step) == []
    too_long = problems(replace(complete(), **{field.value: "a" * (limit + 1)}), step)
    assert fields_of(too_long) == [field]


def test_a_broken_line_blocks_even_when_a_moment_is_chosen() -> None:
    draft = ReframeDraft(moment_id=4, situation=LONE)
    assert fields_of(problems(draft, Step.MOMENT)) == [DraftField.SITUATION]


def test_problems_accept_the_step_as_plain_text() -> None:
    assert problems(ReframeDraft(), "critic") == problems(ReframeDraft(), Step.CRITIC)  # type: ignore[arg-type]


def test_problem_text_goes_through_the_translator() -> None:
    problem = problems(ReframeDraft(), Step.MOMENT)[0]
    assert problem.text() == rf.MISSING_MOMENT
    assert problem.text(str.upper) == rf.MISSING_MOMENT.upper()


# --- moving through the steps


def test_the_whole_flow_forward_and_back() -> None:
    draft = ReframeDraft()
    assert next_step(draft) is draft, "nothing chosen yet"
    draft = next_step(replace(draft, situation="We talked about moving in."))
    assert draft.step is Step.CRITIC
    assert next_step(replace(draft, critic="You'll ruin it anyway.")).step is Step.CRITIC, "belief missing"
    draft = next_step(replace(draft, critic="You'll ruin it anyway.", belief_before=85))
    assert draft.step is Step.NOTICE
    draft = next_step(replace(draft, feeling=Feeling.TRAPPED.value))
    for expected in (Step.TRAPS, Step.KINDNESS, Step.REFRAME):  # optional steps pass untouched
        draft = next_step(draft)
        assert draft.step is expected
    assert next_step(draft) is draft, "the last step is left by finishing, not by next"
    draft = replace(draft, reframe="I can take this one day at a time.", belief_after=50, reframe_belief=55)
    assert is_complete(draft)
    assert next_step(draft) is draft

    visited = [draft.step]
    while (back := previous_step(draft)) is not draft:
        draft = back
        visited.append(draft.step)
    assert visited == list(reversed(STEPS))
    assert draft.critic == "You'll ruin it anyway.", "going back keeps what was typed"


def test_going_back_is_allowed_even_from_a_blocked_step() -> None:
    draft = ReframeDraft(step=Step.CRITIC, situation="x", critic=LONE)
    assert previous_step(draft).step is Step.MOMENT


def test_jumping_is_allowed_up_to_the_first_blocked_step() -> None:
    draft = ReframeDraft(situation="x", critic="y", belief_before=10)
    assert first_blocked_step(draft) is Step.NOTICE
    assert [s for s in STEPS if can_go_to(draft, s)] == [Step.MOMENT, Step.CRITIC, Step.NOTICE]
    assert go_to(draft, Step.NOTICE).step is Step.NOTICE
    assert go_to(draft, Step.KINDNESS) is draft
    assert all(can_go_to(complete(), s) for s in STEPS)


def test_toggle_trap_ticks_and_unticks() -> None:
    draft = toggle_trap(ReframeDraft(), ThinkingTrap.MIND_READING)
    assert draft.traps == {ThinkingTrap.MIND_READING}
    assert isinstance(draft.traps, frozenset)
    assert toggle_trap(draft, ThinkingTrap.MIND_READING).traps == frozenset()


def test_a_draft_cannot_be_changed_in_place() -> None:
    with pytest.raises(AttributeError):
        ReframeDraft().critic = "x"  # type: ignore[misc]


# --- finishing


def test_to_reframe_keeps_everything_trimmed() -> None:
    draft = replace(complete(), situation="  a line  ", share_with_therapist=True)
    reframe = to_reframe(draft, NOW)
    assert reframe == Reframe(
        created_at=NOW,
        critic="If I let them in, they'll see I'm too much.",
        reframe="I got scared, and I can still stay a little longer.",
        situation="a line",
        moment_id=7,
        belief_before=80,
        feeling="scared",
        feeling_intensity=70,
        not_alone="Others feel this too.",
        traps=frozenset({ThinkingTrap.FORTUNE_TELLING, ThinkingTrap.LABELLING}),
        friend="You're not too much. You're worth knowing.",
        belief_after=40,
        reframe_belief=60,
        share_with_therapist=True,
    )
    assert reframe.belief_change == -40


def test_a_listed_feeling_is_kept_by_its_value_and_an_own_word_as_typed() -> None:
    assert to_reframe(replace(complete(), feeling=" Scared "), NOW).feeling == "scared"
    assert to_reframe(replace(complete(), feeling="not good enough"), NOW).feeling == "not_good_enough"
    assert to_reframe(replace(complete(), feeling=" Sehnsucht "), NOW).feeling == "Sehnsucht"


def test_to_reframe_refuses_an_incomplete_draft_or_a_naive_time() -> None:
    with pytest.raises(ValueError, match="notice"):
        to_reframe(replace(complete(), feeling=""), NOW)
    with pytest.raises(ValueError, match="aware"):
        to_reframe(complete(), datetime(2024, 5, 6, 21, 30))


# --- feelings


def test_the_feeling_list_is_short_and_plain() -> None:
    assert 8 <= len(ALL_FEELINGS) <= 12
    labels = [f.label for f in ALL_FEELINGS]
    assert len(set(labels)) == len(labels)
    assert all(label == label.lower() and len(label) <= 40 for label in labels)


def test_known_feeling_tells_a_listed_feeling_from_an_own_word() -> None:
    assert known_feeling("lonely") is Feeling.LONELY
    assert known_feeling("  LONELY ") is Feeling.LONELY
    assert known_feeling("not_good_enough") is Feeling.NOT_GOOD_ENOUGH
    assert known_feeling(Feeling.TORN.label) is Feeling.TORN
    assert known_feeling("homesick") is None
    assert known_feeling("") is None


# --- autosave


def test_the_dict_is_json_and_utf8_safe_even_with_a_broken_character() -> None:
    draft = replace(complete(), critic=f"before {LONE} after", started_at=NOW)
    data = draft_to_dict(draft)
    text = json.dumps(data, ensure_ascii=False)
    text.encode("utf-8")  # would raise on a lone surrogate
    back = draft_from_dict(json.loads(text))
    assert back.critic == "before \ufffd after"
    assert back.started_at == NOW
    assert problems(back, Step.CRITIC) == []


def test_a_complete_draft_round_trips_exactly() -> None:
    draft = replace(complete(), started_at=datetime(2024, 5, 6, 23, 0, tzinfo=timezone(timedelta(hours=2))))
    assert draft_from_dict(json.loads(json.dumps(draft_to_dict(draft)))) == draft


ODD = st.sampled_from(
    [
        "שלום, אני מפחד",  # Hebrew, right to left
        "أنا خائف من القرب",  # Arabic
        "\u202eevil override\u202c",  # bidi override characters
        "🫂❤️‍🩹👩🏽‍🤝‍👨🏻",  # emoji with joiners and skin tones
        "e\u0301 n\u0303 a\u030a\u0323",  # combining marks
        "Z̷̢̛a̵̗͝l̶̰̈g̴̱̿o̸̻͌",  # stacked combining marks
        "\u200b\u200d\ufeff",  # zero-width characters
        "line one\nline two\r\n\ttab",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝕞𝕒𝕥𝕙",  # outside the basic plane
        "",
        "\x00 nul inside",
    ]
)
TEXT = st.one_of(ODD, st.text(max_size=40), st.lists(ODD, max_size=3).map("".join))
PERCENT_OR_NONE = st.one_of(st.none(), st.integers(0, 100))


@st.composite
def drafts(draw: st.DrawFn) -> ReframeDraft:
    draft = ReframeDraft(
        moment_id=draw(st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1))),
        situation=draw(TEXT),
        critic=draw(TEXT),
        belief_before=draw(PERCENT_OR_NONE),
        feeling=draw(st.one_of(TEXT, st.sampled_from([f.value for f in Feeling]))),
        feeling_intensity=draw(PERCENT_OR_NONE),
        not_alone=draw(TEXT),
        traps=draw(st.frozensets(st.sampled_from(list(ThinkingTrap)))),
        friend=draw(TEXT),
        reframe=draw(TEXT),
        belief_after=draw(PERCENT_OR_NONE),
        reframe_belief=draw(PERCENT_OR_NONE),
        share_with_therapist=draw(st.booleans()),
        started_at=draw(
            st.one_of(
                st.none(),
                st.datetimes(timezones=st.just(UTC)),
                st.datetimes(timezones=st.sampled_from([timezone(timedelta(hours=-7)), UTC])),
            )
        ),
    )
    reachable = [s for s in STEPS if can_go_to(draft, s)]
    return replace(draft, step=draw(st.sampled_from(reachable)))


@settings(max_examples=150, deadline=None)
@given(drafts())
def test_any_reachable_draft_round_trips_through_json(draft: ReframeDraft) -> None:
    text = json.dumps(draft_to_dict(draft), ensure_ascii=False)
    text.encode("utf-8")
    assert draft_from_dict(json.loads(text)) == draft


JUNK = [
    None,
    42,
    "draft",
    b"bytes",
    [],
    [["step", "critic"]],
    {},
    {"step": "nowhere", "critic": 5, "situation": None},
    {"step": 3, "traps": "all_or_nothing"},
    {"traps": [1, None, "shoulds", "no_such_trap", ["labelling"]], "situation": "x"},
    {"belief_before": "lots", "belief_after": True, "reframe_belief": float("nan")},
    {"belief_before": float("inf"), "feeling_intensity": -1, "moment_id": 2**70},
    {"moment_id": "12x", "started_at": "yesterday"},
    {"started_at": "2024-05-06T10:00:00"},  # no offset: not trusted
    {"started_at": 1715000000, "share_with_therapist": "yes"},
    {"critic": {"nested": ["deep", {"deeper": None}]}},
    {1: "int key", None: "none key", ("a",): "tuple key"},
    {"version": 999, "step": "reframe", "future_field": [1, 2, 3]},
    {"moment_id": "--5", "belief_before": "- 5", "feeling_intensity": "٣"},  # odd digit text
]


@pytest.mark.parametrize("junk", JUNK, ids=range(len(JUNK)))
def test_junk_never_raises_and_gives_a_usable_draft(junk: object) -> None:
    draft = draft_from_dict(junk)
    assert isinstance(draft, ReframeDraft)
    assert isinstance(draft.step, Step)
    for name in ("situation", "critic", "feeling", "not_alone", "friend", "reframe"):
        assert isinstance(getattr(draft, name), str)
    for name in ("belief_before", "feeling_intensity", "belief_after", "reframe_belief"):
        assert getattr(draft, name) is None or 0 <= getattr(draft, name) <= 100
    assert all(isinstance(t, ThinkingTrap) for t in draft.traps)
    assert draft.started_at is None or draft.started_at.utcoffset() is not None
    json.dumps(draft_to_dict(draft))  # and it can be saved again


JSON_JUNK = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
KEYS = st.sampled_from([f.name for f in fields(ReframeDraft)] + ["version"])


@settings(max_examples=150, deadline=None)
@given(st.one_of(JSON_JUNK, st.dictionaries(KEYS, JSON_JUNK, max_size=8)))
def test_random_junk_never_raises(junk: object) -> None:
    draft = draft_from_dict(junk)
    assert can_go_to(draft, draft.step), "a recovered draft never opens past a gap"


def test_recovery_keeps_what_can_be_trusted() -> None:
    damaged = {
        "step": "kindness",
        "situation": "They held my hand in public.",
        "critic": "They'll leave once they know me.",
        "belief_before": "75",  # written as text by a settings backend
        "feeling": "exposed",
        "feeling_intensity": 60.0,
        "traps": ["fortune_telling", "retired_trap"],
        "reframe_belief": 300,
    }
    draft = draft_from_dict(damaged)
    assert draft.step is Step.KINDNESS
    assert draft.belief_before == 75 and draft.feeling_intensity == 60
    assert draft.traps == {ThinkingTrap.FORTUNE_TELLING}
    assert draft.reframe_belief is None


def test_a_saved_step_past_a_gap_moves_back_to_the_gap() -> None:
    older = {"version": 0, "step": "reframe", "situation": "x", "critic": "y"}  # belief never saved
    assert draft_from_dict(older).step is Step.CRITIC
    assert draft_from_dict({"step": "traps"}).step is Step.MOMENT


def test_a_mapping_that_misbehaves_gives_an_empty_draft() -> None:
    class Broken(dict):
        def get(self, key, default=None):  # type: ignore[override]
            raise RuntimeError("disk gone")

    assert draft_from_dict(Broken(step="critic")) == ReframeDraft()


def test_an_empty_or_missing_draft_is_the_start() -> None:
    assert draft_from_dict({}) == ReframeDraft()
    assert draft_from_dict(None) == ReframeDraft()
    assert draft_to_dict(ReframeDraft())["step"] == "moment"
    assert len(draft_to_dict(ReframeDraft())["situation"]) <= SHORT_TEXT_MAX
