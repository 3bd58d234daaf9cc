"""The main window: a sidebar of pages over a stack, menus, theme, remembered geometry, first-run welcome."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QListWidgetItem, QMainWindow, QVBoxLayout, QWidget

from walls_desktop.core.settings import THEME, WELCOME_SEEN, WINDOW_GEOMETRY, WINDOW_PAGE, ThemeMode
from walls_desktop.gui.common.feedback import write
from walls_desktop.gui.common.icons import app_icon
from walls_desktop.gui.common.theme import DARK, apply_theme
from walls_desktop.gui.context import AppContext, StoreMode
from walls_desktop.gui.forms.ui_main_window import Ui_MainWindow
from walls_desktop.gui.pages.page import Page
from walls_desktop.gui.pages.registry import PAGE_KEYS, PAGE_SPECS, PageSpec
from walls_desktop.store.errors import StoreError

if TYPE_CHECKING:  # the dialogs load when first opened, not at start-up
    from PySide6.QtGui import QCloseEvent  # PySide builds a type on first use: QEvent and its ~180 event types
    from PySide6.QtWidgets import QDialog

    from walls_desktop.gui.dialogs import AboutDialog, CrisisDialog, WelcomeDialog


class _PageSlot(QWidget):
    """Holds a page in the stack until it is first shown, then builds it."""

    def __init__(self, spec: PageSpec) -> None:
        super().__init__()
        self.spec = spec
        self.page: Page | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)


class MainWindow(QMainWindow):
    page_changed = Signal(str)
    theme_changed = Signal(bool)  # True when dark

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._apply_theme(self.theme_mode())  # before the widgets are made, so each is styled once
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(app_icon())
        self.welcome: WelcomeDialog | None = None
        self._slots: list[_PageSlot] = []
        self._build_navigation()
        self._build_theme_menu()
        self._connect_actions()
        self._show_store_mode()
        self._restore_state()

    # ----- navigation -------------------------------------------------------------------------------

    def _build_navigation(self) -> None:
        for number, spec in enumerate(PAGE_SPECS, start=1):
            shortcut = QKeySequence(f"Ctrl+{number}")
            item = QListWidgetItem(spec.translated_title)
            item.setToolTip(
                self.tr("{purpose} ({shortcut})").format(
                    purpose=spec.translated_purpose,
                    shortcut=shortcut.toString(QKeySequence.SequenceFormat.NativeText),
                )
            )
            self.ui.navList.addItem(item)
            slot = _PageSlot(spec)
            self._slots.append(slot)
            self.ui.pageStack.addWidget(slot)
            QShortcut(shortcut, self, activated=lambda key=spec.key: self.show_page(key))
        self.ui.navList.currentRowChanged.connect(self._on_row_changed)

    def show_page(self, key: str) -> Page:
        """Show the page with this key (building it on first use) and return it."""
        row = PAGE_KEYS.index(key)
        self.ui.navList.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> Page:
        slot = self._slots[PAGE_KEYS.index(key)]
        if slot.page is None:
            slot.page = slot.spec.create(self.ctx)
            slot.layout().addWidget(slot.page)
            self._connect_page(slot.page)
        return slot.page

    def current_key(self) -> str:
        return PAGE_KEYS[self.ui.pageStack.currentIndex()]

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = PAGE_KEYS[row]
        page = self.page(key)
        self.ui.pageStack.setCurrentIndex(row)
        page.on_shown()
        self._show_store_mode()  # reading the page may have found damaged entries
        self.page_changed.emit(key)

    def _connect_page(self, page: Page) -> None:
        """Pages ask for navigation through their signals (the Page contract) rather than knowing the window."""
        page.navigate_requested.connect(self.show_page)
        page.log_moment_requested.connect(self.log_moment)
        page.practice_requested.connect(self.start_practice)

    def start_practice(self, key: str, option: object = None, anxiety: int | None = None) -> Page:
        page = self.show_page(key)
        page.start_practice(option, anxiety)
        return page

    def log_moment(self) -> QDialog:
        """Open the dialog for a new closeness moment, over whatever page is showing (Ctrl+N)."""
        from walls_desktop.gui.pages.moments.moment_dialog import MomentDialog  # only when first wanted

        dialog = MomentDialog(self.ctx, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ----- menus ------------------------------------------------------------------------------------

    def _build_theme_menu(self) -> None:
        self._theme_actions = {
            ThemeMode.SYSTEM: self.ui.actionThemeSystem,
            ThemeMode.LIGHT: self.ui.actionThemeLight,
            ThemeMode.DARK: self.ui.actionThemeDark,
        }
        group = QActionGroup(self)
        for mode, action in self._theme_actions.items():
            group.addAction(action)
            action.triggered.connect(lambda _=False, m=mode: self.set_theme(m))
        QApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    def _connect_actions(self) -> None:
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionLogMoment.triggered.connect(self.log_moment)
        self.ui.actionSummary.triggered.connect(self.show_summary)
        self.ui.actionCrisisLines.triggered.connect(self.show_crisis_lines)
        self.ui.supportButton.clicked.connect(self.show_crisis_lines)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionWelcome.triggered.connect(self.show_welcome)

    def show_crisis_lines(self) -> CrisisDialog:
        from walls_desktop.gui.dialogs import CrisisDialog

        dialog = CrisisDialog(self.ctx.settings, self)
        dialog.open()
        return dialog

    def bring_to_front(self) -> None:
        """Another launch of Walls on this data folder asked for this window: show it, restored and active."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_summary(self) -> QDialog:
        from walls_desktop.gui.summary.dialog import open_summary  # pyqtgraph and the PDF code: only now

        return open_summary(self.ctx, self)

    def show_about(self) -> AboutDialog:
        from walls_desktop.gui.dialogs import AboutDialog

        dialog = AboutDialog(str(self.ctx.data_dir), self)
        dialog.open()
        return dialog

    # ----- theme ------------------------------------------------------------------------------------

    def theme_mode(self) -> ThemeMode:
        return self.ctx.settings.get(THEME)

    def set_theme(self, mode: ThemeMode) -> None:
        self._theme_actions[mode].setChecked(True)
        if self.ctx.writable:
            write(self, lambda: self.ctx.settings.set(THEME, mode))  # if not kept, it still applies until closing
        self._apply_theme(mode)

    def _apply_theme(self, mode: ThemeMode) -> None:
        colours = apply_theme(QApplication.instance(), mode)
        self.theme_changed.emit(colours is DARK)

    def _on_system_scheme_changed(self) -> None:
        if self.theme_mode() is ThemeMode.SYSTEM:
            self._apply_theme(ThemeMode.SYSTEM)

    # ----- store mode, state, first run -------------------------------------------------------------

    def _show_store_mode(self) -> None:
        banner = {
            StoreMode.READ_ONLY: self.tr(
                "Your data is open read-only: you can look back at everything, but nothing new will be saved."
            ),
            StoreMode.TEMPORARY: self.tr(
                "You are using a temporary store. Nothing you do now is kept after Walls closes."
            ),
        }.get(self.ctx.mode)
        damaged = len(self.ctx.database.damaged)
        if damaged:  # rows another program damaged: left out of every list, the file itself left alone
            note = (
                (
                    self.tr("One entry in your data file is damaged and cannot be shown.")
                    if damaged == 1
                    else self.tr("{count} entries in your data file are damaged and cannot be shown.").format(
                        count=damaged
                    )
                )
                + " "
                + self.tr("Everything else is here, and Walls has not changed the file.")
            )
            banner = f"{banner}\n{note}" if banner else note
        self.ui.storeBanner.setVisible(banner is not None)
        if not self.ctx.writable:  # nothing new can be kept: the menu says so rather than opening a dead form
            self.ui.actionLogMoment.setEnabled(False)
            self.ui.actionLogMoment.setToolTip(self.tr("Your data is open read-only, so new moments cannot be kept."))
        if banner:
            self.ui.storeBanner.setText(banner)

    def _restore_state(self) -> None:
        self._theme_actions[self.theme_mode()].setChecked(True)  # the look itself is applied in __init__
        geometry = self.ctx.settings.get(WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii", "replace")))
        last = self.ctx.settings.get(WINDOW_PAGE)
        self.show_page(last if last in PAGE_KEYS else WINDOW_PAGE.default)

    def save_state(self) -> None:
        if not self.ctx.writable:
            return
        try:  # closing: nothing to tell the user on failure, the window simply opens as before next time
            self.ctx.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64()).decode("ascii"))
            self.ctx.settings.set(WINDOW_PAGE, self.current_key())
        except StoreError:
            pass

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def maybe_show_welcome(self) -> None:
        """Show the welcome once, on the first run, after the window itself is on screen (not over a temporary
        store: that one is empty because the person's own data could not be opened)."""
        if self.ctx.mode is not StoreMode.TEMPORARY and not self.ctx.settings.get(WELCOME_SEEN):
            QTimer.singleShot(0, self.show_welcome)

    def show_welcome(self) -> WelcomeDialog:
        from walls_desktop.gui.dialogs import WelcomeDialog

        self.welcome = WelcomeDialog(str(self.ctx.db_path), self)
        self.welcome.finished.connect(self._on_welcome_finished)
        self.welcome.open()
        return self.welcome

    def _on_welcome_finished(self) -> None:
        if self.ctx.writable:
            write(self, lambda: self.ctx.settings.set(WELCOME_SEEN, True))
