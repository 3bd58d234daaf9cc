"""Ladder: small steps of closeness, each try a prediction tested.

A step is something the person chooses to do (with someone, or with anyone), the anxiety they expect, the
outcome they fear in their own words and how likely it feels. A try records what happened against that
prediction. Progress is the feared outcome not happening and its likelihood falling, never a lower anxiety
number, and never streaks, points or scores.

Pure Python: the GUI translates the texts (context "core") and the store keeps the records.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP
from walls_desktop.core.ratings import ANXIETY, PERCENT
from walls_desktop.core.text import LONG_TEXT_MAX, SHORT_TEXT_MAX, text_problem

ACTION_MAX = SHORT_TEXT_MAX
FEARED_MAX = 2_000


class Outcome(enum.StrEnum):
    """Did the feared outcome happen? The value is stored."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    Outcome.YES: QT_TRANSLATE_NOOP("core", "Yes, it happened"),
    Outcome.PARTLY: QT_TRANSLATE_NOOP("core", "Partly"),
    Outcome.NO: QT_TRANSLATE_NOOP("core", "No, it did not happen"),
}


class LadderOrder(enum.StrEnum):
    BY_ANXIETY = "anxiety"  # the expected anxiety, lowest first
    BY_HAND = "hand"  # the person's own order


@dataclass(frozen=True, slots=True)
class LadderStep:
    action: str  # what I will do
    expected_anxiety: int  # 0-10
    feared: str  # the outcome I fear, in my words
    likelihood: int  # 0-100: how likely it feels
    person: str = ""  # "" is anyone
    position: int = 0  # the place in the person's own order
    archived: bool = False
    climbed_at: datetime | None = None  # marked as comfortable now
    created_at: datetime | None = None
    id: int | None = None

    @property
    def climbed(self) -> bool:
        return self.climbed_at is not None


@dataclass(frozen=True, slots=True)
class LadderTry:
    step_id: int
    tried_at: datetime
    expected_anxiety: int  # the prediction as it stood just before (it may have been adjusted)
    feared: str
    likelihood_before: int
    peak_anxiety: int  # the highest anxiety felt, 0-10
    outcome: Outcome
    likelihood_after: int  # how likely the feared outcome feels now
    what_happened: str = ""
    learned: str = ""
    moment_id: int | None = None
    id: int | None = None


# ----- checks before anything is kept ------------------------------------------------------------------------

MISSING_ACTION = QT_TRANSLATE_NOOP("core", "Write the step in a few words, for example: tell them about my day.")
MISSING_FEARED = QT_TRANSLATE_NOOP(
    "core", "Write what you fear might happen, in your own words. It is what each try will test."
)
MISSING_RATING = QT_TRANSLATE_NOOP("core", "Choose a number on this scale.")
MISSING_OUTCOME = QT_TRANSLATE_NOOP("core", "Choose whether what you feared happened.")


class StepField(enum.StrEnum):
    ACTION = "action"
    PERSON = "person"
    EXPECTED_ANXIETY = "expected_anxiety"
    FEARED = "feared"
    LIKELIHOOD = "likelihood"
    PEAK_ANXIETY = "peak_anxiety"
    OUTCOME = "outcome"
    LIKELIHOOD_AFTER = "likelihood_after"
    WHAT_HAPPENED = "what_happened"
    LEARNED = "learned"


TEXT_LIMITS = {
    StepField.ACTION: ACTION_MAX,
    StepField.PERSON: SHORT_TEXT_MAX,
    StepField.FEARED: FEARED_MAX,
    StepField.WHAT_HAPPENED: LONG_TEXT_MAX,
    StepField.LEARNED: LONG_TEXT_MAX,
}


def step_problems(
    action: str, person: str, expected_anxiety: object, feared: str, likelihood: object
) -> dict[StepField, str]:
    """What keeps a step from being kept, field by field (untranslated messages); empty when it can be."""
    found: dict[StepField, str] = {}
    for field, text, required, missing in (
        (StepField.ACTION, action, True, MISSING_ACTION),
        (StepField.PERSON, person, False, ""),
        (StepField.FEARED, feared, True, MISSING_FEARED),
    ):
        problem = text_problem(text, TEXT_LIMITS[field]) or (missing if required and not text.strip() else None)
        if problem:
            found[field] = problem
    if not ANXIETY.contains(expected_anxiety):
        found[StepField.EXPECTED_ANXIETY] = MISSING_RATING
    if not PERCENT.contains(likelihood):
        found[StepField.LIKELIHOOD] = MISSING_RATING
    return found


def try_problems(
    peak_anxiety: object, outcome: object, likelihood_after: object, what_happened: str, learned: str
) -> dict[StepField, str]:
    found: dict[StepField, str] = {}
    if not ANXIETY.contains(peak_anxiety):
        found[StepField.PEAK_ANXIETY] = MISSING_RATING
    if not isinstance(outcome, Outcome):
        found[StepField.OUTCOME] = MISSING_OUTCOME
    if not PERCENT.contains(likelihood_after):
        found[StepField.LIKELIHOOD_AFTER] = MISSING_RATING
    for field, text in ((StepField.WHAT_HAPPENED, what_happened), (StepField.LEARNED, learned)):
        problem = text_problem(text, TEXT_LIMITS[field])
        if problem:
            found[field] = problem
    return found


