"""Every form with free text: a pasted broken character is refused in the core's words and kept on screen, and
odd but whole text (right to left, joined emoji, skin tones, combining marks, beyond the basic plane) is kept
exactly as written, all the way into the store and back.

Text goes in with Ctrl+V, as a user pastes it: QTest cannot type a lone surrogate (Qt crashes).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from walls_desktop.core.reframe import Reframe
from walls_desktop.core.text import UNSTORABLE_MESSAGE
from walls_desktop.gui.common import kind_sentences
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.pages.breathe.pattern_dialog import PatternDialog
from walls_desktop.gui.pages.moments.moment_dialog import MomentDialog
from walls_desktop.gui.pages.reframe.detail_dialog import ReframeDetailDialog
from walls_desktop.gui.pages.reframe.kind_sentences_dialog import KindSentencesDialog
from walls_desktop.gui.startup.open_store import open_store

LEFT = Qt.MouseButton.LeftButton
BROKEN = "I froze 😶\ud83d and went quiet"  # half of an emoji left behind by a bad copy
NAME = "Noa ‏שלום 👩🏽‍❤️‍👨🏿"  # right to left with a mark, a couple with skin tones
SHORT = "Zoe\u0308 · cafe\u0301 · 𝔰𝔩𝔬𝔴 · 🫶🏾"  # combining marks, beyond the basic plane, a skin tone
LONG = "\n".join([
    "אני רוצה להיות קרוב, וגם מפחד",  # right to left
    "مرحبا\u200f يا صديقي",  # right to left with a right-to-left mark
    "👨‍👩‍👧‍👦 👩‍❤️‍💋‍👨 🏳️‍🌈 👋🏿 👍🏽",  # joined emoji and skin tones
    "n\u0303o, a\u0308\u0323, Zoe\u0308",  # combining marks
    "𝔥𝔬𝔩𝔡 𠜎 🀄 and a no\u00a0break space",  # outside the basic plane
])  # fmt: skip


def paste(qtbot, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QApplication.clipboard().setText(text)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def holds(field: QLineEdit | QPlainTextEdit, text: str) -> bool:
    """The field still holds ``text``: its Qt-side length counts the broken half, the rest reads back as typed."""
    if isinstance(field, QPlainTextEdit):
        shown, length = field.toPlainText(), field.document().characterCount() - 1
    else:
        field.end(False)
        shown, length = field.text(), field.cursorPosition()
    whole = "".join(ch for ch in text if not "\ud800" <= ch <= "\udfff")
    return shown == whole and length == utf16_length(text)


def reopened(data_dir: Path):
    """The store opened afresh, as the next start of the app would."""
    return open_store(data_dir, ask=lambda error: pytest.fail(f"store did not open: {error}"))


# ----- the moment dialog -----------------------------------------------------------------------------------


@pytest.fixture
def moment_dialog(qtbot, ctx) -> MomentDialog:
    dialog = MomentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.anxietyRating.set_value(6)
    return dialog


@pytest.mark.parametrize("field_name", ["personEdit", "actionEdit", "noteEdit"])
def test_moment_refuses_a_pasted_broken_character_and_keeps_it(qtbot, ctx, moment_dialog, field_name) -> None:
    field = getattr(moment_dialog.ui, field_name)
    paste(qtbot, field, BROKEN)
    qtbot.mouseClick(moment_dialog.ui.saveButton, LEFT)
    assert moment_dialog.ui.problemLabel.text() == tr_core(UNSTORABLE_MESSAGE)
    assert moment_dialog.ui.problemLabel.isVisible() and moment_dialog.isVisible()
    assert QApplication.focusWidget() is field
    assert holds(field, BROKEN)
    assert ctx.moments.count() == 0


def test_moment_with_only_a_pasted_half_asks_before_leaving(qtbot, moment_dialog) -> None:
    moment_dialog.ui.anxietyRating.set_value(None)  # the half is the only change
    paste(qtbot, moment_dialog.ui.noteEdit, "\udc00")
    qtbot.mouseClick(moment_dialog.ui.cancelButton, LEFT)
    assert moment_dialog.question is not None and moment_dialog.question.isVisible()
    assert moment_dialog.isVisible()


def test_moment_keeps_odd_text_exactly(qtbot, ctx, data_dir, moment_dialog) -> None:
    ui = moment_dialog.ui
    paste(qtbot, ui.personEdit, NAME)
    paste(qtbot, ui.actionEdit, SHORT)
    paste(qtbot, ui.noteEdit, LONG)
    with qtbot.waitSignal(moment_dialog.saved):
        qtbot.mouseClick(ui.saveButton, LEFT)
    again = reopened(data_dir)
    try:
        (stored,) = again.moments.list_all()
        assert (stored.person, stored.action, stored.note) == (NAME, SHORT, LONG)
        shown = MomentDialog(again, stored)
        qtbot.addWidget(shown)
        assert (shown.ui.personEdit.text(), shown.ui.actionEdit.toPlainText()) == (NAME, SHORT)
        assert not shown.has_changes()
    finally:
        again.close()


# ----- the breathing pattern dialog --------------------------------------------------------------------------


@pytest.fixture
def pattern_dialog(qtbot, ctx) -> PatternDialog:
    dialog = PatternDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.newButton, LEFT)
    return dialog


@pytest.mark.parametrize(("field_name", "problem_name"), [
    ("nameEdit", "nameProblem"),
    ("descriptionEdit", "descriptionProblem"),
])  # fmt: skip
def test_pattern_refuses_a_pasted_broken_character_and_keeps_it(
    qtbot, ctx, pattern_dialog, field_name, problem_name
) -> None:
    ui = pattern_dialog.ui
    paste(qtbot, ui.nameEdit, "Slow evening")
    paste(qtbot, getattr(ui, field_name), BROKEN)
    qtbot.mouseClick(ui.saveButton, LEFT)
    problem = getattr(ui, problem_name)
    assert problem.text() == tr_core(UNSTORABLE_MESSAGE) and problem.isVisible()
    assert QApplication.focusWidget() is getattr(ui, field_name)
    assert holds(getattr(ui, field_name), BROKEN)
    assert ctx.patterns.list_all() == []


def test_pattern_keeps_odd_text_exactly(qtbot, data_dir, pattern_dialog) -> None:
    name = "Noa 🫶🏾 שלום e\u0301"  # within the 60 characters a name may have
    paste(qtbot, pattern_dialog.ui.nameEdit, name)
    paste(qtbot, pattern_dialog.ui.descriptionEdit, SHORT)
    with qtbot.waitSignal(pattern_dialog.ctx.changes.changed):
        qtbot.mouseClick(pattern_dialog.ui.saveButton, LEFT)
    again = reopened(data_dir)
    try:
        (stored,) = again.patterns.list_all()
        assert (stored.name, stored.description) == (name, SHORT)
    finally:
        again.close()


# ----- the reframe dialogs (they read exact text too) --------------------------------------------------------


@pytest.fixture
def reframe_dialog(qtbot, ctx) -> ReframeDetailDialog:
    stored = ctx.reframes.add(Reframe(datetime(2025, 4, 1, 12, tzinfo=UTC), "I am too much", "I am enough"))
    dialog = ReframeDetailDialog(ctx, stored)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_reframe_refuses_a_pasted_broken_character_and_keeps_it(qtbot, ctx, reframe_dialog) -> None:
    paste(qtbot, reframe_dialog.ui.friendEdit, BROKEN)
    qtbot.mouseClick(reframe_dialog.ui.saveButton, LEFT)
    assert reframe_dialog.ui.friendProblem.text() == tr_core(UNSTORABLE_MESSAGE)
    assert holds(reframe_dialog.ui.friendEdit, BROKEN)
    assert ctx.reframes.list_newest_first()[0].friend == ""


def test_reframe_keeps_odd_text_exactly(qtbot, data_dir, reframe_dialog) -> None:
    paste(qtbot, reframe_dialog.ui.criticEdit, LONG)
    with qtbot.waitSignal(reframe_dialog.ctx.changes.changed):
        qtbot.mouseClick(reframe_dialog.ui.saveButton, LEFT)
    again = reopened(data_dir)
    try:
        assert again.reframes.list_newest_first()[0].critic == LONG
    finally:
        again.close()


def test_kind_sentence_refuses_a_pasted_broken_character_and_keeps_it(qtbot, ctx) -> None:
    dialog = KindSentencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    before = kind_sentences.load(ctx)
    paste(qtbot, dialog.ui.sentenceEdit, BROKEN)
    qtbot.mouseClick(dialog.ui.addButton, LEFT)
    assert dialog.ui.problem.text() == tr_core(UNSTORABLE_MESSAGE) and dialog.ui.problem.isVisible()
    assert holds(dialog.ui.sentenceEdit, BROKEN)
    assert kind_sentences.load(ctx) == before
    paste(qtbot, dialog.ui.sentenceEdit, SHORT)
    qtbot.mouseClick(dialog.ui.addButton, LEFT)
    assert kind_sentences.load(ctx) == [*before, SHORT]
