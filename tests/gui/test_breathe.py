"""Breathe as a user meets it: choose, start, follow the pacer in simulated time, pause, end, rate, keep."""

from __future__ import annotations

import enum
import math
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from walls_desktop.core.breath_schedule import (
    BAR_WAIT,
    BreathSchedule,
    Resolution,
    level,
    plan_by_breaths,
    seconds_until_change,
)
from walls_desktop.core.breathing import PRESETS
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.settings import BREATHE_MOTION, BREATHE_SOUND, BREATHE_VOLUME
from walls_desktop.gui.common import system_motion
from walls_desktop.gui.common.theme import DARK, LIGHT, ThemeMode, apply_theme
from walls_desktop.gui.context import StoreMode
from walls_desktop.gui.pages.breathe.page import AFTER, SESSION, SETUP, BreathePage
from walls_desktop.gui.pages.breathe.run import FRAME_MS, LONGEST_WAIT, BreathRun
from walls_desktop.gui.startup.open_store import open_store
from walls_desktop.gui.widgets import pacer
from walls_desktop.gui.widgets.pacer import HALO, SMALLEST, STEP_PX, BreathOrb
from walls_desktop.store.errors import StoreError, StoreErrorKind

# ----- simulated time and sound ----------------------------------------------------------------------------


class FakeClock:
    """A monotonic time source the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeEffect:
    """Stands in for QSoundEffect and records what would have played."""

    class Status(enum.Enum):
        Ready = 1
        Error = 3

    def __init__(self, played: list[str], status: Status = Status.Ready) -> None:
        self._played = played
        self._status = status
        self.name = ""
        self.volume: float | None = None

    def setSource(self, url: QUrl) -> None:
        self.name = url.fileName().removesuffix(".wav")

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def status(self) -> Status:
        return self._status

    def play(self) -> None:
        self._played.append(self.name)


def breathe_for(qtbot, page: BreathePage, clock: FakeClock, seconds: float, step: float = 0.25) -> None:
    """Move simulated time on in small steps, each time waiting for the page's own timer to draw a frame.

    The page waits in real time for the next change it can show (up to half a second in a hold); simulated
    time has just jumped, so its running timer is told that the wait is over."""
    for _ in range(round(seconds / step)):
        with qtbot.waitSignal(page.run.frame, timeout=2000):
            clock.now += step
            if page.run.timer.isActive():
                page.run.timer.start(0)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def played() -> list[str]:
    return []


def make_page(qtbot, ctx, clock, factory) -> BreathePage:
    page = BreathePage(ctx, now=clock, sound_factory=factory)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    with qtbot.waitActive(page):  # the session's Space and Esc keys work in the active window, as for a user
        page.show()
        page.activateWindow()
    return page


@pytest.fixture
def page(qtbot, ctx, clock, played) -> BreathePage:
    return make_page(qtbot, ctx, clock, lambda _parent: FakeEffect(played))


def choose_one_box_breath(qtbot, page: BreathePage, breaths: int = 1) -> None:
    """Box breathing, a length in breaths, no lead-in: chosen with mouse and keyboard."""
    page.select_pattern("box")
    click_box(qtbot, page.ui.byBreaths)
    page.ui.breathsSpin.lineEdit().selectAll()
    qtbot.keyClicks(page.ui.breathsSpin, str(breaths))
    assert page.ui.leadInCheck.isChecked()
    click_box(qtbot, page.ui.leadInCheck)
    assert not page.ui.leadInCheck.isChecked()


def click_box(qtbot, button) -> None:
    """Click a check box or radio button on its indicator (its layout may make it wider than its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def rate(qtbot, rating, value: int) -> None:
    rating.slider.setFocus()
    qtbot.keyClick(rating.slider, getattr(Qt.Key, f"Key_{value}"))


def start(qtbot, page: BreathePage) -> None:
    qtbot.mouseClick(page.ui.startButton, Qt.MouseButton.LeftButton)
    assert page.ui.stack.currentIndex() == SESSION


def pacer_text(page: BreathePage) -> tuple[str, str]:
    return page.ui.pacer.words.text(), page.ui.pacer.count.text()


# ----- a whole session ---------------------------------------------------------------------------------------


def test_a_short_box_session_runs_by_the_clock_and_is_kept_with_ratings(qtbot, page, clock, played, ctx, data_dir):
    choose_one_box_breath(qtbot, page)
    assert "Breaths: 1" in page.ui.lengthSummary.text() and "12 s" in page.ui.lengthSummary.text()
    rate(qtbot, page.ui.beforeRating, 6)
    start(qtbot, page)
    orb = page.ui.pacer.orb
    assert pacer_text(page) == ("Breathe in", "4")
    small = orb.radius()

    breathe_for(qtbot, page, clock, 2.0)
    assert pacer_text(page) == ("Breathe in", "2")
    assert small < orb.radius()  # the circle grows while breathing in
    breathe_for(qtbot, page, clock, 2.0)
    assert pacer_text(page) == ("Hold", "4")
    full = orb.radius()
    breathe_for(qtbot, page, clock, 2.0)
    assert orb.radius() == full  # it rests during the hold
    breathe_for(qtbot, page, clock, 3.0)
    assert pacer_text(page)[0] == "Breathe out"
    assert orb.radius() < full
    assert page.ui.pacer.progress.value() == 750  # 9 s of 12
    assert page.ui.breathCount.text() == "Breath 1 of 1"

    breathe_for(qtbot, page, clock, 3.0)  # the end of the exhale ends the session (the final rest is left out)
    assert page.ui.stack.currentIndex() == AFTER
    assert not page.run.timer.isActive()  # nothing ticks when no session runs
    assert played == ["inhale", "hold", "exhale"]
    assert page.ui.afterTitle.text() == "Well done."
    assert "12 s" in page.ui.afterSummary.text() and "Full breaths: 1" in page.ui.afterSummary.text()
    assert page.ui.kindSentence.text()

    rate(qtbot, page.ui.afterRating, 3)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.ui.stack.currentIndex() == SETUP
    assert "Box breathing" in page.ui.recentList.item(0).text()
    assert "6 → 3" in page.ui.recentList.item(0).text()

    again = open_store(data_dir, ask=lambda error: pytest.fail(str(error)))
    try:
        [record] = again.sessions.list_all()
    finally:
        again.close()
    assert (record.pattern_name, record.completed, record.breaths_done) == ("Box breathing", True, 1)
    assert (record.planned_seconds, record.actual_seconds, record.planned_breaths) == (12.0, 12.0, 1)
    assert (record.anxiety_before, record.anxiety_after, record.moment_id) == (6, 3, None)


def test_a_session_by_minutes_with_lead_in_settles_first(qtbot, page, clock, played, ctx):
    page.select_pattern("long_exhale")
    assert page.ui.byMinutes.isChecked() and page.ui.leadInCheck.isChecked()
    page.ui.minutesSpin.lineEdit().selectAll()
    qtbot.keyClicks(page.ui.minutesSpin, "1")
    assert "Breaths: 6" in page.ui.lengthSummary.text()  # six 10-second breaths make the minute
    start(qtbot, page)
    assert pacer_text(page) == ("Settle in…", "3")
    breathe_for(qtbot, page, clock, 3.0)
    assert pacer_text(page) == ("Breathe in", "4")
    assert played == ["inhale"]


# ----- pause, sleep, ending early ----------------------------------------------------------------------------


def test_space_pauses_and_carries_on_without_losing_time(qtbot, page, clock):
    choose_one_box_breath(qtbot, page, breaths=2)
    start(qtbot, page)
    breathe_for(qtbot, page, clock, 1.0)
    qtbot.keyClick(page.ui.pauseButton, Qt.Key.Key_Space)
    assert page.run.clock.is_paused and not page.run.timer.isActive()
    assert page.ui.pausedNote.isVisible() and "Paused" in page.ui.pausedNote.text()
    assert page.ui.pauseButton.text() == "Carry on"

    clock.now += 30.0  # time away while paused does not count
    qtbot.keyClick(page.ui.pauseButton, Qt.Key.Key_Space)
    assert not page.run.clock.is_paused and page.run.timer.isActive()
    assert not page.ui.pausedNote.isVisible() and page.ui.pauseButton.text() == "Pause"
    breathe_for(qtbot, page, clock, 1.0)
    assert page.run.state.elapsed == pytest.approx(2.0)
    assert pacer_text(page) == ("Breathe in", "2")


def test_the_pause_button_works_with_the_mouse_too(qtbot, page, clock):
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    qtbot.mouseClick(page.ui.pauseButton, Qt.MouseButton.LeftButton)
    assert page.run.clock.is_paused
    qtbot.mouseClick(page.ui.pauseButton, Qt.MouseButton.LeftButton)
    assert not page.run.clock.is_paused


def test_a_long_gap_between_frames_pauses_instead_of_skipping_ahead(qtbot, page, clock):
    choose_one_box_breath(qtbot, page, breaths=3)
    start(qtbot, page)
    breathe_for(qtbot, page, clock, 2.0)
    with qtbot.waitSignal(page.run.frame, timeout=2000):
        clock.now += 600.0  # the lid was closed for ten minutes
    assert page.run.clock.paused_by_sleep and not page.run.timer.isActive()
    assert "resting" in page.ui.pausedNote.text() and page.ui.pausedNote.isVisible()
    assert page.run.state.elapsed == pytest.approx(2.0)
    assert pacer_text(page) == ("Breathe in", "2")
    qtbot.keyClick(page.ui.pauseButton, Qt.Key.Key_Space)
    breathe_for(qtbot, page, clock, 2.0)
    assert pacer_text(page) == ("Hold", "4")


def test_escape_ends_early_asks_nothing_and_is_kept_as_ended_early(qtbot, page, clock, ctx):
    choose_one_box_breath(qtbot, page, breaths=2)
    start(qtbot, page)
    breathe_for(qtbot, page, clock, 5.0)
    qtbot.keyClick(page.ui.pauseButton, Qt.Key.Key_Escape)
    assert page.ui.stack.currentIndex() == AFTER
    assert not QApplication.activeModalWidget()
    assert page.ui.afterTitle.text() == "You stopped, and that is fine."
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    [record] = ctx.sessions.list_all()
    assert (record.completed, record.breaths_done, record.actual_seconds) == (False, 0, 5.0)
    assert (record.anxiety_before, record.anxiety_after, record.planned_breaths) == (None, None, 2)
    assert "ended early" in page.ui.recentList.item(0).text()


def test_leaving_the_page_pauses_a_running_session(qtbot, window):
    page = window.show_page("breathe")
    assert isinstance(page, BreathePage) and page.run is None
    qtbot.mouseClick(page.ui.startButton, Qt.MouseButton.LeftButton)
    assert page.run.timer.isActive()
    window.show_page("today")
    assert page.run.clock.is_paused and not page.run.timer.isActive()


def test_a_session_not_kept_leaves_nothing_behind(qtbot, page, clock, ctx):
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    qtbot.keyClick(page.ui.pauseButton, Qt.Key.Key_Escape)
    qtbot.mouseClick(page.ui.discardButton, Qt.MouseButton.LeftButton)
    assert page.ui.stack.currentIndex() == SETUP and ctx.sessions.list_all() == []


# ----- after the session -------------------------------------------------------------------------------------


def test_the_session_can_belong_to_a_recent_moment(qtbot, page, clock, ctx):
    moment = ctx.moments.add(Moment(datetime.now(UTC), 7, ClosenessKind.DEEP_TALK, person="Sam"))
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    qtbot.keyClick(page.ui.pauseButton, Qt.Key.Key_Escape)
    combo = page.ui.momentCombo
    assert combo.currentText() == "None" and combo.count() == 2
    assert "A deep talk" in combo.itemText(1) and "Sam" in combo.itemText(1) and "7/10" in combo.itemText(1)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert ctx.sessions.list_all()[0].moment_id == moment.id


def test_a_failed_save_says_why_and_keeps_the_after_screen(qtbot, page, clock, ctx, monkeypatch):
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    qtbot.keyClick(page.ui.pauseButton, Qt.Key.Key_Escape)
    rate(qtbot, page.ui.afterRating, 2)

    def full(_record):
        raise StoreError(StoreErrorKind.DISK_FULL)

    monkeypatch.setattr(ctx.sessions, "add", full)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "saveFailureBox")
    assert box is not None and box.isVisible() and "disk is full" in box.informativeText()
    assert page.ui.stack.currentIndex() == AFTER and page.ui.afterRating.value() == 2
    box.close()


