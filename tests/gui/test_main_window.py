"""The shell as a user meets it: pages by click and shortcut, theme, remembered state, first run, help."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from walls_desktop.core.settings import THEME, WELCOME_SEEN, WINDOW_PAGE
from walls_desktop.gui.common.theme import DARK, LIGHT, ThemeMode
from walls_desktop.gui.context import StoreMode
from walls_desktop.gui.dialogs import CrisisDialog, WelcomeDialog
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.registry import PAGE_KEYS, PAGE_SPECS


def click_nav(qtbot, window: MainWindow, key: str) -> None:
    nav = window.ui.navList
    rect = nav.visualItemRect(nav.item(PAGE_KEYS.index(key)))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def visible_texts(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_sidebar_lists_every_page_in_order(window: MainWindow) -> None:
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert titles == ["Today", "Breathe", "Settle", "Reframe", "Moments", "Ladder", "Reflect", "Support"]
    assert window.current_key() == "today"


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_clicking_a_page_in_the_sidebar_shows_it(qtbot, window: MainWindow, key: str) -> None:
    click_nav(qtbot, window, key)
    assert window.current_key() == key
    assert window.ui.pageStack.currentWidget().isVisible()


@pytest.mark.parametrize(("number", "key"), list(enumerate(PAGE_KEYS, start=1)))
def test_ctrl_number_shortcut_shows_the_page(qtbot, window: MainWindow, number: int, key: str) -> None:
    window.show_page("support" if key == "today" else "today")
    window.activateWindow()
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == key


def test_pages_not_built_yet_say_so_kindly(qtbot, window: MainWindow) -> None:
    for spec in PAGE_SPECS:
        if spec.build is None:
            page = window.show_page(spec.key)
            text = visible_texts(page)
            assert spec.title in text and "still being built" in text


def test_today_buttons_lead_to_the_practices(qtbot, window: MainWindow) -> None:
    today = window.show_page("today")
    qtbot.mouseClick(today.ui.breatheButton, Qt.MouseButton.LeftButton)
    assert window.current_key() == "breathe"
    today = window.show_page("today")
    qtbot.mouseClick(today.ui.reframeButton, Qt.MouseButton.LeftButton)
    assert window.current_key() == "reframe"


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_crisis_lines_are_one_click_from_every_page(qtbot, window: MainWindow, key: str) -> None:
    window.show_page(key)
    assert window.ui.careNote.isVisible() and "not a substitute for professional care" in window.ui.careNote.text()
    qtbot.mouseClick(window.ui.supportButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(CrisisDialog)
    assert dialog is not None and dialog.isVisible()
    assert "988" in dialog.ui.linesView.toPlainText() and "112" in dialog.ui.linesView.toPlainText()
    dialog.close()


def test_f1_opens_crisis_lines(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(CrisisDialog) is not None)


def test_every_control_on_every_page_has_a_name(qtbot, window: MainWindow) -> None:
    """Screen readers announce buttons by text or accessible name; an unnamed control is a dead end."""
    unnamed = []
    for key in PAGE_KEYS:
        page = window.show_page(key)
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(page) and not (button.text().strip() or button.accessibleName().strip()):
                unnamed.append(f"{key}: {button.objectName()}")
    assert not unnamed


def test_theme_switch_applies_and_is_remembered(qtbot, window: MainWindow, ctx) -> None:
    window.ui.actionThemeDark.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == DARK.window.upper()
    assert ctx.settings.get(THEME) == "dark"
    window.ui.actionThemeLight.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == LIGHT.window.upper()
    window.ui.actionThemeDark.trigger()
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.theme_mode() is ThemeMode.DARK and again.ui.actionThemeDark.isChecked()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == DARK.window.upper()
    again.ui.actionThemeSystem.trigger()
    assert ctx.settings.get(THEME) == "system"


def test_geometry_and_last_page_are_remembered(qtbot, window: MainWindow, ctx) -> None:
    window.resize(780, 640)  # inside the 800x800 offscreen screen: restore clamps to it
    window.show_page("reframe")
    window.close()
    assert ctx.settings.get(WINDOW_PAGE) == "reframe"
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.current_key() == "reframe"
    assert (again.width(), again.height()) == (780, 640)


def test_welcome_is_shown_on_first_run_only(qtbot, ctx) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.maybe_show_welcome()
    qtbot.waitUntil(lambda: first.welcome is not None and first.welcome.isVisible())
    welcome = first.welcome
    assert str(ctx.db_path) in welcome.ui.dataPath.text()
    assert "not a substitute for professional care" in visible_texts(welcome)
    qtbot.mouseClick(welcome.ui.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    assert ctx.settings.get(WELCOME_SEEN) is True
    first.close()

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    second.maybe_show_welcome()
    qtbot.wait(50)  # the welcome would be posted with a zero timer; give it the chance to appear
    assert second.welcome is None and not second.findChildren(WelcomeDialog)


def test_about_says_it_is_no_substitute_for_care(qtbot, window: MainWindow) -> None:
    dialog = window.show_about()
    assert "not a substitute for professional care" in visible_texts(dialog)
    assert "0." in dialog.ui.title.text()


def test_read_only_mode_shows_a_banner_and_saves_nothing(qtbot, ctx) -> None:
    ctx.mode = StoreMode.READ_ONLY
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.storeBanner.isVisible() and "read-only" in window.ui.storeBanner.text()
    window.show_page("support")
    window.close()  # must not try to write the geometry
    ctx.mode = StoreMode.NORMAL
    assert ctx.database.query_one("SELECT 1 FROM settings WHERE key = ?", (WINDOW_PAGE.key,)) is None


def internet_socket_inodes() -> set[str]:
    """Inodes of this process's open TCP/UDP sockets (IPv4 and IPv6), read from Linux's /proc."""
    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            link = os.readlink(fd)
        except FileNotFoundError:  # the fd used to list the folder is already closed
            continue
        if link.startswith("socket:["):
            mine.add(link.removeprefix("socket:[").removesuffix("]"))
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        rows = Path(f"/proc/self/net/{table}").read_text().splitlines()[1:]
        inet.update(row.split()[9] for row in rows)
    return mine & inet


@pytest.mark.skipif(not Path("/proc/self/net/tcp").exists(), reason="reads Linux's /proc")
def test_no_internet_socket_is_open_after_visiting_every_page(window: MainWindow) -> None:
    """Qt's network library comes along with its sound module, so check what matters: no socket to anywhere
    (this sees sockets made in C++ by Qt too, which the Python guard in conftest cannot)."""
    for key in PAGE_KEYS:
        window.show_page(key)
    assert internet_socket_inodes() == set()


def test_the_internet_socket_check_sees_a_socket() -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))  # bound, never connected: the guard allows it, the check must see it
        assert internet_socket_inodes()


def test_tab_moves_from_the_sidebar_through_support_into_the_page(qtbot, window: MainWindow) -> None:
    today = window.show_page("today")
    window.activateWindow()
    window.ui.navList.setFocus()
    reached = []
    for _ in range(16):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[0] is window.ui.supportButton  # help first, right under the pages
    assert today.ui.happeningEdit in reached and today.ui.checkInButton in reached and today.ui.breatheButton in reached
    assert reached.index(today.ui.happeningEdit) < reached.index(today.ui.checkInButton)  # top to bottom
    assert reached.index(today.ui.checkInButton) < reached.index(today.ui.breatheButton)


def test_a_first_visit_is_greeted_as_new_and_a_later_one_as_returning(qtbot, ctx) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    assert first.page("today").ui.greeting.text() == "Welcome to Walls."
    first.close()
    ctx.settings.set(WELCOME_SEEN, True)  # what closing the welcome does
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.page("today").ui.greeting.text() == "Welcome back."


def test_a_temporary_store_does_not_greet_the_person_as_new(qtbot, ctx) -> None:
    """Their own data could not be opened; they are not new, and the welcome's promise of where entries are
    kept would point at a folder that goes when Walls closes."""
    ctx.mode = StoreMode.TEMPORARY
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.maybe_show_welcome()
    qtbot.wait(20)
    assert window.welcome is None
    assert window.page("today").ui.greeting.text() == "Welcome back."
    ctx.mode = StoreMode.NORMAL


def test_read_only_data_offers_no_dead_way_to_log_a_moment(qtbot, ctx) -> None:
    from walls_desktop.gui.pages.moments.moment_dialog import MomentDialog

    ctx.settings.set(WELCOME_SEEN, True)
    ctx.mode = StoreMode.READ_ONLY
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    today = window.show_page("today")
    assert not today.ui.momentButton.isEnabled() and "read-only" in today.ui.momentButton.toolTip()
    assert not window.ui.actionLogMoment.isEnabled() and "read-only" in window.ui.actionLogMoment.toolTip()
    assert window.ui.menuFile.toolTipsVisible()  # the reason shows on the greyed menu item
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.findChild(MomentDialog) is None
    moments = window.show_page("moments")
    assert not moments.ui.logButton.isEnabled() and moments.ui.readOnlyNote.isVisible()
    window.close()
    ctx.mode = StoreMode.NORMAL


def test_a_damaged_entry_is_named_in_the_banner_and_the_rest_is_shown(qtbot, window: MainWindow, ctx) -> None:
    import sqlite3
    from datetime import UTC, datetime, timedelta

    from walls_desktop.core.reframe import Reframe

    when = datetime.now(UTC) - timedelta(days=3)
    kept = [ctx.reframes.add(Reframe(created_at=when, critic=f"critic {n}", reframe="kinder")) for n in range(3)]
    other = sqlite3.connect(ctx.db_path)  # another program writes bytes that are not text
    with other:
        other.execute(f"UPDATE reframes SET friend = CAST(X'FF' AS TEXT) WHERE id = {kept[0].id}")
    other.close()
    assert not window.ui.storeBanner.isVisible()
    page = window.show_page("reframe")
    qtbot.waitUntil(window.ui.storeBanner.isVisible)
    assert "One entry in your data file is damaged" in window.ui.storeBanner.text()
    assert page.ui.journalList.count() == 2  # the others are all there
