"""Small layout helpers shared by pages and dialogs."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QBoxLayout, QDialog, QListWidget, QSizePolicy, QStackedWidget, QWidget


def keep_room_when_hidden(*widgets: QWidget) -> None:
    """Hidden, these widgets still take their place in the layout, so showing them (a caution, a message
    beside a field) moves nothing under the pointer."""
    for widget in widgets:
        policy = widget.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        widget.setSizePolicy(policy)


class ReflowWhenNarrow(QObject):
    """Lays a row's items out one above the other when the row is too narrow for them side by side (two long
    buttons on a small window), and back in a row once there is room again. Without it the row's minimum width
    would be the sum of its items', and a small window would cut them off."""

    def __init__(self, row: QWidget) -> None:
        super().__init__(row)
        layout = row.layout()
        if not isinstance(layout, QBoxLayout):
            raise TypeError("ReflowWhenNarrow needs a widget laid out by a QBoxLayout")
        policy = row.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # the row's width comes from its parent
        row.setSizePolicy(policy)
        row.installEventFilter(self)

    @property
    def _layout(self) -> QBoxLayout:
        return self.parent().layout()

    def side_by_side_width(self) -> int:
        """The width the items need in a row, each at its preferred size."""
        items = [self._layout.itemAt(index) for index in range(self._layout.count())]
        shown = [item for item in items if not (item.widget() and item.widget().isHidden()) and not item.spacerItem()]
        margins = self._layout.contentsMargins()
        spacing = max(self._layout.spacing(), 0) * max(len(shown) - 1, 0)
        return sum(item.sizeHint().width() for item in shown) + spacing + margins.left() + margins.right()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Asked of the parent, not a Python attribute: Qt may still filter while the wrapper is torn down.
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and watched is self.parent():
            self.reflow()
        return False

    def reflow(self) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if self.side_by_side_width() <= self.parent().width()
            else QBoxLayout.Direction.TopToBottom
        )
        if self._layout.direction() == wanted:
            return
        self._layout.setDirection(wanted)
        # One above the other, each keeps its own width rather than stretching across the row.
        stacked = wanted is QBoxLayout.Direction.TopToBottom
        for index in range(self._layout.count()):
            widget = self._layout.itemAt(index).widget()
            if widget is not None:
                self._layout.setAlignment(widget, Qt.AlignmentFlag.AlignLeft if stacked else Qt.AlignmentFlag(0))


class CurrentPageStack(QStackedWidget):
    """A stack of pages that asks for the room of the page on show alone. A QStackedWidget asks for its
    largest page's room, so a short page would leave empty space to scroll through. Its pages are
    ``StackPage``s, which take care of height-for-width (Qt asks every page for that directly). Both are
    promoted in Designer, from QStackedWidget and QWidget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class StackPage(QWidget):
    """A page of a CurrentPageStack: while another page is on show it needs no height at any width."""

    def heightForWidth(self, width: int) -> int:
        stack = self.parentWidget()
        if isinstance(stack, QStackedWidget) and stack.currentWidget() is not self:
            return -1
        return super().heightForWidth(width)


class HoldTextWhole(QObject):
    """Keeps a dialog from being made so small that its wrapped text is cut. Qt sizes a window by its layout's
    minimum, which ignores that wrapped text grows taller as it narrows; this sets the window's minimum height
    to what its layout needs at the narrowest width allowed, and again whenever its text changes."""

    def __init__(self, window: QWidget, narrowest: int = 0) -> None:
        super().__init__(window)
        if narrowest:
            window.setMinimumWidth(narrowest)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Asked of the parent, not a Python attribute: Qt may still filter while the wrapper is torn down.
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest) and watched is self.parent():
            self.fit()
        return False

    def fit(self) -> None:
        window = self.parent()
        layout = window.layout()
        if layout is None:
            return
        least = layout.totalMinimumSize()
        width = max(window.minimumWidth(), least.width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(height, least.height())
        if window.minimumHeight() != height:
            window.setMinimumHeight(height)


class ReturnFocus(QObject):
    """When a dialog closes, the keyboard focus goes back to the widget that had it when the dialog opened
    (the button that opened it, the list row being read). Qt leaves that to the window manager, which does
    not always bring the focus back; then a keyboard user would start again from nowhere."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._before: QWidget | None = None
        dialog.installEventFilter(self)
        dialog.finished.connect(self._give_back)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.parent():
            focused = QApplication.focusWidget()
            self._before = focused if focused is not None and focused.window() is not watched else None
        return False

    def _give_back(self) -> None:
        before = self._before
        if before is None or not shiboken6.isValid(before) or not before.isVisible():
            return
        # After the dialog has gone: the window beneath must be active again before it takes the focus.
        QTimer.singleShot(0, before, lambda: (before.window().activateWindow(), before.setFocus()))


class FitListToRows(QObject):
    """Keeps a list exactly as tall as its rows (wrapped text included), up to ``max_rows``, so that on a
    scrolling page the page scrolls and the list shows whole rows. Measured from the text at the width the
    rows really get, again whenever the list is resized or its rows change."""

    ITEM_PADDING = 12  # the theme's QListWidget::item padding, above and below

    def __init__(self, view: QListWidget, max_rows: int = 8) -> None:
        super().__init__(view)
        self._view = view  # (parent() gives back a plain QWidget here)
        self._max_rows = max_rows
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        view.installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self.fit)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self, *_args: object) -> None:
        view = self._view
        if not shiboken6.isValid(view):
            return
        rows = view.count()
        fits = rows <= self._max_rows
        view.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        scroll_bar = 0 if fits else view.verticalScrollBar().sizeHint().width()
        width = max(view.viewport().width() - scroll_bar, 40)
        metrics = view.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        heights = [
            metrics.boundingRect(QRect(0, 0, width, 100_000), flags, view.item(row).text()).height() + self.ITEM_PADDING
            for row in range(min(rows, self._max_rows))
        ]
        chrome = view.height() - view.viewport().height()  # the frame and the theme's padding, once laid out
        if not 0 <= chrome <= 4 * view.frameWidth():
            chrome = 2 * view.frameWidth()
        view.setFixedHeight(chrome + 2 + (sum(heights) if heights else 32))