def test_read_only_data_lets_you_breathe_but_not_keep(qtbot, ctx, clock, played):
    ctx.mode = StoreMode.READ_ONLY
    page = make_page(qtbot, ctx, clock, lambda _parent: FakeEffect(played))
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    qtbot.keyClick(page.ui.pauseButton, Qt.Key.Key_Escape)
    assert not page.ui.saveButton.isEnabled()
    assert page.ui.readOnlyNote.isVisible() and "read-only" in page.ui.readOnlyNote.text()


# ----- motion ------------------------------------------------------------------------------------------------


def choose_motion(qtbot, page: BreathePage, text: str) -> None:
    combo = page.ui.motionCombo
    combo.setFocus()
    while combo.currentText() != text:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_reduced_motion_shows_still_words_a_count_and_a_bar(qtbot, page, clock, ctx):
    choose_motion(qtbot, page, "Reduce motion")
    assert ctx.settings.get(BREATHE_MOTION) == "reduce"
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    pacer = page.ui.pacer
    assert not pacer.orb.isVisible()
    assert pacer.words.isVisible() and pacer.count.isVisible() and pacer.progress.isVisible()
    breathe_for(qtbot, page, clock, 2.0)
    assert pacer_text(page) == ("Breathe in", "2") and pacer.orb.level() == 0.0  # nothing grows
    assert pacer.progress.value() > 0


