"""A short list of feelings that often come up when someone comes close.

The reframe exercise offers these as a quick choice; the user may also type their own word. A chosen
feeling is kept as its stable value (``"scared"``), so it reads the same in every language; a word the user
typed is kept as typed. :func:`known_feeling` tells the two apart when the text is shown again.
"""

from __future__ import annotations

import enum

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP


class Feeling(enum.StrEnum):
    """A feeling from the short list. The value is stored; the label is shown (after translation)."""

    SCARED = "scared"
    ASHAMED = "ashamed"
    TRAPPED = "trapped"
    EXPOSED = "exposed"
    LONELY = "lonely"
    TORN = "torn"
    OVERWHELMED = "overwhelmed"
    IRRITATED = "irritated"
    NUMB = "numb"
    SAD = "sad"
    NOT_GOOD_ENOUGH = "not_good_enough"

    @property
    def label(self) -> str:
        return _FEELING_LABELS[self]


_FEELING_LABELS = {
    Feeling.SCARED: QT_TRANSLATE_NOOP("core", "scared"),
    Feeling.ASHAMED: QT_TRANSLATE_NOOP("core", "ashamed"),
    Feeling.TRAPPED: QT_TRANSLATE_NOOP("core", "trapped"),
    Feeling.EXPOSED: QT_TRANSLATE_NOOP("core", "exposed"),
    Feeling.LONELY: QT_TRANSLATE_NOOP("core", "lonely"),
    Feeling.TORN: QT_TRANSLATE_NOOP("core", "torn between staying and running"),
    Feeling.OVERWHELMED: QT_TRANSLATE_NOOP("core", "overwhelmed"),
    Feeling.IRRITATED: QT_TRANSLATE_NOOP("core", "irritated"),
    Feeling.NUMB: QT_TRANSLATE_NOOP("core", "numb, switched off"),
    Feeling.SAD: QT_TRANSLATE_NOOP("core", "sad"),
    Feeling.NOT_GOOD_ENOUGH: QT_TRANSLATE_NOOP("core", "not good enough"),
}

ALL_FEELINGS: tuple[Feeling, ...] = tuple(Feeling)  # in display order


def known_feeling(stored: str) -> Feeling | None:
    """The listed feeling a stored text stands for, or None when it is the user's own word.

    Matches the stored value or the English label, ignoring case and surrounding spaces, so a user who types
    "Scared" by hand gets the same feeling as one who picked it.
    """
    key = stored.strip().casefold()
    for feeling in ALL_FEELINGS:
        if key == feeling.value or key == feeling.label.casefold():
            return feeling
    return None
