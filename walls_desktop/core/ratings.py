"""The scales the user rates on. One definition, shared by every practice."""

from __future__ import annotations

from dataclasses import dataclass

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Scale:
    minimum: int
    maximum: int
    anchors: tuple[tuple[int, str], ...]

    def contains(self, value: object) -> bool:
        return type(value) is int and self.minimum <= value <= self.maximum


# Anxiety right now, 0-10 (a SUDS-like scale, in our own words).
ANXIETY = Scale(
    0,
    10,
    (
        (0, QT_TRANSLATE_NOOP("core", "calm")),
        (5, QT_TRANSLATE_NOOP("core", "uneasy, but I can stay")),
        (10, QT_TRANSLATE_NOOP("core", "the most I can imagine")),
    ),
)

# How strongly a thought is believed or a feeling is felt, 0-100.
PERCENT = Scale(
    0,
    100,
    (
        (0, QT_TRANSLATE_NOOP("core", "not at all")),
        (50, QT_TRANSLATE_NOOP("core", "partly")),
        (100, QT_TRANSLATE_NOOP("core", "completely")),
    ),
)
