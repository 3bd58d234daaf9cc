"""Logging, changing and deleting a closeness moment, as a user does it: from Ctrl+N, by keyboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from walls_desktop.core.moments import ClosenessKind, Moment, Sign
from walls_desktop.gui.context import StoreMode
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.moments.moment_dialog import MomentDialog, to_qdatetime
from walls_desktop.store.errors import StoreError, StoreErrorKind

CTRL = Qt.KeyboardModifier.ControlModifier


def open_with_ctrl_n(qtbot, window: MainWindow) -> MomentDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.findChild(MomentDialog) is not None)
    dialog = window.findChild(MomentDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused() -> str:
    return QApplication.focusWidget().objectName()


def test_log_a_moment_by_keyboard_alone(qtbot, window: MainWindow, ctx) -> None:
    ctx.moments.add(Moment(datetime.now(UTC) - timedelta(days=3), 4, ClosenessKind.OTHER, person="Sam"))
    dialog = open_with_ctrl_n(qtbot, window)
    assert focused() == "ratingSlider"  # the one thing that must be chosen comes first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_7)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    if focused() == "ratingClear":
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused() == "kindCombo"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # the second kind: physical affection
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused() == "personEdit"
    qtbot.keyClicks(QApplication.focusWidget(), "Sam, ")
    dialog.ui.personEdit.insert("🌱")  # pasted: QTest types one UTF-16 unit at a time, which emoji are not
    assert dialog.ui.personEdit.completer().model().stringList() == ["Sam"]  # offered from earlier moments
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused() == "sign_withdrew"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused() == "sign_alarm"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused() == "actionEdit"
    qtbot.keyClicks(QApplication.focusWidget(), 'stayed, said "I\'m scared"')
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert focused() == "noteEdit"
    qtbot.keyClicks(QApplication.focusWidget(), "it passed ")
    dialog.ui.noteEdit.insertPlainText("שלום")  # pasted, as above: QTest types Latin-1 only
    with qtbot.waitSignal(ctx.changes.changed):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: window.findChild(MomentDialog) is None)

    newest = ctx.moments.list_all()[-1]
    assert (newest.anxiety, newest.kind, newest.person) == (7, ClosenessKind.AFFECTION, "Sam, 🌱")
    assert newest.signs == Sign.WITHDREW | Sign.ALARM
    assert (newest.action, newest.note) == ('stayed, said "I\'m scared"', "it passed שלום")
    assert abs((newest.occurred_at - datetime.now(UTC)).total_seconds()) < 120


def test_today_button_and_the_menu_open_the_dialog(qtbot, window: MainWindow) -> None:
    today = window.show_page("today")
    qtbot.mouseClick(today.ui.momentButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(MomentDialog) is not None)
    window.findChild(MomentDialog).reject()
    assert window.ui.actionLogMoment.shortcut().toString() == "Ctrl+N"
    assert window.current_key() == "today"


def test_a_rating_is_required_and_asked_for_kindly(qtbot, ctx) -> None:
    dialog = MomentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "how anxious" in dialog.ui.problemLabel.text()
    assert ctx.moments.count() == 0


def test_a_future_time_is_refused_kindly(qtbot, ctx) -> None:
    now = datetime(2024, 5, 1, 12, tzinfo=UTC)
    dialog = MomentDialog(ctx, now=lambda: now)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.whenEdit.maximumDate() == to_qdatetime(now).date()  # the calendar offers no later day
    dialog.ui.whenEdit.setDateTime(to_qdatetime(now + timedelta(days=1)))
    assert dialog.ui.whenEdit.date() == to_qdatetime(now).date()
    dialog.ui.whenEdit.setDateTime(to_qdatetime(now + timedelta(hours=3)))  # later today: still to come
    dialog.ui.anxietyRating.set_value(5)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "still to come" in dialog.ui.problemLabel.text() and dialog.ui.problemLabel.isVisible()
    assert ctx.moments.count() == 0
    dialog.ui.whenEdit.setDateTime(to_qdatetime(now - timedelta(hours=2)))
    assert not dialog.ui.problemLabel.isVisible()  # mended: the message goes at once, before Save
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert ctx.moments.list_all()[0].occurred_at == now - timedelta(hours=2)


@pytest.mark.parametrize(("field", "text", "message"), [
    ("personEdit", "x" * 201, "longer than Walls can keep"),
    ("noteEdit", "x" * 20_001, "longer than Walls can keep"),
])  # fmt: skip
def test_unstorable_or_huge_text_is_refused_and_kept(qtbot, ctx, field: str, text: str, message: str) -> None:
    dialog = MomentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.anxietyRating.set_value(3)
    widget = getattr(dialog.ui, field)
    widget.setPlainText(text) if field == "noteEdit" else widget.setText(text)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert message in dialog.ui.problemLabel.text()
    assert ctx.moments.count() == 0 and dialog.isVisible()
    assert (widget.toPlainText() if field == "noteEdit" else widget.text()) == text


def test_a_failed_write_keeps_the_form_and_says_why(qtbot, ctx, monkeypatch) -> None:
    def full_disk(_moment):
        raise StoreError(StoreErrorKind.DISK_FULL, ctx.db_path, "test")

    monkeypatch.setattr(ctx.moments, "add", full_disk)
    dialog = MomentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.anxietyRating.set_value(6)
    dialog.ui.noteEdit.setPlainText("keep me")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "saveFailureBox")
    assert box is not None and "disk is full" in box.informativeText()
    assert dialog.isVisible() and dialog.ui.noteEdit.toPlainText() == "keep me"


def test_escape_leaves_at_once_when_nothing_was_typed(qtbot, ctx) -> None:
    dialog = MomentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.question is None


def test_escape_asks_first_when_something_was_typed(qtbot, ctx) -> None:
    dialog = MomentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.personEdit, "Alex")
    qtbot.keyClick(dialog.ui.personEdit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.question.isVisible()
    qtbot.keyClick(dialog.question, Qt.Key.Key_Escape)  # "keep writing" is the safe answer
    assert dialog.isVisible() and dialog.ui.personEdit.text() == "Alex"
    qtbot.keyClick(dialog.ui.personEdit, Qt.Key.Key_Escape)
    leave = next(b for b in dialog.question.buttons() if b.text() == "&Leave without saving")
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and ctx.moments.count() == 0


def test_edit_then_delete_after_asking(qtbot, ctx) -> None:
    stored = ctx.moments.add(Moment(datetime(2024, 3, 1, 9, tzinfo=UTC), 8, ClosenessKind.CONFLICT, note="old"))
    dialog = MomentDialog(ctx, stored)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.anxietyRating.value() == 8 and dialog.ui.noteEdit.toPlainText() == "old"
    dialog.ui.anxietyRating.set_value(5)
    with qtbot.waitSignal(ctx.changes.changed):
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert ctx.moments.get(stored.id).anxiety == 5 and ctx.moments.count() == 1

    dialog = MomentDialog(ctx, ctx.moments.get(stored.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    keep = next(b for b in dialog.question.buttons() if b.text() == "&Keep it")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert ctx.moments.count() == 1 and dialog.isVisible()
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    delete = next(b for b in dialog.question.buttons() if b.text() == "&Delete it")
    with qtbot.waitSignal(dialog.deleted):
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert ctx.moments.count() == 0 and not dialog.isVisible()


def test_read_only_shows_but_does_not_save(qtbot, ctx) -> None:
    stored = ctx.moments.add(Moment(datetime(2024, 3, 1, 9, tzinfo=UTC), 8, ClosenessKind.CONFLICT))
    ctx.mode = StoreMode.READ_ONLY
    dialog = MomentDialog(ctx, stored)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.readOnlyNote.isVisible() and "read-only" in dialog.ui.readOnlyNote.text()
    assert not dialog.ui.saveButton.isEnabled() and not dialog.ui.deleteButton.isEnabled()
    # Nothing looks as if it could be changed: typing goes nowhere, the choices are greyed.
    qtbot.keyClicks(dialog.ui.noteEdit, "more")
    assert dialog.ui.noteEdit.toPlainText() == stored.note
    assert not any(w.isEnabled() for w in (dialog.ui.whenEdit, dialog.ui.kindCombo, dialog.ui.anxietyRating))
    assert not dialog.ui.signsBox.isEnabled() and dialog.ui.personEdit.isReadOnly()
    ctx.mode = StoreMode.NORMAL


def test_the_rating_takes_only_the_room_it_needs(qtbot, ctx) -> None:
    """No empty band under "How anxious": the form's spare height goes to the text boxes, not the scale."""
    from walls_desktop.gui.common.theme import ThemeMode, apply_theme

    apply_theme(QApplication.instance(), ThemeMode.LIGHT)
    dialog = MomentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rating = dialog.ui.anxietyRating
    assert rating.height() <= rating.heightForWidth(rating.width()) + 2
    gap = dialog.ui.kindCombo.y() - (rating.y() + rating.height())
    assert gap <= 24
