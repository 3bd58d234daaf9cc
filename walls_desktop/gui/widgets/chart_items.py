"""Items the anxiety chart draws besides the moments: a scatter item with one style for all its points, and a
ladder try's mark (the anxiety expected before it, joined to the anxiety felt).

Imports pyqtgraph and numpy, so only the chart imports it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF

from walls_desktop.gui.common.theme import Colours

TRY_SIZE = 11


class OneStyleScatter(pg.ScatterPlotItem):
    """A scatter item whose points all share the item's symbol, size, pen and brush.

    pyqtgraph looks up each new point's style in its symbol atlas one point at a time (about 2 µs a point:
    over 200 ms for 100,000); with one style, every point takes the same atlas cell in one numpy assignment.
    """

    def updateSpots(self, dataSet=None) -> None:
        data = self.data if dataSet is None else dataSet
        if len(data) and self.opts["pxMode"] and self.opts["useCache"]:
            style = (self.opts["symbol"], self.opts["size"], self.opts["pen"], self.opts["brush"])
            data["sourceRect"] = self.fragmentAtlas[[style]][0]
            self.invalidate()
        super().updateSpots(dataSet)  # finds nothing left to look up; keeps the spot size for the bounds


class TryMarks:
    """Ladder tries: a hollow diamond at the anxiety expected, a filled one at the anxiety felt, joined by a
    thin line, so the gap between what was feared and what happened is what the eye sees."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.lines = pg.PlotDataItem(connect="pairs")
        self.expected = OneStyleScatter(pxMode=True, size=TRY_SIZE, symbol="d")
        self.felt = OneStyleScatter(pxMode=True, size=TRY_SIZE, symbol="d")
        for item in (self.lines, self.expected, self.felt):
            plot.addItem(item)
        self.lines.setClipToView(False)  # pairs must stay whole (see the session lines)
        self.lines.setDownsampling(auto=False)
        self.x = np.empty(0)
        self.y = np.empty(0)
        self.ids = np.empty(0, dtype=np.int64)

    def set_tries(
        self, times: Sequence[float], expected: Sequence[int], felt: Sequence[int], ids: Sequence[int]
    ) -> None:
        order = np.argsort(np.asarray(times, dtype=np.float64), kind="stable")
        self.x = np.asarray(times, dtype=np.float64)[order]
        self.y = np.asarray(felt, dtype=np.float64)[order]
        self.ids = np.asarray(ids, dtype=np.int64)[order]
        y_expected = np.asarray(expected, dtype=np.float64)[order]
        self.lines.setData(np.repeat(self.x, 2), np.column_stack((y_expected, self.y)).ravel())
        self.expected.setData(x=self.x, y=y_expected)
        self.felt.setData(x=self.x, y=self.y)

    def apply_colours(self, colours: Colours, colour: str) -> None:
        # Solid and one pixel: a dashed or wider pen costs Qt's raster engine ten times as much per segment.
        self.lines.setPen(pg.mkPen(colour, width=1))
        self.expected.setPen(pg.mkPen(colour, width=2))
        self.expected.setBrush(pg.mkBrush(colours.surface))
        self.felt.setPen(pg.mkPen(colours.surface, width=1))
        self.felt.setBrush(pg.mkBrush(colour))

    def near(self, view: pg.ViewBox, where: QPointF, radius_px: float) -> int | None:
        """The id of the try whose felt mark is within ``radius_px`` of ``where`` (view coordinates)."""
        if self.x.size == 0:
            return None
        pixel_w, pixel_h = view.viewPixelSize()
        start = int(np.searchsorted(self.x, where.x() - radius_px * pixel_w, side="left"))
        stop = int(np.searchsorted(self.x, where.x() + radius_px * pixel_w, side="right"))
        if start == stop:
            return None
        dx = (self.x[start:stop] - where.x()) / pixel_w
        dy = (self.y[start:stop] - where.y()) / pixel_h
        distances = dx * dx + dy * dy
        nearest = int(np.argmin(distances))
        return int(self.ids[start + nearest]) if distances[nearest] <= radius_px**2 else None
