"""Translation helpers for text that comes from the core (marked there with QT_TRANSLATE_NOOP)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_UNBROKEN_RUN = re.compile(r"\S{24}")


def tr_core(text: str, **values: object) -> str:
    """Translate a core string in the "core" context, then fill its ``{name}`` placeholders."""
    translated = QCoreApplication.translate("core", text)
    return translated.format(**values) if values else translated


def tr_store(text: str, **values: object) -> str:
    translated = QCoreApplication.translate("store", text)
    return translated.format(**values) if values else translated


def unbroken(text: str) -> str:
    """``text`` with no-break spaces, so a wrapping label keeps it on one line ("In 4 s", never "In 4" then "s")."""
    return text.replace(" ", "\u00a0")


def breakable(text: str) -> str:
    """``text`` with a zero-width break chance in every long run without spaces (a name typed with none), so a
    wrapping label can wrap it instead of growing wider than the window."""
    return _UNBROKEN_RUN.sub(lambda match: match.group(0) + "\u200b", text)
