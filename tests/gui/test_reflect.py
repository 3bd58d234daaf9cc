"""Reflect as a person uses it: a whole reflection by keyboard and by mouse, scores checked by hand, the 75% rule,
the draft after a restart, per-focus results with their path, deleting, and the suggestion to come back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.gui.test_reframe_exercise import reopen
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.reflection import GENERAL, Reflection
from walls_desktop.core.reflection_statements import STATEMENTS, Dimension
from walls_desktop.core.settings import REFLECT_DRAFT, REFLECT_REMIND, REFLECT_REMIND_WEEKS
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.reflect.page import ReflectPage

CTRL, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier
T0 = datetime(2026, 6, 1, 12, tzinfo=UTC)
DIGITS = {value: getattr(Qt.Key, f"Key_{value}") for value in range(1, 8)}

# One answer per statement, in the order asked, and the scores they make, worked out by hand:
# worry (odd positions) 6, 5, r3, 7, r2, 6, 5, r2, 6, r3 -> 6 + 5 + 5 + 7 + 6 + 6 + 5 + 6 + 6 + 5 = 57 -> 5.7
# unease (even positions) 2, 3, r6, 2, 1, r5, 2, 3, r6, r7 -> 2 + 3 + 2 + 2 + 1 + 3 + 2 + 3 + 2 + 1 = 21 -> 2.1
ANSWERS = [6, 2, 5, 3, 3, 6, 7, 2, 2, 1, 6, 5, 5, 2, 2, 3, 6, 6, 3, 7]
WORRY, UNEASE = "5.7", "2.1"


def focused() -> QWidget:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    assert focused() is not None, "no widget has the keyboard focus"
    qtbot.keyClick(focused(), key, modifier)


def double_click(qtbot, widget: QWidget) -> None:
    """What a window system delivers: press, release, then the second press as a double-click, and release."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton)  # (QTest sends only the double-click event)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton)


def open_reflect(qtbot, window: MainWindow) -> ReflectPage:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_7, CTRL)  # the sidebar shortcut
    assert window.current_key() == "reflect"
    return window.page("reflect")


def progress(page: ReflectPage) -> str:
    return page.ui.progressLabel.text()


def test_the_statements_match_the_hand_worked_answers() -> None:
    assert [s.dimension for s in STATEMENTS[::2]] == [Dimension.WORRY] * 10
    assert [s.reverse for s in STATEMENTS[::2]] == [False, False, True, False, True, False, False, True, False, True]
    assert [s.reverse for s in STATEMENTS[1::2]] == [False, False, True, False, False, True, False, False, True, True]


def test_a_whole_reflection_by_keyboard_alone(qtbot, window: MainWindow, ctx) -> None:
    page = open_reflect(qtbot, window)
    assert focused() is page.ui.beginButton
    assert page.ui.fociEmpty.isVisible() and not page.ui.fociList.isVisible()
    press(qtbot, Qt.Key.Key_Space)  # close relationships in general, the choice already made
    assert page.ui.views.currentWidget() is page.ui.questionView
    assert progress(page) == "Statement 1 of 20" and page.ui.statementLabel.text() == STATEMENTS[0].text

    # A digit answers and moves on.
    press(qtbot, DIGITS[ANSWERS[0]])
    assert progress(page) == "Statement 2 of 20"
    # The arrows move the choice (from the middle, 4) without moving on; Enter moves on.
    press(qtbot, Qt.Key.Key_Up)
    assert page.questions.current == 4 and page.ui.answer4.isChecked()
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert page.questions.current == 2 == ANSWERS[1] and focused() is page.ui.answer2
    press(qtbot, Qt.Key.Key_Return)
    assert progress(page) == "Statement 3 of 20"
    # Backspace goes back and shows the answer given; Enter goes on again.
    press(qtbot, Qt.Key.Key_Backspace)
    assert progress(page) == "Statement 2 of 20" and page.ui.answer2.isChecked()
    press(qtbot, Qt.Key.Key_Return)
    for answer in ANSWERS[2:-1]:
        press(qtbot, DIGITS[answer])
    assert progress(page) == "Statement 20 of 20" and page.ui.nextButton.text() == "Fini&sh"
    press(qtbot, DIGITS[ANSWERS[-1]])

    assert page.ui.views.currentWidget() is page.ui.resultView
    assert page.ui.resultTitle.text() == "About close relationships in general"
    assert page.ui.scoresLabel.text().startswith(f"Worry about being left {WORRY} · Unease with closeness {UNEASE}")
    assert "not a diagnosis" in page.ui.resultCaveat.text() and page.ui.resultCaveat.isVisible()
    [stored] = ctx.reflections.about(GENERAL)
    assert [stored.answers[s.key] for s in STATEMENTS] == ANSWERS
    assert stored.point == (pytest.approx(2.1), pytest.approx(5.7))
    assert ctx.settings.get(REFLECT_DRAFT) is None  # finished: nothing left to offer
    assert page.result.plane.points == [stored.point]
    assert focused() is page.ui.doneButton
    press(qtbot, Qt.Key.Key_Space)
    assert page.ui.views.currentWidget() is page.ui.startView
    assert page.ui.fociList.count() == 1 and "1 reflection" in page.ui.fociList.item(0).text()


