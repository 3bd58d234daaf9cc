"""The guided self-compassion exercise as data and rules.

The GUI shows one step at a time (a stacked widget); everything it needs to decide lives here:

- :class:`Step` — the steps in order, each with a title, a short prompt and an optional hint
  (:attr:`Step.text`);
- :class:`ReframeDraft` — an immutable snapshot of everything typed so far and the current step; update it
  with ``dataclasses.replace(draft, critic=...)``;
- :func:`problems` — what blocks moving on from a step; :func:`next_step`, :func:`previous_step` and
  :func:`go_to` move through the steps, never past a blocked one;
- :func:`to_reframe` — the finished :class:`~walls_desktop.core.reframe.Reframe`, once nothing blocks;
- ``reframe_draft_json`` — a JSON-safe form of the draft for autosaving as the user types.

All texts are untranslated (``QT_TRANSLATE_NOOP``); the GUI translates them at display time.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from walls_desktop.core.feelings import known_feeling
from walls_desktop.core.i18n import QT_TRANSLATE_NOOP
from walls_desktop.core.ratings import PERCENT
from walls_desktop.core.reframe import Reframe, ThinkingTrap
from walls_desktop.core.text import LONG_TEXT_MAX, SHORT_TEXT_MAX, text_problem

# Stored ids are SQLite integers; anything outside this range could not be looked up (and would not bind).
ID_MIN = -(2**63)
ID_MAX = 2**63 - 1


class Step(enum.StrEnum):
    """The steps of the exercise, in order. The value is what an autosaved draft keeps."""

    MOMENT = "moment"
    CRITIC = "critic"
    NOTICE = "notice"
    NOT_ALONE = "not_alone"
    TRAPS = "traps"
    KINDNESS = "kindness"
    REFRAME = "reframe"

    @property
    def text(self) -> StepText:
        return _STEP_TEXT[self]

    @property
    def required(self) -> bool:
        """True when the step asks for something before moving on; optional steps never block (except for
        text that could not be kept)."""
        return self in _REQUIRED_STEPS

    @property
    def number(self) -> int:
        """1-based position, for "Step {number} of {total}"."""
        return STEPS.index(self) + 1


@dataclass(frozen=True, slots=True)
class StepText:
    title: str
    prompt: str
    hint: str = ""


STEPS: tuple[Step, ...] = tuple(Step)
_REQUIRED_STEPS = frozenset({Step.MOMENT, Step.CRITIC, Step.NOTICE, Step.REFRAME})

PROGRESS_TEXT = QT_TRANSLATE_NOOP("core", "Step {number} of {total}")

_STEP_TEXT = {
    Step.MOMENT: StepText(
        QT_TRANSLATE_NOOP("core", "What happened"),
        QT_TRANSLATE_NOOP("core", "Choose a moment you logged, or say in a line what happened."),
        QT_TRANSLATE_NOOP("core", "A few words are enough. Only you will read this."),
    ),
    Step.CRITIC: StepText(
        QT_TRANSLATE_NOOP("core", "The critic's words"),
        QT_TRANSLATE_NOOP("core", "What did the harsh voice inside you say? Write it the way it sounded."),
        QT_TRANSLATE_NOOP(
            "core", "It may look unkind on the page. That's all right: seeing it outside your head helps."
        ),
    ),
    Step.NOTICE: StepText(
        QT_TRANSLATE_NOOP("core", "Notice the feeling"),
        QT_TRANSLATE_NOOP("core", "What did you feel underneath? Pick a word, or use your own."),
        QT_TRANSLATE_NOOP("core", "There is no wrong answer, and feelings are often mixed."),
    ),
    Step.NOT_ALONE: StepText(
        QT_TRANSLATE_NOOP("core", "You are not the only one"),
        QT_TRANSLATE_NOOP(
            "core",
            "Many people feel this when someone comes close. It is a human reaction, not a flaw in you.",
        ),
        QT_TRANSLATE_NOOP("core", "If you like, write what it is like to know that. You can also go on."),
    ),
    Step.TRAPS: StepText(
        QT_TRANSLATE_NOOP("core", "Thinking traps"),
        QT_TRANSLATE_NOOP("core", "Does the critic's thought fall into any of these traps? Tick any that fit."),
        QT_TRANSLATE_NOOP("core", "Ticking none is fine too."),
    ),
    Step.KINDNESS: StepText(
        QT_TRANSLATE_NOOP("core", "A friend's view"),
        QT_TRANSLATE_NOOP("core", "If a dear friend had this thought about themselves, what would you say to them?"),
        QT_TRANSLATE_NOOP("core", "Say it the way you would to them: warmly, and honestly."),
    ),
    Step.REFRAME: StepText(
        QT_TRANSLATE_NOOP("core", "A kinder thought"),
        QT_TRANSLATE_NOOP("core", "Now write a thought that is kind and also realistic, one you could believe."),
        QT_TRANSLATE_NOOP("core", "It doesn't have to be cheerful. True and gentle is enough."),
    ),
}


class DraftField(enum.StrEnum):
    """The inputs of the exercise; each value is the name of the :class:`ReframeDraft` field it fills."""

    MOMENT_ID = "moment_id"
    SITUATION = "situation"
    CRITIC = "critic"
    BELIEF_BEFORE = "belief_before"
    FEELING = "feeling"
    FEELING_INTENSITY = "feeling_intensity"
    NOT_ALONE = "not_alone"
    TRAPS = "traps"
    FRIEND = "friend"
    REFRAME = "reframe"
    BELIEF_AFTER = "belief_after"
    REFRAME_BELIEF = "reframe_belief"


# Labels for the inputs.
FIELD_LABELS: Mapping[DraftField, str] = {
    DraftField.MOMENT_ID: QT_TRANSLATE_NOOP("core", "A moment you logged"),
    DraftField.SITUATION: QT_TRANSLATE_NOOP("core", "Or, in a line, what happened"),
    DraftField.CRITIC: QT_TRANSLATE_NOOP("core", "The critic's words"),
    DraftField.BELIEF_BEFORE: QT_TRANSLATE_NOOP("core", "How much do you believe them right now?"),
    DraftField.FEELING: QT_TRANSLATE_NOOP("core", "The feeling"),
    DraftField.FEELING_INTENSITY: QT_TRANSLATE_NOOP("core", "How strong is it?"),
    DraftField.NOT_ALONE: QT_TRANSLATE_NOOP("core", "Your thoughts (optional)"),
    DraftField.TRAPS: QT_TRANSLATE_NOOP("core", "Thinking traps"),
    DraftField.FRIEND: QT_TRANSLATE_NOOP("core", "What you would say to a dear friend (optional)"),
    DraftField.REFRAME: QT_TRANSLATE_NOOP("core", "Your kinder thought"),
    DraftField.BELIEF_AFTER: QT_TRANSLATE_NOOP("core", "How much do you believe the critic's words now?"),
    DraftField.REFRAME_BELIEF: QT_TRANSLATE_NOOP("core", "How much do you believe your kinder thought?"),
}

# Longest text each text field may hold; the GUI can use these as maximum lengths of its inputs. "What
# happened" is meant as one line and a feeling as a word or two; the rest may be as long as a journal entry.
FIELD_LIMITS: Mapping[DraftField, int] = {
    DraftField.SITUATION: SHORT_TEXT_MAX,
    DraftField.CRITIC: LONG_TEXT_MAX,
    DraftField.FEELING: SHORT_TEXT_MAX,
    DraftField.NOT_ALONE: LONG_TEXT_MAX,
    DraftField.FRIEND: LONG_TEXT_MAX,
    DraftField.REFRAME: LONG_TEXT_MAX,
}

# The inputs on each step, in the order they appear (and their problems are reported).
STEP_FIELDS: Mapping[Step, tuple[DraftField, ...]] = {
    Step.MOMENT: (DraftField.MOMENT_ID, DraftField.SITUATION),
    Step.CRITIC: (DraftField.CRITIC, DraftField.BELIEF_BEFORE),
    Step.NOTICE: (DraftField.FEELING, DraftField.FEELING_INTENSITY),
    Step.NOT_ALONE: (DraftField.NOT_ALONE,),
    Step.TRAPS: (DraftField.TRAPS,),
    Step.KINDNESS: (DraftField.FRIEND,),
    Step.REFRAME: (DraftField.REFRAME, DraftField.BELIEF_AFTER, DraftField.REFRAME_BELIEF),
}

MISSING_MOMENT = QT_TRANSLATE_NOOP("core", "Choose a moment you logged, or write a line about what happened.")
MISSING_CRITIC = QT_TRANSLATE_NOOP("core", "Write down what the critic said, even a few words.")
MISSING_BELIEF_BEFORE = QT_TRANSLATE_NOOP("core", "Set how much you believe the critic's words, from 0 to 100.")
MISSING_FEELING = QT_TRANSLATE_NOOP("core", "Pick a feeling, or write your own word for it.")
BAD_INTENSITY = QT_TRANSLATE_NOOP("core", "Set how strong the feeling is, from 0 to 100.")
MISSING_REFRAME = QT_TRANSLATE_NOOP("core", "Write a kinder thought. A short one is fine.")
MISSING_BELIEF_AFTER = QT_TRANSLATE_NOOP("core", "Set how much you believe the critic's words now, from 0 to 100.")
MISSING_REFRAME_BELIEF = QT_TRANSLATE_NOOP("core", "Set how much you believe your kinder thought, from 0 to 100.")


@dataclass(frozen=True, slots=True)
class ReframeDraft:
    """Everything typed so far, and the step on screen. Texts are kept exactly as typed (trimmed only in
    :func:`to_reframe`); a rating is None until the user has set it."""

    step: Step = Step.MOMENT
    moment_id: int | None = None
    situation: str = ""
    critic: str = ""
    belief_before: int | None = None
    feeling: str = ""  # a feelings.Feeling value, or the user's own word
    feeling_intensity: int | None = None
    not_alone: str = ""
    traps: frozenset[ThinkingTrap] = frozenset()
    friend: str = ""
    reframe: str = ""
    belief_after: int | None = None  # belief in the critic's words, at the end
    reframe_belief: int | None = None
    share_with_therapist: bool = False
    started_at: datetime | None = None  # timezone-aware; lets the GUI say when an unfinished draft began


@dataclass(frozen=True, slots=True)
class StepProblem:
    """Why a step cannot be left yet: ``field`` is the input to point at (and focus), ``message`` is
    untranslated. Shown as ``problem.text(tr_core)``, like the problems of a breath pattern."""

    field: DraftField
    message: str

    def text(self, translate: Callable[[str], str] = str) -> str:
        return translate(self.message)


def toggle_trap(draft: ReframeDraft, trap: ThinkingTrap) -> ReframeDraft:
    """The draft with ``trap`` ticked if it was not, and unticked if it was."""
    return dataclasses.replace(draft, traps=draft.traps ^ {trap})


# --- rules


def problems(draft: ReframeDraft, step: Step) -> list[StepProblem]:
    """What blocks moving on from ``step``, in the order of the inputs on screen; empty when nothing does.

    Text that cannot be kept (a broken character, or longer than the field holds) blocks on every step;
    otherwise only the required steps ask for anything.
    """
    step = Step(step)  # a plain "critic" from a saved draft or a widget property works too
    found: list[StepProblem] = []
    if step is Step.MOMENT:
        if not is_row_id(draft.moment_id) and not draft.situation.strip():
            found.append(StepProblem(DraftField.SITUATION, MISSING_MOMENT))
    elif step is Step.CRITIC:
        if not draft.critic.strip():
            found.append(StepProblem(DraftField.CRITIC, MISSING_CRITIC))
        if not PERCENT.contains(draft.belief_before):
            found.append(StepProblem(DraftField.BELIEF_BEFORE, MISSING_BELIEF_BEFORE))
    elif step is Step.NOTICE:
        if not draft.feeling.strip():
            found.append(StepProblem(DraftField.FEELING, MISSING_FEELING))
        if draft.feeling_intensity is not None and not PERCENT.contains(draft.feeling_intensity):
            found.append(StepProblem(DraftField.FEELING_INTENSITY, BAD_INTENSITY))
    elif step is Step.REFRAME:
        if not draft.reframe.strip():
            found.append(StepProblem(DraftField.REFRAME, MISSING_REFRAME))
        if not PERCENT.contains(draft.belief_after):
            found.append(StepProblem(DraftField.BELIEF_AFTER, MISSING_BELIEF_AFTER))
        if not PERCENT.contains(draft.reframe_belief):
            found.append(StepProblem(DraftField.REFRAME_BELIEF, MISSING_REFRAME_BELIEF))
    for field in STEP_FIELDS[step]:
        if field in FIELD_LIMITS:
            message = text_problem(getattr(draft, field.value), FIELD_LIMITS[field])
            if message is not None:
                found.append(StepProblem(field, message))
    found.sort(key=lambda problem: STEP_FIELDS[step].index(problem.field))
    return found


def all_problems(draft: ReframeDraft) -> dict[Step, list[StepProblem]]:
    """Problems of every step that has any, in step order."""
    return {step: found for step in STEPS if (found := problems(draft, step))}


def first_blocked_step(draft: ReframeDraft) -> Step | None:
    """The earliest step that cannot be left yet, or None when the draft is complete."""
    for step in STEPS:
        if problems(draft, step):
            return step
    return None


def is_complete(draft: ReframeDraft) -> bool:
    return first_blocked_step(draft) is None


def can_go_to(draft: ReframeDraft, step: Step) -> bool:
    """True when every step before ``step`` can be left, so the user may jump there (say, from a
    breadcrumb)."""
    blocked = first_blocked_step(draft)
    return blocked is None or step.number <= blocked.number


# --- moving through the steps


def next_step(draft: ReframeDraft) -> ReframeDraft:
    """The draft moved on by one step, or the same draft when the current step is blocked (ask
    :func:`problems` why) or is the last one (then finish with :func:`to_reframe`)."""
    index = STEPS.index(draft.step)
    if index == len(STEPS) - 1 or problems(draft, draft.step):
        return draft
    return dataclasses.replace(draft, step=STEPS[index + 1])


def previous_step(draft: ReframeDraft) -> ReframeDraft:
    """The draft moved back by one step; going back is always allowed. The same draft on the first step."""
    index = STEPS.index(draft.step)
    if index == 0:
        return draft
    return dataclasses.replace(draft, step=STEPS[index - 1])


def go_to(draft: ReframeDraft, step: Step) -> ReframeDraft:
    """The draft on ``step`` when :func:`can_go_to` allows it, else the same draft."""
    if not can_go_to(draft, step):
        return draft
    return dataclasses.replace(draft, step=step)


# --- finishing


def to_reframe(draft: ReframeDraft, now: datetime) -> Reframe:
    """The finished exercise, created at ``now`` (timezone-aware). Texts are trimmed and a feeling from the
    short list is kept as its stable value.

    Raises ValueError when the draft is not complete (check :func:`is_complete` first) or ``now`` is naive.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    blocked = first_blocked_step(draft)
    if blocked is not None:
        raise ValueError(f"the draft is not complete: step {blocked.value!r} is blocked")
    feeling = draft.feeling.strip()
    listed = known_feeling(feeling)
    return Reframe(
        created_at=now,
        critic=draft.critic.strip(),
        reframe=draft.reframe.strip(),
        situation=draft.situation.strip(),
        moment_id=draft.moment_id if is_row_id(draft.moment_id) else None,
        belief_before=draft.belief_before,
        feeling=listed.value if listed is not None else feeling,
        feeling_intensity=draft.feeling_intensity,
        not_alone=draft.not_alone.strip(),
        traps=frozenset(draft.traps),
        friend=draft.friend.strip(),
        belief_after=draft.belief_after,
        reframe_belief=draft.reframe_belief,
        share_with_therapist=draft.share_with_therapist,
    )


# --- helpers


def is_row_id(value: object) -> bool:
    """True for a value that can be a stored row's id."""
    return type(value) is int and ID_MIN <= value <= ID_MAX
