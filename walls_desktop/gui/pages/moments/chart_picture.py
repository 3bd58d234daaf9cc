"""The chart as a picture a person could hand to a therapist: a title, the dates it covers, the chart with its
axes, the legend and a line on what the numbers mean, drawn at twice the screen's pixel density.

Drawn with the chart's own painting (QGraphicsView.render) into an image with a device pixel ratio of two, so lines
and text are sharp rather than a screen grab scaled up.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextDocument

from walls_desktop.gui.common.theme import LIGHT
from walls_desktop.gui.widgets.anxiety_chart import AnxietyChart

SCALE = 2.0  # pixels per screen pixel
MARGIN = 32
GAP = 12


def _font(base: QFont, points: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _document(html: str, font: QFont, width: float, colour: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(f"body {{ color: {colour}; }}")
    document.setHtml(f"<body>{html}</body>")
    document.setTextWidth(width)
    return document


def chart_picture(chart: AnxietyChart, title: str, dates: str, note: str) -> QImage:
    """Everything above, laid out top to bottom at the chart's current width, in the light colours whatever
    the theme (a picture is printed, or shown on someone else's screen)."""
    colours = LIGHT
    legend_html = chart.legend_html(LIGHT)
    width = float(max(chart.width() + 2 * MARGIN, 640))
    inner = width - 2 * MARGIN
    base = chart.font()
    blocks = [
        _document(escape(title), _font(base, 18, bold=True), inner, colours.text),
        _document(escape(dates), _font(base, 11), inner, colours.muted),
    ]
    after = [
        _document(legend_html, _font(base, 10), inner, colours.text),
        _document(escape(note), _font(base, 9.5), inner, colours.muted),
    ]
    chart_height = float(chart.height())
    height = MARGIN * 2 + sum(block.size().height() + GAP for block in blocks + after) + chart_height + GAP
    image = QImage(round(width * SCALE), round(height * SCALE), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(SCALE)
    image.fill(QColor(colours.surface))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        top = float(MARGIN)
        for block in blocks:
            top = _draw(painter, block, top)
        # The chart is a graphics view: its scene, axes included, is drawn again at the picture's density.
        target = QRectF((width - chart.width()) / 2, top, chart.width(), chart_height)
        chart.apply_colours(LIGHT)
        try:
            chart.render(painter, target, chart.viewport().rect())
        finally:
            chart.apply_colours()  # back to the theme on screen
        top += chart_height + GAP
        for block in after:
            top = _draw(painter, block, top)
    finally:
        painter.end()
    return image


def _draw(painter: QPainter, document: QTextDocument, top: float) -> float:
    painter.save()
    painter.translate(MARGIN, top)
    document.drawContents(painter, QRectF(0, 0, document.textWidth(), document.size().height()))
    painter.restore()
    return top + document.size().height() + GAP
