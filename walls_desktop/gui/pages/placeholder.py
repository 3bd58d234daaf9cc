"""A page whose practice is not built yet: it says so plainly and kindly."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_placeholder_page import Ui_PlaceholderPage
from walls_desktop.gui.pages.page import Page


class PlaceholderPage(Page):
    def __init__(self, ctx: AppContext, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_PlaceholderPage()
        self.ui.setupUi(self)
        self.ui.title.setText(title)
        self.ui.purpose.setText(purpose)
