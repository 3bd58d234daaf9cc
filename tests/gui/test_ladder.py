"""Ladder as a person uses it: steps written, taken from ideas, reordered both ways, tried before and after,
figures checked by hand, bad input told beside its field, and tries started from Today, a moment and the chart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from walls_desktop.core.ladder import SUGGESTIONS, LadderOrder, LadderStep, LadderTry, Outcome
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.settings import LADDER_ORDER
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.ladder.page import LadderPage

LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier
T0 = datetime(2026, 6, 1, 18, tzinfo=UTC)


def focused() -> QWidget:
    return QApplication.focusWidget()


def active(qtbot, dialog):
    """The dialog once it has the keyboard (as it would under a window manager)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def rate(qtbot, rating, digit: int) -> None:
    rating.slider.setFocus()
    qtbot.keyClick(rating.slider, getattr(Qt.Key, f"Key_{digit}"))


def open_ladder(qtbot, window: MainWindow) -> LadderPage:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "ladder"
    return window.page("ladder")


def add_steps(ctx, *rows: tuple[str, int]) -> list[LadderStep]:
    return [ctx.ladder.add_step(LadderStep(action, expected, "They will pull away", 60)) for action, expected in rows]


def order_shown(page: LadderPage) -> list[str]:
    return [page.ui.stepsList.item(row).text().split("\n")[0].lstrip("✓ ") for row in range(page.ui.stepsList.count())]


def test_an_empty_ladder_offers_ideas_and_one_becomes_a_step_by_keyboard(qtbot, window: MainWindow, ctx) -> None:
    page = open_ladder(qtbot, window)
    assert not page.ui.ladderBox.isVisible() and page.ui.ideasList.count() == len(SUGGESTIONS)
    page.ui.ideasList.setFocus()
    qtbot.keyClick(page.ui.ideasList, Qt.Key.Key_Down)
    qtbot.keyClick(page.ui.ideasList, Qt.Key.Key_Return)
    dialog = active(qtbot, page.dialog)
    assert dialog.ui.actionEdit.text() == SUGGESTIONS[1].action
    assert dialog.ui.likelihoodRating.value() is None  # the numbers are the person's own
    dialog.ui.personEdit.setFocus()
    qtbot.keyClicks(dialog.ui.personEdit, "Sam")
    rate(qtbot, dialog.ui.expectedRating, 4)
    rate(qtbot, dialog.ui.likelihoodRating, 7)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.ui.personEdit, Qt.Key.Key_S, ALT)  # Save's mnemonic
    [step] = ctx.ladder.steps()
    assert (step.action, step.person, step.feared) == (SUGGESTIONS[1].action, "Sam", SUGGESTIONS[1].feared)
    assert page.ui.ladderBox.isVisible() and order_shown(page) == [SUGGESTIONS[1].action]
    assert (step.expected_anxiety, step.likelihood) == (4, 70)
    qtbot.waitUntil(lambda: focused() is page.ui.stepsList)  # the new step, chosen, has the focus


def test_a_step_of_my_own_needs_words_and_ratings_and_keeps_odd_unicode(qtbot, window: MainWindow, ctx) -> None:
    page = open_ladder(qtbot, window)
    qtbot.mouseClick(page.ui.addButton, LEFT)
    dialog = active(qtbot, page.dialog)
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    shown = {name: getattr(dialog.ui, name).text() for name in ("actionProblem", "fearedProblem", "expectedProblem")}
    assert shown["actionProblem"].startswith("Write the step in a few words")
    assert shown["fearedProblem"].startswith("Write what you fear might happen")
    assert shown["expectedProblem"] == "Choose a number on this scale."
    assert focused() is dialog.ui.actionEdit and ctx.ladder.steps() == []
    # QTest types only plain ASCII (other characters abort it), so the rest arrives as if pasted.
    qtbot.keyClicks(dialog.ui.actionEdit, "Ask ")
    dialog.ui.actionEdit.insert("Zoë for a hug 🤗")
    dialog.ui.personEdit.insert("Zoë")
    rate(qtbot, dialog.ui.expectedRating, 5)
    dialog.ui.fearedEdit.setFocus()
    dialog.ui.fearedEdit.insertPlainText("Она скажет нет")
    rate(qtbot, dialog.ui.likelihoodRating, 4)  # a digit sets the tens: 40%
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    [step] = ctx.ladder.steps()
    assert (step.action, step.person, step.expected_anxiety, step.feared, step.likelihood) == (
        "Ask Zoë for a hug 🤗", "Zoë", 5, "Она скажет нет", 40,
    )  # fmt: skip


