"""Laying the summary out on pages and painting them: into a PDF (QPdfWriter) and, with the very same painting,
into the preview's pictures. Safe off the GUI thread: only QTextDocument, QImage, QPdfWriter and QPainter.

Every page carries the same header (what it is and the days it covers) and footer ("not a diagnosis" and the
page's number of the whole), so a page that is printed alone still says what it is.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPicture,
    QTextCursor,
    QTextDocument,
)

DPI = 300  # the PDF's resolution: charts are drawn at least this sharp
PREVIEW_DPI = 96  # a page on screen about as large as on paper
MARGIN_MM = 18.0
PART_BREAK = "<!--part-->"  # between the summary's parts in its HTML
INK = "#2b2b33"
MUTED = "#5d5d6b"  # 6.4:1 on white
RULE = "#d6d6de"  # the header's and footer's lines, and the hairlines of the tables (content.py)


class Cancelled(Exception):
    """The person cancelled the summary while it was being made."""


@dataclass(frozen=True, slots=True)
class PageWords:
    """The words on every page, already translated (the worker does not translate)."""

    title: str  # "A summary of my practice"
    range_text: str
    not_a_diagnosis: str
    page_of: str  # with {page} and {pages}
    pdf_title: str


@dataclass(frozen=True, slots=True)
class Drawing:
    """A chart recorded as vector drawing, ``size`` in its own units; on the page it takes ``share`` of the
    text width, its height in proportion. The document holds an empty space of that size where it goes
    (``<img src='NAME' __size__/>``), and the drawing is replayed there after the text of each page."""

    picture: QPicture
    size: QSizeF
    share: float


@dataclass(frozen=True, slots=True)
class Built:
    pdf: bytes
    pages: int
    previews: list[QImage]


def page_size_for(measurement_is_us: bool) -> QPageSize:
    """Letter where paper is measured in inches (the United States and a few more), A4 elsewhere."""
    return QPageSize(QPageSize.PageSizeId.Letter if measurement_is_us else QPageSize.PageSizeId.A4)


def build(
    html: str,
    drawings: dict[str, Drawing],
    words: PageWords,
    font_family: str,
    page_size: QPageSize,
    *,
    previews: bool = True,
    screen_dpi: float = 96.0,
    cancelled: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Built:
    """The PDF's bytes, its page count and (when asked) a picture of each page. ``screen_dpi`` is the primary
    screen's logical dpi, read on the GUI thread: Qt sizes a document's pictures by it (see ``_Layout``)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            page_size, QPageLayout.Orientation.Portrait, QMarginsF(*(MARGIN_MM,) * 4), QPageLayout.Unit.Millimeter
        )
    )
    writer.setTitle(words.pdf_title)
    writer.setCreator("Walls")
    paint_rect = QRectF(writer.pageLayout().paintRectPixels(DPI))
    layout = _Layout(font_family, paint_rect.size(), screen_dpi)
    document = layout.document(html, drawings, writer)
    pages = document.pageCount()
    painter = QPainter(writer)
    pictures: list[QImage] = []
    try:
        for index in range(pages):
            if cancelled is not None and cancelled.is_set():
                raise Cancelled
            if index:
                writer.newPage()
            layout.paint(painter, document, index, pages, words)
            if previews:
                pictures.append(_preview(layout, document, index, pages, words, writer))
            if progress is not None:
                progress(index + 1, pages)
    finally:
        painter.end()
    buffer.close()
    return Built(QByteArray(buffer.data()).data(), pages, pictures)


