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

NEUTRAL_NAME = QT_TRANSLATE_NOOP("core", "someone close ({letter})")  # a letter for each person


@dataclass(frozen=True, slots=True)
class SummaryChoice:
    first_day: date
    last_day: date  # included
    parts: frozenset[SummaryPart] = field(default_factory=frozenset)
    hide_names: bool = False
    note: str = ""
    more_names: tuple[str, ...] = ()  # names to hide that Walls has not seen as anyone's name

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
    """Replaces the names of the people in ``names`` with a neutral word and a letter for each person, so that
    two people stay two ("someone close (A)", "someone close (B)") and nobody is named.

    A name is matched as a whole word, as written, capitalised or in capitals (not in any case: a person called
    Will must not turn "I will" into "I someone close"). Each capitalised word of a longer entry counts on its
    own too, so "Jordan (my partner)" also hides "Jordan". With no names, or not ``active``, text is unchanged.
    """

    def __init__(self, names: Iterable[str], word: str, active: bool = True) -> None:
        people = sorted({n.strip() for n in names if n.strip()}, key=lambda n: (n.casefold(), n))
        self._words: dict[str, str] = {}
        for index, person in enumerate(people):
            label = word.format(letter=_letter(index))
            for form in _forms(person):
                self._words.setdefault(form, label)
        forms = sorted(self._words, key=lambda f: (-len(f), f))  # "Ann Marie" before "Ann"
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)") if active and forms else None
        )
        self.word = word.format(letter="A")

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda found: self._words[found.group(0)], text)


def _forms(person: str) -> set[str]:
    """The ways a name may stand in a text: as written, capitalised, in capitals, and each capitalised word."""
    words = [w for w in re.findall(r"\w+", person) if len(w) > 1 and w[0].isupper()]
    forms = {person, person.upper(), person[:1].upper() + person[1:]}
    for w in words:
        forms |= {w, w.upper()}
    return {f for f in forms if f.strip()}


def _letter(index: int) -> str:
    """A, B, ... Z, then AA, AB, ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
