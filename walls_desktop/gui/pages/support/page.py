"""Support: crisis lines first, always offline and one click from every page, the person's own country first;
then plain information about the therapies that work with attachment, how to find a therapist, and how Walls
can sit beside therapy; and the summary of their practice a person may bring to a therapist."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QDialog, QWidget

from walls_desktop.core.settings import SUPPORT_COUNTRY
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_support_page import Ui_SupportPage
from walls_desktop.gui.pages.page import Page
from walls_desktop.gui.widgets.crisis_lines import bind_country_choice, show_chosen_country
from walls_desktop.store.changes import Record

LINES, THERAPY = range(2)  # the views


class SupportPage(Page):
    watches = frozenset({Record.SETTING})
    setting_keys = frozenset({SUPPORT_COUNTRY.key})  # chosen here or in the crisis-lines dialog

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SupportPage()
        self.ui.setupUi(self)
        ui = self.ui
        group = QButtonGroup(self)
        group.addButton(ui.linesButton, LINES)
        group.addButton(ui.therapyButton, THERAPY)
        group.idClicked.connect(self.show_view)
        bind_country_choice(ui.countryChoice, ui.linesView, ctx.settings)
        ui.summaryButton.clicked.connect(self.open_summary)

    def refresh(self) -> None:
        show_chosen_country(self.ui.countryChoice, self.ui.linesView, self.ctx.settings)  # chosen elsewhere

    def open_summary(self) -> QDialog:
        from walls_desktop.gui.summary.dialog import open_summary  # pyqtgraph and the PDF code: only now

        return open_summary(self.ctx, self.window())

    def show_view(self, view: int) -> None:
        self.ui.views.setCurrentIndex(view)
        (self.ui.linesButton if view == LINES else self.ui.therapyButton).setChecked(True)

    def go_to(self, key: str) -> None:
        """The part named ``key`` at the top of the therapy view, with the focus there for reading on by key."""
        self.show_view(THERAPY)
        self.ui.therapyView.go_to(key)
        self.ui.therapyView.setFocus()
