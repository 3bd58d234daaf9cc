"""Support: crisis lines first, always offline and one click from every page; then plain information about
the therapies that work with attachment, how to find a therapist, and how Walls can sit beside therapy."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QWidget

from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_support_page import Ui_SupportPage
from walls_desktop.gui.pages.page import Page

LINES, THERAPY = range(2)  # the views


class SupportPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SupportPage()
        self.ui.setupUi(self)
        ui = self.ui
        group = QButtonGroup(self)
        group.addButton(ui.linesButton, LINES)
        group.addButton(ui.therapyButton, THERAPY)
        group.idClicked.connect(self.show_view)

    def show_view(self, view: int) -> None:
        self.ui.views.setCurrentIndex(view)
        (self.ui.linesButton if view == LINES else self.ui.therapyButton).setChecked(True)

    def go_to(self, key: str) -> None:
        """The part named ``key`` at the top of the therapy view, with the focus there for reading on by key."""
        self.show_view(THERAPY)
        self.ui.therapyView.go_to(key)
        self.ui.therapyView.setFocus()
