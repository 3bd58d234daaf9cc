"""The summary's page painting on its own: a drawing fills exactly the space the document keeps for it, on the
PDF (300 dpi) as on the preview (the screen's dpi), and every page has its header and footer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPicture

from walls_desktop.gui.summary.pages import PART_BREAK, Drawing, PageWords, build, page_size_for

WORDS = PageWords("Header words", "a range", "Not a diagnosis here", "Page {page} of {pages}", "Title")


def black_box() -> Drawing:
    """A 200 x 100 drawing, black in its left half: drawn too large, it would fill its whole space."""
    picture = QPicture()
    painter = QPainter(picture)
    painter.fillRect(QRectF(0, 0, 200, 100), QColor("white"))
    painter.fillRect(QRectF(0, 0, 100, 100), QColor("black"))
    painter.end()
    return Drawing(picture, QSizeF(200, 100), 1.0)


def inked_box(image: QImage) -> tuple[int, int, int, int]:
    """The bounding box (left, top, right, bottom) of the dark pixels below the header."""
    xs, ys = [], []
    for y in range(round(image.height() * 0.1), round(image.height() * 0.9)):
        for x in range(0, image.width(), 1):
            if image.pixelColor(x, y).lightness() < 60:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def built(qapp):
    html = "<p>&nbsp;</p>" + PART_BREAK + "<p><img src='walls://box' __size__/></p>"  # nothing else dark
    dpi = round(QGuiApplication.primaryScreen().logicalDotsPerInchX())
    return build(html, {"walls://box": black_box()}, WORDS, "DejaVu Sans", page_size_for(False), screen_dpi=dpi)


def test_a_drawing_fills_its_space_in_the_preview_at_two_to_one(qapp) -> None:
    preview = built(qapp).previews[0]
    left, top, right, bottom = inked_box(preview)
    width, height = right - left + 1, bottom - top + 1
    assert width == pytest.approx(height, rel=0.03)
    assert 2 * width == pytest.approx(preview.width() * (210 - 36) / 210, rel=0.02)  # half the text width


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is missing")
def test_a_drawing_fills_its_space_on_the_pdf_too(qapp, tmp_path: Path) -> None:
    # The PDF's 300 dpi is where Qt's QPicture playing would enlarge a drawing, were it not undone.
    pdf = tmp_path / "box.pdf"
    pdf.write_bytes(built(qapp).pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(pdf), str(tmp_path / "box")], check=True)
    page = QImage(str(tmp_path / "box.png"))
    left, top, right, bottom = inked_box(page)
    width, height = right - left + 1, bottom - top + 1
    assert width == pytest.approx(height, rel=0.05)
    assert 2 * width == pytest.approx(page.width() * (210 - 36) / 210, rel=0.03)


def test_each_page_says_what_it_is_and_which_page_it_is(qapp) -> None:
    import io

    import pypdf

    long_html = PART_BREAK.join(f"<h2>Part {n}</h2><p>{'Words to fill the page. ' * 200}</p>" for n in range(6))
    result = build(long_html, {}, WORDS, "DejaVu Sans", page_size_for(False))
    pages = pypdf.PdfReader(io.BytesIO(result.pdf)).pages
    assert len(pages) == result.pages >= 3
    for number, page in enumerate(pages, start=1):
        text = " ".join(page.extract_text().split())
        assert "Header words" in text and "Not a diagnosis here" in text
        assert f"Page {number} of {result.pages}" in text


def test_the_pages_are_ink_on_paper_whatever_the_apps_theme(qapp) -> None:

    from walls_desktop.gui.common.theme import DARK, palette_for

    before = qapp.palette()
    qapp.setPalette(palette_for(DARK))  # light text for a dark window
    try:
        result = build("<p>Words in ink.</p>", {}, WORDS, "DejaVu Sans", page_size_for(False))
    finally:
        qapp.setPalette(before)
    preview = result.previews[0]
    body = [
        preview.pixelColor(x, y).lightness()
        for y in range(round(preview.height() * 0.08), round(preview.height() * 0.2))
        for x in range(0, round(preview.width() * 0.5))
    ]
    assert min(body) < 90  # the words are dark on the white page