def test_a_fear_too_long_is_told_and_nothing_is_lost(qtbot, window: MainWindow, ctx) -> None:
    page = open_ladder(qtbot, window)
    dialog = page.open_step_dialog(suggestion=SUGGESTIONS[0])
    dialog.ui.fearedEdit.setPlainText("x" * 2_001)
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    assert dialog.ui.fearedProblem.text() == "This is longer than Walls can keep in one field. Please shorten it."
    assert dialog.isVisible() and len(dialog.ui.fearedEdit.toPlainText()) == 2_001 and ctx.ladder.steps() == []


def test_the_ladder_follows_expected_anxiety_or_my_own_order_moved_both_ways(qtbot, window: MainWindow, ctx) -> None:
    add_steps(ctx, ("Plan a trip", 8), ("Say I missed you", 3), ("Ask for a hug", 5), ("Call Mum", 1))
    page = open_ladder(qtbot, window)
    assert order_shown(page) == ["Call Mum", "Say I missed you", "Ask for a hug", "Plan a trip"]
    assert not page.ui.moveBox.isVisible()
    qtbot.mouseClick(page.ui.byHandButton, LEFT)
    assert ctx.settings.get(LADDER_ORDER) is LadderOrder.BY_HAND
    assert order_shown(page) == ["Plan a trip", "Say I missed you", "Ask for a hug", "Call Mum"]
    # By keyboard: Alt+Down twice on the first rung.
    page.ui.stepsList.setFocus()
    page.ui.stepsList.setCurrentRow(0)
    qtbot.keyClick(page.ui.stepsList, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(page.ui.stepsList, Qt.Key.Key_Down, ALT)
    assert order_shown(page) == ["Say I missed you", "Ask for a hug", "Plan a trip", "Call Mum"]
    assert page.chosen().action == "Plan a trip"  # the moved step stays chosen
    qtbot.mouseClick(page.ui.upButton, LEFT)
    assert order_shown(page) == ["Say I missed you", "Plan a trip", "Ask for a hug", "Call Mum"]
    # By dragging: what a drop does to the list's rows (the last rung dropped at the top).
    assert page.ui.stepsList.dragDropMode() is page.ui.stepsList.DragDropMode.InternalMove
    page.ui.stepsList.model().moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    expected = ["Call Mum", "Say I missed you", "Plan a trip", "Ask for a hug"]
    qtbot.waitUntil(lambda: [step.action for step in ctx.ladder.steps()] == expected)  # read once the drop is over
    assert order_shown(page) == expected
    assert [step.action for step in ctx.ladder.steps()] == expected  # kept: the same after a restart


def try_by_keyboard(qtbot, dialog, peak: int, outcome: str, after_tens: int, happened: str = "") -> None:
    active(qtbot, dialog)
    beneath = dialog.parentWidget().window()  # (the dialog is gone once closed)
    qtbot.mouseClick(dialog.ui.nextButton, LEFT)  # the prediction as it stands
    assert dialog.ui.pages.currentWidget() is dialog.ui.afterPage and focused() is dialog.ui.peakRating.slider
    qtbot.keyClick(focused(), getattr(Qt.Key, f"Key_{peak}"))
    getattr(dialog.ui, f"outcome{outcome}").click()
    rate(qtbot, dialog.ui.afterLikelihood, after_tens)
    dialog.ui.happenedEdit.setPlainText(happened)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ui.nextButton, LEFT)
    # The focus goes back to the window beneath, as a person sees it, before anything else is opened.
    qtbot.waitUntil(beneath.isActiveWindow)