def test_full_motion_grows_the_circle_even_if_the_system_asks_for_less(qtbot, page, clock, ctx, monkeypatch):
    monkeypatch.setattr(system_motion, "system_prefers_reduced_motion", lambda: True)
    choose_motion(qtbot, page, "Full motion")
    assert ctx.settings.get(BREATHE_MOTION) == "full"
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    breathe_for(qtbot, page, clock, 2.0)
    assert page.ui.pacer.orb.isVisible() and page.ui.pacer.orb.level() == pytest.approx(0.5)


def test_the_system_motion_preference_is_followed_by_default(qtbot, ctx, clock, played, monkeypatch):
    monkeypatch.setattr(system_motion, "system_prefers_reduced_motion", lambda: True)
    page = make_page(qtbot, ctx, clock, lambda _parent: FakeEffect(played))
    assert page.ui.motionCombo.currentText() == "As my system is set"
    assert page.ui.pacer.reduced_motion()
    assert "less motion" in page.ui.motionNote.text()


def test_motion_choice_is_remembered(qtbot, page, ctx, clock, played):
    choose_motion(qtbot, page, "Reduce motion")
    again = make_page(qtbot, ctx, clock, lambda _parent: FakeEffect(played))
    assert again.ui.motionCombo.currentText() == "Reduce motion" and again.ui.pacer.reduced_motion()


