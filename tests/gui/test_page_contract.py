"""Every page of the main window keeps the Page contract: built from the app context alone, told when it is
shown, and asking the window for navigation through its two signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.page import Page
from walls_desktop.gui.pages.registry import PAGE_KEYS, PAGE_SPECS
from walls_desktop.store.changes import Action, Change, Record


@pytest.mark.parametrize("spec", PAGE_SPECS, ids=lambda spec: spec.key)
def test_every_registered_page_is_a_page_built_from_the_context(qtbot, ctx, spec) -> None:
    page = spec.create(ctx)
    qtbot.addWidget(page)
    assert isinstance(page, Page) and page.ctx is ctx
    page.show()
    page.on_shown()  # may be called at any time, with nothing changed
    assert not page.stale
    with qtbot.waitSignal(page.navigate_requested):
        page.navigate_requested.emit("today")
    with qtbot.waitSignal(page.log_moment_requested):
        page.log_moment_requested.emit()
    for record in page.watches:
        assert isinstance(record, Record)
    assert not page.setting_keys or Record.SETTING in page.watches


def test_the_window_follows_every_pages_requests(qtbot, window: MainWindow) -> None:
    for key in PAGE_KEYS:
        page = window.show_page(key)
        target = "support" if key != "support" else "today"
        page.navigate_requested.emit(target)
        assert window.current_key() == target
    today = window.show_page("today")
    qtbot.mouseClick(today.ui.breatheButton, Qt.MouseButton.LeftButton)
    assert window.current_key() == "breathe"


def test_a_page_hears_only_what_it_shows(qtbot, ctx) -> None:
    class Probe(Page):
        watches = frozenset({Record.MOMENT, Record.SETTING})
        setting_keys = frozenset({"view.theme"})

        def __init__(self, ctx) -> None:
            super().__init__(ctx)
            self.refreshed = 0

        def refresh(self) -> None:
            self.refreshed += 1

    probe = Probe(ctx)
    qtbot.addWidget(probe)
    probe.show()
    board = ctx.changes
    board.changed.emit(Change(Record.REFRAME, 1, Action.ADDED))
    board.changed.emit(Change(Record.SETTING, "window.page", Action.CHANGED))
    assert probe.refreshed == 0
    board.changed.emit(Change(Record.MOMENT, 1, Action.ADDED))
    board.changed.emit(Change(Record.SETTING, "view.theme", Action.CHANGED))
    assert probe.refreshed == 2
    probe.hide()
    board.changed.emit(Change(Record.MOMENT, 2, Action.REMOVED))
    assert probe.refreshed == 2 and probe.stale
    probe.show()
    probe.on_shown()
    assert probe.refreshed == 3 and not probe.stale
