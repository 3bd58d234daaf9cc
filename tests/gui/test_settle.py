"""Settle as a user meets it: grounding and the self-compassion pause, by keyboard or mouse, moving on by
themselves or by key under a simulated clock, rated before and after, kept or not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.test_breathe import FakeClock, FakeEffect
from walls_desktop.core.practices import COMPASSION, GROUNDING, PracticeKind
from walls_desktop.core.settings import BREATHE_MOTION, KIND_SENTENCES, SETTLE_AUTO, SETTLE_PRACTICE, MotionSetting
from walls_desktop.gui.context import StoreMode
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.settle.page import AFTER, CHOOSE, RUN, TICK_MS, SettlePage
from walls_desktop.store.errors import StoreError, StoreErrorKind

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def played() -> list[str]:
    return []


@pytest.fixture
def page(qtbot, ctx, clock, played) -> SettlePage:
    page = SettlePage(ctx, now=clock, sound_factory=lambda _parent: FakeEffect(played))
    qtbot.addWidget(page)
    page.resize(1100, 900)
    with qtbot.waitActive(page):  # the practice's keys work in the active window, as for a user
        page.show()
        page.activateWindow()
    return page


def rate(qtbot, rating, value: int) -> None:
    rating.slider.setFocus()
    qtbot.keyClick(rating.slider, getattr(Qt.Key, f"Key_{value}"))


def press(qtbot, page: SettlePage, key) -> None:
    qtbot.keyClick(page.focusWidget() or page, key)


def wait(page: SettlePage, clock: FakeClock, seconds: float) -> None:
    """Let simulated time pass as the page's timer sees it: a tick every fifth of a second."""
    for _ in range(round(seconds / (TICK_MS / 1000))):
        clock.now += TICK_MS / 1000
        page.tick()


def click_box(qtbot, button) -> None:
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


def test_grounding_by_keyboard_alone_is_kept_with_its_ratings(qtbot, page: SettlePage, clock, ctx) -> None:
    rate(qtbot, page.ui.beforeRating, 7)
    page.ui.startButton.setFocus()
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.ui.stack.currentIndex() == RUN and page.run.kind is PracticeKind.GROUNDING
    assert page.ui.promptLabel.text() == GROUNDING[0].text and page.ui.stepCount.text() == f"Step 1 of {len(GROUNDING)}"
    assert not page.ui.backButton.isEnabled()
    press(qtbot, page, Qt.Key.Key_Right)
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.ui.promptLabel.text() == GROUNDING[2].text
    press(qtbot, page, Qt.Key.Key_Left)
    assert page.ui.promptLabel.text() == GROUNDING[1].text
    for _ in range(len(GROUNDING) - 2):
        press(qtbot, page, Qt.Key.Key_Right)
    assert page.ui.nextButton.text() == "F&inish"
    press(qtbot, page, Qt.Key.Key_Right)
    assert page.ui.stack.currentIndex() == AFTER and page.ui.afterTitle.text() == "Well done."
    rate(qtbot, page.ui.afterRating, 4)
    page.ui.saveButton.setFocus()
    press(qtbot, page, Qt.Key.Key_Space)
    [kept] = ctx.practices.list_all()
    assert (kept.kind, kept.anxiety_before, kept.anxiety_after, kept.completed) == (PracticeKind.GROUNDING, 7, 4, True)
    assert kept.steps_done == kept.steps_total == len(GROUNDING)
    assert page.ui.stack.currentIndex() == CHOOSE and "7 → 4" in page.ui.recentList.item(0).text()


def test_prompts_move_on_by_themselves_with_a_soft_tone_when_chosen(qtbot, page, clock, played, ctx) -> None:
    click_box(qtbot, page.ui.soundCheck)
    qtbot.mouseClick(page.ui.startButton, LEFT)
    assert page.ui.stepBar.isVisible()
    wait(page, clock, GROUNDING[0].seconds / 2)
    assert page.run.index == 0 and 400 <= page.ui.stepBar.value() <= 600
    wait(page, clock, GROUNDING[0].seconds / 2 + 0.2)
    assert page.ui.promptLabel.text() == GROUNDING[1].text and played == ["inhale"]
    wait(page, clock, sum(p.seconds for p in GROUNDING[1:]) + 1)
    assert page.ui.stack.currentIndex() == AFTER and len(played) == len(GROUNDING) - 1


