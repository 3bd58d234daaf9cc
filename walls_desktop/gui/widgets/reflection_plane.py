"""Reflect's plane: unease with closeness across, worry about being left up, both 1 to 7. Each reflection about
one focus is a dot, joined oldest to newest; the newest is larger and in the accent colour, with its date.

The plane is a space of two continuous dimensions, so it has no quadrant names and no regions: only faint
lines at the middle of each scale. Importing this module imports pyqtgraph, so Reflect imports it only when it
first shows a result.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QWidget

from walls_desktop.gui.common.theme import Colours, current_colours

LOW, HIGH = 1.0, 7.0
MIDDLE = 4.0
MARGIN = 0.35  # room around 1 and 7, so a dot at the edge is whole
EARLIER_SIZE, NEWEST_SIZE = 11, 19
LABEL_GAP = 0.22  # between the newest dot's centre and its date, in scale units
PLANE_MAX_WIDTH, PLANE_MAX_HEIGHT = 620, 460  # larger would stretch a square space into a strip


class ReflectionPlane(pg.PlotWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[float, float]] = []
        self._newest_label = ""
        self.setAccessibleName(self.tr("Your reflections on a plane of unease with closeness and worry"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMaximumSize(PLANE_MAX_WIDTH, PLANE_MAX_HEIGHT)
        self.setMinimumHeight(300)  # nothing to do with it by keyboard; the text says it all
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        view = plot.getViewBox()
        view.setMouseEnabled(x=False, y=False)
        view.setRange(xRange=(LOW - MARGIN, HIGH + MARGIN), yRange=(LOW - MARGIN, HIGH + MARGIN), padding=0)
        view.enableAutoRange(enable=False)
        ticks = [[(value, str(value)) for value in range(1, 8)], []]
        for name in ("left", "bottom"):
            plot.getAxis(name).setTicks(ticks)
        self.middle_lines = [
            pg.InfiniteLine(MIDDLE, angle=90, movable=False),
            pg.InfiniteLine(MIDDLE, angle=0, movable=False),
        ]
        for line in self.middle_lines:
            plot.addItem(line)
        self.path = pg.PlotDataItem()
        self.earlier = pg.ScatterPlotItem(size=EARLIER_SIZE)
        self.newest = pg.ScatterPlotItem(size=NEWEST_SIZE)
        self.newest_date = pg.TextItem(anchor=(0, 0.5))
        for item in (self.path, self.earlier, self.newest, self.newest_date):
            plot.addItem(item)
        self.apply_colours()

    def set_path(self, points: Sequence[tuple[float, float]], newest_label: str) -> None:
        """``points`` are (unease, worry), oldest first; ``newest_label`` is written beside the last one."""
        self._points = list(points)
        self._newest_label = newest_label
        xs = [x for x, _ in self._points]
        ys = [y for _, y in self._points]
        self.path.setData(xs, ys)
        self.earlier.setData(xs[:-1], ys[:-1])
        self.newest.setData(xs[-1:], ys[-1:])
        self.newest_date.setText(newest_label if self._points else "")
        if self._points:
            x, y = self._points[-1]
            # Beside the dot, on the side with room, so the date never runs off the plane.
            right = x <= MIDDLE + 1
            self.newest_date.setAnchor((0.0 if right else 1.0, 0.5))
            self.newest_date.setPos(x + (LABEL_GAP if right else -LABEL_GAP), y)

    def sizeHint(self) -> QSize:
        return QSize(PLANE_MAX_WIDTH, PLANE_MAX_HEIGHT - 40)  # as wide as it may be, on a page that has room

    @property
    def points(self) -> list[tuple[float, float]]:
        return list(self._points)

    def apply_colours(self, colours: Colours | None = None) -> None:
        colours = colours or current_colours()
        self.setBackground(colours.surface)
        plot = self.getPlotItem()
        for name, label in (("bottom", self.tr("Unease with closeness")), ("left", self.tr("Worry about being left"))):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(colours.muted))
            axis.setTextPen(pg.mkPen(colours.text))
            axis.setLabel(label, color=colours.text)
        for line in self.middle_lines:
            line.setPen(pg.mkPen(colours.border, width=1, style=Qt.PenStyle.DashLine))
        self.path.setPen(pg.mkPen(colours.muted, width=2))
        self.earlier.setPen(pg.mkPen(colours.surface, width=1))
        self.earlier.setBrush(pg.mkBrush(colours.muted))
        self.newest.setPen(pg.mkPen(colours.surface, width=2))
        self.newest.setBrush(pg.mkBrush(colours.accent))
        self.newest_date.setColor(colours.text)

    def changeEvent(self, event: QEvent) -> None:
        built = getattr(self, "newest_date", None) is not None  # pyqtgraph changes the palette while building
        if built and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self, self.apply_colours)  # the theme marks itself dark just after the palette
        super().changeEvent(event)
