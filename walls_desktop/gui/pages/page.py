"""What every page of the main window is: the contract the window relies on, checked by a test over every page.

A page is built with the app context alone, is told when it is shown (``on_shown``), and may ask the window to
show another page, to show one and start its practice there (``practice_requested``: Today's one-click
suggestions), or to open the moment dialog, through its signals. It names the kinds of record it shows
(``watches``); when one of them changes anywhere, a visible page refreshes at once and a hidden page is marked
stale and refreshes when it is next shown, so nothing on screen is ever older than the store.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from walls_desktop.gui.common.feedback import report_read_failure
from walls_desktop.gui.context import AppContext
from walls_desktop.store.changes import Change, Record
from walls_desktop.store.errors import StoreError


class Page(QWidget):
    navigate_requested = Signal(str)  # the key of the page to show (pages.registry.PAGE_KEYS)
    log_moment_requested = Signal()
    practice_requested = Signal(str, object, object)  # a page's key, what to start there, the anxiety felt now

    watches: ClassVar[frozenset[Record]] = frozenset()
    setting_keys: ClassVar[frozenset[str]] = frozenset()  # for Record.SETTING: which settings the page shows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale = False
        if self.watches:
            ctx.changes.changed.connect(self._on_change)  # a bound slot: dropped with the page

    def on_shown(self) -> None:
        """The window calls this each time the page comes to the front."""
        if self.stale:
            self.stale = False
            self._refresh_or_tell()

    def refresh(self) -> None:
        """Read what the page shows from the store and show it. Pages that show stored records override it."""

    def start_practice(self, option: object = None, anxiety: int | None = None) -> None:
        """Start this page's practice at once (``option`` says which, where a page has several), taking
        ``anxiety`` as the rating before it. Pages without a practice to start need not override it."""

    def shows(self, change: Change) -> bool:
        """True when ``change`` alters something on this page."""
        if change.record is Record.SETTING:
            return Record.SETTING in self.watches and change.id in self.setting_keys
        return change.record in self.watches

    def _on_change(self, change: Change) -> None:
        if not self.shows(change):
            return
        if self.isVisible():
            self._refresh_or_tell()
        else:
            self.stale = True

    def _refresh_or_tell(self) -> None:
        """A store that cannot be read just now (locked, a damaged page) is told once; the page tries again
        when it is next shown."""
        try:
            self.refresh()
        except StoreError as error:
            self.stale = True
            report_read_failure(self, error)
