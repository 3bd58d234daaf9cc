"""A change made on one page shows on every other page that displays it, without a restart.

Each kind of record the store keeps has a test here that writes it the way a user would, on one page, and then
looks at the other pages that show it: a visible page at once, a hidden page once it is shown again.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.test_moments_dialog import open_with_ctrl_n
from walls_desktop.core.breath_patterns import build_pattern
from walls_desktop.core.breathing import Phase, PhaseKind
from walls_desktop.core.ladder import SUGGESTIONS, LadderStep
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.reflection import GENERAL, Reflection
from walls_desktop.core.reframe import Reframe
from walls_desktop.core.settings import REFLECT_REMIND, REFRAME_DRAFT
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.breathe.page import AFTER, SETUP
from walls_desktop.gui.pages.moments.moment_dialog import MomentDialog
from walls_desktop.store.changes import Record

LEFT = Qt.MouseButton.LeftButton


def rate(qtbot, rating, value: int) -> None:
    rating.slider.setFocus()
    qtbot.keyClick(rating.slider, getattr(Qt.Key, f"Key_{value}"))


def breathe_and_keep(qtbot, window: MainWindow, before: int, after: int):
    """On Breathe: rate, start, end early, rate again, keep — with the mouse and the digit keys."""
    page = window.show_page("breathe")
    rate(qtbot, page.ui.beforeRating, before)
    qtbot.mouseClick(page.ui.startButton, LEFT)
    qtbot.mouseClick(page.ui.endButton, LEFT)
    assert page.ui.stack.currentIndex() == AFTER
    rate(qtbot, page.ui.afterRating, after)
    qtbot.mouseClick(page.ui.saveButton, LEFT)
    assert page.ui.stack.currentIndex() == SETUP
    return page


def session_drops(moments_page) -> list[tuple[float, float]]:
    _x, before = moments_page.chart.session_before.getData()
    _x, after = moments_page.chart.session_after.getData()
    return list(zip(before.tolist(), after.tolist(), strict=True))


def log_moment_with_ctrl_n(qtbot, window: MainWindow, anxiety: int) -> None:
    """Ctrl+N over whatever page shows (the first time by the key itself), rate, Save."""
    dialog = open_with_ctrl_n(qtbot, window) if window.findChild(MomentDialog) is None else window.log_moment()
    rate(qtbot, dialog.ui.anxietyRating, anxiety)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ui.saveButton, LEFT)


def test_a_session_rated_on_breathe_shows_on_the_chart_already_open(qtbot, window: MainWindow, ctx) -> None:
    moments = window.show_page("moments")
    assert session_drops(moments) == []
    waiting = moments.ui.breathSummary.text()

    breathe = breathe_and_keep(qtbot, window, before=7, after=3)
    assert "7 → 3" in breathe.ui.recentList.item(0).text()  # the page that wrote it
    assert moments.stale  # hidden: it catches up when shown, not on every write

    window.show_page("moments")
    assert not moments.stale
    assert session_drops(moments) == [(7.0, 3.0)]
    assert moments.ui.breathSummary.text() != waiting  # "rate 3 more sessions" became "rate 2 more"


def test_a_moment_logged_anywhere_shows_on_every_page_that_lists_moments(qtbot, window: MainWindow, ctx) -> None:
    moments = window.show_page("moments")
    assert moments.chart.point_count() == 0
    log_moment_with_ctrl_n(qtbot, window, 6)  # over Moments itself: it refreshes at once
    assert [y for _x, y, _id in moments.chart.points()] == [6.0]

    reframe = window.show_page("reframe")
    reframe.begin()
    assert reframe.ui.momentCombo.count() == 2  # "no logged moment" and the one just logged
    log_moment_with_ctrl_n(qtbot, window, 4)
    assert reframe.ui.momentCombo.count() == 3
    reframe.exercise.leave()

    breathe = window.show_page("breathe")
    rate(qtbot, breathe.ui.beforeRating, 5)
    qtbot.mouseClick(breathe.ui.startButton, LEFT)
    qtbot.mouseClick(breathe.ui.endButton, LEFT)
    breathe.ui.momentCombo.setCurrentIndex(1)
    chosen = breathe.ui.momentCombo.currentData()
    log_moment_with_ctrl_n(qtbot, window, 8)  # remembered at the end of a session: offered at once
    assert breathe.ui.momentCombo.count() == 4 and breathe.ui.momentCombo.currentData() == chosen

    window.show_page("moments")
    assert sorted(y for _x, y, _id in moments.chart.points()) == [4.0, 6.0, 8.0]


def test_a_reframe_deleted_from_the_journal_leaves_the_chart(qtbot, window: MainWindow, ctx) -> None:
    stored = ctx.reframes.add(
        Reframe(created_at=datetime.now(UTC) - timedelta(days=1), critic="I ruin things", reframe="I am learning")
    )
    moments = window.show_page("moments")
    assert len(moments.chart.reframe_marks.getData()[0]) == 1

    page = window.show_page("reframe")
    assert page.ui.journalList.count() == 1
    dialog = page.open_reframe(stored.id)
    box = dialog.ask_to_delete()
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "&Delete"), LEFT)
    qtbot.waitUntil(lambda: page.ui.journalList.count() == 0)  # the page that wrote it, by the store's notice

    window.show_page("moments")
    assert len(moments.chart.reframe_marks.getData()[0]) == 0


def test_a_pattern_made_in_the_dialog_is_offered_by_breathe(qtbot, window: MainWindow, ctx) -> None:
    page = window.show_page("breathe")
    offered = page.ui.patternCombo.count()
    dialog = page.open_pattern_dialog()
    dialog.ui.nameEdit.setText("Evening")
    dialog.ui.inhaleSpin.setValue(4)
    dialog.ui.exhaleSpin.setValue(6)
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    assert page.ui.patternCombo.count() == offered + 1
    assert page.ui.patternCombo.itemText(offered) == "Evening"

    # Written elsewhere (any writer the store knows of): still on the page without reopening it.
    ctx.patterns.add(build_pattern("Morning", (Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.EXHALE, 4))))
    assert page.ui.patternCombo.itemText(offered + 1) == "Morning"
    dialog.close()


def test_kind_sentences_edited_on_reframe_are_the_ones_today_shows(qtbot, window: MainWindow, ctx) -> None:
    today = window.show_page("today")
    reframe = window.show_page("reframe")
    dialog = reframe.open_kind_sentences()
    own = "I can go at my own pace."
    from walls_desktop.gui.common import kind_sentences

    dialog._keep([own], 0)  # what Add / Remove do once their checks pass (their clicks are in test_reframe_journal)
    assert kind_sentences.load(ctx) == [own]
    dialog.close()
    assert today.stale
    window.show_page("today")
    assert today.ui.kindSentence.text() == own


def test_a_hidden_page_refreshes_once_however_many_changes_came(qtbot, window: MainWindow, ctx, monkeypatch) -> None:
    moments = window.show_page("moments")
    window.show_page("today")
    calls: list[int] = []
    monkeypatch.setattr(moments, "refresh", lambda: calls.append(1))
    for days in range(5):
        ctx.moments.add(Moment(datetime.now(UTC) - timedelta(days=days + 1), 3, ClosenessKind.OTHER))
    assert calls == []
    window.show_page("moments")
    window.show_page("today")
    window.show_page("moments")
    assert calls == [1]


def test_a_reflection_finished_on_reflect_clears_the_suggestion_on_today(qtbot, window: MainWindow, ctx) -> None:
    ctx.settings.set(REFLECT_REMIND, True)
    ctx.reflections.add(Reflection(datetime.now(UTC) - timedelta(weeks=5), GENERAL, {}))
    today = window.show_page("today")
    assert today.ui.reflectDueFrame.isVisible() and "5 weeks" in today.ui.reflectDueLabel.text()
    qtbot.mouseClick(today.ui.reflectAgainButton, LEFT)
    reflect = window.page("reflect")
    assert window.current_key() == "reflect" and "1 reflection" in reflect.ui.fociList.item(0).text()
    qtbot.mouseClick(reflect.ui.beginButton, LEFT)
    for _ in range(20):
        qtbot.mouseClick(reflect.ui.answer3, LEFT)
    assert reflect.ui.views.currentWidget() is reflect.ui.resultView
    assert today.stale
    window.show_page("today")
    assert not today.ui.reflectDueFrame.isVisible()
    window.show_page("reflect")
    assert reflect.ui.views.currentWidget() is reflect.ui.resultView  # left where it was
    qtbot.mouseClick(reflect.ui.doneButton, LEFT)
    assert "2 reflections" in reflect.ui.fociList.item(0).text()
    # Turning the suggestion off on Reflect is heard by Today too.
    ctx.reflections.add(Reflection(datetime.now(UTC) - timedelta(weeks=9), "Sam", {}))
    with_old_only = ctx.reflections.about(GENERAL)
    for reflection in with_old_only:
        ctx.reflections.delete(reflection.id)
    window.show_page("today")
    assert today.ui.reflectDueFrame.isVisible() and "9 weeks" in today.ui.reflectDueLabel.text()
    window.show_page("reflect")
    qtbot.mouseClick(reflect.ui.remindCheck, LEFT)
    window.show_page("today")
    assert not today.ui.reflectDueFrame.isVisible()


def test_a_step_written_on_ladder_is_the_next_one_today_offers(qtbot, window: MainWindow, ctx) -> None:
    today = window.show_page("today")
    assert not today.ui.ladderNextFrame.isVisible()
    ladder = window.show_page("ladder")
    dialog = ladder.open_step_dialog(suggestion=SUGGESTIONS[0])
    rate(qtbot, dialog.ui.expectedRating, 3)
    rate(qtbot, dialog.ui.likelihoodRating, 6)
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    assert today.stale
    window.show_page("today")
    assert today.ui.ladderNextFrame.isVisible() and SUGGESTIONS[0].action in today.ui.ladderNextLabel.text()


def test_a_try_made_from_today_shows_on_the_chart_and_in_the_steps_history(qtbot, window: MainWindow, ctx) -> None:
    step = ctx.ladder.add_step(LadderStep("Call Mum", 2, "She will criticise me", 50))
    ctx.moments.add(Moment(datetime.now(UTC) - timedelta(days=1), 4, ClosenessKind.OTHER))
    moments = window.show_page("moments")
    ladder = window.show_page("ladder")
    today = window.show_page("today")
    dialog = today.try_next()
    dialog.go_next()
    rate(qtbot, dialog.ui.peakRating, 3)
    dialog.ui.outcomeNo.click()
    rate(qtbot, dialog.ui.afterLikelihood, 2)
    qtbot.mouseClick(dialog.ui.nextButton, LEFT)
    [attempt] = ctx.ladder.tries_of(step.id)
    assert moments.stale and ladder.stale
    window.show_page("moments")
    assert moments.chart.tries.ids.tolist() == [attempt.id]
    window.show_page("ladder")
    assert ladder.ui.triesList.count() == 1 and "tried once" in ladder.ui.stepsList.item(0).text()


def test_a_check_in_on_today_shows_on_the_chart_and_in_the_week(qtbot, window: MainWindow, ctx) -> None:
    moments = window.show_page("moments")
    assert len(moments.chart.check_in_marks.getData()[0]) == 0
    today = window.show_page("today")
    rate(qtbot, today.ui.checkInRating, 6)
    qtbot.mouseClick(today.ui.checkInButton, LEFT)
    assert today.ui.suggestionFrame.isVisible()
    assert moments.stale
    window.show_page("moments")
    assert moments.chart.check_in_marks.getData()[1].tolist() == [6.0]


def test_a_practice_kept_on_settle_shows_on_today_and_on_the_chart(qtbot, window: MainWindow, ctx) -> None:
    moments = window.show_page("moments")
    today = window.show_page("today")
    qtbot.waitUntil(lambda: today.looked_back)  # the week is read just after the page's first paint
    before_week = today.ui.reviewLabel.text()
    settle = window.show_page("settle")
    rate(qtbot, settle.ui.beforeRating, 7)
    qtbot.mouseClick(settle.ui.startButton, LEFT)
    qtbot.mouseClick(settle.ui.endButton, LEFT)
    rate(qtbot, settle.ui.afterRating, 4)
    qtbot.mouseClick(settle.ui.saveButton, LEFT)
    assert "7 → 4" in settle.ui.recentList.item(0).text()  # the page that wrote it
    assert today.stale and moments.stale
    window.show_page("today")
    assert today.ui.reviewLabel.text() != before_week and "settle once" in today.ui.reviewLabel.text()
    window.show_page("moments")
    assert session_drops(moments) == [(7.0, 4.0)]


COVERED = {
    Record.MOMENT: test_a_moment_logged_anywhere_shows_on_every_page_that_lists_moments,
    Record.BREATH_SESSION: test_a_session_rated_on_breathe_shows_on_the_chart_already_open,
    Record.REFRAME: test_a_reframe_deleted_from_the_journal_leaves_the_chart,
    Record.PATTERN: test_a_pattern_made_in_the_dialog_is_offered_by_breathe,
    Record.SETTING: test_kind_sentences_edited_on_reframe_are_the_ones_today_shows,
    Record.REFLECTION: test_a_reflection_finished_on_reflect_clears_the_suggestion_on_today,
    Record.LADDER_STEP: test_a_step_written_on_ladder_is_the_next_one_today_offers,
    Record.LADDER_TRY: test_a_try_made_from_today_shows_on_the_chart_and_in_the_steps_history,
    Record.CHECK_IN: test_a_check_in_on_today_shows_on_the_chart_and_in_the_week,
    Record.PRACTICE_SESSION: test_a_practice_kept_on_settle_shows_on_today_and_on_the_chart,
}


def test_every_kind_of_record_has_a_test_here() -> None:
    assert set(COVERED) == set(Record)


@pytest.mark.parametrize("record", list(Record))
def test_every_kind_of_record_is_watched_by_some_page(record: Record) -> None:
    from walls_desktop.gui.pages.breathe.page import BreathePage
    from walls_desktop.gui.pages.moments.page import MomentsPage
    from walls_desktop.gui.pages.reframe.page import ReframePage
    from walls_desktop.gui.pages.today.page import TodayPage

    assert any(record in page.watches for page in (BreathePage, MomentsPage, ReframePage, TodayPage))


def test_a_failed_write_is_told_once_and_announces_nothing(qtbot, window: MainWindow, ctx, monkeypatch) -> None:
    moments = window.show_page("moments")
    heard = []
    ctx.changes.changed.connect(heard.append)
    from walls_desktop.store.errors import StoreError, StoreErrorKind

    def full(_record):
        raise StoreError(StoreErrorKind.DISK_FULL, ctx.db_path, "full")

    monkeypatch.setattr(ctx.sessions, "add", full)
    page = window.show_page("breathe")
    rate(qtbot, page.ui.beforeRating, 5)
    qtbot.mouseClick(page.ui.startButton, LEFT)
    qtbot.mouseClick(page.ui.endButton, LEFT)
    qtbot.mouseClick(page.ui.saveButton, LEFT)
    box = page.findChild(QMessageBox, "saveFailureBox")
    assert box is not None and box.isVisible() and "still here" in box.informativeText()
    assert page.ui.stack.currentIndex() == AFTER and not moments.stale
    assert [change for change in heard if change.record is Record.BREATH_SESSION] == []
    box.close()


def test_a_moment_deleted_during_an_exercise_drops_the_exercises_link(qtbot, window: MainWindow, ctx) -> None:
    moment = ctx.moments.add(Moment(datetime.now(UTC) - timedelta(hours=2), 5, ClosenessKind.CONFLICT))
    page = window.show_page("reframe")
    page.begin()
    page.ui.momentCombo.setCurrentIndex(page.ui.momentCombo.findData(moment.id))
    assert page.exercise.draft.moment_id == moment.id
    ctx.moments.delete(moment.id)  # say, from the moment dialog over this page
    assert page.ui.momentCombo.count() == 1 and page.exercise.draft.moment_id is None


def test_a_discarded_draft_stays_discarded_when_its_moment_goes(qtbot, window: MainWindow, ctx) -> None:
    moment = ctx.moments.add(Moment(datetime.now(UTC) - timedelta(hours=2), 5, ClosenessKind.CONFLICT))
    page = window.show_page("reframe")
    page.begin()
    page.ui.momentCombo.setCurrentIndex(page.ui.momentCombo.findData(moment.id))
    page.exercise.leave()
    qtbot.mouseClick(page.ui.discardButton, LEFT)
    assert not page.ui.draftFrame.isVisible()
    ctx.moments.delete(moment.id)
    qtbot.wait(600)  # longer than the draft's autosave delay: nothing may write the draft back
    assert ctx.settings.get(REFRAME_DRAFT) is None and not page.ui.draftFrame.isVisible()


def test_an_exercise_keeps_offering_an_older_moment_it_is_about(qtbot, window: MainWindow, ctx) -> None:
    old = ctx.moments.add(Moment(datetime.now(UTC) - timedelta(days=90), 7, ClosenessKind.AFFECTION))
    page = window.show_page("reframe")
    page.begin()
    page.ui.momentCombo.setCurrentIndex(page.ui.momentCombo.findData(old.id))
    for hours in range(35):  # more newer moments than the list offers
        ctx.moments.add(Moment(datetime.now(UTC) - timedelta(hours=hours + 1), 3, ClosenessKind.OTHER))
    assert page.exercise.draft.moment_id == old.id and page.ui.momentCombo.currentData() == old.id


def test_a_page_that_cannot_read_during_a_refresh_says_so_and_tries_again(qtbot, window: MainWindow, ctx, monkeypatch):
    from walls_desktop.store.errors import StoreError, StoreErrorKind

    moments = window.show_page("moments")
    real = type(ctx.moments).columns

    def locked(*_args, **_kwargs):
        raise StoreError(StoreErrorKind.LOCKED, ctx.db_path, "locked")

    monkeypatch.setattr(type(ctx.moments), "columns", locked)
    ctx.sessions.delete(1)  # nothing there: no change; then a real one
    ctx.moments.add(Moment(datetime.now(UTC) - timedelta(hours=1), 4, ClosenessKind.OTHER))
    box = moments.findChild(QMessageBox)
    assert box is not None and box.isVisible() and "Nothing was changed" in box.informativeText() and moments.stale
    box.close()
    monkeypatch.setattr(type(ctx.moments), "columns", real)
    window.show_page("today")
    window.show_page("moments")
    assert not moments.stale and moments.chart.point_count() == 1


def test_a_moment_logged_during_a_reframe_is_said_saved_and_chosen(qtbot, window: MainWindow, ctx) -> None:
    page = window.show_page("reframe")
    page.begin()
    assert page.ui.momentEmpty.isVisible() and "haven't logged" in page.ui.momentEmpty.text()
    log_moment_with_ctrl_n(qtbot, window, 6)
    [moment] = ctx.moments.list_all()
    assert page.ui.momentEmpty.isVisible() and page.ui.momentEmpty.text().startswith("Saved.")
    assert page.ui.momentCombo.currentData() == moment.id and page.exercise.draft.moment_id == moment.id
