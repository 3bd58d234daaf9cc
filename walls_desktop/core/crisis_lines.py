"""Crisis lines shown offline. Kept as data so they can be reviewed and updated in one place.

Checked against each service's own published number when this version was prepared; services change,
so the view always also says: if a number does not connect, call the local emergency number.
"""

from __future__ import annotations

from dataclasses import dataclass

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class CrisisLine:
    region: str  # translatable
    service: str  # a proper name, not translated
    contact: str  # how to reach it, translatable
    hours: str  # translatable


EMERGENCY_NUMBERS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("core", "Europe and many other countries"), "112"),
    (QT_TRANSLATE_NOOP("core", "United States and Canada"), "911"),
    (QT_TRANSLATE_NOOP("core", "United Kingdom"), "999"),
    (QT_TRANSLATE_NOOP("core", "Australia"), "000"),
    (QT_TRANSLATE_NOOP("core", "New Zealand"), "111"),
)

CRISIS_LINES: tuple[CrisisLine, ...] = (
    CrisisLine(
        QT_TRANSLATE_NOOP("core", "United States"),
        "988 Suicide & Crisis Lifeline",
        QT_TRANSLATE_NOOP("core", "Call or text 988"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
    ),
    CrisisLine(
        QT_TRANSLATE_NOOP("core", "Canada"),
        "9-8-8 Suicide Crisis Helpline",
        QT_TRANSLATE_NOOP("core", "Call or text 988"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
    ),
    CrisisLine(
        QT_TRANSLATE_NOOP("core", "United Kingdom and Ireland"),
        "Samaritans",
        QT_TRANSLATE_NOOP("core", "Call 116 123 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
    ),
    CrisisLine(
        QT_TRANSLATE_NOOP("core", "Australia"),
        "Lifeline",
        QT_TRANSLATE_NOOP("core", "Call 13 11 14"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
    ),
    CrisisLine(
        QT_TRANSLATE_NOOP("core", "New Zealand"),
        "Need to talk? 1737",
        QT_TRANSLATE_NOOP("core", "Call or text 1737 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
    ),
    CrisisLine(
        QT_TRANSLATE_NOOP("core", "Germany"),
        "TelefonSeelsorge",
        QT_TRANSLATE_NOOP("core", "Call 0800 111 0 111 or 0800 111 0 222 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
    ),
    CrisisLine(
        QT_TRANSLATE_NOOP("core", "France"),
        "3114",
        QT_TRANSLATE_NOOP("core", "Call 3114 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
    ),
    CrisisLine(
        QT_TRANSLATE_NOOP("core", "Spain"),
        "Línea 024",
        QT_TRANSLATE_NOOP("core", "Call 024 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
    ),
    CrisisLine(
        QT_TRANSLATE_NOOP("core", "Netherlands"),
        "113 Zelfmoordpreventie",
        QT_TRANSLATE_NOOP("core", "Call 113 or 0800 0113 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
    ),
)