# ----- sound -------------------------------------------------------------------------------------------------


def test_muted_sessions_play_nothing_and_the_choice_is_kept(qtbot, page, clock, played, ctx):
    click_box(qtbot, page.ui.soundCheck)
    assert ctx.settings.get(BREATHE_SOUND) is False and not page.ui.volumeSlider.isEnabled()
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    breathe_for(qtbot, page, clock, 12.0, step=0.5)
    assert page.ui.stack.currentIndex() == AFTER and played == []


def test_volume_is_kept_and_applied(qtbot, page, ctx):
    page.ui.volumeSlider.setFocus()
    qtbot.keyClick(page.ui.volumeSlider, Qt.Key.Key_End)
    assert ctx.settings.get(BREATHE_VOLUME) == 100 and page.sound.volume == 100


def test_without_qtmultimedia_a_session_runs_silently(qtbot, ctx, clock):
    def unavailable(_parent):
        raise ImportError("libpulse.so.0: cannot open shared object file")

    page = make_page(qtbot, ctx, clock, unavailable)
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    assert not page.sound.available
    breathe_for(qtbot, page, clock, 12.0, step=0.5)
    assert page.ui.stack.currentIndex() == AFTER
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.ui.soundNote.isVisible() and "quietly" in page.ui.soundNote.text()  # told on the setup screen


def test_a_sound_device_error_keeps_the_session_silent(qtbot, ctx, clock):
    played: list[str] = []
    page = make_page(qtbot, ctx, clock, lambda _parent: FakeEffect(played, FakeEffect.Status.Error))
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    breathe_for(qtbot, page, clock, 12.0, step=0.5)
    assert page.ui.stack.currentIndex() == AFTER and played == []


