"""The summary's charts: the very widgets the pages show (AnxietyChart, ReflectionPlane), fed the chosen days,
sized for the page before drawing, and recorded in the light colours as a QPicture: vector drawing, sharp at any
print resolution, and quick to replay onto the PDF and the preview in the worker. Recorded on the GUI thread.

A widget never shown on screen has had no resize yet, so pyqtgraph would lay its plot out at 640x480; the
widget is shown off screen (WA_DontShowOnScreen) at its print size first, which lays it out for real.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter, QPicture
from PySide6.QtWidgets import QGraphicsView

from walls_desktop.gui.common.theme import LIGHT
from walls_desktop.gui.summary.content import ChartData
from walls_desktop.gui.summary.pages import Drawing

CHART_SIZE = (720, 320)  # logical pixels: the chart's text and marks keep their screen proportions on paper
PLANE_SIZE = (420, 380)


def anxiety_chart(data: ChartData) -> QGraphicsView:
    """The Moments chart fed the range (the first of two steps, each short enough to keep frames flowing)."""
    from walls_desktop.gui.widgets.anxiety_chart import AnxietyChart

    chart = AnxietyChart()
    chart.apply_colours(LIGHT)
    chart.set_moments(*data.moments)
    chart.set_sessions(*data.practices)
    chart.set_check_ins(*data.check_ins)
    chart.set_tries(*data.tries)
    chart.set_reframes(data.reframes)
    chart.setXRange(data.start, data.end, padding=0.01)
    return chart


def anxiety_chart_drawing(chart) -> tuple[Drawing, str]:
    """The chart laid out at its print size and recorded, and its legend (rich text) to print beneath it (the
    second step: laying out and recording in one go, so that nothing can resize the chart between)."""
    _lay_out(chart, CHART_SIZE)
    drawing = _record(chart, CHART_SIZE, 1.0)
    legend = chart.legend_html(LIGHT)
    chart.deleteLater()
    return drawing, legend


def reflection_plane_image(points: list[tuple[float, float]], newest_label: str) -> Drawing:
    from walls_desktop.gui.widgets.reflection_plane import ReflectionPlane

    plane = ReflectionPlane()
    plane.apply_colours(LIGHT)
    plane.set_path(points, newest_label)
    _lay_out(plane, PLANE_SIZE)
    drawing = _record(plane, PLANE_SIZE, 0.6)
    plane.deleteLater()
    return drawing


def _lay_out(widget: QGraphicsView, size: tuple[int, int]) -> None:
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(*size)
    widget.show()  # delivers the resize: the plot lays itself out at this size


def _record(widget: QGraphicsView, size: tuple[int, int], share: float) -> Drawing:
    picture = QPicture()
    painter = QPainter(picture)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, *size), Qt.GlobalColor.white)
        # pyqtgraph's own export mode: marks drawn as shapes, not stamped from its pixmap atlas (in a PDF each
        # stamp would be a little picture of its own).
        items = [item for item in widget.scene().items() if hasattr(item, "setExportMode")]
        for item in items:
            item.setExportMode(True, {"antialias": True})
        try:
            widget.render(painter, QRectF(0, 0, *size), widget.viewport().rect())
        finally:
            for item in items:
                item.setExportMode(False)
    finally:
        painter.end()
    widget.hide()
    return Drawing(picture, QSizeF(*size), share)
