"""Moments as rows for a spreadsheet: one row per moment, every field, each sign in its own column.

Pure: the caller passes the user's time zone and a translator for the labels (the GUI's ``tr_core``), and
writes the rows wherever it likes (see ``walls_desktop.store.export``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import tzinfo

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP
from walls_desktop.core.moments import ALL_SIGNS, Moment

Translate = Callable[[str], str]

_LEADING_HEADERS = (
    QT_TRANSLATE_NOOP("core", "id"),
    QT_TRANSLATE_NOOP("core", "local time"),
    QT_TRANSLATE_NOOP("core", "anxiety (0-10)"),
    QT_TRANSLATE_NOOP("core", "kind"),
    QT_TRANSLATE_NOOP("core", "kind of closeness"),
    QT_TRANSLATE_NOOP("core", "with whom"),
)
_TRAILING_HEADERS = (
    QT_TRANSLATE_NOOP("core", "what I did"),
    QT_TRANSLATE_NOOP("core", "note"),
)
SIGN_SHOWED = "1"  # a sign column holds 1 when the sign showed up, 0 when it did not
SIGN_ABSENT = "0"


def _same(text: str) -> str:
    return text


def header(translate: Translate = _same) -> list[str]:
    """The column names: fixed fields, then one column per sign (its label), then the free texts."""
    return [
        *(translate(name) for name in _LEADING_HEADERS),
        *(translate(sign.label) for sign in ALL_SIGNS),
        *(translate(name) for name in _TRAILING_HEADERS),
    ]


def moment_row(moment: Moment, tz: tzinfo, translate: Translate = _same) -> list[str]:
    """One moment as text cells in :func:`header`'s order; the time is ISO 8601 in ``tz``, with its offset."""
    return [
        "" if moment.id is None else str(moment.id),
        moment.occurred_at.astimezone(tz).isoformat(timespec="seconds"),
        str(moment.anxiety),
        moment.kind.value,
        translate(moment.kind.label),
        moment.person,
        *(SIGN_SHOWED if sign in moment.signs else SIGN_ABSENT for sign in ALL_SIGNS),
        moment.action,
        moment.note,
    ]


def moment_rows(moments: Iterable[Moment], tz: tzinfo, translate: Translate = _same) -> Iterator[list[str]]:
    """The header, then one row per moment, in the order given."""
    yield header(translate)
    for moment in moments:
        yield moment_row(moment, tz, translate)
