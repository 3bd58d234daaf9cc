"""The summary for a therapist, as a person makes it: choose the days and the parts, see every page as it will
print, then save a PDF where they choose. Opened from Support and from File.

Making it runs in the background (``maker.SummaryMaker``); Cancel and Esc go back to the choices at once.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QLabel, QSizePolicy, QWidget

from walls_desktop.core.settings import SUMMARY_HIDE_NAMES, SUMMARY_NOTE, SUMMARY_PARTS
from walls_desktop.core.summary import NOTE_MAX, SummaryChoice, SummaryPart, choice_problem, default_range
from walls_desktop.gui.common.feedback import tell
from walls_desktop.gui.common.layout import HoldTextWhole, ReturnFocus
from walls_desktop.gui.common.saving import failure_text, in_background
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.common.theme import set_role
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_summary_dialog import Ui_SummaryDialog
from walls_desktop.gui.summary.content import known_names
from walls_desktop.gui.summary.maker import SummaryMaker
from walls_desktop.gui.summary.pages import Built
from walls_desktop.store.errors import StoreError
from walls_desktop.store.export import write_bytes

CHOOSE, MAKING, PREVIEW = range(3)


class SummaryDialog(QDialog):
    made = Signal(int)  # pages, when a preview is ready
    saved = Signal(str)  # the path, once the PDF is written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SummaryDialog()
        self.ui.setupUi(self)
        ReturnFocus(self)
        HoldTextWhole(self, narrowest=640)
        self.built: Built | None = None
        self.maker: SummaryMaker | None = None
        self.file_dialog: QFileDialog | None = None
        self.message_box = None
        self.save_task: asyncio.Task | None = None
        ui = self.ui
        self.part_boxes: dict[SummaryPart, QCheckBox] = {
            SummaryPart.CHART: ui.chartCheck,
            SummaryPart.SIGNS: ui.signsCheck,
            SummaryPart.BREATHING: ui.breathingCheck,
            SummaryPart.REFRAMES: ui.reframesCheck,
            SummaryPart.LADDER: ui.ladderCheck,
            SummaryPart.REFLECTION: ui.reflectionCheck,
            SummaryPart.NOTE: ui.noteCheck,
        }
        self._restore_choice()
        ui.noteCheck.toggled.connect(self._show_note)
        ui.hideNamesCheck.toggled.connect(self._show_names)
        self._show_names(ui.hideNamesCheck.isChecked())
        ui.previewButton.clicked.connect(self.make)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.backButton.clicked.connect(lambda: self._show_step(CHOOSE))
        ui.saveButton.clicked.connect(self.ask_path)
        ui.closeButton.clicked.connect(self.reject)
        ui.problemLabel.setTextFormat(Qt.TextFormat.PlainText)
        set_role(ui.problemLabel, "emphasis")
        self.finished.connect(self._keep_choice)
        self._show_step(CHOOSE)

    # ----- choosing ----------------------------------------------------------------------------------

    def _restore_choice(self) -> None:
        ui, settings = self.ui, self.ctx.settings
        first, last = default_range(date.today())
        ui.firstDay.setDate(QDate(first.year, first.month, first.day))
        ui.lastDay.setDate(QDate(last.year, last.month, last.day))
        ticked = set(settings.get(SUMMARY_PARTS))
        for part, box in self.part_boxes.items():
            box.setChecked(part.value in ticked)
        ui.hideNamesCheck.setChecked(settings.get(SUMMARY_HIDE_NAMES))
        ui.noteEdit.setPlainText(settings.get(SUMMARY_NOTE))
        self._show_note(ui.noteCheck.isChecked())

    def _show_note(self, shown: bool) -> None:
        self.ui.noteEdit.setVisible(shown)

    def _show_names(self, shown: bool) -> None:
        """With names hidden: which names Walls knows (so none is a surprise), and a line for any others."""
        ui = self.ui
        ui.namesNote.setVisible(shown)
        ui.extraNamesEdit.setVisible(shown)
        if not shown:
            return
        try:
            ctx = self.ctx
            steps = ctx.ladder.steps() + ctx.ladder.steps(archived=True)
            known = known_names(ctx.moments.people(), ctx.check_ins.people(), steps, ctx.reflections.list_all())
        except StoreError:
            known = []
        listed = ", ".join(known) if known else self.tr("none yet")
        ui.namesNote.setText(
            self.tr(
                "Names you gave for the people in your moments, check-ins, ladder and reflections are replaced "
                "wherever they stand, as you wrote them or in capitals: {names}. Add any others below."
            ).format(names=listed)
        )

    def choice(self) -> SummaryChoice:
        ui = self.ui
        return SummaryChoice(
            first_day=ui.firstDay.date().toPython(),
            last_day=ui.lastDay.date().toPython(),
            parts=frozenset(part for part, box in self.part_boxes.items() if box.isChecked()),
            hide_names=ui.hideNamesCheck.isChecked(),
            note=ui.noteEdit.toPlainText() if ui.noteCheck.isChecked() else "",
            more_names=tuple(n.strip() for n in ui.extraNamesEdit.text().split(",") if n.strip()),
        )

    def _keep_choice(self) -> None:
        """What was ticked, and the note, wait for next time (nothing is lost by closing)."""
        settings, choice = self.ctx.settings, self.choice()
        note = self.ui.noteEdit.toPlainText()[:NOTE_MAX]
        try:
            settings.set(SUMMARY_PARTS, [part.value for part in SummaryPart if part in choice.parts])
            settings.set(SUMMARY_HIDE_NAMES, choice.hide_names)
            settings.set(SUMMARY_NOTE, note)
        except StoreError:
            pass  # read-only: the summary itself does not need them kept

    # ----- making ------------------------------------------------------------------------------------

    def make(self) -> SummaryMaker | None:
        choice = self.choice()
        problem = choice_problem(choice, date.today())
        self.ui.problemLabel.setText(tr_core(problem) if problem else "")
        self.ui.problemLabel.setVisible(bool(problem))
        if problem:
            return None
        self.maker = SummaryMaker(self.ctx.db_path, choice, date.today(), self)
        self.maker.progress.connect(self._on_progress)
        self.maker.finished.connect(self._on_made)
        self.maker.failed.connect(self._on_failed)
        self.maker.stopped.connect(self._back_to_choosing)
        self.ui.makingProgress.setValue(0)
        self._show_step(MAKING)
        self.maker.start()
        return self.maker

    def cancel(self) -> None:
        """Stop the summary being made and go back to the choices at once; whatever the worker is in the middle
        of finishes unseen (its result is dropped)."""
        self._drop_maker()
        self._back_to_choosing()

    def _drop_maker(self) -> None:
        maker, self.maker = self.maker, None
        if maker is not None:
            maker.cancel()
            for signal in (maker.progress, maker.finished, maker.failed, maker.stopped):
                signal.disconnect()

    def _back_to_choosing(self) -> None:
        self._show_step(CHOOSE)
        self.ui.previewButton.setFocus()

    def _on_progress(self, done: int, pages: int) -> None:
        self.ui.makingProgress.setValue(round(1000 * done / max(pages, 1)))

    def _on_failed(self, message: str) -> None:
        self._show_step(CHOOSE)
        self.message_box = tell(self, self.tr("The summary could not be made"), message, "summaryMessage")

    def _on_made(self, built: Built) -> None:
        self.built = built
        layout = self.ui.previewPagesLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for index in range(len(built.previews)):
            page = QLabel(self.ui.previewPages)
            page.setObjectName(f"previewPage{index + 1}")
            # Its width follows the preview's (_fit_pages), never the other way round.
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            page.setAccessibleName(self.tr("Page {page} of {pages}").format(page=index + 1, pages=built.pages))
            layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self._make_room_for_pages()
        self._fit_pages()
        if built.pages == 1:
            self.ui.previewTitle.setText(self.tr("Your summary: one page"))
        else:
            self.ui.previewTitle.setText(self.tr("Your summary: {count} pages").format(count=built.pages))
        self.ui.savedLabel.clear()
        self._show_step(PREVIEW)
        self.made.emit(built.pages)

    def _make_room_for_pages(self) -> None:
        """Grow (never shrink) towards room for a page at about its paper size, within the screen."""
        wanted = self.size().expandedTo(QSize(900, 820))
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size())
        self.resize(wanted)

    def _fit_pages(self) -> None:
        """Each page as wide as the paper (96 dpi), or as the preview's width where that is narrower: the
        preview never scrolls sideways."""
        if self.built is None:
            return
        room = self.ui.previewScroll.viewport().width() - 40
        for index, image in enumerate(self.built.previews):
            page = self.ui.previewPages.findChild(QLabel, f"previewPage{index + 1}")
            if page is None:
                continue
            width = max(200, min(image.width(), room))
            page.setPixmap(
                QPixmap.fromImage(image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
                if width < image.width()
                else QPixmap.fromImage(image)
            )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_pages)  # once the layout has given the preview its new width

    # ----- saving ------------------------------------------------------------------------------------

    def ask_path(self) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Walls summary {day}.pdf").format(day=date.today().isoformat())
        dialog = QFileDialog(self, self.tr("Save the summary"), str(Path(folder) / name), self.tr("PDF files (*.pdf)"))
        dialog.setObjectName("summaryFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the same everywhere, and testable
        dialog.fileSelected.connect(lambda path: self.save(Path(path)))
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def save(self, path: Path) -> asyncio.Task:
        """Write the PDF (0600, whole or not at all) in the background; ``saved`` tells when it is there."""
        assert self.built is not None
        data = self.built.pdf
        self.ui.saveButton.setEnabled(False)
        self.ui.savedLabel.setText(self.tr("Saving…"))
        self.save_task = in_background(lambda: write_bytes(path, data))
        self.save_task.add_done_callback(lambda task: self._saved(path, task))
        return self.save_task

    def _saved(self, path: Path, task: asyncio.Task) -> None:
        self.ui.saveButton.setEnabled(True)
        self.ui.saveButton.setFocus()  # it was disabled while saving, and the focus had fallen away from it
        error = None if task.cancelled() else task.exception()
        if isinstance(error, StoreError):
            self.ui.savedLabel.clear()
            self.message_box = tell(self, self.tr("Not saved"), failure_text(error), "summaryMessage")
            return
        if error is not None:
            raise error
        self.ui.savedLabel.setText(self.tr("Saved as {path}. Only you can open it on this computer.").format(path=path))
        self.saved.emit(str(path))

    # ----- steps -------------------------------------------------------------------------------------

    def _show_step(self, step: int) -> None:
        ui = self.ui
        ui.steps.setCurrentIndex(step)
        ui.backButton.setVisible(step == PREVIEW)
        ui.closeButton.setVisible(step != MAKING)
        ui.cancelButton.setVisible(step == MAKING)
        ui.previewButton.setVisible(step == CHOOSE)
        ui.saveButton.setVisible(step == PREVIEW)
        (ui.previewButton if step == CHOOSE else ui.saveButton).setDefault(True)
        focus = {CHOOSE: ui.firstDay, MAKING: ui.cancelButton, PREVIEW: ui.saveButton}[step]
        focus.setFocus()

    def reject(self) -> None:
        """Esc: while the summary is being made, it stops that (as Cancel does); otherwise it closes."""
        if self.ui.steps.currentIndex() == MAKING:
            self.cancel()
            return
        self._drop_maker()
        super().reject()


def open_summary(ctx: AppContext, parent: QWidget) -> SummaryDialog:
    dialog = SummaryDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its pages and PDF go with it
    dialog.open()
    return dialog