def test_a_whole_reflection_by_mouse_about_one_person(qtbot, window: MainWindow, ctx) -> None:
    ctx.moments.add(Moment(T0, 6, ClosenessKind.DEEP_TALK, person="Aylin"))
    page = open_reflect(qtbot, window)
    assert "Aylin" in page.completer.model().stringList()  # the names from Moments are offered
    qtbot.mouseClick(page.ui.personRadio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.beginButton, Qt.MouseButton.LeftButton)
    assert page.ui.personProblem.text().startswith("Write the name you use for them")
    assert page.ui.views.currentWidget() is page.ui.startView
    qtbot.keyClicks(page.ui.personEdit, "  Aylin ")
    qtbot.mouseClick(page.ui.beginButton, Qt.MouseButton.LeftButton)
    assert page.ui.focusNote.text() == "Thinking of Aylin: read “someone close” as Aylin."
    for answer in ANSWERS[:5]:
        qtbot.mouseClick(getattr(page.ui, f"answer{answer}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.backButton, Qt.MouseButton.LeftButton)
    assert progress(page) == "Statement 5 of 20" and getattr(page.ui, f"answer{ANSWERS[4]}").isChecked()
    qtbot.mouseClick(page.ui.nextButton, Qt.MouseButton.LeftButton)
    # A double-click answers once: its second click does not answer the next statement too.
    double_click(qtbot, getattr(page.ui, f"answer{ANSWERS[5]}"))
    assert progress(page) == "Statement 7 of 20"
    for answer in ANSWERS[6:]:
        qtbot.mouseClick(getattr(page.ui, f"answer{answer}"), Qt.MouseButton.LeftButton)
    assert page.ui.resultTitle.text() == "About Aylin"
    [stored] = ctx.reflections.about("Aylin")
    assert [stored.answers[s.key] for s in STATEMENTS] == ANSWERS


def test_a_score_needs_three_quarters_of_its_statements(qtbot, window: MainWindow, ctx) -> None:
    page = open_reflect(qtbot, window)
    page.begin()
    # Skip three worry statements (positions 0, 2, 4): 7 of 10 left, one short of a score.
    for position, answer in enumerate(ANSWERS):
        if position in (0, 2, 4):
            qtbot.mouseClick(page.ui.skipButton, Qt.MouseButton.LeftButton)
        else:
            page.questions.answer(answer)
    assert page.ui.views.currentWidget() is page.ui.shortView
    assert (
        "Worry about being left or loved less: 7 of 10 answered; a score needs at least 8." in page.ui.shortText.text()
    )
    assert "Unease" not in page.ui.shortText.text().split("\n\n")[0]
    assert ctx.reflections.list_all() == []  # nothing kept until the person chooses
    # Answering one skipped statement is enough.
    qtbot.mouseClick(page.ui.answerSkippedButton, Qt.MouseButton.LeftButton)
    assert progress(page) == "Statement 1 of 20"
    page.questions.answer(6)
    for _ in range(19):
        page.questions.go_next()
    assert page.ui.views.currentWidget() is page.ui.resultView
    assert ctx.reflections.list_all()[0].score(Dimension.WORRY).answered == 8


def test_kept_without_enough_answers_it_says_so_and_draws_no_point(qtbot, window: MainWindow, ctx) -> None:
    page = open_reflect(qtbot, window)
    page.begin()
    for position in range(len(STATEMENTS)):
        page.questions.answer(3) if position % 2 == 0 else page.questions.skip()  # no unease at all
    qtbot.mouseClick(page.ui.keepAnywayButton, Qt.MouseButton.LeftButton)
    assert page.ui.views.currentWidget() is page.ui.resultView
    assert "0 of 10 statements answered. A score needs at least 8" in page.ui.placeLabel.text()
    assert "no score" in page.ui.scoresLabel.text()
    assert not page.ui.planeBox.isVisible()
    assert len(ctx.reflections.list_all()) == 1


def test_left_half_way_it_is_offered_again_after_a_restart(qtbot, ctx, data_dir) -> None:
    first, _ = reopen(qtbot, data_dir)
    page = open_reflect(qtbot, first)
    page.ui.personRadio.setChecked(True)
    page.ui.personEdit.setText("Sam")
    page.begin()
    for answer in ANSWERS[:5]:
        press(qtbot, DIGITS[answer])
    press(qtbot, Qt.Key.Key_Down)  # a choice made on the sixth, not yet moved on from
    first.close()
    first.ctx.close()

    window, again = reopen(qtbot, data_dir)
    page = window.show_page("reflect")
    assert page.ui.draftFrame.isVisible() and not page.ui.beginButton.isVisible()
    assert "about Sam" in page.ui.draftLabel.text() and "6 of 20 answered" in page.ui.draftLabel.text()
    assert focused() is page.ui.continueButton
    press(qtbot, Qt.Key.Key_Space)
    assert progress(page) == "Statement 6 of 20" and page.ui.answer4.isChecked()
    press(qtbot, Qt.Key.Key_Backspace)
    assert getattr(page.ui, f"answer{ANSWERS[4]}").isChecked()
    press(qtbot, Qt.Key.Key_Escape)  # leave for now
    assert page.ui.views.currentWidget() is page.ui.startView and page.ui.draftFrame.isVisible()
    qtbot.mouseClick(page.ui.discardButton, Qt.MouseButton.LeftButton)
    assert again.settings.get(REFLECT_DRAFT) is None and page.ui.beginButton.isVisible()


def button_named(box: QMessageBox, word: str) -> QWidget:
    return next(button for button in box.buttons() if word in button.text())


def answers_for(worry: int, unease: int) -> dict[str, int]:
    """Every statement answered so that each dimension's score is exactly ``worry`` / ``unease``."""
    return {
        s.key: 8 - (worry if s.dimension is Dimension.WORRY else unease)
        if s.reverse
        else (worry if s.dimension is Dimension.WORRY else unease)
        for s in STATEMENTS
    }


def test_the_path_after_three_results_and_the_words_for_how_it_moved(qtbot, window: MainWindow, ctx) -> None:
    for days, worry, unease in ((60, 6, 3), (30, 5, 3), (0, 3, 4)):
        ctx.reflections.add(Reflection(T0 - timedelta(days=days), "Sam", answers_for(worry, unease)))
    ctx.reflections.add(Reflection(T0, GENERAL, answers_for(2, 2)))
    page = open_reflect(qtbot, window)
    assert [page.ui.fociList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)] == ["Sam", GENERAL]
    page.ui.fociList.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # the newest focus is chosen first
    assert page.ui.resultTitle.text() == "About Sam"
    assert page.result.plane.points == [(3.0, 6.0), (3.0, 5.0), (4.0, 3.0)]  # oldest first, the newest last
    movement = page.ui.movementLabel.text()
    assert "Worry about being left has eased since" in movement and "from 5.0 to 3.0" in movement
    assert "Unease with closeness is higher than on" in movement
    assert page.ui.historyList.count() == 3 and page.ui.historyList.item(0).text().endswith("worry 3.0, unease 4.0")
    # Statement by statement, against the reflection before.
    assert not page.ui.changesLabel.isVisible()
    qtbot.mouseClick(page.ui.changesButton, Qt.MouseButton.LeftButton)
    assert page.ui.changesLabel.isVisible()
    assert "then: Agree a little (5) — now: Disagree a little (3)" in page.ui.changesLabel.text()
    # Where it sits: higher unease suggests the practices for it first, only those that are built.
    suggested = [button.objectName() for button in page.result.suggestion_buttons]
    assert suggested[0] in ("suggest_moments", "suggest_ladder") and "suggest_breathe" not in suggested
    qtbot.mouseClick(page.result.suggestion_buttons[0], Qt.MouseButton.LeftButton)
    assert window.current_key() in ("moments", "ladder")


def test_each_result_can_be_deleted_after_asking(qtbot, window: MainWindow, ctx) -> None:
    older = ctx.reflections.add(Reflection(T0, "Sam", answers_for(5, 3)))
    ctx.reflections.add(Reflection(T0 + timedelta(days=30), "Sam", answers_for(4, 3)))
    page = open_reflect(qtbot, window)
    page.show_result("Sam")
    page.ui.historyList.setCurrentRow(1)  # the older one
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "deleteReflectionBox")
    assert box is not None and box.isVisible()
    assert "Keep" in box.defaultButton().text()  # the safe answer is Enter's
    qtbot.mouseClick(button_named(box, "Delete"), Qt.MouseButton.LeftButton)
    assert [r.id for r in ctx.reflections.about("Sam")] != [older.id] and len(ctx.reflections.about("Sam")) == 1
    qtbot.waitUntil(lambda: page.ui.historyList.count() == 1)
    assert not page.ui.changesBox.isVisible()  # nothing left to compare with
    # Deleting the last one goes back to the start, where Sam is no longer listed.
    page.ui.historyList.setCurrentRow(0)
    box = page.result.ask_delete()
    qtbot.mouseClick(button_named(box, "Delete"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.views.currentWidget() is page.ui.startView)
    assert page.ui.fociEmpty.isVisible() and ctx.reflections.list_all() == []


def test_the_suggestion_to_reflect_again_is_off_until_chosen(qtbot, window: MainWindow, ctx) -> None:
    page = open_reflect(qtbot, window)
    assert not page.ui.remindCheck.isChecked() and not page.ui.remindWeeks.isEnabled()
    assert ctx.settings.get(REFLECT_REMIND) is False and ctx.settings.get(REFLECT_REMIND_WEEKS) == 4
    qtbot.mouseClick(page.ui.remindCheck, Qt.MouseButton.LeftButton)
    assert ctx.settings.get(REFLECT_REMIND) is True and page.ui.remindWeeks.isEnabled()
    page.ui.remindWeeks.setFocus()
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert ctx.settings.get(REFLECT_REMIND_WEEKS) == 6 and page.ui.remindWeeks.text() == "6 weeks"


def test_read_only_data_shows_results_but_begins_nothing(qtbot, ctx) -> None:
    from walls_desktop.gui.context import StoreMode

    ctx.reflections.add(Reflection(T0, GENERAL, answers_for(4, 4)))
    ctx.mode = StoreMode.READ_ONLY
    page = ReflectPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.ui.beginButton.isEnabled() and page.ui.readOnlyNote.isVisible()
    page.show_result(GENERAL)
    assert page.ui.scoresLabel.text() and not page.ui.deleteButton.isEnabled()


def test_today_shows_the_suggestion_once_the_chosen_weeks_have_passed(qtbot, ctx) -> None:
    from walls_desktop.gui.pages.today.page import TodayPage

    now = [T0 + timedelta(weeks=4) - timedelta(seconds=1)]
    ctx.reflections.add(Reflection(T0, "Sam", answers_for(4, 4)))
    today = TodayPage(ctx, clock=lambda: now[0])
    qtbot.addWidget(today)
    today.show()
    assert not today.ui.reflectDueFrame.isVisible()  # off by default, however long it has been
    ctx.settings.set(REFLECT_REMIND, True)
    assert not today.ui.reflectDueFrame.isVisible()  # a second short of four weeks
    now[0] += timedelta(seconds=1)
    today.refresh()
    assert today.ui.reflectDueFrame.isVisible()
    assert today.ui.reflectDueLabel.text().startswith("It has been 4 weeks since you last reflected.")
    ctx.settings.set(REFLECT_REMIND_WEEKS, 1)
    now[0] = T0 + timedelta(days=8)
    today.refresh()
    assert today.ui.reflectDueLabel.text().startswith("It has been a week since")
    with qtbot.waitSignal(today.navigate_requested) as asked:
        qtbot.mouseClick(today.ui.reflectAgainButton, Qt.MouseButton.LeftButton)
    assert asked.args == ["reflect"]


def test_today_never_suggests_reflecting_again_before_a_first_reflection(qtbot, ctx) -> None:
    from walls_desktop.gui.pages.today.page import TodayPage

    ctx.settings.set(REFLECT_REMIND, True)
    today = TodayPage(ctx, clock=lambda: T0 + timedelta(weeks=100))
    qtbot.addWidget(today)
    today.show()
    assert not today.ui.reflectDueFrame.isVisible()


def test_enter_presses_the_button_with_the_focus_and_a_failed_save_is_told(
    qtbot, window: MainWindow, ctx, monkeypatch
) -> None:
    from walls_desktop.store.errors import StoreError, StoreErrorKind

    page = open_reflect(qtbot, window)
    page.ui.beginButton.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter on Begin begins
    press(qtbot, DIGITS[5])
    press(qtbot, DIGITS[3])
    page.ui.backButton.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter on Back goes back, not on
    assert progress(page) == "Statement 2 of 20"

    def full(*_args) -> None:
        raise StoreError(StoreErrorKind.DISK_FULL, ctx.db_path, "test")

    monkeypatch.setattr(ctx.settings, "set", full)
    press(qtbot, DIGITS[6])
    assert progress(page).startswith("Statement 3 of 20 · your answers could not be kept on disk just now")
    assert page.questions.draft.answers[STATEMENTS[1].key] == 6  # still here, on screen
    monkeypatch.undo()
    press(qtbot, DIGITS[2])
    assert progress(page) == "Statement 4 of 20"  # kept again: the note goes
    assert len(ctx.settings.get(REFLECT_DRAFT)["answers"]) == 3


def test_leaving_before_any_answer_keeps_no_draft_and_a_damaged_one_is_not_offered(
    qtbot, window: MainWindow, ctx
) -> None:
    page = open_reflect(qtbot, window)
    page.begin()
    press(qtbot, Qt.Key.Key_Escape)
    assert page.ui.views.currentWidget() is page.ui.startView and not page.ui.draftFrame.isVisible()
    assert ctx.settings.get(REFLECT_DRAFT) is None
    for damaged in ({}, {"answers": {"worry.tone": 5}, "focus": "x" * 500}, {"answers": {"nope": 3}}):
        ctx.settings.set(REFLECT_DRAFT, damaged)
        page.show_start()
        assert not page.ui.draftFrame.isVisible() and page.ui.beginButton.isVisible()


def test_answering_the_skipped_ones_goes_from_one_to_the_next(qtbot, window: MainWindow, ctx) -> None:
    page = open_reflect(qtbot, window)
    page.begin()
    skipped = {0, 2, 4, 9}
    for position in range(len(STATEMENTS)):
        page.questions.skip() if position in skipped else page.questions.answer(4)
    assert page.ui.views.currentWidget() is page.ui.shortView
    qtbot.mouseClick(page.ui.answerSkippedButton, Qt.MouseButton.LeftButton)
    seen = []
    while page.ui.views.currentWidget() is page.ui.questionView:
        seen.append(page.questions.draft.position)
        page.questions.answer(5)
    assert seen == sorted(skipped)
    assert page.ui.views.currentWidget() is page.ui.resultView


def test_a_reflection_with_no_answer_at_all_cannot_be_kept(qtbot, window: MainWindow, ctx) -> None:
    page = open_reflect(qtbot, window)
    page.begin()
    for _ in STATEMENTS:
        page.questions.skip()
    assert page.ui.views.currentWidget() is page.ui.shortView and not page.ui.keepAnywayButton.isEnabled()
    page.questions.finish(anyway=True)
    assert ctx.reflections.list_all() == []


@pytest.mark.parametrize("name", ["<b>Bold</b> <img src=x>", "Ж" * 200, "İpek", "ßara"])
def test_a_name_is_shown_as_typed_and_never_widens_the_page(qtbot, window: MainWindow, ctx, name: str) -> None:
    ctx.reflections.add(Reflection(T0, name, answers_for(4, 4)))
    window.resize(760, 540)
    page = open_reflect(qtbot, window)
    assert page.ui.fociList.item(0).text().replace("\u200b", "").startswith(name)
    page.show_result(name)
    assert page.ui.resultTitle.text().replace("\u200b", "") == f"About {name}"
    content, viewport = page.ui.resultContent, page.ui.resultScroll.viewport()
    qtbot.waitUntil(lambda: content.width() <= viewport.width())
    assert page.ui.resultScroll.horizontalScrollBar().maximum() == 0


def test_read_only_enter_in_the_name_field_begins_nothing(qtbot, ctx) -> None:
    from walls_desktop.gui.context import StoreMode

    ctx.mode = StoreMode.READ_ONLY
    page = ReflectPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.ui.personEdit.returnPressed.emit()
    assert page.ui.views.currentWidget() is page.ui.startView and not page.ui.focusBox.isEnabled()


def test_today_looks_again_each_time_it_is_shown(qtbot, ctx) -> None:
    from walls_desktop.gui.pages.today.page import TodayPage

    now = [T0 + timedelta(weeks=3)]
    ctx.reflections.add(Reflection(T0, "Sam", answers_for(4, 4)))
    ctx.settings.set(REFLECT_REMIND, True)
    today = TodayPage(ctx, clock=lambda: now[0])
    qtbot.addWidget(today)
    today.show()
    assert not today.ui.reflectDueFrame.isVisible()
    now[0] = T0 + timedelta(weeks=5)  # Walls stayed open: nothing changed in the store meanwhile
    today.on_shown()
    assert today.ui.reflectDueFrame.isVisible()