def test_trying_a_step_keeps_prediction_and_outcome_and_the_figures_are_right(qtbot, window: MainWindow, ctx) -> None:
    [step] = add_steps(ctx, ("Say I missed you", 4))
    page = open_ladder(qtbot, window)
    assert page.ui.stepProgress.text().startswith("Not tried yet.")
    dialog = page.try_chosen()
    assert dialog.ui.fearedEdit.toPlainText() == "They will pull away" and dialog.ui.beforeLikelihood.value() == 60
    rate(qtbot, dialog.ui.beforeLikelihood, 8)  # it feels more likely today: 80%
    try_by_keyboard(qtbot, dialog, peak=6, outcome="No", after_tens=5, happened="They hugged me")
    [first] = ctx.ladder.tries_of(step.id)
    assert (first.likelihood_before, first.peak_anxiety, first.outcome, first.likelihood_after) == (
        80, 6, Outcome.NO, 50,
    )  # fmt: skip
    assert first.what_happened == "They hugged me"
    # The next try starts from where the last one left the fear: 50%.
    for peak, outcome, after in ((5, "Yes", 6), (3, "Partly", 4), (2, "No", 3)):
        dialog = page.try_chosen()
        assert dialog.ui.beforeLikelihood.value() == ctx.ladder.tries_of(step.id)[-1].likelihood_after
        try_by_keyboard(qtbot, dialog, peak, outcome, after)
    # By hand: 4 tries, the fear came true once, partly once; likely 80% before the first, 30% after the last.
    words = page.ui.stepProgress.text()
    assert words == (
        "The feared outcome did not happen in 2 of 4 tries. It happened in 1 and partly in 1 of them, and you got"
        " through each time. How likely it felt went from 80% to 30%."
    )
    assert page.ui.triesList.count() == 4 and "No, it did not happen" in page.ui.triesList.item(0).text()
    assert page.ui.ladderProgress.text() == (
        "Across your ladder: the feared outcome did not happen in 2 of 4 tries, and it feels less likely now on 1"
        " of the 1 steps you have tried."
    )
    assert "tried 4 times" in page.ui.stepsList.item(0).text()


def test_a_try_without_an_outcome_is_told_and_nothing_is_kept(qtbot, window: MainWindow, ctx) -> None:
    [step] = add_steps(ctx, ("Ask for a hug", 5))
    page = open_ladder(qtbot, window)
    dialog = page.try_chosen()
    dialog.ui.fearedEdit.setPlainText("  ")
    qtbot.mouseClick(dialog.ui.nextButton, LEFT)
    assert dialog.ui.fearedProblem.text().startswith("Write what you fear") and dialog.ui.fearedProblem.isVisible()
    assert dialog.ui.pages.currentWidget() is dialog.ui.beforePage
    dialog.ui.fearedEdit.setPlainText("They will laugh")
    qtbot.mouseClick(dialog.ui.nextButton, LEFT)
    qtbot.mouseClick(dialog.ui.nextButton, LEFT)  # Save with nothing chosen
    assert dialog.ui.outcomeProblem.text() == "Choose whether what you feared happened."
    assert dialog.ui.peakProblem.text() == "Choose a number on this scale."
    dialog.ui.learnedEdit.setPlainText("x" * 20_001)
    dialog.ui.outcomeNo.click()
    rate(qtbot, dialog.ui.peakRating, 4)
    rate(qtbot, dialog.ui.afterLikelihood, 2)
    qtbot.mouseClick(dialog.ui.nextButton, LEFT)
    assert dialog.ui.learnedProblem.text().startswith("This is longer than Walls can keep")
    assert dialog.isVisible() and ctx.ladder.tries_of(step.id) == []


def test_climbing_archiving_and_deleting_a_step(qtbot, window: MainWindow, ctx) -> None:
    low, high = add_steps(ctx, ("Call Mum", 1), ("Plan a trip", 8))
    ctx.ladder.add_try(LadderTry(low.id, T0, 1, "f", 50, 2, Outcome.NO, 20))
    today = window.show_page("today")
    assert today.ui.ladderNextLabel.text().startswith("Next on your ladder: Call Mum")
    page = open_ladder(qtbot, window)
    qtbot.mouseClick(page.ui.climbedButton, LEFT)
    assert ctx.ladder.get_step(low.id).climbed and page.ui.stepsList.item(0).text().startswith("✓ Call Mum")
    window.show_page("today")
    assert today.ui.ladderNextLabel.text().startswith("Next on your ladder: Plan a trip")
    window.show_page("ladder")
    page.ui.stepsList.setCurrentRow(1)
    qtbot.mouseClick(page.ui.archiveButton, LEFT)
    assert order_shown(page) == ["Call Mum"] and ctx.ladder.get_step(high.id).archived
    page.ui.archivedCheck.setChecked(True)
    assert order_shown(page) == ["Call Mum", "Plan a trip"] and "archived" in page.ui.stepsList.item(1).text()
    page.ui.archivedCheck.setChecked(False)
    qtbot.mouseClick(page.ui.deleteStepButton, LEFT)
    box = page.findChild(QMessageBox, "deleteStepBox")
    assert "Its try goes with it." in box.informativeText() and "Keep" in box.defaultButton().text()
    qtbot.mouseClick(next(b for b in box.buttons() if "Delete" in b.text()), LEFT)
    assert ctx.ladder.get_step(low.id) is None and ctx.ladder.all_tries() == []


