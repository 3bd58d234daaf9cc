"""Support: crisis lines, always offline, one click from every page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_support_page import Ui_SupportPage
from walls_desktop.gui.pages.page import Page


class SupportPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SupportPage()
        self.ui.setupUi(self)
