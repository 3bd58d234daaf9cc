"""Reading text inputs exactly: a lone surrogate pasted in is seen, and ordinary text comes back untouched.

Text is put in with Ctrl+V from the clipboard, as a user pastes it (typing a lone surrogate with QTest crashes Qt).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from walls_desktop.gui.common.exact_text import LONE_HALF_STAND_IN, line_text, plain_text

PASTE = (Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

ODD_BUT_WHOLE = [
    "שלום, אני כאן",  # right to left
    "مرحبا \u200fبك",  # right to left with a right-to-left mark
    "👩‍❤️‍👨 and 👨‍👩‍👧‍👦",  # emoji joined with zero-width joiners
    "👋🏿 👍🏽",  # skin tones
    "e\u0301 n\u0303 a\u0308\u0323",  # combining marks
    "𝔥𝔢𝔩𝔩𝔬 𠜎 🀄",  # outside the basic plane
    "\u202eturned\u202c \ufeff \u00a0",  # direction override, zero-width no-break space, no-break space
]

# Lone halves where they are easiest to get wrong: at either end, next to valid pairs, side by side.
BROKEN = [
    "\ud800",
    "\udc00 at the start",
    "at the end \ud83d",
    "between \ud83d\ud83d two highs",
    "a low after a pair 😀\ude00",
    "a high before a pair \ud83d😀",
    "a pair, a half, a pair 😀\udfff😀",
    "many 🌱\ud800🌱\udc00🌱\udbff\udfff\udc00 halves",
]


def paste(qtbot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    QApplication.clipboard().setText(text)  # Python to Qt keeps lone halves; only the way back drops them
    qtbot.keyClick(widget, *PASTE)


def qt_length(widget: QLineEdit | QPlainTextEdit) -> int:
    """How many UTF-16 units the widget holds, read on Qt's side."""
    if isinstance(widget, QPlainTextEdit):
        return widget.document().characterCount() - 1
    widget.end(False)
    return widget.cursorPosition()


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def same_units(text: str) -> str:
    """The text as Qt would hold it: a high half directly before a low half is one valid pair."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def stand_in_for_halves(text: str) -> str:
    return "".join(LONE_HALF_STAND_IN if "\ud800" <= ch <= "\udfff" else ch for ch in same_units(text))


@pytest.fixture
def plain(qtbot) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    return edit


@pytest.fixture
def line(qtbot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    return edit


@pytest.mark.parametrize("text", BROKEN)
def test_a_pasted_lone_half_is_kept_in_a_text_box(qtbot, plain: QPlainTextEdit, text: str) -> None:
    paste(qtbot, plain, f"first line\n{text}\nlast line")
    assert qt_length(plain) == utf16_length(text) + len("first line\n\nlast line")  # Qt holds every unit...
    assert plain.toPlainText() != same_units(f"first line\n{text}\nlast line")  # ...but hands Python less
    assert plain_text(plain) == same_units(f"first line\n{text}\nlast line")  # the very halves, in place


@pytest.mark.parametrize("text", BROKEN)
def test_a_pasted_lone_half_is_kept_in_a_line(qtbot, line: QLineEdit, text: str) -> None:
    paste(qtbot, line, text)
    assert line.text() != same_units(text)
    assert line_text(line) == stand_in_for_halves(text)  # each half in its place (a line cannot say which)


@pytest.mark.parametrize("text", ODD_BUT_WHOLE)
def test_ordinary_odd_unicode_comes_back_unchanged(qtbot, plain: QPlainTextEdit, line: QLineEdit, text) -> None:
    paste(qtbot, plain, text)
    paste(qtbot, line, text)
    assert plain_text(plain) == text  # toPlainText() would give a no-break space back as a plain one
    assert line_text(line) == text


def test_enter_and_shift_enter_both_read_as_line_breaks(qtbot, plain: QPlainTextEdit) -> None:
    qtbot.keyClicks(plain, "one")
    qtbot.keyClick(plain, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # Qt keeps a line separator
    qtbot.keyClicks(plain, "two")
    qtbot.keyClick(plain, Qt.Key.Key_Return)  # and here a paragraph separator
    qtbot.keyClicks(plain, "three")
    assert plain_text(plain) == "one\ntwo\nthree"


def test_reading_a_line_leaves_its_cursor_and_selection_alone(qtbot, line: QLineEdit) -> None:
    paste(qtbot, line, "keep \ud800 my place 😀")
    line.setSelection(12, -4)  # selected backwards, as Shift+Left does
    with qtbot.assertNotEmitted(line.cursorPositionChanged), qtbot.assertNotEmitted(line.selectionChanged):
        assert line_text(line) == "keep \ud800 my place 😀"
    assert (line.selectionStart(), line.selectionLength(), line.cursorPosition()) == (8, 4, 8)


def test_a_half_at_the_end_of_a_long_note_is_found_and_the_note_kept(qtbot, plain: QPlainTextEdit) -> None:
    note = ("A long day, and then 🌙 a long evening.\n" * 500)[:19_999] + "\udc00"
    paste(qtbot, plain, note)
    assert plain_text(plain) == note
    cursor = plain.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    assert cursor.position() == utf16_length(note)  # reading it changed nothing in the box


WHOLE_PIECES = ["a", "\n", "\u00a0", "é", "\u0301", "😀", "👍🏽", "\u05d0"]
HALVES = ["\ud83d", "\ude00", "\ud800", "\udfff"]
code_units = st.lists(st.sampled_from(WHOLE_PIECES + HALVES), max_size=16).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=code_units)
def test_any_mix_of_whole_characters_and_halves_reads_back_as_held(qtbot, plain, line, text: str) -> None:
    plain.setPlainText(text)  # the same as a paste, and fast enough for many examples
    line.setText(text.replace("\n", ""))
    assert plain_text(plain) == same_units(text)
    assert line_text(line) == stand_in_for_halves(text.replace("\n", ""))
