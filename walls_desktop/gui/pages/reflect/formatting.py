"""How Reflect writes a focus, a score and a reflection in a list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from walls_desktop.core.reflection import GENERAL, Reflection
from walls_desktop.core.reflection_statements import ANSWER_LABELS, Dimension
from walls_desktop.gui.common.dates import local_date
from walls_desktop.gui.common.text import breakable, tr_core


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reflect", text)


def focus_phrase(focus: str) -> str:
    """The focus inside a sentence: "close relationships in general", or the person's name."""
    return _tr("close relationships in general") if focus == GENERAL else focus


def focus_title(focus: str) -> str:
    if focus == GENERAL:
        return _tr("About close relationships in general")
    return _tr("About {name}").format(name=breakable(focus))


def score_text(mean: float) -> str:
    """A score with one decimal, in the user's language ("4.6", "4,6")."""
    return QLocale().toString(mean, "f", 1)


def scores_line(reflection: Reflection) -> str:
    """ "Worry about being left 4.6 · Unease with closeness 2.9", with "no score" for a dimension skipped past."""
    parts = []
    for dimension in (Dimension.WORRY, Dimension.UNEASE):
        parts.append(f"{tr_core(dimension.axis)} {_score_or_none(reflection, dimension)}")
    return " · ".join(parts)


def _score_or_none(reflection: Reflection, dimension: Dimension) -> str:
    mean = reflection.score(dimension).mean
    return _tr("no score") if mean is None else score_text(mean)


def history_row(reflection: Reflection) -> str:
    """ "26 Nov 2026 — worry 4.0, unease 2.9" for a line in a list."""
    values = [_score_or_none(reflection, dimension) for dimension in (Dimension.WORRY, Dimension.UNEASE)]
    return _tr("{date} — worry {worry}, unease {unease}").format(
        date=local_date(reflection.taken_at), worry=values[0], unease=values[1]
    )


def answer_text(answer: int | None) -> str:
    if answer is None:
        return _tr("skipped")
    return f"{tr_core(ANSWER_LABELS[answer - 1])} ({answer})"
