"""The small dialogs: welcome on first run, About, and crisis lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QWidget

from walls_desktop import __version__
from walls_desktop.gui.common.icons import app_icon
from walls_desktop.gui.common.layout import HoldTextWhole, ReturnFocus
from walls_desktop.gui.common.theme import set_role
from walls_desktop.gui.forms.ui_welcome_dialog import Ui_WelcomeDialog

if TYPE_CHECKING:
    from walls_desktop.store.settings import SettingsRepository


class WelcomeDialog(QDialog):
    def __init__(self, data_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        HoldTextWhole(self, narrowest=520)
        ReturnFocus(self)
        self.ui.dataPath.setText(data_file)
        begin = self.ui.buttons.button(self.ui.buttons.StandardButton.Ok)
        begin.setText(self.tr("Begin"))
        set_role(begin, "primary")
        begin.setFocus()


class AboutDialog(QDialog):
    def __init__(self, data_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from walls_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog  # not needed for the first-run welcome

        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        HoldTextWhole(self, narrowest=480)
        ReturnFocus(self)
        self.ui.icon.setPixmap(app_icon().pixmap(128, 128))
        self.ui.title.setText(self.tr("Walls {version}").format(version=__version__))
        self.ui.dataPath.setText(self.tr("Your data is kept in {path}").format(path=data_file))


class CrisisDialog(QDialog):
    def __init__(self, settings: SettingsRepository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from walls_desktop.gui.forms.ui_crisis_dialog import Ui_CrisisDialog  # brings html and the lines
        from walls_desktop.gui.widgets.crisis_lines import bind_country_choice

        self.ui = Ui_CrisisDialog()
        self.ui.setupUi(self)
        bind_country_choice(self.ui.countryChoice, self.ui.linesView, settings)
        HoldTextWhole(self)
        ReturnFocus(self)
        self.setWindowIcon(QIcon(app_icon()))
