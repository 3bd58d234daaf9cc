"""Support: crisis lines, always offline, one click from every page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from walls_desktop.gui.forms.ui_support_page import Ui_SupportPage


class SupportPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SupportPage()
        self.ui.setupUi(self)