def test_the_real_sound_effect_never_breaks_a_session(qtbot, ctx, clock):
    """On this machine QSoundEffect may have no device (error status) or not load at all: both are fine."""
    from walls_desktop.gui.common.sound import qt_sound_effect

    page = make_page(qtbot, ctx, clock, qt_sound_effect)
    choose_one_box_breath(qtbot, page)
    start(qtbot, page)
    breathe_for(qtbot, page, clock, 12.0, step=0.5)
    assert page.ui.stack.currentIndex() == AFTER


# ----- choosing, keyboard and names --------------------------------------------------------------------------


def test_each_pattern_explains_itself_and_holds_come_with_a_care_note(qtbot, page):
    page.select_pattern("box")
    assert "Four even sides" in page.ui.patternDescription.text()
    assert page.ui.careNote.isVisible() and "dizzy" in page.ui.careNote.text()
    page.select_pattern("resonant")
    assert "five and a half" in page.ui.patternDescription.text()
    assert not page.ui.careNote.isVisible()


def test_every_setup_control_is_reachable_by_tab_and_named(qtbot, page):
    ui = page.ui
    ui.patternCombo.setFocus()
    reached = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    wanted = [
        ui.patternCombo,
        ui.patternsButton,
        ui.byMinutes,
        ui.minutesSpin,
        ui.leadInCheck,
        ui.beforeRating.slider,
        ui.startButton,
        ui.soundCheck,
        ui.volumeSlider,
        ui.motionCombo,
    ]
    for widget in wanted:
        assert widget in reached, widget.objectName()
        assert widget.accessibleName() or widget.text(), widget.objectName()


def test_enter_on_the_page_starts_with_the_keyboard_alone(qtbot, page):
    page.ui.startButton.setFocus()
    qtbot.keyClick(page.ui.startButton, Qt.Key.Key_Space)
    assert page.ui.stack.currentIndex() == SESSION
    assert QApplication.focusWidget() is page.ui.pauseButton


# ----- what a session costs: look again and paint only when something new shows ------------------------------


def preset(key: str):
    return next(pattern for pattern in PRESETS if pattern.preset == key)


def box_schedule(lead_in: bool = False) -> BreathSchedule:
    """Box breathing, two breaths: in 0-4 s, hold 4-8, out 8-12, rest 12-16, in 16-20 ... end at 28 s."""
    return BreathSchedule(plan_by_breaths(preset("box"), 2, lead_in=lead_in))


STILL = Resolution(level=math.inf, progress=math.inf)  # nothing moves on screen but the words and the count
FRAME = FRAME_MS / 1000


def test_in_a_hold_the_page_looks_again_when_the_count_changes_and_exactly_when_the_hold_ends():
    schedule = box_schedule()
    breathing = schedule.plan.breathing_seconds
    resolution = Resolution(level=0.01, progress=math.inf)
    assert seconds_until_change(schedule.state_at(4.0), breathing, resolution) == pytest.approx(1.0)  # "4" to "3"
    assert seconds_until_change(schedule.state_at(4.3), breathing, resolution) == pytest.approx(0.7)
    assert seconds_until_change(schedule.state_at(7.9), breathing, resolution) == pytest.approx(0.1)  # "Breathe out"
    # A bar a thousand pixels wide would move every 28 ms: it is moved on no more than four times a second.
    assert seconds_until_change(schedule.state_at(4.0), breathing, Resolution(0.01, 0.001)) == BAR_WAIT
    assert seconds_until_change(schedule.state_at(7.9), breathing, Resolution(0.01, 0.001)) == pytest.approx(0.1)


def test_while_breathing_the_page_looks_again_when_the_circle_has_moved_one_step():
    schedule = box_schedule()
    breathing = schedule.plan.breathing_seconds
    for moment in (0.3, 1.0, 3.2, 8.4, 11.1):  # slow and quicker parts of breathing in and out
        state = schedule.state_at(moment)
        wait = seconds_until_change(state, breathing, Resolution(level=0.01, progress=math.inf))
        assert wait > FRAME
        moved = abs(level(schedule.state_at(moment + wait)) - level(state))
        assert moved == pytest.approx(0.01), moment  # the inverse of core's ease matches core's ease
    # In the middle of breathing in a step of 0.001 takes less than a frame: a frame it is.
    assert seconds_until_change(schedule.state_at(2.0), breathing, Resolution(0.001, math.inf)) == FRAME
    # Without a circle (reduced motion) only the count and the phases wake the page.
    assert seconds_until_change(schedule.state_at(2.3), breathing, STILL) == pytest.approx(0.7)


