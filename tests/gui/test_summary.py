"""The summary for a therapist as a person makes it: tick what goes in, see the pages, save a PDF. The PDF is
read back with pypdf: it holds exactly the ticked parts, names are gone when asked, every page says what it is
and that it is no diagnosis, and a failed save leaves nothing behind."""

from __future__ import annotations

import io
import re
import shutil
import stat
import subprocess
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from tests.sample_data import seed
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.settings import SUMMARY_NOTE, SUMMARY_PARTS
from walls_desktop.core.summary import SummaryPart
from walls_desktop.gui.summary.dialog import CHOOSE, MAKING, PREVIEW, SummaryDialog

pypdf = pytest.importorskip("pypdf")

# One phrase from each part's own content (not its heading), present exactly when the part is ticked.
MARKERS = {
    SummaryPart.CHART: "Each dot is a moment",
    SummaryPart.SIGNS: "A week is named by its Monday",
    SummaryPart.BREATHING: "a positive number means calmer",
    SummaryPart.REFRAMES: "The critic said",
    SummaryPart.LADDER: "What I feared",
    SummaryPart.REFLECTION: "not a type",
    SummaryPart.NOTE: "Please ask me about the holidays",
}


def pdf_text(data: bytes) -> tuple[str, list[str]]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    # NFKC undoes the font's ligatures ("ﬂ" back to "fl"), so phrases are found as they were written.
    pages = [" ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split()) for page in reader.pages]
    return " ".join(pages), pages


@pytest.fixture
def dialog(qtbot, window, qasync_loop) -> SummaryDialog:
    seed(window.ctx)
    made = window.show_summary()
    qtbot.waitUntil(made.isVisible)
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    return made


def tick_only(qtbot, dialog: SummaryDialog, parts: set[SummaryPart]) -> None:
    """Tick and untick by keyboard, as a person tabbing through the list would."""
    for part, box in dialog.part_boxes.items():
        if box.isChecked() != (part in parts):
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Space)


def make(qtbot, dialog: SummaryDialog, timeout: int = 20_000):
    with qtbot.waitSignal(dialog.made, timeout=timeout) as made:
        qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    return made.args[0]


def test_the_pdf_holds_exactly_the_ticked_parts_and_every_page_says_what_it_is(qtbot, dialog) -> None:
    chosen = {SummaryPart.CHART, SummaryPart.LADDER, SummaryPart.NOTE}
    tick_only(qtbot, dialog, chosen)
    dialog.ui.noteEdit.setFocus()
    qtbot.keyClicks(dialog.ui.noteEdit, "Please ask me about the holidays.")
    pages = make(qtbot, dialog)
    assert dialog.ui.steps.currentIndex() == PREVIEW and dialog.ui.saveButton.isVisible()
    text, page_texts = pdf_text(dialog.built.pdf)
    for part, marker in MARKERS.items():
        assert (marker in text) == (part in chosen), part
    assert len(page_texts) == pages and 1 <= pages <= 6
    for number, page in enumerate(page_texts, start=1):
        assert "not a diagnosis" in page and f"Page {number} of {pages}" in page
    # The preview shows each page, as pictures of the very same painting.
    assert len(dialog.built.previews) == pages
    assert dialog.ui.previewPages.findChild(type(dialog.ui.previewTitle), "previewPage1") is not None
    # Closing keeps what was ticked and the note, for next time.
    dialog.close()
    assert set(dialog.ctx.settings.get(SUMMARY_PARTS)) == {p.value for p in chosen}
    assert "holidays" in dialog.ctx.settings.get(SUMMARY_NOTE)


