"""The summary a person may bring to a therapist: what they chose to include, over which days, and the masking
of other people's names. Pure Python; the GUI gathers the records and lays out the pages (``gui/summary``).

Nothing is included unless it was ticked. With ``hide_names`` every name the person has used for someone
(in moments, ladder steps, reflections) is replaced, wherever it appears in their own words, by a neutral word.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP

NOTE_MAX = 20_000  # characters: several pages of the person's own words
DEFAULT_DAYS = 91  # about three months, a common gap between appointments


class SummaryPart(enum.StrEnum):
    """The sections, in the order they are printed. The value is kept as the person's last choice."""

    CHART = "chart"
    SIGNS = "signs"
    BREATHING = "breathing"
    REFRAMES = "reframes"
    LADDER = "ladder"
    REFLECTION = "reflection"
    NOTE = "note"

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    SummaryPart.CHART: QT_TRANSLATE_NOOP("core", "Anxiety in moments of closeness"),
    SummaryPart.SIGNS: QT_TRANSLATE_NOOP("core", "Signs of a wall, week by week"),
    SummaryPart.BREATHING: QT_TRANSLATE_NOOP("core", "Breathing patterns and how much they eased"),
    SummaryPart.REFRAMES: QT_TRANSLATE_NOOP("core", "Kinder thoughts marked to share"),
    SummaryPart.LADDER: QT_TRANSLATE_NOOP("core", "Ladder steps and tries"),
    SummaryPart.REFLECTION: QT_TRANSLATE_NOOP("core", "Reflections over time"),
    SummaryPart.NOTE: QT_TRANSLATE_NOOP("core", "A note for my therapist"),
}

NEUTRAL_NAME = QT_TRANSLATE_NOOP("core", "someone close")


@dataclass(frozen=True, slots=True)
class SummaryChoice:
    first_day: date
    last_day: date  # included
    parts: frozenset[SummaryPart] = field(default_factory=frozenset)
    hide_names: bool = False
    note: str = ""

    def bounds(self, zone: tzinfo) -> tuple[datetime, datetime]:
        """The range as aware datetimes: the first day's local midnight to the midnight after the last day."""
        start = datetime.combine(self.first_day, time(), zone)
        end = datetime.combine(self.last_day + timedelta(days=1), time(), zone)
        return start, end

    def includes(self, part: SummaryPart) -> bool:
        return part in self.parts


def choice_problem(choice: SummaryChoice, today: date) -> str | None:
    """Why ``choice`` cannot make a summary (a text in context "core"), or None."""
    if choice.first_day > choice.last_day:
        return QT_TRANSLATE_NOOP("core", "The first day comes after the last. Please swap them.")
    if choice.first_day > today:
        return QT_TRANSLATE_NOOP("core", "The range starts in the future, so there is nothing in it yet.")
    if not choice.parts:
        return QT_TRANSLATE_NOOP("core", "Tick at least one part to include.")
    if SummaryPart.NOTE in choice.parts and not choice.note.strip():
        return QT_TRANSLATE_NOOP("core", "The note is ticked but empty. Write a few words or untick it.")
    if len(choice.note) > NOTE_MAX:
        return QT_TRANSLATE_NOOP("core", "The note is too long for the summary. Please shorten it.")
    return None


def default_range(today: date) -> tuple[date, date]:
    return today - timedelta(days=DEFAULT_DAYS - 1), today


class NameMask:
    """Replaces each of ``names`` where it stands as a whole word (any case) with ``word``; with no names, or
    when not ``active``, text passes unchanged. Longer names go first, so "Ann Marie" wins over "Ann"."""

    def __init__(self, names: Iterable[str], word: str, active: bool = True) -> None:
        unique = sorted({n.strip() for n in names if n.strip()}, key=lambda n: (-len(n), n))
        self.word = word
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, unique)) + r")(?!\w)", re.IGNORECASE)
            if active and unique
            else None
        )

    def __call__(self, text: str) -> str:
        return text if self._pattern is None else self._pattern.sub(self.word, text)