def test_a_try_can_start_from_today_and_from_a_moment(qtbot, window: MainWindow, ctx) -> None:
    add_steps(ctx, ("Call Mum", 1), ("Ask for a hug", 5))
    moment = ctx.moments.add(Moment(datetime.now(UTC) - timedelta(hours=1), 6, ClosenessKind.AFFECTION, "Sam"))
    today = window.show_page("today")
    qtbot.mouseClick(today.ui.tryNextButton, LEFT)
    dialog = today.dialog
    assert not dialog.ui.stepCombo.isVisible() and dialog.ui.stepName.text().startswith("Call Mum")
    try_by_keyboard(qtbot, dialog, 2, "No", 2)
    assert [t.step_id for t in ctx.ladder.all_tries()] == [ctx.ladder.steps()[0].id]
    moments = window.show_page("moments")
    moment_dialog = active(qtbot, moments.open_moment(moment.id))
    assert moment_dialog.ui.ladderTryButton.isVisible()
    qtbot.mouseClick(moment_dialog.ui.ladderTryButton, LEFT)
    dialog = moment_dialog.try_dialog
    assert dialog.ui.stepCombo.isVisible() and dialog.ui.momentCombo.currentData() == moment.id
    dialog.ui.stepCombo.setCurrentIndex(1)
    assert dialog.ui.fearedEdit.toPlainText() == "They will pull away"
    try_by_keyboard(qtbot, dialog, 5, "Partly", 5)
    [linked] = ctx.ladder.tries_of(ctx.ladder.steps()[1].id)
    assert linked.moment_id == moment.id
    assert linked.tried_at == moment.occurred_at  # it happened then, and sits there on the chart


def test_tries_show_on_the_chart_with_a_tooltip_and_open_when_clicked(qtbot, window: MainWindow, ctx) -> None:
    [step] = add_steps(ctx, ("Ask for a hug", 5))
    ctx.moments.add(Moment(datetime.now(UTC) - timedelta(days=3), 4, ClosenessKind.AFFECTION))
    attempt = ctx.ladder.add_try(
        LadderTry(step.id, datetime.now(UTC) - timedelta(days=2), 7, "f", 60, 3, Outcome.NO, 30)
    )
    page = window.show_page("moments")
    chart = page.chart
    assert chart.tries.ids.tolist() == [attempt.id] and chart.tries.y.tolist() == [3.0]
    assert "ladder&nbsp;try" in page.ui.legendLabel.text()
    where = chart.scene_pos_of(attempt.tried_at.timestamp(), 3)
    assert chart.try_near(where) == attempt.id
    assert "Expected 7/10, felt 3/10" in page.describe_try(attempt.id)
    with qtbot.waitSignal(chart.try_clicked) as clicked:
        qtbot.mouseClick(chart.viewport(), LEFT, pos=chart.mapFromScene(where))
    assert clicked.args == [attempt.id]
    dialog = page.dialog
    assert dialog.ui.pages.currentWidget() is dialog.ui.afterPage and dialog.ui.outcomeNo.isChecked()
    # A try added on the Ladder page appears on the chart already open.
    ctx.ladder.add_try(LadderTry(step.id, datetime.now(UTC) - timedelta(days=1), 6, "f", 30, 2, Outcome.NO, 20))
    assert len(chart.tries.ids) == 2


def test_read_only_shows_the_ladder_but_changes_nothing(qtbot, ctx) -> None:
    from walls_desktop.gui.context import StoreMode

    add_steps(ctx, ("Call Mum", 1))
    ctx.mode = StoreMode.READ_ONLY
    page = LadderPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.readOnlyNote.isVisible() and not page.ui.addButton.isEnabled()
    assert not page.ui.tryButton.isEnabled() and page.try_chosen() is None


