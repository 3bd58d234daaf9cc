"""Today: a calm start page with one kind sentence and the three practices a click away."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from walls_desktop.core.settings import KIND_SENTENCES, WELCOME_SEEN
from walls_desktop.gui.common.kind_sentences import next_sentence
from walls_desktop.gui.context import AppContext, StoreMode
from walls_desktop.gui.forms.ui_today_page import Ui_TodayPage
from walls_desktop.gui.pages.page import Page
from walls_desktop.store.changes import Record


class TodayPage(Page):
    watches = frozenset({Record.SETTING})
    setting_keys = frozenset({KIND_SENTENCES.key})  # the sentence shown comes from the user's list

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self.ui.breatheButton.clicked.connect(lambda: self.navigate_requested.emit("breathe"))
        self.ui.reframeButton.clicked.connect(lambda: self.navigate_requested.emit("reframe"))
        self.ui.momentButton.clicked.connect(self.log_moment_requested)
        # Built before the first-run welcome is closed, so "not seen yet" means this is the very first visit.
        # A temporary store is empty because the real one could not open, not because the person is new.
        first_visit = not ctx.settings.get(WELCOME_SEEN) and ctx.mode is not StoreMode.TEMPORARY
        self.ui.greeting.setText(self.tr("Welcome to Walls.") if first_visit else self.tr("Welcome back."))
        self._show_store_mode()
        self.refresh()

    def _show_store_mode(self) -> None:
        """Read-only data: logging a moment cannot work, so the button says why instead of doing nothing."""
        writable = self.ctx.writable
        self.ui.momentButton.setEnabled(writable)
        if not writable:
            self.ui.momentButton.setToolTip(self.tr("Your data is open read-only, so new moments cannot be kept."))

    def refresh(self) -> None:
        self.ui.kindSentence.setText(next_sentence(self.ctx))