def test_other_peoples_names_are_replaced_everywhere_when_asked(qtbot, dialog) -> None:
    ctx = dialog.ctx
    from walls_desktop.core.check_ins import CheckIn

    ctx.moments.add(Moment(datetime.now(UTC) - timedelta(hours=2), 6, ClosenessKind.DEEP_TALK, person="Zeynep"))
    # A name given only at a check-in ("with whom"), never in a moment, is a name all the same.
    ctx.check_ins.add(CheckIn(datetime.now(UTC) - timedelta(hours=1), 5, person="Çağrı"))
    tick_only(qtbot, dialog, {SummaryPart.CHART, SummaryPart.REFRAMES, SummaryPart.LADDER, SummaryPart.NOTE})
    dialog.ui.noteEdit.setPlainText("Zeynep and Sam both came up this month, and ÇAĞRI too. Priya said I will.")
    make(qtbot, dialog)
    shown, _ = pdf_text(dialog.built.pdf)
    assert "Zeynep" in shown and "Sam" in shown and "ÇAĞRI" in shown
    qtbot.mouseClick(dialog.ui.backButton, Qt.MouseButton.LeftButton)
    dialog.ui.hideNamesCheck.setChecked(True)
    # The names Walls knows are listed; one it cannot know (only ever typed in a note) is added by hand.
    assert "Zeynep" in dialog.ui.namesNote.text() and "Çağrı" in dialog.ui.namesNote.text()
    dialog.ui.extraNamesEdit.setFocus()
    qtbot.keyClicks(dialog.ui.extraNamesEdit, "Priya, ")
    make(qtbot, dialog)
    hidden, _ = pdf_text(dialog.built.pdf)
    for name in ("Zeynep", "Sam", "Alex", "Mum", "ÇAĞRI", "Çağrı", "Priya"):
        assert name not in hidden, name
    # Each person keeps a letter of their own, and a plain word ("I will") is left as it was.
    found = re.search(r"someone close \((\w+)\) and someone close \((\w+)\) both came up", hidden)
    assert found and found.group(1) != found.group(2)
    assert re.search(r"someone close \(\w+\) said I will\.", hidden)


def test_a_choice_that_cannot_make_a_summary_says_why_and_makes_nothing(qtbot, dialog) -> None:
    tick_only(qtbot, dialog, set())
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.steps.currentIndex() == CHOOSE and dialog.maker is None
    assert "Tick at least one" in dialog.ui.problemLabel.text() and dialog.ui.problemLabel.isVisible()
    tick_only(qtbot, dialog, {SummaryPart.CHART})
    dialog.ui.firstDay.setDate(QDate.currentDate())
    dialog.ui.lastDay.setDate(QDate.currentDate().addDays(-3))
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    assert "first day comes after the last" in dialog.ui.problemLabel.text()


def test_an_empty_range_still_makes_a_kind_short_summary(qtbot, dialog) -> None:
    tick_only(qtbot, dialog, {SummaryPart.CHART, SummaryPart.SIGNS, SummaryPart.BREATHING, SummaryPart.REFLECTION})
    long_ago = date.today() - timedelta(days=2000)
    dialog.ui.firstDay.setDate(QDate(long_ago.year, long_ago.month, long_ago.day))
    dialog.ui.lastDay.setDate(QDate(long_ago.year, long_ago.month, long_ago.day))
    pages = make(qtbot, dialog)
    text, _ = pdf_text(dialog.built.pdf)
    assert pages == 1
    assert "No moments of closeness were logged" in text and "No reflections were taken" in text


def test_cancel_and_esc_stop_it_at_once_and_give_back_what_was_held(qtbot, dialog) -> None:
    import gc
    import sys

    interval = sys.getswitchinterval()
    tick_only(qtbot, dialog, set(SummaryPart) - {SummaryPart.NOTE})
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.steps.currentIndex() == MAKING and dialog.ui.cancelButton.hasFocus()
    maker = dialog.maker
    qtbot.keyClick(dialog.ui.cancelButton, Qt.Key.Key_Space)
    assert dialog.ui.steps.currentIndex() == CHOOSE and dialog.ui.previewButton.hasFocus()  # at once
    # Esc while it is being made stops it too, and leaves the dialog open.
    qtbot.keyClick(dialog.ui.previewButton, Qt.Key.Key_Space)
    second = dialog.maker
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.ui.steps.currentIndex() == CHOOSE
    # The stopped work ends unseen; what was held while it ran is as it was again.
    qtbot.waitUntil(lambda: maker.task.done() and second.task.done(), timeout=20_000)
    qtbot.wait(50)
    assert dialog.built is None and dialog.ui.steps.currentIndex() == CHOOSE
    assert gc.isenabled() and sys.getswitchinterval() == interval