class _Layout:
    """Where the header, the body and the footer sit on a page's paint rectangle (in PDF pixels)."""

    def __init__(self, font_family: str, size: QSizeF, screen_dpi: float) -> None:
        self.size = size
        # Qt enlarges a picture in a document laid out for another device by that device's dpi over the
        # screen's; widths in the HTML are given in the screen's pixels so that the result fits the page.
        self.picture_scale = DPI / screen_dpi
        self.screen_dpi = screen_dpi
        self.body_font = QFont(font_family)
        self.body_font.setPointSizeF(10.5)
        self.small_font = QFont(font_family)
        self.small_font.setPointSizeF(8.0)
        self.band = 0.0  # set with the writer's metrics in ``document``

    def document(self, html: str, drawings: dict[str, Drawing], device: QPdfWriter) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)  # fonts measured at the PDF's resolution
        document.setDefaultFont(self.body_font)
        document.setDocumentMargin(0)
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        for name in drawings:
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), blank)
        width = self.size.width()
        document.setDefaultStyleSheet(
            f"body {{ color: {INK}; }} h1 {{ font-size: 20pt; font-weight: 600; }}"
            " h2 { font-size: 14pt; font-weight: 600; margin-top: 18pt; }"
            " h3 { font-size: 11pt; font-weight: 600; margin-top: 10pt; }"
            f" p.small {{ color: {MUTED}; font-size: 9pt; }} th {{ text-align: left; font-weight: 600; }}"
            " td.n { text-align: right; } td.day { white-space: nowrap; }"
        )
        on_screen = width / self.picture_scale

        def sized(found: re.Match) -> str:
            drawing = drawings.get(found.group(1))
            if drawing is None:  # made without charts: no space is kept for them
                return ""
            w = on_screen * drawing.share
            h = w * drawing.size.height() / drawing.size.width()
            return f"<img src='{found.group(1)}' width='{round(w)}' height='{round(h)}'/>"

        self.band = QFontMetricsF(self.small_font, device).height() * 2.6
        document.setPageSize(QSizeF(width, self.size.height() - 2 * self.band))
        # Part by part, each laid out as it comes: Qt lays out only what changed, so no single call (each
        # holds Python's lock, and the window waits on it) lays out the whole summary at once.
        cursor = QTextCursor(document)
        for part in re.sub(r"<img src='([^']+)' __size__/>", sized, html).split(PART_BREAK):
            cursor.movePosition(QTextCursor.MoveOperation.End)
            # The leading no-break space joins the block the cursor is in (the previous part's last), so the
            # part's own first block, a heading, keeps its format instead of taking that block's.
            cursor.insertHtml("<p>&nbsp;</p>" + part)
            document.pageCount()
        self.placed = _placed(document, drawings, self.picture_scale)
        return document

    def paint(self, painter: QPainter, document: QTextDocument, index: int, pages: int, words: PageWords) -> None:
        width, height = self.size.width(), self.size.height()
        body_height = height - 2 * self.band
        painter.save()
        painter.setFont(self.small_font)
        painter.setPen(QColor(MUTED))
        top_line = QRectF(0, 0, width, self.band * 0.6)
        painter.drawText(top_line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words.title)
        painter.drawText(top_line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, words.range_text)
        painter.setPen(QColor(RULE))
        painter.drawLine(0, round(self.band * 0.7), round(width), round(self.band * 0.7))
        bottom = QRectF(0, height - self.band * 0.6, width, self.band * 0.6)
        painter.drawLine(0, round(height - self.band * 0.7), round(width), round(height - self.band * 0.7))
        painter.setPen(QColor(MUTED))
        page_of = words.page_of.format(page=index + 1, pages=pages)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words.not_a_diagnosis)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_of)
        painter.restore()
        painter.save()
        painter.translate(0, self.band - index * body_height)
        page = QRectF(0, index * body_height, width, body_height)
        # Ink on paper whatever the app's theme: drawContents would take the text colour from the app's palette
        # (light, in the dark theme), which no style sheet of the document overrides.
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = page
        context.palette.setColor(QPalette.ColorRole.Text, QColor(INK))
        painter.setClipRect(page)
        document.documentLayout().draw(painter, context)
        painter.setClipping(False)
        for rect, drawing in self.placed:
            if page.intersects(rect):
                painter.save()
                painter.setClipRect(page.intersected(rect))  # a chart never draws outside its own space
                painter.translate(rect.topLeft())
                painter.scale(rect.width() / drawing.size.width(), rect.height() / drawing.size.height())
                # A picture plays itself enlarged by the device's dpi over the screen's; undo that, so that
                # it fills its rectangle on the PDF (300 dpi) and on the preview (the screen's) alike.
                undo = self.screen_dpi / painter.device().logicalDpiX()
                painter.scale(undo, undo)
                painter.drawPicture(0, 0, drawing.picture)
                painter.restore()
        painter.restore()


def _placed(document: QTextDocument, drawings: dict[str, Drawing], scale: float) -> list[tuple[QRectF, Drawing]]:
    """Where the document laid out each drawing's space, in its own (paged) coordinates."""
    document.pageCount()  # lays the whole document out (lazily done otherwise): the lines exist after this
    found = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            image = fragment.charFormat().toImageFormat()
            line = layout.lineForTextPosition(fragment.position() - block.position())
            if image.isValid() and image.name() in drawings and line.isValid():
                origin = layout.position()
                x = origin.x() + line.cursorToX(fragment.position() - block.position())[0]
                height = image.height() * scale
                top = origin.y() + line.y() + line.ascent() - height
                found.append((QRectF(x, top, image.width() * scale, height), drawings[image.name()]))
            fragments += 1
        block = block.next()
    return found


def _preview(layout: _Layout, document: QTextDocument, index: int, pages: int, words: PageWords, writer) -> QImage:
    """The page as a picture: the same painting, scaled down to the preview's resolution, on white paper."""
    scale = PREVIEW_DPI / DPI
    full = QRectF(writer.pageLayout().fullRectPixels(DPI))
    paint = QRectF(writer.pageLayout().paintRectPixels(DPI))
    image = QImage(round(full.width() * scale), round(full.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    # Told it is as fine as the PDF, the picture resolves fonts (the header's and footer's) at the PDF's size;
    # the painter's scale then draws everything smaller, together.
    image.setDotsPerMeterX(round(DPI / 0.0254))
    image.setDotsPerMeterY(round(DPI / 0.0254))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        painter.translate(paint.left(), paint.top())
        layout.paint(painter, document, index, pages, words)
    finally:
        painter.end()
    return image