def test_by_key_only_nothing_moves_until_the_person_does(qtbot, page, clock, ctx) -> None:
    click_box(qtbot, page.ui.autoCheck)
    assert ctx.settings.get(SETTLE_AUTO) is False  # remembered for next time
    click_box(qtbot, page.ui.compassionRadio)
    assert ctx.settings.get(SETTLE_PRACTICE) is PracticeKind.COMPASSION
    qtbot.mouseClick(page.ui.startButton, LEFT)
    wait(page, clock, 600)
    assert page.run.index == 0 and not page.ui.stepBar.isVisible()


def test_the_kind_pause_offers_the_persons_own_kind_sentences(qtbot, page, ctx) -> None:
    ctx.settings.set(KIND_SENTENCES, ["I am allowed to go slowly.", "Closeness can be small."])
    click_box(qtbot, page.ui.compassionRadio)
    qtbot.mouseClick(page.ui.startButton, LEFT)
    assert page.ui.promptLabel.text() == COMPASSION[0].text and not page.ui.kindSentences.isVisible()
    qtbot.mouseClick(page.ui.nextButton, LEFT)
    qtbot.mouseClick(page.ui.nextButton, LEFT)
    assert page.ui.stepCount.text() == "Step 3 of 3" and page.ui.kindSentences.isVisible()
    assert page.ui.kindSentences.text() == "“I am allowed to go slowly.”\n\n“Closeness can be small.”"


def test_enter_presses_the_focused_button_and_moves_on_otherwise(qtbot, page, clock) -> None:
    qtbot.mouseClick(page.ui.startButton, LEFT)
    assert page.focusWidget() is page.ui.nextButton
    press(qtbot, page, Qt.Key.Key_Return)  # Next has the focus: moves on
    assert page.run.index == 1
    page.ui.backButton.setFocus()
    press(qtbot, page, Qt.Key.Key_Enter)  # the keypad's Enter on Back goes back
    assert page.run.index == 0
    page.ui.endButton.setFocus()
    press(qtbot, page, Qt.Key.Key_Return)  # Enter on "End here" ends, never moves on
    assert page.ui.stack.currentIndex() == AFTER and page.run.index == 0


def test_enter_begins_and_keeps_as_the_green_buttons_do(qtbot, page, ctx) -> None:
    rate(qtbot, page.ui.beforeRating, 6)  # the focus is on the rating, not on a button
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.ui.stack.currentIndex() == RUN
    press(qtbot, page, Qt.Key.Key_Escape)
    rate(qtbot, page.ui.afterRating, 3)
    press(qtbot, page, Qt.Key.Key_Enter)
    [kept] = ctx.practices.list_all()
    assert (kept.anxiety_before, kept.anxiety_after) == (6, 3) and page.ui.stack.currentIndex() == CHOOSE


def test_moving_while_paused_shows_the_new_prompt_and_stays_paused(qtbot, page, clock, played) -> None:
    click_box(qtbot, page.ui.soundCheck)
    qtbot.mouseClick(page.ui.startButton, LEFT)
    qtbot.mouseClick(page.ui.pauseButton, LEFT)
    assert not page.timer.isActive()  # nothing to time while paused
    qtbot.mouseClick(page.ui.nextButton, LEFT)
    assert page.ui.promptLabel.text() == GROUNDING[1].text and page.run.paused and page.ui.pausedNote.isVisible()
    assert played == []  # no tone while paused
    qtbot.mouseClick(page.ui.pauseButton, LEFT)
    assert page.ui.promptLabel.text() == GROUNDING[1].text and not page.run.paused and page.timer.isActive()


def test_a_practice_under_way_is_never_replaced_unasked(qtbot, page, clock, ctx) -> None:
    qtbot.mouseClick(page.ui.startButton, LEFT)
    first = page.run
    page.start_practice(PracticeKind.COMPASSION, 8)
    assert page.run is first and "still under way" in page.ui.pausedNote.text()
    qtbot.mouseClick(page.ui.endButton, LEFT)
    rate(qtbot, page.ui.afterRating, 3)
    page.start_practice(PracticeKind.COMPASSION, 8)
    assert page.ui.stack.currentIndex() == AFTER and page.ui.afterRating.value() == 3
    assert "Keep or let go of this practice first" in page.ui.afterHint.text()
    qtbot.mouseClick(page.ui.discardButton, LEFT)
    page.start_practice(PracticeKind.COMPASSION, 8)
    assert page.run.kind is PracticeKind.COMPASSION and page._before == 8


