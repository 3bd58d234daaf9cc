"""The anxiety chart: every closeness moment as a point over time, a rolling average, practices to settle
(breathing, grounding, a kind pause) as a before-to-after drop, check-ins as small crosses, ladder tries, and
reframes as small marks along the bottom.

Built for a hundred thousand moments over years. The chart keeps every moment in sorted numpy arrays but
feeds its items only the moments in and around the view (a view's width either side), again when the view
moves past them. Each kind is one scatter item with one symbol, pen and brush for all its points, so a point
costs no Python. When the fed moments outnumber the pixel columns, points of one kind at the same rating in
the same pixel column (which would cover each other exactly) are drawn once, and the 7-day average line gets
one point per pixel column. The average comes from core, computed once per moment and only when first shown.
Finding the point under the mouse looks only at the moments within reach (a bisection on time). Only x pans
and zooms; y stays 0-10.

Importing this module imports numpy and pyqtgraph, so only the Moments page imports it, when first shown.
Promoted in Designer files by header ``walls_desktop.gui.widgets.anxiety_chart``.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QCursor, QKeyEvent
from PySide6.QtWidgets import QToolTip, QWidget

from walls_desktop.core.insights import rolling_average_at
from walls_desktop.core.moments import ClosenessKind
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.common.theme import DARK, Colours, current_colours
from walls_desktop.gui.widgets.calendar_axis import CalendarAxis
from walls_desktop.gui.widgets.chart_items import OneStyleScatter, TryMarks

DAY = 86_400.0
Y_BOTTOM, Y_TOP = -1.0, 10.6  # 0-10, with room below 0 for the reframe marks
REFRAME_Y = -0.55
HIT_RADIUS_PX = 9.0
POINT_SIZE = 11
AVERAGE_DAYS = 7
FEED_MARGIN = 1.0  # view widths fed either side of the view: panning re-feeds once per view width

KINDS: tuple[ClosenessKind, ...] = tuple(ClosenessKind)
KIND_CODES = {kind.value: code for code, kind in enumerate(KINDS)}
# Okabe-Ito hues (told apart with the common kinds of colour blindness), softened for a calm page, plus a
# shape per kind so that colour is never the only cue.
_KIND_COLOURS = {
    False: ("#0072B2", "#B8608F", "#007A5A", "#B77B00", "#C45200", "#3A8DBF", "#6F6F6F"),
    True: ("#6CB6E8", "#E59CC4", "#4CC9A0", "#E6B445", "#F08A4B", "#9AD2F2", "#B5B5B5"),
}
KIND_SYMBOLS = ("o", "s", "d", "t", "p", "h", "star")
SYMBOL_GLYPHS = ("●", "■", "◆", "▼", "⬟", "⬢", "★")


TRY_COLOURS = {False: "#6A3FA0", True: "#C9B2F2"}  # a violet no kind uses, 3:1 and more on either surface


def kind_colour(kind: ClosenessKind, dark: bool) -> str:
    return _KIND_COLOURS[dark][KIND_CODES[kind.value]]


class AnxietyChart(pg.PlotWidget):
    moment_clicked = Signal(int)  # the id of the moment the user clicked
    try_clicked = Signal(int)  # the id of the ladder try the user clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": CalendarAxis(orientation="bottom")})
        self.describe: Callable[[int], str] | None = None  # the tooltip text for a moment id
        self.describe_try: Callable[[int], str] | None = None  # the tooltip text for a ladder try's id
        self.hover_text = ""
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._ids = np.empty(0, dtype=np.int64)
        self._codes = np.empty(0, dtype=np.int8)  # the kind of each moment, as its index in KINDS
        self._average = np.empty(0)  # NaN until computed
        self._fed: list[np.ndarray] = [np.empty(0, dtype=np.intp) for _ in KINDS]  # indices drawn, per kind
        self._fed_span: tuple[float, float, float] | None = None  # low, high, pixel width when fed
        self._thinned = False
        self.setAccessibleName(self.tr("Chart of anxiety in moments of closeness over time"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build_plot()
        self._build_items()
        self.apply_colours()

    # ----- building ----------------------------------------------------------------------------------

    def _build_plot(self) -> None:
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        view = plot.getViewBox()
        view.setMouseEnabled(x=True, y=False)
        view.setLimits(yMin=Y_BOTTOM, yMax=Y_TOP, minXRange=DAY / 4)
        view.setYRange(Y_BOTTOM, Y_TOP, padding=0)
        view.enableAutoRange(enable=False)
        plot.showGrid(x=True, y=True, alpha=0.35)
        left = plot.getAxis("left")
        left.setTicks([[(value, str(value)) for value in range(0, 11, 2)], []])
        left.setWidth(40)
        plot.setLabel("left", self.tr("Anxiety"))
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)

    def _build_items(self) -> None:
        plot = self.getPlotItem()
        # Set on the plot, not the line: PlotItem.addItem hands its own settings to every line it is given.
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        self.average_line = pg.PlotDataItem()
        self.session_lines = pg.PlotDataItem(connect="pairs")
        self.session_before = OneStyleScatter(pxMode=True, size=8, symbol="o")
        self.session_after = OneStyleScatter(pxMode=True, size=8, symbol="o")
        self.reframe_marks = OneStyleScatter(pxMode=True, size=10, symbol="t1")
        self.check_in_marks = OneStyleScatter(pxMode=True, size=10, symbol="x")
        self.kind_scatters = [OneStyleScatter(pxMode=True, size=POINT_SIZE, symbol=s) for s in KIND_SYMBOLS]
        for item in (self.average_line, self.session_lines, self.session_before, self.session_after):
            plot.addItem(item)
        for item in self.kind_scatters:
            plot.addItem(item)
        plot.addItem(self.reframe_marks)
        plot.addItem(self.check_in_marks)
        self.tries = TryMarks(plot)
        # Before-to-after pairs must stay whole: clipping or thinning them would join the wrong ends.
        self.session_lines.setClipToView(False)
        self.session_lines.setDownsampling(auto=False)
        view = plot.getViewBox()
        view.sigXRangeChanged.connect(self._feed_if_needed)
        view.sigResized.connect(self._feed_if_needed)

    # ----- colours -----------------------------------------------------------------------------------

    def apply_colours(self, colours: Colours | None = None) -> None:
        """Background, axes, grid and items in the theme's colours (called again when the theme changes), or in
        ``colours`` (a picture to print is drawn light whatever the theme)."""
        colours = colours or current_colours()
        dark = colours is DARK
        self.setBackground(colours.surface)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(colours.muted))
            axis.setTextPen(pg.mkPen(colours.text))
        self.getPlotItem().getAxis("left").setLabel(self.tr("Anxiety"), color=colours.text)
        for kind, item in zip(KINDS, self.kind_scatters, strict=True):
            colour = QColor(kind_colour(kind, dark))
            item.setPen(pg.mkPen(colours.surface, width=1))
            item.setBrush(pg.mkBrush(colour))
        self.average_line.setPen(pg.mkPen(colours.accent, width=3))
        session = QColor(colours.muted)
        self.session_lines.setPen(pg.mkPen(session, width=2))
        self.session_before.setPen(pg.mkPen(session, width=2))
        self.session_before.setBrush(pg.mkBrush(colours.surface))
        self.session_after.setPen(pg.mkPen(colours.accent, width=1))
        self.session_after.setBrush(pg.mkBrush(colours.accent))
        self.reframe_marks.setPen(pg.mkPen(colours.text, width=1))
        self.reframe_marks.setBrush(pg.mkBrush(colours.accent_soft))
        self.check_in_marks.setPen(pg.mkPen(colours.text, width=1))
        self.check_in_marks.setBrush(pg.mkBrush(colours.text))
        self.tries.apply_colours(colours, TRY_COLOURS[dark])

    def changeEvent(self, event: QEvent) -> None:
        built = getattr(self, "kind_scatters", None) is not None  # pyqtgraph changes the palette while building
        if built and event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self, self.apply_colours)  # the theme marks itself dark just after the palette
        super().changeEvent(event)

    def legend_html(self, colours: Colours | None = None) -> str:
        """The legend as rich text for a label beside the chart: a coloured shape and a name per entry."""
        colours = colours or current_colours()
        dark = colours is DARK
        entries = [
            (kind_colour(kind, dark), glyph, tr_core(kind.label))
            for kind, glyph in zip(KINDS, SYMBOL_GLYPHS, strict=True)
        ]
        entries += [
            (colours.accent, "━", self.tr("7-day average")),
            (colours.muted, "○│●", self.tr("a practice to settle, before and after")),
            (colours.text, "✕", self.tr("check-in")),
            (colours.text, "△", self.tr("reframe")),  # drawn as a pale triangle with a dark edge
            (TRY_COLOURS[dark], "◇┆◆", self.tr("ladder try, anxiety expected and felt")),
        ]
        return " &nbsp; ".join(
            f'<span style="color:{colour}">{glyph}</span>&nbsp;{html.escape(name).replace(" ", "&nbsp;")}'
            for colour, glyph, name in entries
        )

    # ----- data --------------------------------------------------------------------------------------

    def set_moments(
        self, times: Sequence[float], anxieties: Sequence[int], kinds: Sequence[str], ids: Sequence[int]
    ) -> None:
        """Moments in time order (POSIX seconds), their kinds (ClosenessKind values) and ids."""
        count = len(times)
        self._x = np.fromiter(times, dtype=np.float64, count=count)
        self._y = np.fromiter(anxieties, dtype=np.float64, count=count)
        self._ids = np.fromiter(ids, dtype=np.int64, count=count)
        other = KIND_CODES[ClosenessKind.OTHER.value]  # a kind this version does not know
        self._codes = np.fromiter((KIND_CODES.get(kind, other) for kind in kinds), dtype=np.int8, count=count)
        self._average = np.full(count, np.nan)
        self._fed_span = None
        self._feed_if_needed()

    def _feed_if_needed(self, *_signal_args) -> None:
        """Feed the items again when the view has moved past the moments fed, or zoomed in on thinned ones."""
        low, high = self.x_range()
        columns = max(1.0, self.getPlotItem().getViewBox().width())
        pixel = (high - low) / columns
        if self._fed_span is not None:
            fed_low, fed_high, fed_pixel = self._fed_span
            if fed_low <= low and high <= fed_high and not (self._thinned and pixel < 0.75 * fed_pixel):
                return
        margin = (high - low) * FEED_MARGIN
        low, high = low - margin, high + margin
        start = int(np.searchsorted(self._x, low, side="left"))
        stop = int(np.searchsorted(self._x, high, side="right"))  # keeps moments at the same time together
        self._thinned = pixel > 0 and stop - start > columns * (1 + 2 * FEED_MARGIN)  # more than pixel columns
        codes = self._codes[start:stop]
        for code, item in enumerate(self.kind_scatters):
            indices = start + np.flatnonzero(codes == code)
            if self._thinned:
                indices = self._one_per_pixel(indices, pixel)
            self._fed[code] = indices
            item.setData(x=self._x[indices], y=self._y[indices])
        line = self._line_positions(start, stop, pixel)
        self.average_line.setData(self._x[line], self._average_at(line))
        self._fed_span = (low, high, pixel)

    def _one_per_pixel(self, indices: np.ndarray, pixel: float) -> np.ndarray:
        """Of one kind's moments, one per pixel column and rating (the others would lie under it)."""
        keys = np.floor(self._x[indices] / pixel).astype(np.int64) * 16 + self._y[indices].astype(np.int64)
        _, first = np.unique(keys, return_index=True)
        return indices[np.sort(first)]

    def _line_positions(self, start: int, stop: int, pixel: float) -> np.ndarray:
        """Where the average line gets a point: at every fed moment, or when crowded at the last moment of each
        pixel column (a line through more points than pixels looks no different)."""
        if not self._thinned:
            return np.arange(start, stop)
        columns = np.floor(self._x[start:stop] / pixel).astype(np.int64)
        return start + np.append(np.flatnonzero(np.diff(columns)), stop - start - 1)

    def _average_at(self, positions: np.ndarray) -> np.ndarray:
        """The rolling average at these moments (in time order), from core: computed once per moment, then kept."""
        missing = positions[np.isnan(self._average[positions])]
        if missing.size:
            back = int(np.searchsorted(self._x, self._x[missing[0]] - AVERAGE_DAYS * DAY, side="left"))
            end = int(np.searchsorted(self._x, self._x[missing[-1]], side="right"))  # with its same-time others
            self._average[missing] = rolling_average_at(
                self._x[back:end].tolist(), self._y[back:end].tolist(), AVERAGE_DAYS, (missing - back).tolist()
            )
        return self._average[positions]

    def set_sessions(self, times: Sequence[float], before: Sequence[int], after: Sequence[int]) -> None:
        """Practices rated before and after (breathing and the others): a line from before to after, a hollow and
        a filled dot."""
        x = np.asarray(times, dtype=np.float64)
        y_before = np.asarray(before, dtype=np.float64)
        y_after = np.asarray(after, dtype=np.float64)
        self.session_lines.setData(np.repeat(x, 2), np.column_stack((y_before, y_after)).ravel())
        self.session_before.setData(x=x, y=y_before)
        self.session_after.setData(x=x, y=y_after)

    def set_tries(
        self, times: Sequence[float], expected: Sequence[int], felt: Sequence[int], ids: Sequence[int]
    ) -> None:
        self.tries.set_tries(times, expected, felt, ids)

    def set_check_ins(self, times: Sequence[float], anxieties: Sequence[int]) -> None:
        self.check_in_marks.setData(x=np.asarray(times, dtype=np.float64), y=np.asarray(anxieties, dtype=np.float64))

    def set_reframes(self, times: Sequence[float]) -> None:
        x = np.asarray(times, dtype=np.float64)
        self.reframe_marks.setData(x=x, y=np.full(len(x), REFRAME_Y))

    def point_count(self) -> int:
        """How many moment points the items hold now (those in and around the view)."""
        return sum(item.data.size for item in self.kind_scatters)

    def points(self) -> list[tuple[float, float, int]]:
        """(x, y, id) of every moment point the items hold, in time order (for tests and checks)."""
        drawn = [
            (x, y, int(i))
            for item, indices in zip(self.kind_scatters, self._fed, strict=True)
            for (x, y), i in zip(zip(*item.getData(), strict=True), self._ids[indices], strict=True)
        ]
        return sorted(drawn, key=lambda point: (point[0], point[2]))

    # ----- range -------------------------------------------------------------------------------------

    def data_span(self, now: float) -> tuple[float, float]:
        """From the first moment to the later of the last moment and now."""
        if self._x.size == 0:
            return now, now
        return float(self._x[0]), max(float(self._x[-1]), now)

    def show_last(self, days: float | None, now: float) -> None:
        """Show the last ``days`` up to now, or everything when ``days`` is None. One point, or none, still
        gets a range of a week or more, so the chart never collapses to a line.

        The view may go back as far as the longer of the data and the range asked for (a year shows a year even
        when the moments began last month), and never more than a day past today."""
        first, last = self.data_span(now)
        latest = max(last, now) + DAY
        earliest = min(first - 30 * DAY, now - (days or 0) * DAY)
        view = self.getPlotItem().getViewBox()
        view.setLimits(xMin=earliest, xMax=latest, maxXRange=latest - earliest)
        if days is None:
            span = max(last - first, 7 * DAY)
            pad = span * 0.03
            end = min(last + pad, latest)
            view.setXRange(end - span - 2 * pad, end, padding=0)
        else:
            view.setXRange(now - days * DAY, now + DAY / 4, padding=0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Left and Right pan by a quarter of the view; + and - zoom in and out around the middle."""
        low, high = self.x_range()
        width = high - low
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            shift = width / 4 * (-1 if key == Qt.Key.Key_Left else 1)
            self.setXRange(low + shift, high + shift, padding=0)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            factor = 0.5 if key != Qt.Key.Key_Minus else 2.0
            middle = (low + high) / 2
            self.setXRange(middle - width * factor / 2, middle + width * factor / 2, padding=0)
        else:
            super().keyPressEvent(event)

    def x_range(self) -> tuple[float, float]:
        low, high = self.getPlotItem().getViewBox().viewRange()[0]
        return low, high

    # ----- pointing ----------------------------------------------------------------------------------

    def moment_near(self, scene_pos: QPointF) -> int | None:
        """The id of the moment drawn under ``scene_pos`` (within a few pixels), the nearest if several."""
        if self._x.size == 0:
            return None
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        where = view.mapSceneToView(scene_pos)
        pixel_w, pixel_h = view.viewPixelSize()
        reach = HIT_RADIUS_PX * pixel_w
        start = int(np.searchsorted(self._x, where.x() - reach, side="left"))
        stop = int(np.searchsorted(self._x, where.x() + reach, side="right"))
        if start == stop:
            return None
        dx = (self._x[start:stop] - where.x()) / pixel_w
        dy = (self._y[start:stop] - where.y()) / pixel_h
        distances = dx * dx + dy * dy
        nearest = int(np.argmin(distances))
        return int(self._ids[start + nearest]) if distances[nearest] <= HIT_RADIUS_PX**2 else None

    def scene_pos_of(self, x: float, y: float) -> QPointF:
        return self.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))

    def try_near(self, scene_pos: QPointF) -> int | None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return None
        return self.tries.near(view, view.mapSceneToView(scene_pos), HIT_RADIUS_PX)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        moment_id = self.moment_near(scene_pos)
        text = self.describe(moment_id) if moment_id is not None and self.describe else ""
        if not text and self.describe_try and (try_id := self.try_near(scene_pos)) is not None:
            text = self.describe_try(try_id)
        if text == self.hover_text:
            return
        self.hover_text = text
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if text else Qt.CursorShape.ArrowCursor)
        if text:
            QToolTip.showText(QCursor.pos(), text, self)
        else:
            QToolTip.hideText()

    def viewportEvent(self, event: QEvent) -> bool:
        """Qt's own tooltip turn (after the pointer rests a moment) asks the scene, whose items have no tooltip,
        and that hid the point's description after about a second: answer it with the description instead."""
        if event.type() == QEvent.Type.ToolTip and self.hover_text:
            QToolTip.showText(event.globalPos(), self.hover_text, self)
            return True
        return super().viewportEvent(event)

    def _on_mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        moment_id = self.moment_near(event.scenePos())
        if moment_id is not None:
            event.accept()
            self.moment_clicked.emit(moment_id)
        elif (try_id := self.try_near(event.scenePos())) is not None:
            event.accept()
            self.try_clicked.emit(try_id)