def test_a_failure_of_any_kind_is_told_and_the_dialog_goes_back(qtbot, dialog, monkeypatch) -> None:
    from walls_desktop.gui.summary import maker as module

    def broken(*_args):
        raise ValueError("a bug")

    monkeypatch.setattr(module, "gather", broken)
    tick_only(qtbot, dialog, {SummaryPart.CHART})
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible(), timeout=10_000)
    assert "Something went wrong" in dialog.message_box.informativeText()
    assert dialog.ui.steps.currentIndex() == CHOOSE


def test_the_saved_pdf_is_the_persons_alone(qtbot, dialog, tmp_path: Path) -> None:
    tick_only(qtbot, dialog, {SummaryPart.CHART})
    make(qtbot, dialog)
    target = tmp_path / "for my therapist.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save(target)
    assert target.read_bytes() == dialog.built.pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Saved as" in dialog.ui.savedLabel.text()


def test_a_full_disk_is_told_before_anything_is_written(qtbot, dialog, tmp_path: Path, monkeypatch) -> None:
    tick_only(qtbot, dialog, {SummaryPart.CHART})
    make(qtbot, dialog)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10**9, 10**9 - 100, 100))
    dialog.save(tmp_path / "summary.pdf")
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible(), timeout=10_000)
    told = dialog.message_box.informativeText()
    assert "disk is full" in told and "no half-finished file" in told
    assert not (tmp_path / "summary.pdf").exists()
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())


def test_a_folder_that_is_gone_is_told_and_the_pdf_can_be_saved_elsewhere(qtbot, dialog, tmp_path: Path) -> None:
    # (A folder that may not be written is tested for real in tests/store/test_export.py, as another user.)
    tick_only(qtbot, dialog, {SummaryPart.CHART})
    make(qtbot, dialog)
    dialog.save(tmp_path / "gone" / "summary.pdf")
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible(), timeout=10_000)
    assert "could not be saved there" in dialog.message_box.informativeText()
    dialog.message_box.accept()
    assert dialog.ui.saveButton.isEnabled() and dialog.built is not None  # nothing lost: save again elsewhere
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save(tmp_path / "summary.pdf")


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils, installed by .ci/run) is missing"
)
def test_the_pages_render_as_pictures(qtbot, dialog, tmp_path: Path) -> None:
    tick_only(qtbot, dialog, set(SummaryPart) - {SummaryPart.NOTE})
    pages = make(qtbot, dialog)
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(dialog.built.pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "2", str(pdf), str(tmp_path / "page")], check=True)
    pictures = sorted(tmp_path.glob("page*.png"))
    assert len(pictures) == min(2, pages) and all(p.stat().st_size > 2000 for p in pictures)
    # The chart (on the first page) keeps within the text width: the right margin (18 mm of 210) stays paper.
    from PySide6.QtGui import QImage

    first = QImage(str(pictures[0]))
    margin = range(round(first.width() * (1 - 12 / 210)), first.width())
    inked = [(x, y) for y in range(0, first.height(), 2) for x in margin if first.pixelColor(x, y).lightness() < 200]
    assert inked == []


def test_it_opens_from_supports_button_and_from_the_file_menu(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    support = window.show_page("support")
    qtbot.mouseClick(support.ui.therapyButton, Qt.MouseButton.LeftButton)  # it stands with the therapy view
    qtbot.mouseClick(support.ui.summaryButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(SummaryDialog) is not None and window.findChild(SummaryDialog).isVisible())
    opened = window.findChild(SummaryDialog)
    opened.close()
    opened.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(SummaryDialog) is None)
    window.ui.actionSummary.trigger()
    qtbot.waitUntil(lambda: window.findChild(SummaryDialog) is not None and window.findChild(SummaryDialog).isVisible())
    assert "Summary for a therapist" in window.ui.actionSummary.text().replace("&", "")