# ----- order and progress -------------------------------------------------------------------------------------


def ordered(steps: Sequence[LadderStep], order: LadderOrder) -> list[LadderStep]:
    """The ladder as shown, lowest rung first: by expected anxiety (ties in the person's order), or by hand."""
    if order is LadderOrder.BY_ANXIETY:
        return sorted(steps, key=lambda step: (step.expected_anxiety, step.position, step.id or 0))
    return sorted(steps, key=lambda step: (step.position, step.id or 0))


def next_step(steps: Sequence[LadderStep], order: LadderOrder) -> LadderStep | None:
    """The lowest rung not yet climbed (and not archived): what Today offers next."""
    return next((step for step in ordered(steps, order) if not step.climbed and not step.archived), None)


def moved(steps: Sequence[LadderStep], step_id: int, offset: int) -> list[int] | None:
    """The ids in their new order after moving one step up (-1) or down (+1), or None when it cannot move."""
    ids = [step.id for step in ordered(steps, LadderOrder.BY_HAND)]
    if step_id not in ids:
        return None
    index = ids.index(step_id)
    target = index + offset
    if not 0 <= target < len(ids):
        return None
    ids[index], ids[target] = ids[target], ids[index]
    return ids


@dataclass(frozen=True, slots=True)
class Progress:
    tries: int
    happened: int  # the feared outcome happened
    partly: int
    first_likelihood: int | None  # how likely it felt before the first try
    latest_likelihood: int | None  # how likely it felt after the latest try


def progress(tries: Sequence[LadderTry]) -> Progress:
    """Prediction against outcome over ``tries`` (any order)."""
    in_order = sorted(tries, key=lambda t: (t.tried_at, t.id or 0))
    return Progress(
        tries=len(in_order),
        happened=sum(t.outcome is Outcome.YES for t in in_order),
        partly=sum(t.outcome is Outcome.PARTLY for t in in_order),
        first_likelihood=in_order[0].likelihood_before if in_order else None,
        latest_likelihood=in_order[-1].likelihood_after if in_order else None,
    )


NO_TRIES = QT_TRANSLATE_NOOP("core", "Not tried yet. The first try is the one that tests the fear.")
HAPPENED = QT_TRANSLATE_NOOP("core", "The feared outcome happened in {happened} of {tries} tries.")
HAPPENED_PARTLY = QT_TRANSLATE_NOOP(
    "core", "The feared outcome happened in {happened} of {tries} tries, and partly in {partly}."
)
LIKELIHOOD_MOVED = QT_TRANSLATE_NOOP("core", "How likely it felt went from {before}% to {after}%.")
LIKELIHOOD_SAME = QT_TRANSLATE_NOOP("core", "How likely it feels is where it was, at {after}%.")


def progress_texts(figures: Progress) -> list[tuple[str, dict[str, int]]]:
    """Sentences (untranslated, with their values) for prediction against outcome."""
    if figures.tries == 0:
        return [(NO_TRIES, {})]
    counts = {"happened": figures.happened, "tries": figures.tries, "partly": figures.partly}
    sentences = [(HAPPENED_PARTLY if figures.partly else HAPPENED, counts)]
    before, after = figures.first_likelihood, figures.latest_likelihood
    if before is not None and after is not None:
        changed = before != after
        sentences.append((LIKELIHOOD_MOVED if changed else LIKELIHOOD_SAME, {"before": before, "after": after}))
    return sentences


# ----- suggestions, in our own words ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Suggestion:
    action: str
    feared: str
    expected_anxiety: int
    likelihood: int


SUGGESTIONS: tuple[Suggestion, ...] = (
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Tell them about my day in some detail, not just “fine”"),
        QT_TRANSLATE_NOOP("core", "They will be bored, or think I talk too much"),
        3,
        50,
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Say “I missed you” when we meet"),
        QT_TRANSLATE_NOOP("core", "It will sound needy and they will pull away"),
        4,
        50,
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Ask for a hug when I want one"),
        QT_TRANSLATE_NOOP("core", "They will say no, or only do it out of duty"),
        5,
        40,
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Share a worry while it is still small"),
        QT_TRANSLATE_NOOP("core", "They will think less of me, or I will be a burden"),
        5,
        60,
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Stay in the room through a small disagreement"),
        QT_TRANSLATE_NOOP("core", "It will turn into a big fight and something will break"),
        6,
        50,
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Make a plan together for next month"),
        QT_TRANSLATE_NOOP("core", "I will feel trapped, or they will change their mind"),
        6,
        40,
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Tell them one thing I like about us"),
        QT_TRANSLATE_NOOP("core", "It will be awkward and they will not say anything back"),
        4,
        40,
    ),
)