def test_the_page_never_looks_later_than_the_next_phase_or_count():
    schedule = box_schedule(lead_in=True)
    breathing = schedule.plan.breathing_seconds
    boundaries = schedule.boundary_times()
    for resolution in (STILL, Resolution(0.004, 0.001), Resolution(0.05, 0.02)):
        for tenth in range(round(schedule.total_seconds * 10)):
            moment = tenth / 10 + 0.03
            state = schedule.state_at(moment)
            wait = seconds_until_change(state, breathing, resolution)
            next_boundary = min(time for time in boundaries if time > moment)
            assert 0 < wait <= next_boundary - moment + 1e-9, (moment, resolution)
            left = state.lead_in_left if state.in_lead_in else state.phase_seconds_left
            just_before = schedule.state_at(moment + wait - 1e-6)
            left_then = just_before.lead_in_left if just_before.in_lead_in else just_before.phase_seconds_left
            assert math.ceil(left_then) == math.ceil(left), (moment, resolution)  # no count skipped


def test_without_a_view_every_frame_is_looked_at_and_a_finished_session_never():
    schedule = box_schedule(lead_in=True)
    breathing = schedule.plan.breathing_seconds
    assert seconds_until_change(schedule.state_at(0.0), breathing, STILL) == pytest.approx(1.0)  # settling in: 3
    assert seconds_until_change(schedule.state_at(5.0), breathing, Resolution(0.0, 0.0)) == FRAME
    assert seconds_until_change(schedule.state_at(6.0), breathing, Resolution(0.0, 0.0)) == FRAME  # even a hold
    assert seconds_until_change(schedule.state_at(99.0), breathing, STILL) == math.inf


def test_the_time_a_frame_took_is_taken_off_the_wait(qtbot, clock):
    run = BreathRun(plan_by_breaths(preset("box"), 2, lead_in=False), clock, resolution=lambda: STILL)
    run.frame.connect(lambda _state: setattr(clock, "now", clock.now + 0.0625))  # every frame takes 62.5 ms
    try:
        run.start()  # "4" for a second, but the page looks again after half a second at the latest
        assert run.timer.interval() == round(LONGEST_WAIT * 1000)
        for step in (1.875, 1.75):  # 3.75 s since the start (frames included): "1" for 0.25 s more
            clock.now += step
            run.tick()
        assert run.timer.interval() == 188  # less the frame's 62.5 ms, rounded up: never early
    finally:
        run.timer.stop()