def test_esc_asks_before_throwing_words_away_and_closes_at_once_when_nothing_was_typed(qtbot, window, ctx) -> None:
    [step] = add_steps(ctx, ("Ask for a hug", 5))
    page = open_ladder(qtbot, window)
    blank = active(qtbot, page.open_step_dialog())
    with qtbot.waitSignal(blank.finished):
        qtbot.keyClick(blank.ui.actionEdit, Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isActiveWindow)
    dialog = active(qtbot, page.try_chosen())
    qtbot.mouseClick(dialog.ui.nextButton, LEFT)
    dialog.ui.happenedEdit.setPlainText("They hugged me for a long time")
    qtbot.keyClick(dialog.ui.happenedEdit, Qt.Key.Key_Escape)
    box = dialog.leave_question
    assert box is not None and box.isVisible() and "Keep" in box.defaultButton().text()
    qtbot.mouseClick(box.defaultButton(), LEFT)  # keep writing
    assert dialog.isVisible() and dialog.ui.happenedEdit.toPlainText() == "They hugged me for a long time"
    dialog.reject()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(next(b for b in dialog.leave_question.buttons() if "Leave" in b.text()), LEFT)
    assert ctx.ladder.tries_of(step.id) == []


def test_an_edited_step_is_what_its_next_try_predicts(qtbot, window: MainWindow, ctx) -> None:
    from dataclasses import replace

    [step] = add_steps(ctx, ("Ask for a hug", 5))
    ctx.ladder.add_try(LadderTry(step.id, T0, 5, "They will pull away", 60, 4, Outcome.NO, 35))
    ctx.ladder.update_step(replace(step, feared="They will say no", expected_anxiety=3))
    page = open_ladder(qtbot, window)
    dialog = page.try_chosen()
    assert dialog.ui.fearedEdit.toPlainText() == "They will say no" and dialog.ui.expectedRating.value() == 3
    assert dialog.ui.beforeLikelihood.value() == 35  # where the last try left the fear


def test_read_only_a_try_can_be_read_but_not_changed(qtbot, ctx) -> None:
    from walls_desktop.gui.context import StoreMode
    from walls_desktop.gui.pages.ladder.try_dialog import LadderTryDialog

    [step] = add_steps(ctx, ("Ask for a hug", 5))
    attempt = ctx.ladder.add_try(LadderTry(step.id, T0, 5, "f", 60, 4, Outcome.NO, 35, "It went well"))
    ctx.mode = StoreMode.READ_ONLY
    dialog = LadderTryDialog(ctx, attempt=attempt)
    qtbot.addWidget(dialog)
    assert dialog.ui.happenedEdit.isReadOnly() and dialog.ui.happenedEdit.toPlainText() == "It went well"
    assert not dialog.ui.deleteButton.isEnabled() and not dialog.ui.nextButton.isEnabled()


def test_deleting_the_last_step_leaves_the_focus_on_add(qtbot, window: MainWindow, ctx) -> None:
    add_steps(ctx, ("Call Mum", 1))
    page = open_ladder(qtbot, window)
    box = page.ask_delete()
    qtbot.mouseClick(next(b for b in box.buttons() if "Delete" in b.text()), LEFT)
    qtbot.waitUntil(lambda: window.focusWidget() is page.ui.addButton)
    assert not page.ui.ladderBox.isVisible()


def test_a_prediction_written_before_the_step_is_kept_and_finished_later(qtbot, ctx, data_dir) -> None:
    from tests.gui.test_reframe_exercise import reopen

    first, _ = reopen(qtbot, data_dir)
    [step] = add_steps(first.ctx, ("Ask for a hug", 5))
    page = open_ladder(qtbot, first)
    dialog = active(qtbot, page.try_chosen())
    dialog.ui.fearedEdit.setPlainText("They will step back")
    rate(qtbot, dialog.ui.beforeLikelihood, 9)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ui.laterButton, LEFT)
    assert first.ctx.ladder.tries_of(step.id) == []
    assert "prediction written, waiting for the try" in page.ui.stepsList.item(0).text()
    first.close()
    first.ctx.close()

    window, again = reopen(qtbot, data_dir)  # the next day, say: the prediction is as it was written
    page = open_ladder(qtbot, window)
    dialog = page.try_chosen()
    assert dialog.ui.fearedEdit.toPlainText() == "They will step back" and dialog.ui.beforeLikelihood.value() == 90
    assert dialog.ui.predictionNote.text().startswith("You wrote this prediction on")
    try_by_keyboard(qtbot, dialog, peak=4, outcome="No", after_tens=3)
    [attempt] = again.ladder.tries_of(step.id)
    assert (attempt.feared, attempt.likelihood_before, attempt.likelihood_after) == ("They will step back", 90, 30)
    assert "waiting for the try" not in page.ui.stepsList.item(0).text()
    assert page.try_chosen().ui.predictionNote.isHidden()  # used: the next try starts afresh
