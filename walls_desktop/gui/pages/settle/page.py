"""Settle: grounding through the senses, or a self-compassion pause, rated before and after like Breathe.

The practice itself is ``core.practice_run.PracticeRun`` on a monotonic clock; this page ticks it a few times a
second, shows its prompt, and keeps the finished practice. Keys: Enter or → moves on, ← goes back, Space
pauses, Esc ends. Enter on a focused button presses that button, as everywhere else.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QWidget

from walls_desktop.core.clock import utc_now
from walls_desktop.core.practice_run import PracticeRun
from walls_desktop.core.practices import PracticeKind, PracticeSession
from walls_desktop.core.settings import (
    BREATHE_MOTION,
    BREATHE_VOLUME,
    SETTLE_AUTO,
    SETTLE_PRACTICE,
    SETTLE_SOUND,
    Setting,
)
from walls_desktop.gui.common.feedback import write
from walls_desktop.gui.common.kind_sentences import load as load_kind_sentences
from walls_desktop.gui.common.kind_sentences import next_sentence
from walls_desktop.gui.common.layout import FitListToRows, ReflowWhenNarrow, keep_room_when_hidden
from walls_desktop.gui.common.sound import EffectFactory, SoundCues, qt_sound_effect
from walls_desktop.gui.common.system_motion import reduced_motion
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_settle_page import Ui_SettlePage
from walls_desktop.gui.pages.breathe.texts import duration_text, paused_note, when_text
from walls_desktop.gui.pages.page import Page
from walls_desktop.store.changes import Record

CHOOSE, RUN, AFTER = range(3)  # pages of the stack
TICK_MS = 200  # the bar moves smoothly enough, and a prompt is never more than a fifth of a second late
RECENT = 6
KIND_SENTENCES_OFFERED = 3
NEW_PROMPT_TONE = "inhale"


class SettlePage(Page):
    watches = frozenset({Record.PRACTICE_SESSION, Record.SETTING})
    setting_keys = frozenset({BREATHE_MOTION.key})  # the practices follow the motion chosen for the pacer

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.monotonic,
        clock: Callable[[], datetime] = utc_now,
        sound_factory: EffectFactory = qt_sound_effect,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SettlePage()
        self.ui.setupUi(self)
        self._now = now
        self._clock = clock
        self.run: PracticeRun | None = None
        self._before: int | None = None
        self.sound = SoundCues(self, sound_factory)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        ReflowWhenNarrow(self.ui.optionsBox)
        FitListToRows(self.ui.recentList, RECENT)
        keep_room_when_hidden(self.ui.stepBar)
        self._wire()
        self._restore_settings()
        self.refresh()
        writable = ctx.writable
        self.ui.readOnlyNote.setVisible(not writable)
        self.ui.afterReadOnlyNote.setVisible(not writable)
        self.ui.saveButton.setEnabled(writable)

    def _wire(self) -> None:
        ui = self.ui
        ui.beforeRating.set_optional(True)
        ui.afterRating.set_optional(True)
        ui.groundingDescription.setText(tr_core(PracticeKind.GROUNDING.description))
        ui.compassionDescription.setText(tr_core(PracticeKind.COMPASSION.description))
        ui.groundingRadio.toggled.connect(self._remember_choice)
        ui.autoCheck.toggled.connect(lambda on: self._remember(SETTLE_AUTO, on))
        ui.soundCheck.toggled.connect(self._on_sound)
        ui.startButton.clicked.connect(lambda: self.start())
        ui.nextButton.clicked.connect(self.next)
        ui.backButton.clicked.connect(self.back)
        ui.pauseButton.clicked.connect(self.toggle_pause)
        ui.endButton.clicked.connect(self.end)
        ui.saveButton.clicked.connect(self.save)
        ui.discardButton.clicked.connect(self.back_to_choice)
        keys = (  # Enter is handled in keyPressEvent, so that a focused button keeps it
            (Qt.Key.Key_Right, self.next),
            (Qt.Key.Key_Left, self.back),
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Escape, self.end),
        )
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), ui.runPage, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ----- settings ---------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings, ui = self.ctx.settings, self.ui
        for control in (ui.groundingRadio, ui.compassionRadio, ui.autoCheck, ui.soundCheck):
            control.blockSignals(True)
        chosen = settings.get(SETTLE_PRACTICE)
        (ui.groundingRadio if chosen is PracticeKind.GROUNDING else ui.compassionRadio).setChecked(True)
        ui.autoCheck.setChecked(settings.get(SETTLE_AUTO))
        ui.soundCheck.setChecked(settings.get(SETTLE_SOUND))
        for control in (ui.groundingRadio, ui.compassionRadio, ui.autoCheck, ui.soundCheck):
            control.blockSignals(False)
        self.sound.set_muted(not ui.soundCheck.isChecked())
        self.sound.set_volume(settings.get(BREATHE_VOLUME))

    def _remember(self, setting: Setting, value: object) -> None:
        """Keep a preference; if it cannot be kept it still applies until Walls closes."""
        if self.ctx.writable and self.ctx.settings.get(setting) != value:
            write(self, lambda: self.ctx.settings.set(setting, value))

    def _remember_choice(self) -> None:
        self._remember(SETTLE_PRACTICE, self.chosen_kind())

    def _on_sound(self, on: bool) -> None:
        self.sound.set_muted(not on)
        self._remember(SETTLE_SOUND, on)

    def chosen_kind(self) -> PracticeKind:
        return PracticeKind.GROUNDING if self.ui.groundingRadio.isChecked() else PracticeKind.COMPASSION

    def choose(self, kind: PracticeKind) -> None:
        """Show the choice with ``kind`` picked (Today's suggestion opens the page this way)."""
        (self.ui.groundingRadio if kind is PracticeKind.GROUNDING else self.ui.compassionRadio).setChecked(True)
        if self.ui.stack.currentIndex() == CHOOSE:
            self.ui.startButton.setFocus()

    def reduced_motion(self) -> bool:
        return reduced_motion(self.ctx.settings.get(BREATHE_MOTION))

    # ----- the practice -----------------------------------------------------------------------------

    def start_practice(self, option: object = None, anxiety: int | None = None) -> None:
        if self.run is not None:  # never replaced unasked: it may hold a rating not yet kept
            self._tell_under_way()
            return
        self.ui.beforeRating.set_value(anxiety)
        self.start(option if isinstance(option, PracticeKind) else None)

    def start(self, kind: PracticeKind | None = None) -> PracticeRun:
        ui = self.ui
        if kind is not None:
            self.choose(kind)
        kind = self.chosen_kind()
        self._before = ui.beforeRating.value()
        self.run = PracticeRun(kind, auto=ui.autoCheck.isChecked(), started_at=self._clock(), now=self._now)
        self.run.start()
        ui.practiceTitle.setText(tr_core(kind.label))
        self.sound.prepare()
        ui.stack.setCurrentIndex(RUN)
        self._show_prompt()
        self._show_paused()  # which starts the timer
        ui.nextButton.setFocus()
        return self.run

    def _tell_under_way(self) -> None:
        ui = self.ui
        if ui.stack.currentIndex() == RUN:
            ui.pausedNote.setText(self.tr("This practice is still under way. End it first to begin another."))
            ui.pausedNote.show()
        else:
            ui.afterHint.setText(self.tr("Keep or let go of this practice first, then another can begin."))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses the focused button; elsewhere it does what the page's green button does: begin, move on,
        or keep."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused.isEnabled():
            focused.click()
        elif self.ui.stack.currentIndex() == CHOOSE:
            self.ui.startButton.click()
        elif self._running():
            self.next()
        elif self.ui.saveButton.isEnabled():
            self.save()

    def tick(self) -> None:
        run = self.run
        if run is None or self.ui.stack.currentIndex() != RUN:
            self.timer.stop()
            return
        if run.tick():
            self._after_move()
        elif run.auto and not run.paused:
            self.ui.stepBar.setValue(round(run.step_fraction() * 1000))

    def next(self) -> None:
        if self._running():
            self.run.next()
            self._after_move()

    def back(self) -> None:
        if self._running():
            self.run.back()
            self._after_move()

    def toggle_pause(self) -> None:
        if self._running():
            self.run.toggle_pause()
            self._show_paused()
            self._show_prompt()

    def end(self) -> None:
        if self._running():
            self.run.end()
            self._after_move()

    def _running(self) -> bool:
        return self.run is not None and self.ui.stack.currentIndex() == RUN

    def _after_move(self) -> None:
        """A new prompt (by key, by time, or back), or the end; a pause (asked, or a sleeping computer) holds."""
        if self.run.finished:
            self._show_after()
            return
        self._show_prompt()
        self._show_paused()
        if not self.run.paused:
            self.sound.play_cue(NEW_PROMPT_TONE)

    def _show_prompt(self) -> None:
        ui, run = self.ui, self.run
        prompt = run.prompt
        ui.stepCount.setText(self.tr("Step {number} of {total}").format(number=run.index + 1, total=len(run.prompts)))
        ui.promptLabel.setText(tr_core(prompt.text))
        ui.hintLabel.setText(tr_core(prompt.hint))
        ui.kindSentences.setVisible(prompt.offers_kind_sentences)
        if prompt.offers_kind_sentences:
            own = [tr_core(sentence) for sentence in load_kind_sentences(self.ctx)[:KIND_SENTENCES_OFFERED]]
            ui.kindSentences.setText("\n\n".join(f"“{sentence}”" for sentence in own))  # one at a time, with air
        ui.backButton.setEnabled(run.index > 0)
        ui.nextButton.setText(self.tr("F&inish") if run.is_last else self.tr("&Next"))
        # The bar is the only thing that moves: it stays away with reduced motion, and when nothing is timed.
        ui.stepBar.setVisible(run.auto and not self.reduced_motion())
        ui.stepBar.setValue(round(run.step_fraction() * 1000))

    def _show_paused(self) -> None:
        ui, run = self.ui, self.run
        paused = run.paused
        ui.pauseButton.setText(self.tr("Carry on") if paused else self.tr("Pause"))
        ui.pauseButton.setAccessibleName(
            self.tr("Carry on with the practice") if paused else self.tr("Pause the practice")
        )
        ui.pausedNote.setText(paused_note(paused, run.clock.paused_by_sleep))
        ui.pausedNote.setVisible(paused)
        # Nothing to time while paused: the clock notices a sleep on the next tick after carrying on.
        if paused:
            self.timer.stop()
        else:
            self.timer.start()

    def _show_after(self) -> None:
        ui, run = self.ui, self.run
        self.timer.stop()
        record = run.record()
        ui.afterTitle.setText(self.tr("Well done.") if run.completed else self.tr("You stopped, and that is fine."))
        practice = tr_core(run.kind.label)
        if record.seconds < 60:
            summary = self.tr("You spent a little while with “{practice}”.").format(practice=practice)
        else:
            summary = self.tr("You spent {duration} with “{practice}”.").format(
                duration=duration_text(record.seconds), practice=practice
            )
        if not run.completed:
            summary += " " + self.tr("Stopping when you need to is part of the practice too.")
        ui.afterSummary.setText(summary)
        ui.afterHint.setText(self.tr("If you like. Comparing before and after shows what helps you most."))
        ui.afterSentence.setText(next_sentence(self.ctx))
        ui.afterRating.set_value(None)
        ui.stack.setCurrentIndex(AFTER)
        ui.afterRating.setFocus()

    def save(self) -> PracticeSession | None:
        """Keep the practice with its ratings; on failure say why and keep everything on screen."""
        if self.run is None or not self.run.finished or not self.ctx.writable:
            return None
        record = self.run.record(self._before, self.ui.afterRating.value())
        stored = write(self, lambda: self.ctx.practices.add(record))
        if not stored:
            return None
        self.back_to_choice()
        return stored

    def back_to_choice(self) -> None:
        self.timer.stop()
        self.run = None
        self.ui.beforeRating.set_value(None)
        self.ui.stack.setCurrentIndex(CHOOSE)
        self.ui.startButton.setFocus()

    # ----- the list -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        practices = self.ctx.practices.recent(RECENT)
        self.ui.recentList.clear()
        for session in practices:
            QListWidgetItem(practice_text(session), self.ui.recentList)
        self.ui.recentList.setVisible(bool(practices))
        self.ui.recentEmpty.setVisible(not practices)
        if self.run is not None and self.ui.stack.currentIndex() == RUN:
            self._show_prompt()  # the motion setting may have changed

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (not minimising the window) pauses a running practice."""
        if not event.spontaneous() and self._running() and not self.run.paused:
            self.run.toggle_pause()
            self._show_paused()
        super().hideEvent(event)


def practice_text(session: PracticeSession) -> str:
    """One line of the recent list: when, which practice, how long, the ratings."""
    parts = [when_text(session.started_at), tr_core(session.kind.label), duration_text(session.seconds)]
    if session.anxiety_before is not None and session.anxiety_after is not None:
        parts.append(
            QCoreApplication.translate("SettlePage", "anxiety {before} → {after}").format(
                before=session.anxiety_before, after=session.anxiety_after
            )
        )
    return " · ".join(parts)  # how far it went is not told: stopping early is no shortfall
