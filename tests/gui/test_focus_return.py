"""When a dialog closes, the keyboard focus goes back to where it was before it opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog


def _close_with_escape(qtbot, dialog: QDialog) -> None:
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _focus_stays_on(qtbot, widget) -> None:
    """The focus comes back and is still there a little later (Qt alone can drop it once the dialog has gone,
    when nothing re-activates the window beneath)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    qtbot.wait(150)
    assert QApplication.focusWidget() is widget


def test_focus_returns_to_the_button_that_opened_the_moment_dialog(qtbot, window) -> None:
    page = window.show_page("moments")
    button = page.ui.logButton
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    _close_with_escape(qtbot, page.dialog)
    _focus_stays_on(qtbot, button)


def test_focus_returns_to_the_patterns_button_after_the_pattern_dialog(qtbot, window) -> None:
    page = window.show_page("breathe")
    button = page.ui.patternsButton
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    _close_with_escape(qtbot, page.pattern_dialog)
    _focus_stays_on(qtbot, button)


def test_focus_returns_to_the_sidebar_after_the_crisis_lines(qtbot, window) -> None:
    button = window.ui.supportButton
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = window.findChild(QDialog, "CrisisDialog")
    _close_with_escape(qtbot, dialog)
    _focus_stays_on(qtbot, button)


def test_focus_returns_after_a_question_box(qtbot, window) -> None:
    from walls_desktop.gui.common.feedback import ask

    page = window.show_page("moments")
    button = page.ui.logButton
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    box = ask(window, "Delete this?", "It cannot be undone.", "&Delete", "&Keep it", lambda: None, "q")
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    _focus_stays_on(qtbot, button)


def test_focus_returns_to_the_journal_after_reading_an_entry(qtbot, window, ctx) -> None:
    from tests.sample_data import seed_reframes

    seed_reframes(ctx)
    page = window.show_page("reframe")
    journal = page.ui.journalList
    journal.setFocus()
    journal.setCurrentRow(0)
    qtbot.waitUntil(journal.hasFocus)
    qtbot.keyClick(journal, Qt.Key.Key_Return)
    _close_with_escape(qtbot, page.detail_dialog)
    _focus_stays_on(qtbot, journal)
    assert journal.currentRow() == 0
