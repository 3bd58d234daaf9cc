"""Reading a text input exactly as it holds its text, broken characters included.

PySide silently drops a lone surrogate (half of a UTF-16 pair, often left over from copy and paste) whenever a
widget's text crosses into Python: ``text()``, ``toPlainText()``, ``selectedText()`` and signal arguments all
come back without it, while the widget still holds it. Text would then be saved with a character quietly gone
and the core's check for broken characters would never see it.

Qt still reports its own length (in UTF-16 code units), so a read costs one comparison. Only when the lengths
differ are the missing halves located, by halving spans of the text until each is found (a few dozen
conversions in native code rather than a Python loop over every character), and put back into the text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

# A line edit cannot hand over the unit itself (every way out of it goes through a Python str), so a lone half
# found there is given back as this one. Either half fails the core's check in the same way.
LONE_HALF_STAND_IN = "\ud800"

Span = Callable[[int, int], str]  # Qt's text from one position to another, as Python receives it


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _splits_pair(span: Span, position: int) -> bool:
    """True when ``position`` falls between the two halves of a valid pair (cutting there would break it)."""
    around = span(position - 1, position + 1)
    return len(around) == 1 and _utf16_length(around) == 2


def _lone_positions(span: Span, start: int, end: int) -> list[int]:
    """Positions of lone halves between ``start`` and ``end``, two positions that split no pair."""
    if _utf16_length(span(start, end)) == end - start:
        return []
    if end - start == 1:
        return [start]
    middle = (start + end) // 2
    if _splits_pair(span, middle):
        middle += 1
    return _lone_positions(span, start, middle) + _lone_positions(span, middle, end)


def _put_back(text: str, positions: list[int], unit_at: Callable[[int], str]) -> str:
    """``text`` as Python received it, with the lone half at each of Qt's ``positions`` back in its place."""
    units = text.encode("utf-16-le", "surrogatepass")
    pieces: list[str] = []
    taken = 0  # bytes of ``units`` already placed
    for found, position in enumerate(positions):
        upto = (position - found) * 2  # every lone half before this one is missing from ``text``
        pieces += [units[taken:upto].decode("utf-16-le", "surrogatepass"), unit_at(position)]
        taken = upto
    pieces.append(units[taken:].decode("utf-16-le", "surrogatepass"))
    return "".join(pieces)


def _document_span(document: QTextDocument) -> Span:
    def span(start: int, end: int) -> str:
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    return span


def plain_text(edit: QPlainTextEdit) -> str:
    """The text as typed: every lone half is kept, as the very unit the user put in.

    ``toPlainText()`` would also turn a no-break space into a plain one; the raw text keeps it, and only the
    separators Qt itself puts in for Enter and Shift+Enter become line breaks.
    """
    document = edit.document()
    text = document.toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
    length = document.characterCount() - 1  # the document ends with one paragraph separator
    if _utf16_length(text) == length:
        return text
    return _put_back(text, _lone_positions(_document_span(document), 0, length), document.characterAt)


def line_text(edit: QLineEdit) -> str:
    """What ``text()`` should return: every lone half is kept (as ``LONE_HALF_STAND_IN``).

    The widget's accessibility interface reads its text without moving the cursor or the selection. It gives
    the text as shown, so this is for line edits that show what is typed (not password fields).
    """
    text = edit.text()
    reader = QAccessible.queryAccessibleInterface(edit).textInterface()
    length = reader.characterCount()
    if _utf16_length(text) == length:
        return text
    return _put_back(text, _lone_positions(reader.text, 0, length), lambda _position: LONE_HALF_STAND_IN)
