"""Every setting Walls keeps, declared once: its store key, its type, its default and what a valid value is.

Reading goes through :meth:`Setting.parse`, which turns whatever was stored into a valid value or raises;
the store's settings repository answers the default instead, so a damaged or hand-edited value never reaches
a view. Writing checks a value the same way *before* it is written. A key that is renamed or retired gets an
entry in :data:`UPGRADES`, applied when a writable store opens.

Pure Python (no Qt, no I/O), like the rest of ``core``.
"""

from __future__ import annotations

import enum
import math
import reprlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

from walls_desktop.core.ladder import LadderOrder
from walls_desktop.core.practices import PracticeKind
from walls_desktop.core.text import has_lone_surrogate

T = TypeVar("T")


class ThemeMode(enum.StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class MotionSetting(enum.StrEnum):
    """How the breathing pacer moves, in the order of Breathe's motion choice."""

    SYSTEM = "system"
    REDUCE = "reduce"
    FULL = "full"


class InvalidSetting(ValueError):
    """A value a setting cannot hold (wrong type, out of range, not one of the choices)."""


MAX_NESTING = 32  # deeper than any setting needs, far from Python's recursion limit


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One setting. ``kind`` is bool, int, str, list (of ``item_kind``), dict, or a StrEnum whose members are
    the choices. ``minimum``/``maximum`` bound an int's value, or a str's or list's length. ``optional``
    settings also hold None (their default, usually: "not chosen yet")."""

    key: str
    kind: type
    default: T
    minimum: int | None = None
    maximum: int | None = None
    item_kind: type | None = None
    optional: bool = False
    doc: str = ""

    def parse(self, raw: Any) -> T:
        """The value ``raw`` (as JSON gave it back) stands for; raises InvalidSetting when it is not valid."""
        if raw is None:
            if self.optional:
                return None  # type: ignore[return-value]
            raise InvalidSetting(f"{self.key} needs a value")
        if issubclass(self.kind, enum.Enum):
            if not isinstance(raw, str):  # (the enum's own message would repr a nested list without end)
                raise InvalidSetting(f"{self.key} holds a choice's name, not {type(raw).__name__}")
            try:
                return self.kind(raw)
            except ValueError as error:
                raise InvalidSetting(f"{self.key}: {reprlib.repr(raw)} is not one of the choices") from error
        if not _is_instance(raw, self.kind):
            raise InvalidSetting(f"{self.key} holds a {self.kind.__name__}, not {type(raw).__name__}")
        if self.kind in (list, dict):
            self._check_plain(raw, depth=0)
        if self.kind is int:
            self._check_range(raw, "")
        elif self.kind is str:
            self._check_text(raw)
            self._check_range(len(raw), " characters")
        elif self.kind is list:
            self._check_range(len(raw), " items")
            for item in raw:
                if self.item_kind is not None and not _is_instance(item, self.item_kind):
                    raise InvalidSetting(f"{self.key}: an item is not a {self.item_kind.__name__}")
                if isinstance(item, str):
                    self._check_text(item)
            return list(raw)  # type: ignore[return-value]
        return raw

    def encode(self, value: T) -> Any:
        """What is written to the store for ``value`` (checked first: raises InvalidSetting)."""
        encoded = value.value if isinstance(value, enum.Enum) else value
        self.parse(encoded)
        return encoded

    def _check_range(self, number: int, unit: str) -> None:
        if self.minimum is not None and number < self.minimum:
            raise InvalidSetting(f"{self.key}: {number}{unit} is below {self.minimum}")
        if self.maximum is not None and number > self.maximum:
            raise InvalidSetting(f"{self.key}: {number}{unit} is above {self.maximum}")

    def _check_plain(self, value: Any, depth: int) -> None:
        """Only what JSON gives back unchanged: no tuples, no keys that are not text, no endless nesting."""
        if depth > MAX_NESTING:
            raise InvalidSetting(f"{self.key} is nested more than {MAX_NESTING} deep")
        if isinstance(value, float) and not math.isfinite(value):
            raise InvalidSetting(f"{self.key} holds a number that is not finite")
        if isinstance(value, str):
            self._check_text(value)
        elif isinstance(value, list):
            for item in value:
                self._check_plain(item, depth + 1)
        elif isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise InvalidSetting(f"{self.key} has a key that is not text ({type(key).__name__})")
                self._check_text(key)
                self._check_plain(item, depth + 1)
        elif value is not None and not isinstance(value, bool | int | float):
            raise InvalidSetting(f"{self.key} holds a {type(value).__name__}, which JSON would not give back")

    def _check_text(self, text: str) -> None:
        if has_lone_surrogate(text):
            raise InvalidSetting(f"{self.key}: a broken character cannot be kept")


def _is_instance(value: Any, kind: type) -> bool:
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)  # JSON's true is not the number 1
    return isinstance(value, kind)


# ----- the registry ---------------------------------------------------------------------------------------

THEME = Setting("view.theme", ThemeMode, ThemeMode.SYSTEM, doc="Light, dark, or as the system is.")
WINDOW_GEOMETRY = Setting(
    "window.geometry", str, None, maximum=4096, optional=True, doc="Qt's saveGeometry(), as base64."
)
WINDOW_PAGE = Setting("window.page", str, "today", minimum=1, maximum=40, doc="The page shown when Walls closed.")
WELCOME_SEEN = Setting("welcome.seen", bool, False, doc="The first-run welcome has been shown.")

BREATHE_MOTION = Setting("breathe.motion", MotionSetting, MotionSetting.SYSTEM)
BREATHE_SOUND = Setting("breathe.sound", bool, True, doc="Soft sounds mark each phase.")
BREATHE_VOLUME = Setting("breathe.volume", int, 60, minimum=0, maximum=100, doc="Percent.")
BREATHE_PATTERN = Setting(
    "breathe.pattern", str, None, minimum=1, maximum=40, optional=True, doc="A preset's key, or own:<id>."
)
BREATHE_BY_BREATHS = Setting("breathe.by_breaths", bool, False, doc="The length is counted in breaths.")
BREATHE_MINUTES = Setting("breathe.minutes", int, 3, minimum=1, maximum=60)
BREATHE_BREATHS = Setting("breathe.breaths", int, 10, minimum=1, maximum=300)

KIND_SENTENCES = Setting(
    "kind_sentences.list",
    list,
    None,
    item_kind=str,
    optional=True,
    doc="The user's own list; None means Walls' defaults (translated).",
)
KIND_SENTENCES_SHOWN = Setting(
    "kind_sentences.shown", int, 0, minimum=0, maximum=2**62, doc="How many were shown, so the next is another."
)
REFRAME_DRAFT = Setting(
    "reframe.draft", dict, None, optional=True, doc="The unfinished exercise (core.reframe_flow.draft_to_dict)."
)
REFLECT_DRAFT = Setting(
    "reflect.draft", dict, None, optional=True, doc="The unfinished reflection (core.reflection_draft.draft_to_dict)."
)
REFLECT_REMIND = Setting("reflect.remind", bool, False, doc="Suggest reflecting again (on Today) after a while.")
REFLECT_REMIND_WEEKS = Setting("reflect.remind_weeks", int, 4, minimum=1, maximum=52, doc="How long a while is.")
LADDER_PREDICTIONS = Setting(
    "ladder.predictions", dict, None, optional=True, doc="Predictions kept for later (core.ladder_predictions)."
)
LADDER_ORDER = Setting("ladder.order", LadderOrder, LadderOrder.BY_ANXIETY, doc="How the ladder's rungs are ordered.")
SETTLE_PRACTICE = Setting("settle.practice", PracticeKind, PracticeKind.GROUNDING, doc="The practice chosen last.")
SETTLE_AUTO = Setting("settle.auto", bool, True, doc="The prompts move on by themselves after a while.")
SETTLE_SOUND = Setting("settle.sound", bool, False, doc="A soft tone marks each new prompt.")
TODAY_RESURFACE = Setting(
    "today.resurface", bool, False, doc="Today shows an earlier kinder thought from the reframe journal."
)
SUPPORT_COUNTRY = Setting(
    "support.country",
    str,
    None,
    minimum=1,
    maximum=8,
    optional=True,
    doc='The country whose crisis lines come first (ISO code, or "other"); None: the system\'s own.',
)
SUMMARY_PARTS = Setting(
    "summary.parts",
    list,
    ["chart", "signs", "breathing", "reframes", "ladder"],
    maximum=16,
    item_kind=str,
    doc="The parts ticked when a summary for a therapist was last made (SummaryPart values).",
)
SUMMARY_HIDE_NAMES = Setting("summary.hide_names", bool, False, doc="The summary replaces other people's names.")
SUMMARY_NOTE = Setting(
    "summary.note", str, "", maximum=20_000, doc="The note for the therapist, kept until it is changed."
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    THEME,
    WINDOW_GEOMETRY,
    WINDOW_PAGE,
    WELCOME_SEEN,
    BREATHE_MOTION,
    BREATHE_SOUND,
    BREATHE_VOLUME,
    BREATHE_PATTERN,
    BREATHE_BY_BREATHS,
    BREATHE_MINUTES,
    BREATHE_BREATHS,
    KIND_SENTENCES,
    KIND_SENTENCES_SHOWN,
    REFRAME_DRAFT,
    REFLECT_DRAFT,
    REFLECT_REMIND,
    REFLECT_REMIND_WEEKS,
    LADDER_ORDER,
    LADDER_PREDICTIONS,
    SETTLE_PRACTICE,
    SETTLE_AUTO,
    SETTLE_SOUND,
    TODAY_RESURFACE,
    SUPPORT_COUNTRY,
    SUMMARY_PARTS,
    SUMMARY_HIDE_NAMES,
    SUMMARY_NOTE,
)


# ----- upgrades for renamed and retired keys --------------------------------------------------------------


class Rename(NamedTuple):  # NamedTuple rather than a dataclass: a tenth of the cost at start-up
    """The value kept under ``old`` now lives under ``new``; ``convert`` maps an old value to a new one."""

    old: str
    new: str
    convert: Callable[[Any], Any] = lambda value: value


class Retire(NamedTuple):
    """Nothing reads ``key`` any more: the stored value is dropped."""

    key: str


Upgrade = Rename | Retire

# Applied in order, each once a store holds the old key. Add an entry when a key is renamed or retired; never
# reuse a retired key for something else.
UPGRADES: tuple[Upgrade, ...] = ()
