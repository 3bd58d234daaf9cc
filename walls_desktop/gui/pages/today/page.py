"""Today: a calm start page with one kind sentence, the three practices a click away, and (when the person asked
for it) the suggestion to reflect again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from walls_desktop.core.clock import utc_now
from walls_desktop.core.ladder import next_step
from walls_desktop.core.reflection import reflection_due
from walls_desktop.core.settings import (
    KIND_SENTENCES,
    LADDER_ORDER,
    REFLECT_REMIND,
    REFLECT_REMIND_WEEKS,
    WELCOME_SEEN,
)
from walls_desktop.gui.common.kind_sentences import next_sentence
from walls_desktop.gui.common.text import breakable
from walls_desktop.gui.common.theme import current_colours
from walls_desktop.gui.context import AppContext, StoreMode
from walls_desktop.gui.forms.ui_today_page import Ui_TodayPage
from walls_desktop.gui.pages.ladder.formatting import who
from walls_desktop.gui.pages.page import Page
from walls_desktop.store.changes import Record


class TodayPage(Page):
    watches = frozenset({Record.SETTING, Record.REFLECTION, Record.LADDER_STEP, Record.LADDER_TRY})
    # The sentence shown comes from the user's list; the suggestion to reflect again from their choice; the
    # next step up the ladder from its order.
    setting_keys = frozenset({KIND_SENTENCES.key, REFLECT_REMIND.key, REFLECT_REMIND_WEEKS.key, LADDER_ORDER.key})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(ctx, parent)
        self._clock = clock
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self.ui.breatheButton.clicked.connect(lambda: self.navigate_requested.emit("breathe"))
        self.ui.reframeButton.clicked.connect(lambda: self.navigate_requested.emit("reframe"))
        self.ui.momentButton.clicked.connect(self.log_moment_requested)
        self.ui.reflectAgainButton.clicked.connect(lambda: self.navigate_requested.emit("reflect"))
        self.ui.tryNextButton.clicked.connect(self.try_next)
        self.dialog: QWidget | None = None
        self._next_step_id: int | None = None
        # Built before the first-run welcome is closed, so "not seen yet" means this is the very first visit.
        # A temporary store is empty because the real one could not open, not because the person is new.
        first_visit = not ctx.settings.get(WELCOME_SEEN) and ctx.mode is not StoreMode.TEMPORARY
        self.ui.greeting.setText(self.tr("Welcome to Walls.") if first_visit else self.tr("Welcome back."))
        self._show_store_mode()
        self._paint_frames()
        self.refresh()

    def _show_store_mode(self) -> None:
        """Read-only data: logging a moment cannot work, so the button says why instead of doing nothing."""
        writable = self.ctx.writable
        self.ui.momentButton.setEnabled(writable)
        if not writable:
            self.ui.momentButton.setToolTip(self.tr("Your data is open read-only, so new moments cannot be kept."))

    def on_shown(self) -> None:
        super().on_shown()
        if self.ctx.settings.get(REFLECT_REMIND):
            self._show_reflect_due()  # time passes without any change to hear of (Walls may stay open for weeks)

    def refresh(self) -> None:
        self.ui.kindSentence.setText(next_sentence(self.ctx))
        self._show_reflect_due()
        self._show_next_step()

    def _show_next_step(self) -> None:
        """The lowest rung not yet climbed, with a way to try it from here."""
        step = next_step(self.ctx.ladder.steps(), self.ctx.settings.get(LADDER_ORDER))
        self._next_step_id = None if step is None else step.id
        self.ui.ladderNextFrame.setVisible(step is not None)
        if step is not None:
            self.ui.ladderNextLabel.setText(
                self.tr("Next on your ladder: {step} ({who})").format(step=breakable(step.action), who=who(step))
            )
            self.ui.tryNextButton.setEnabled(self.ctx.writable)

    def try_next(self):
        from walls_desktop.gui.pages.ladder.try_dialog import LadderTryDialog

        if self._next_step_id is None:
            return None
        dialog = LadderTryDialog(self.ctx, step_id=self._next_step_id, parent=self, clock=self._clock)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show_reflect_due(self) -> None:
        """Only when the person turned the suggestion on, and the chosen weeks have passed since their last."""
        settings = self.ctx.settings
        weeks = settings.get(REFLECT_REMIND_WEEKS)
        due = False
        if settings.get(REFLECT_REMIND):
            last = self.ctx.reflections.last_taken_at()
            due = reflection_due(last, weeks, self._clock())
        self.ui.reflectDueFrame.setVisible(due)
        if due:
            since = (self._clock() - last).days // 7
            text = (
                self.tr("It has been a week since you last reflected. Would you like to look again?")
                if since == 1
                else self.tr("It has been {weeks} weeks since you last reflected. Would you like to look again?")
            )
            self.ui.reflectDueLabel.setText(text.format(weeks=since))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._paint_frames()
        super().changeEvent(event)

    def _paint_frames(self) -> None:
        c = current_colours()
        for frame in (self.ui.reflectDueFrame, self.ui.ladderNextFrame):
            frame.setStyleSheet(f"QFrame#{frame.objectName()} {{ background: {c.accent_soft}; border-radius: 12px; }}")
