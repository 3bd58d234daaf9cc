"""Today: a calm start page with one kind sentence and the three practices a click away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_today_page import Ui_TodayPage
from walls_desktop.gui.kind_sentences import next_sentence


class TodayPage(QWidget):
    """Emits the key of the page the user wants to go to (see pages.registry.PAGE_KEYS)."""

    navigate_requested = Signal(str)
    log_moment_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self.ui.kindSentence.setText(next_sentence(ctx))
        self.ui.breatheButton.clicked.connect(lambda: self.navigate_requested.emit("breathe"))
        self.ui.reframeButton.clicked.connect(lambda: self.navigate_requested.emit("reframe"))
        self.ui.momentButton.clicked.connect(self.log_moment_requested)
