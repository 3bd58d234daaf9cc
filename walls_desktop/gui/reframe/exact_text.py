"""Reading a text input exactly as it holds its text, broken characters included.

PySide silently drops a lone surrogate (half of a UTF-16 pair, often left over from copy and paste) when it
hands a widget's text to Python. The text would then be saved without it and the core's check for broken
characters would never see it. These helpers notice the difference and rebuild the text code unit by code
unit, so the check can tell the user and nothing is quietly changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _join_units(units: list[str]) -> str:
    """Code units back into a str: valid pairs become one character, lone halves stay as they are."""
    return "".join(units).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def plain_text(edit: QPlainTextEdit) -> str:
    text = edit.toPlainText()
    document = edit.document()
    length = document.characterCount() - 1  # the document ends with one paragraph separator
    if _utf16_length(text) == length:
        return text
    units = [document.characterAt(i) for i in range(length)]
    return _join_units(["\n" if unit == "\u2029" else unit for unit in units])


def line_text(edit: QLineEdit) -> str:
    text = edit.text()
    cursor, selection = edit.cursorPosition(), (edit.selectionStart(), len(edit.selectedText()))
    edit.end(False)
    length = edit.cursorPosition()
    if _utf16_length(text) == length:
        edit.setCursorPosition(cursor)
        return text
    units: list[str] = []
    position = 0
    while position < length:
        edit.setSelection(position, 1)
        unit = edit.selectedText()
        if unit:
            units.append(unit)
            position += 1
            continue
        edit.setSelection(position, 2)
        pair = edit.selectedText()
        if len(pair) == 1 and _utf16_length(pair) == 2:
            units.append(pair)
            position += 2
        else:
            units.append("\ud800")  # a lone half; which half it was cannot be read back
            position += 1
    edit.deselect()
    if selection[0] >= 0 and selection[1]:
        edit.setSelection(selection[0], selection[1])
    else:
        edit.setCursorPosition(cursor)
    return "".join(units)