def test_pause_and_a_sleeping_computer_hold_the_prompt(qtbot, page, clock) -> None:
    qtbot.mouseClick(page.ui.startButton, LEFT)
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.run.paused and page.ui.pauseButton.text() == "Carry on" and page.ui.pausedNote.isVisible()
    wait(page, clock, 300)
    assert page.run.index == 0
    qtbot.mouseClick(page.ui.pauseButton, LEFT)
    clock.now += 3600  # the lid was closed
    page.tick()
    assert page.run.paused and "resting" in page.ui.pausedNote.text() and page.run.index == 0


def test_escape_ends_early_and_it_is_kept_as_ended_early(qtbot, page, clock, ctx) -> None:
    qtbot.mouseClick(page.ui.startButton, LEFT)
    wait(page, clock, GROUNDING[0].seconds + 1)
    press(qtbot, page, Qt.Key.Key_Escape)
    assert page.ui.afterTitle.text() == "You stopped, and that is fine."
    summary = page.ui.afterSummary.text()
    assert "a little while" in summary and "part of the practice" in summary
    assert not any(ch.isdigit() for ch in summary)  # how far it went is not counted
    qtbot.mouseClick(page.ui.saveButton, LEFT)
    [kept] = ctx.practices.list_all()
    assert not kept.completed and kept.steps_done == 2 and kept.anxiety_before is None  # kept, for the record
    assert "early" not in page.ui.recentList.item(0).text()


def test_not_kept_leaves_nothing_behind(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.ui.startButton, LEFT)
    qtbot.mouseClick(page.ui.endButton, LEFT)
    qtbot.mouseClick(page.ui.discardButton, LEFT)
    assert ctx.practices.list_all() == [] and page.ui.stack.currentIndex() == CHOOSE
    assert page.ui.recentEmpty.isVisible()


def test_reduced_motion_keeps_the_bar_away(qtbot, page, ctx) -> None:
    ctx.settings.set(BREATHE_MOTION, MotionSetting.REDUCE)
    qtbot.mouseClick(page.ui.startButton, LEFT)
    assert not page.ui.stepBar.isVisible() and page.ui.promptLabel.text() == GROUNDING[0].text


def test_a_failed_save_says_why_and_keeps_the_after_screen(qtbot, page, ctx, monkeypatch) -> None:
    qtbot.mouseClick(page.ui.startButton, LEFT)
    qtbot.mouseClick(page.ui.endButton, LEFT)
    rate(qtbot, page.ui.afterRating, 2)

    def full(_record):
        raise StoreError(StoreErrorKind.DISK_FULL)

    monkeypatch.setattr(ctx.practices, "add", full)
    qtbot.mouseClick(page.ui.saveButton, LEFT)
    box = page.findChild(QMessageBox, "saveFailureBox")
    assert box is not None and "disk is full" in box.informativeText()
    box.close()
    assert page.ui.stack.currentIndex() == AFTER and page.ui.afterRating.value() == 2


def test_read_only_data_lets_you_practise_but_not_keep(qtbot, ctx, clock) -> None:
    ctx.mode = StoreMode.READ_ONLY
    page = SettlePage(ctx, now=clock)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.readOnlyNote.isVisible()
    qtbot.mouseClick(page.ui.startButton, LEFT)
    qtbot.mouseClick(page.ui.endButton, LEFT)
    assert not page.ui.saveButton.isEnabled() and page.ui.afterReadOnlyNote.isVisible()


def test_the_page_timer_drives_the_practice_and_leaving_pauses_it(qtbot, window: MainWindow) -> None:
    page = window.show_page("settle")
    qtbot.mouseClick(page.ui.startButton, LEFT)
    assert page.timer.isActive()
    with qtbot.waitSignal(page.timer.timeout, timeout=2000):
        pass
    window.show_page("today")
    assert page.run.paused
    window.show_page("settle")
    qtbot.mouseClick(page.ui.endButton, LEFT)
    assert not page.timer.isActive()
