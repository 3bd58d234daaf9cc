"""The self-compassion reframe: from the inner critic's words to a kind, realistic thought."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP


class ThinkingTrap(enum.StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    CATASTROPHISING = "catastrophising"
    MIND_READING = "mind_reading"
    FORTUNE_TELLING = "fortune_telling"
    DISCOUNTING_POSITIVE = "discounting_positive"
    EMOTIONAL_REASONING = "emotional_reasoning"
    LABELLING = "labelling"
    SHOULDS = "shoulds"
    PERSONALISING = "personalising"
    OVERGENERALISING = "overgeneralising"
    CLOSENESS_HURTS = "closeness_hurts"

    @property
    def label(self) -> str:
        return _TRAP_TEXT[self][0]

    @property
    def explanation(self) -> str:
        return _TRAP_TEXT[self][1]


_TRAP_TEXT = {
    ThinkingTrap.ALL_OR_NOTHING: (
        QT_TRANSLATE_NOOP("core", "All or nothing"),
        QT_TRANSLATE_NOOP("core", "Seeing only perfect or ruined, with nothing in between."),
    ),
    ThinkingTrap.CATASTROPHISING: (
        QT_TRANSLATE_NOOP("core", "Catastrophising"),
        QT_TRANSLATE_NOOP("core", "Jumping to the worst outcome and treating it as likely."),
    ),
    ThinkingTrap.MIND_READING: (
        QT_TRANSLATE_NOOP("core", "Mind reading"),
        QT_TRANSLATE_NOOP("core", "Being sure what someone thinks of you without asking."),
    ),
    ThinkingTrap.FORTUNE_TELLING: (
        QT_TRANSLATE_NOOP("core", "Fortune telling"),
        QT_TRANSLATE_NOOP("core", "Predicting how it will end as if it were already decided."),
    ),
    ThinkingTrap.DISCOUNTING_POSITIVE: (
        QT_TRANSLATE_NOOP("core", "Discounting the good"),
        QT_TRANSLATE_NOOP("core", "Waving away kind words or good times as if they don't count."),
    ),
    ThinkingTrap.EMOTIONAL_REASONING: (
        QT_TRANSLATE_NOOP("core", "Feelings as facts"),
        QT_TRANSLATE_NOOP("core", "Taking “I feel it” as proof that it is true."),
    ),
    ThinkingTrap.LABELLING: (
        QT_TRANSLATE_NOOP("core", "Labelling"),
        QT_TRANSLATE_NOOP("core", "Summing up a whole person, you included, in one harsh word."),
    ),
    ThinkingTrap.SHOULDS: (
        QT_TRANSLATE_NOOP("core", "Should and must"),
        QT_TRANSLATE_NOOP("core", "Strict rules about how you or others ought to be."),
    ),
    ThinkingTrap.PERSONALISING: (
        QT_TRANSLATE_NOOP("core", "Personalising"),
        QT_TRANSLATE_NOOP("core", "Taking the blame for things that were not only yours."),
    ),
    ThinkingTrap.OVERGENERALISING: (
        QT_TRANSLATE_NOOP("core", "Overgeneralising"),
        QT_TRANSLATE_NOOP("core", "Turning one painful time into “always” or “never”."),
    ),
    ThinkingTrap.CLOSENESS_HURTS: (
        QT_TRANSLATE_NOOP("core", "Closeness means pain"),
        QT_TRANSLATE_NOOP("core", "An old rule that letting someone near is bound to end in hurt."),
    ),
}


@dataclass(frozen=True, slots=True)
class Reframe:
    """One finished reframe exercise. Beliefs and intensity are 0-100 (ratings.PERCENT)."""

    created_at: datetime  # timezone-aware
    critic: str  # the inner critic's words, as they sound
    reframe: str  # the kind, realistic alternative
    situation: str = ""  # what happened, when no moment is linked
    moment_id: int | None = None
    belief_before: int | None = None
    feeling: str = ""
    feeling_intensity: int | None = None
    not_alone: str = ""
    traps: frozenset[ThinkingTrap] = field(default_factory=frozenset)
    friend: str = ""  # what I would say to a dear friend
    belief_after: int | None = None  # belief in the critic's words afterwards
    reframe_belief: int | None = None  # belief in the reframe
    share_with_therapist: bool = False
    updated_at: datetime | None = None
    id: int | None = None

    @property
    def belief_change(self) -> int | None:
        if self.belief_before is None or self.belief_after is None:
            return None
        return self.belief_after - self.belief_before
