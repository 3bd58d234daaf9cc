"""Marking user-facing text in the core for translation without importing Qt.

The core must not import Qt, yet its labels (kinds of closeness, thinking traps, preset names) are shown to
the user. They are written as ``QT_TRANSLATE_NOOP(context, text)``: pyside6-lupdate collects such calls by
name, this function returns the English text unchanged, and the GUI translates it at display time with
``QCoreApplication.translate(context, text)`` (see ``walls_desktop.gui.common.text.tr_core``).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
