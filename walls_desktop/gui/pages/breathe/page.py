"""Breathe: choose a pattern and a length, follow the pacer, and keep the session with how you felt.

The session itself runs in ``run.BreathRun`` (timing as a pure function of the clock); this page shows it and
keeps it. It lists the latest sessions and the user's own patterns, and refreshes them whenever either changes.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from walls_desktop.core.breath_patterns import format_seconds
from walls_desktop.core.breath_schedule import (
    LEAD_IN_SECONDS,
    BreathState,
    SessionPlan,
    level,
    plan_by_breaths,
    plan_by_minutes,
    session_record,
)
from walls_desktop.core.breathing import HOLD_CARE_NOTE, PRESETS, BreathPattern, BreathSessionRecord, care_note
from walls_desktop.core.clock import utc_now
from walls_desktop.core.settings import (
    BREATHE_BREATHS,
    BREATHE_BY_BREATHS,
    BREATHE_MINUTES,
    BREATHE_MOTION,
    BREATHE_PATTERN,
    BREATHE_SOUND,
    BREATHE_VOLUME,
    MotionSetting,
    Setting,
)
from walls_desktop.gui.common.feedback import write
from walls_desktop.gui.common.kind_sentences import next_sentence
from walls_desktop.gui.common.layout import ReflowWhenNarrow, keep_room_when_hidden
from walls_desktop.gui.common.sound import EffectFactory, SoundCues, qt_sound_effect
from walls_desktop.gui.common.system_motion import reduced_motion
from walls_desktop.gui.common.text import tr_core, unbroken
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_breath_page import Ui_BreathPage
from walls_desktop.gui.pages.breathe.run import BreathRun
from walls_desktop.gui.pages.breathe.texts import (
    duration_text,
    length_text,
    moment_text,
    motion_note,
    paused_note,
    session_text,
)
from walls_desktop.gui.pages.page import Page
from walls_desktop.store.changes import Record

RECENT_SESSIONS = 6
RECENT_MOMENT_DAYS = 60

SETUP, SESSION, AFTER = range(3)  # pages of the stack


class BreathePage(Page):
    # Moments: the after-session list offers the moment a session belonged to, one logged meanwhile (Ctrl+N) too.
    watches = frozenset({Record.BREATH_SESSION, Record.PATTERN, Record.MOMENT})

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.monotonic,
        sound_factory: EffectFactory = qt_sound_effect,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_BreathPage()
        self.ui.setupUi(self)
        for row in (self.ui.choiceBox, self.ui.lowerBox):
            ReflowWhenNarrow(row)
        self._now = now
        self.run: BreathRun | None = None
        self.sound = SoundCues(self, sound_factory)
        self._before: int | None = None
        self._patterns: list[BreathPattern] = []
        self.pattern_dialog = None
        self._wire()
        self._restore_settings()
        self.refresh()
        self._show_choice()
        self.ui.readOnlyNote.setVisible(not ctx.writable)
        self.ui.saveButton.setEnabled(ctx.writable)

    def _wire(self) -> None:
        ui = self.ui
        keep_room_when_hidden(ui.careNote)
        ui.beforeRating.set_optional(True)
        ui.afterRating.set_optional(True)
        ui.leadInCheck.setText(
            self.tr("&Settle in for {seconds} seconds first").format(seconds=format_seconds(LEAD_IN_SECONDS))
        )
        ui.patternCombo.currentIndexChanged.connect(self._show_choice)
        for signal in (ui.patternCombo.currentIndexChanged, ui.minutesSpin.valueChanged, ui.breathsSpin.valueChanged):
            signal.connect(self._remember_choice)
        ui.byBreaths.toggled.connect(self._remember_choice)
        for control in (ui.minutesSpin, ui.breathsSpin):
            control.valueChanged.connect(self._show_choice)
        ui.byMinutes.toggled.connect(self._show_choice)
        ui.leadInCheck.toggled.connect(self._show_choice)
        ui.patternsButton.clicked.connect(self.open_pattern_dialog)
        ui.startButton.clicked.connect(self.start)
        ui.pauseButton.clicked.connect(self.toggle_pause)
        ui.endButton.clicked.connect(self.end)
        ui.saveButton.clicked.connect(self.save)
        ui.discardButton.clicked.connect(self.back_to_setup)
        ui.soundCheck.toggled.connect(self._on_sound_toggled)
        ui.volumeSlider.valueChanged.connect(self._on_volume)
        ui.motionCombo.currentIndexChanged.connect(self._on_motion)
        for key, slot in ((Qt.Key.Key_Space, self.toggle_pause), (Qt.Key.Key_Escape, self.end)):
            shortcut = QShortcut(QKeySequence(key), ui.sessionPage, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ----- settings ---------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings, ui = self.ctx.settings, self.ui
        motion, volume, sound_on = (settings.get(s) for s in (BREATHE_MOTION, BREATHE_VOLUME, BREATHE_SOUND))
        controls = (ui.motionCombo, ui.volumeSlider, ui.soundCheck, ui.minutesSpin, ui.breathsSpin, ui.byBreaths)
        for control in controls:
            control.blockSignals(True)
        ui.motionCombo.setCurrentIndex(list(MotionSetting).index(motion))
        ui.volumeSlider.setValue(volume)
        ui.soundCheck.setChecked(sound_on)
        ui.minutesSpin.setValue(settings.get(BREATHE_MINUTES))
        ui.breathsSpin.setValue(settings.get(BREATHE_BREATHS))
        (ui.byBreaths if settings.get(BREATHE_BY_BREATHS) else ui.byMinutes).setChecked(True)
        for control in controls:
            control.blockSignals(False)
        self.sound.set_volume(volume)
        self.sound.set_muted(not sound_on)
        self.ui.volumeSlider.setEnabled(sound_on)
        self._show_motion()
        self._show_sound_note()

    def _remember(self, setting: Setting, value: object) -> None:
        """Keep a preference; if it cannot be kept it still applies until Walls closes."""
        if self.ctx.writable and self.ctx.settings.get(setting) != value:
            write(self, lambda: self.ctx.settings.set(setting, value))

    def _remember_choice(self) -> None:
        """The pattern and length chosen are the ones offered next time, after a restart too."""
        pattern = self.chosen_pattern()
        if pattern is not None:
            self._remember(BREATHE_PATTERN, pattern.key)
        self._remember(BREATHE_BY_BREATHS, self.ui.byBreaths.isChecked())
        self._remember(BREATHE_MINUTES, self.ui.minutesSpin.value())
        self._remember(BREATHE_BREATHS, self.ui.breathsSpin.value())

    def motion_setting(self) -> MotionSetting:
        return list(MotionSetting)[max(0, self.ui.motionCombo.currentIndex())]

    def reduced_motion(self) -> bool:
        return reduced_motion(self.motion_setting())

    def _on_motion(self) -> None:
        self._remember(BREATHE_MOTION, self.motion_setting())
        self._show_motion()

    def _show_motion(self) -> None:
        reduced = self.reduced_motion()
        self.ui.pacer.set_reduced_motion(reduced)
        self.ui.motionNote.setText(motion_note(self.motion_setting() is MotionSetting.SYSTEM, reduced))

    def _on_sound_toggled(self, on: bool) -> None:
        self.sound.set_muted(not on)
        self.ui.volumeSlider.setEnabled(on)
        self._remember(BREATHE_SOUND, on)

    def _on_volume(self, value: int) -> None:
        self.sound.set_volume(value)
        self._remember(BREATHE_VOLUME, value)

    def _show_sound_note(self) -> None:
        silent = not self.sound.available
        self.ui.soundNote.setText(
            self.tr("No sound could be played on this computer, so sessions run quietly.") if silent else ""
        )
        self.ui.soundNote.setVisible(silent)

    # ----- choosing ---------------------------------------------------------------------------------

    def _load_patterns(self) -> None:
        """Presets first, then the user's own patterns; keeps the current choice when it still exists (at first,
        the one chosen last time)."""
        current = self.chosen_pattern()
        remembered = self.ctx.settings.get(BREATHE_PATTERN) if current is None else None
        combo = self.ui.patternCombo
        combo.blockSignals(True)
        combo.clear()
        self._patterns = [*PRESETS, *self.ctx.patterns.list_all()]
        for pattern in self._patterns:
            combo.addItem(tr_core(pattern.name) if pattern.preset else pattern.name)
        combo.setCurrentIndex(0)
        wanted = current.key if current is not None else remembered
        for index, pattern in enumerate(self._patterns):
            if pattern.key == wanted:
                combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._show_choice()

    def chosen_pattern(self) -> BreathPattern | None:
        index = self.ui.patternCombo.currentIndex()
        return self._patterns[index] if 0 <= index < len(self._patterns) else None

    def select_pattern(self, key: str) -> None:
        """Choose a preset by key (as in ``core.breathing.PRESET_KEYS``) or a custom pattern by name."""
        for index, pattern in enumerate(self._patterns):
            if key in (pattern.preset, pattern.name):
                self.ui.patternCombo.setCurrentIndex(index)
                return
        raise KeyError(key)

    def plan(self) -> SessionPlan:
        pattern = self.chosen_pattern()
        lead_in = self.ui.leadInCheck.isChecked()
        if self.ui.byMinutes.isChecked():
            return plan_by_minutes(pattern, self.ui.minutesSpin.value(), lead_in=lead_in)
        return plan_by_breaths(pattern, self.ui.breathsSpin.value(), lead_in=lead_in)

    def _show_choice(self) -> None:
        ui = self.ui
        pattern = self.chosen_pattern()
        if pattern is None:
            return
        description = tr_core(pattern.description) if pattern.preset else pattern.description
        timing = self.tr("{step} {seconds} s")
        steps = " · ".join(
            unbroken(timing.format(step=tr_core(phase.kind.label), seconds=format_seconds(phase.seconds)))
            for phase in pattern.phases
        )
        ui.patternDescription.setText(f"{description}\n{steps}" if description else steps)
        # The caution keeps its room while hidden, so choosing a pattern with holds moves nothing below it.
        ui.careNote.setText(tr_core(HOLD_CARE_NOTE))
        ui.careNote.setVisible(care_note(pattern) is not None)
        ui.minutesSpin.setEnabled(ui.byMinutes.isChecked())
        ui.breathsSpin.setEnabled(ui.byBreaths.isChecked())
        ui.lengthSummary.setText(length_text(self.plan()))

    def open_pattern_dialog(self) -> QWidget:
        from walls_desktop.gui.pages.breathe.pattern_dialog import PatternDialog  # only when first wanted

        dialog = PatternDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.pattern_dialog = dialog
        return dialog

    # ----- the session ------------------------------------------------------------------------------

    def start_practice(self, option: object = None, anxiety: int | None = None) -> None:
        """A session at once, with the pattern named ``option`` if there still is one; never over a running one."""
        if self.run is not None:
            return
        if isinstance(option, str):
            with contextlib.suppress(KeyError):
                self.select_pattern(option)
        self.ui.beforeRating.set_value(anxiety)
        self.start()

    def start(self) -> BreathRun:
        ui = self.ui
        plan = self.plan()
        self._before = ui.beforeRating.value()
        self.run = BreathRun(plan, self._now, self, resolution=ui.pacer.resolution)
        self._words: dict[str, str] = {}  # translated words per phase, looked up once per session
        self._breath_shown = 0
        self.run.frame.connect(self._show_frame)
        self.run.phase_started.connect(self.sound.play)
        self.run.paused_changed.connect(self._show_paused)
        self.run.finished.connect(self._show_after)
        self.sound.prepare()
        self._show_sound_note()
        ui.pacer.set_reduced_motion(self.reduced_motion())
        ui.sessionPattern.setText(ui.patternCombo.currentText())
        self._show_paused(False, False)
        ui.stack.setCurrentIndex(SESSION)
        ui.pauseButton.setFocus()
        self.run.start()
        return self.run

    def toggle_pause(self) -> None:
        if self.run is not None and self.ui.stack.currentIndex() == SESSION:
            self.run.toggle_pause()

    def end(self) -> None:
        if self.run is not None and self.ui.stack.currentIndex() == SESSION:
            self.run.end()

    def _show_frame(self, state: BreathState) -> None:
        if state.finished:
            count = ""
        else:
            seconds = state.lead_in_left if state.in_lead_in else state.phase_seconds_left
            count = str(math.ceil(seconds))  # a count that says 1 until the very end of the phase
        words = self._words.get(state.label) or self._words.setdefault(state.label, tr_core(state.label))
        self.ui.pacer.show_moment(level(state), words, count, state.session_progress)
        number = min(state.breath_index + 1, state.breaths_total)
        if number != self._breath_shown:  # once per breath, not per frame
            self._breath_shown = number
            self.ui.breathCount.setText(
                self.tr("Breath {number} of {total}").format(number=number, total=state.breaths_total)
            )

    def _show_paused(self, paused: bool, by_sleep: bool) -> None:
        ui = self.ui
        ui.pauseButton.setText(self.tr("Carry on") if paused else self.tr("Pause"))
        ui.pauseButton.setAccessibleName(
            self.tr("Carry on with the session") if paused else self.tr("Pause the session")
        )
        ui.pausedNote.setText(paused_note(paused, by_sleep))
        ui.pausedNote.setVisible(paused)

    def _show_after(self, state: BreathState) -> None:
        ui = self.ui
        plan = self.run.plan
        ui.afterTitle.setText(self.tr("Well done.") if state.finished else self.tr("You stopped, and that is fine."))
        record = session_record(plan, state, started_at=self.run.started_at)
        ui.afterSummary.setText(
            self.tr("You breathed with {pattern} for {duration}. Full breaths: {breaths}.").format(
                pattern=ui.sessionPattern.text(),
                duration=duration_text(record.actual_seconds),
                breaths=record.breaths_done,
            )
        )
        ui.kindSentence.setText(next_sentence(self.ctx))
        ui.afterRating.set_value(None)
        self._fill_moments()
        ui.stack.setCurrentIndex(AFTER)
        ui.afterRating.setFocus()

    def _fill_moments(self) -> None:
        combo = self.ui.momentCombo
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(self.tr("None"), None)
        until = utc_now() + timedelta(days=1)
        moments = self.ctx.moments.list_between(until - timedelta(days=RECENT_MOMENT_DAYS), until)
        for moment in reversed(moments):
            combo.addItem(moment_text(moment), moment.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))  # a moment already chosen stays chosen

    def save(self) -> BreathSessionRecord | None:
        """Keep the finished session with its ratings; on failure say why and keep everything on screen."""
        if self.run is None or not self.ctx.writable:
            return None
        record = session_record(
            self.run.plan,
            self.run.state,
            started_at=self.run.started_at,
            anxiety_before=self._before,
            anxiety_after=self.ui.afterRating.value(),
            moment_id=self.ui.momentCombo.currentData(),
        )
        stored = write(self, lambda: self.ctx.sessions.add(record))  # the list refreshes on the store's notice
        if not stored:
            return None
        self.back_to_setup()
        return stored

    def back_to_setup(self) -> None:
        self.run = None
        self.ui.beforeRating.set_value(None)
        self.ui.stack.setCurrentIndex(SETUP)
        self.ui.startButton.setFocus()

    def refresh(self) -> None:
        """The user's patterns, the latest sessions and (after a session) the recent moments, as stored now."""
        self._load_patterns()
        self.refresh_recent()
        if self.ui.stack.currentIndex() == AFTER:
            self._fill_moments()

    def refresh_recent(self) -> None:
        sessions = self.ctx.sessions.recent(RECENT_SESSIONS)
        self.ui.recentList.clear()
        for record in sessions:
            QListWidgetItem(session_text(record), self.ui.recentList)
        self.ui.recentList.setVisible(bool(sessions))
        self.ui.recentEmpty.setVisible(not sessions)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (not minimising the window) pauses a running session."""
        if not event.spontaneous() and self.run is not None and self.run.is_running:
            self.run.pause()
        super().hideEvent(event)