class PaintCounter(QObject):
    def __init__(self, widget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_during_a_hold_the_circle_is_not_repainted_and_the_page_rests(qtbot, page, clock):
    page.select_pattern("box")
    page.ui.minutesSpin.setValue(10)  # a long session: the bar moves a pixel only every half second or so
    click_box(qtbot, page.ui.leadInCheck)
    start(qtbot, page)
    orb = page.ui.pacer.orb
    breathe_for(qtbot, page, clock, 2.0)
    assert page.run.timer.interval() < 100  # breathing in: the circle moves, the page looks often
    breathe_for(qtbot, page, clock, 2.0)
    assert pacer_text(page) == ("Hold", "4")
    qtbot.waitUntil(lambda: not orb.visibleRegion().isEmpty())
    assert page.run.timer.interval() >= BAR_WAIT * 1000  # not sixty times a second
    paints = PaintCounter(orb)
    breathe_for(qtbot, page, clock, 3.5, step=0.125)
    assert pacer_text(page) == ("Hold", "1")
    QApplication.processEvents()
    assert paints.count == 0
    breathe_for(qtbot, page, clock, 1.0)
    assert pacer_text(page)[0] == "Breathe out"
    QApplication.processEvents()
    assert paints.count > 0


def test_a_move_too_small_to_see_is_not_painted_but_coming_to_rest_is_exact(qtbot):
    orb = BreathOrb()
    qtbot.addWidget(orb)
    orb.resize(400, 400)
    step = orb.level_step()
    assert step == pytest.approx(STEP_PX / (400 / 2 / HALO * (1 - SMALLEST)))
    orb.set_level(0.5)
    assert orb.level() == 0.5
    orb.set_level(0.5 + step / 4)  # an eighth of a pixel
    assert orb.level() == 0.5
    orb.set_level(0.5 + step)
    assert orb.level() == 0.5 + step
    orb.set_level(1.0 - step / 4)
    orb.set_level(1.0)  # full: shown exactly, however small the last move
    assert orb.level() == 1.0
    orb.set_level(step / 8)
    orb.set_level(0.0)
    assert orb.level() == 0.0


def test_frame_by_frame_the_circle_looks_as_if_painted_whole(qtbot):
    """Each frame repaints only the square of the circle and its halo: nothing of an earlier, larger circle may
    be left behind, nor a seam where the square meets what was painted before."""
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    orb = BreathOrb(holder)
    layout.addWidget(orb)
    holder.resize(500, 450)
    holder.show()
    qtbot.waitExposed(holder)
    for fullness in (0.9, 0.3, 0.31, 0.0, 1.0, 0.45, 0.4):
        orb.set_level(fullness)
        QApplication.processEvents()
    on_screen = holder.screen().grabWindow(holder.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    whole = holder.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert on_screen == whole


def test_the_circle_is_drawn_from_a_halo_made_once_per_theme_and_size(qtbot, qapp, monkeypatch):
    made = []
    real = pacer._look_for
    monkeypatch.setattr(pacer, "_look_for", lambda *args: made.append(args) or real(*args))
    apply_theme(qapp, ThemeMode.LIGHT)
    orb = BreathOrb()
    qtbot.addWidget(orb)
    orb.resize(400, 400)
    try:
        for step in range(5):  # five frames
            orb.set_level(0.5 + step / 10)
            image = orb.grab().toImage()
        assert len(made) == 1
        centre = QColor(image.pixel(200, 200))
        ring = QColor(image.pixel(200 + round(orb.radius()), 200))
        halo = QColor(image.pixel(200 + round(orb.radius() * 1.1), 200))
        assert centre.name() == LIGHT.accent_soft.lower()
        assert ring.name() == LIGHT.accent.lower()
        assert halo.name() not in (LIGHT.window.lower(), LIGHT.accent.lower())  # a soft glow between the two
        assert QColor(image.pixel(2, 2)).name() == LIGHT.window.lower()  # the page's colour around it

        apply_theme(qapp, ThemeMode.DARK)
        image = orb.grab().toImage()
        assert len(made) == 2
        assert QColor(image.pixel(200, 200)).name() == DARK.accent_soft.lower()
        assert QColor(image.pixel(2, 2)).name() == DARK.window.lower()

        orb.resize(300, 300)
        orb.grab()
        assert len(made) == 3
    finally:
        apply_theme(qapp, ThemeMode.LIGHT)


def test_the_start_button_holds_still_when_the_hold_caution_comes_and_goes(qtbot, page) -> None:
    page.select_pattern("resonant")
    qtbot.wait(10)
    place = page.ui.startButton.mapTo(page, page.ui.startButton.rect().topLeft())
    assert not page.ui.careNote.isVisible()
    page.select_pattern("box")  # holds the breath: the caution shows
    qtbot.wait(10)
    assert page.ui.careNote.isVisible() and page.ui.careNote.text()
    assert page.ui.startButton.mapTo(page, page.ui.startButton.rect().topLeft()) == place


def test_each_timing_keeps_its_number_and_unit_together_when_the_description_wraps(qtbot, page) -> None:
    """A narrow window wraps the timings; "Breathe in 4 s" must never leave a lone "s" on the next line."""
    page.resize(420, 700)
    page.show()
    for pattern in PRESETS:
        page.select_pattern(pattern.key)
        timings = page.ui.patternDescription.text().splitlines()[-1]
        steps = timings.split(" · ")
        assert len(steps) == len(pattern.phases)
        assert all(" " not in step and step.endswith("\u00a0s") for step in steps), steps


def test_choosing_another_preset_does_not_move_the_start_button(qtbot, page) -> None:
    """Each preset's description takes a different number of lines; room is kept for the longest."""
    page.resize(880, 760)
    page.show()
    places = set()
    for pattern in PRESETS:
        page.select_pattern(pattern.key)
        qtbot.wait(5)
        places.add(page.ui.startButton.mapTo(page, page.ui.startButton.rect().topLeft()).y())
    assert len(places) == 1, places
