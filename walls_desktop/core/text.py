"""Checks on free text before it is kept: what cannot be stored, and sensible length limits."""

from __future__ import annotations

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP

# Generous limits: enough for a long journal entry, small enough to keep the file and the UI responsive.
SHORT_TEXT_MAX = 200  # names, labels, a person
LONG_TEXT_MAX = 20_000  # notes, the critic's words, reframes

UNSTORABLE_MESSAGE = QT_TRANSLATE_NOOP(
    "core",
    "Part of this text is a broken character that cannot be saved (often left over from copy and paste). "
    "Please delete it or type it again.",
)


TOO_LONG_MESSAGE = QT_TRANSLATE_NOOP("core", "This is longer than Walls can keep in one field. Please shorten it.")


def has_lone_surrogate(text: str) -> bool:
    """True when the text holds half of a UTF-16 pair, which cannot be encoded as UTF-8 and so not stored."""
    return any("\ud800" <= ch <= "\udfff" for ch in text)


def text_problem(text: str, max_length: int) -> str | None:
    """An untranslated message when the text cannot be kept as it is, else None."""
    if has_lone_surrogate(text):
        return UNSTORABLE_MESSAGE
    if len(text) > max_length:
        return TOO_LONG_MESSAGE
    return None


def shortened(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters: line breaks become spaces, the rest is cut with "…"."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    return line[: limit - 1].rstrip() + "…"
