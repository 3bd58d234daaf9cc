"""Ladder: small steps of closeness, each try a prediction tested.

A step is something the person chooses to do (with someone, or with anyone), the anxiety they expect, the
outcome they fear in their own words and how likely it feels. A try records what happened against that
prediction. Progress is the feared outcome not happening and its likelihood falling, never a lower anxiety
number, and never streaks, points or scores.

Pure Python: the GUI translates the texts (context "core") and the store keeps the records.
"""

from __future__ import annotations

import enum
import unicodedata
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


def is_blank(text: str) -> bool:
    """Nothing to read: only spaces, or characters that draw nothing (zero-width spaces and joiners)."""
    return not "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Zs", "Zl", "Zp", "Cc")).strip()


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
        problem = text_problem(text, TEXT_LIMITS[field]) or (missing if required and is_blank(text) else None)
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
    latest_outcome: Outcome | None = None

    @property
    def stayed_away(self) -> int:
        return self.tries - self.happened - self.partly


def progress(tries: Sequence[LadderTry]) -> Progress:
    """Prediction against outcome over one step's ``tries`` (any order)."""
    in_order = sorted(tries, key=lambda t: (t.tried_at, t.id or 0))
    return Progress(
        tries=len(in_order),
        happened=sum(t.outcome is Outcome.YES for t in in_order),
        partly=sum(t.outcome is Outcome.PARTLY for t in in_order),
        first_likelihood=in_order[0].likelihood_before if in_order else None,
        latest_likelihood=in_order[-1].likelihood_after if in_order else None,
        latest_outcome=in_order[-1].outcome if in_order else None,
    )


NO_TRIES = QT_TRANSLATE_NOOP("core", "Not tried yet. Each try is a chance to test the fear against what happens.")
ONCE = {
    Outcome.NO: QT_TRANSLATE_NOOP("core", "You have tried this once, and the feared outcome did not happen."),
    Outcome.PARTLY: QT_TRANSLATE_NOOP("core", "You have tried this once, and the feared outcome partly happened."),
    Outcome.YES: QT_TRANSLATE_NOOP(
        "core", "You have tried this once, and the feared outcome happened. You got through it: what helped?"
    ),
}
STAYED_AWAY = QT_TRANSLATE_NOOP("core", "The feared outcome did not happen in {stayed} of {tries} tries.")
CAME_TRUE = QT_TRANSLATE_NOOP("core", "It happened in {happened} of them, and you got through each time.")
CAME_TRUE_PARTLY = QT_TRANSLATE_NOOP(
    "core", "It happened in {happened} and partly in {partly} of them, and you got through each time."
)
CAME_PARTLY = QT_TRANSLATE_NOOP("core", "It partly happened in {partly} of them, and you got through each time.")
LIKELIHOOD_FELL = QT_TRANSLATE_NOOP("core", "How likely it felt went from {before}% to {after}%.")
LIKELIHOOD_ROSE = QT_TRANSLATE_NOOP(
    "core", "How likely it feels went up, from {before}% to {after}%. That happens; the next tries count too."
)
LIKELIHOOD_SAME = QT_TRANSLATE_NOOP("core", "How likely it feels is where it was, at {after}%.")


def progress_texts(figures: Progress) -> list[tuple[str, dict[str, int]]]:
    """Sentences (untranslated, with their values) for one step's prediction against outcome: the times the
    fear stayed away first, then the times it came true and were got through, then its likelihood."""
    if figures.tries == 0:
        return [(NO_TRIES, {})]
    counts = {"stayed": figures.stayed_away, "tries": figures.tries, "happened": figures.happened,
              "partly": figures.partly}  # fmt: skip
    if figures.tries == 1:
        sentences = [(ONCE[figures.latest_outcome], {})]
    else:
        sentences = [(STAYED_AWAY, counts)]
        if figures.happened and figures.partly:
            sentences.append((CAME_TRUE_PARTLY, counts))
        elif figures.happened:
            sentences.append((CAME_TRUE, counts))
        elif figures.partly:
            sentences.append((CAME_PARTLY, counts))
    before, after = figures.first_likelihood, figures.latest_likelihood
    if before is not None and after is not None:
        moved_to = LIKELIHOOD_SAME if before == after else (LIKELIHOOD_FELL if after < before else LIKELIHOOD_ROSE)
        sentences.append((moved_to, {"before": before, "after": after}))
    return sentences


@dataclass(frozen=True, slots=True)
class LadderSummary:
    tries: int
    stayed_away: int
    steps_tried: int
    steps_easier: int  # steps whose likelihood fell from before their first try to after their latest


def ladder_summary(tries_by_step: Sequence[Sequence[LadderTry]]) -> LadderSummary:
    """Across the ladder, each step worked out on its own (one step's before is never set against another's
    after)."""
    figures = [progress(tries) for tries in tries_by_step if tries]
    return LadderSummary(
        tries=sum(f.tries for f in figures),
        stayed_away=sum(f.stayed_away for f in figures),
        steps_tried=len(figures),
        steps_easier=sum(f.latest_likelihood < f.first_likelihood for f in figures),
    )


SUMMARY = QT_TRANSLATE_NOOP(
    "core",
    "Across your ladder: the feared outcome did not happen in {stayed} of {tries} tries, and it feels less "
    "likely now on {easier} of the {steps} steps you have tried.",
)


def summary_text(summary: LadderSummary) -> tuple[str, dict[str, int]] | None:
    if summary.tries == 0:
        return None
    return SUMMARY, {"stayed": summary.stayed_away, "tries": summary.tries, "easier": summary.steps_easier,
                     "steps": summary.steps_tried}  # fmt: skip


# ----- suggestions, in our own words ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Suggestion:
    """An idea for a step, with one fear that a try can answer yes, partly or no. No numbers: how anxious it
    would make someone, and how likely the fear feels, are theirs to say."""

    action: str
    feared: str


SUGGESTIONS: tuple[Suggestion, ...] = (
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Tell them about my day in some detail, not just “fine”"),
        QT_TRANSLATE_NOOP("core", "They will change the subject within a minute"),
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Say “I missed you” when we meet"),
        QT_TRANSLATE_NOOP("core", "They will laugh it off or say nothing back"),
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Ask for a hug when I want one"),
        QT_TRANSLATE_NOOP("core", "They will say no"),
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Share a worry while it is still small"),
        QT_TRANSLATE_NOOP("core", "They will brush it aside without listening"),
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Stay in the room through a small disagreement with someone safe"),
        QT_TRANSLATE_NOOP("core", "We will still be cold with each other the next day"),
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Suggest a plan together for next month"),
        QT_TRANSLATE_NOOP("core", "They will say they would rather not"),
    ),
    Suggestion(
        QT_TRANSLATE_NOOP("core", "Tell them one thing I like about us"),
        QT_TRANSLATE_NOOP("core", "They will go quiet and change the subject"),
    ),
)
