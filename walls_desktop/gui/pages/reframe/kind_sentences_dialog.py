"""The user's own list of kind sentences: add, change, remove, or go back to the ones Walls came with."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from walls_desktop.core.kind_sentences import (
    DEFAULT_KIND_SENTENCES,
    KIND_SENTENCE_MAX,
    clean_sentence,
    sentence_problem,
)
from walls_desktop.gui.common import kind_sentences
from walls_desktop.gui.common.exact_text import line_text
from walls_desktop.gui.common.feedback import NOT_SAVED, ask, write
from walls_desktop.gui.common.layout import HoldTextWhole, ReturnFocus
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_kind_sentences_dialog import Ui_KindSentencesDialog


class KindSentencesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm_box: QMessageBox | None = None
        self.ui = Ui_KindSentencesDialog()
        self.ui.setupUi(self)
        HoldTextWhole(self)
        ReturnFocus(self)
        self.setObjectName("kindSentencesDialog")
        # Kept untranslated, as stored: Walls' own sentences then follow the user's language.
        self._sentences = kind_sentences.load(ctx)
        writable = ctx.writable
        self.ui.readOnlyNote.setVisible(not writable)
        self.ui.sentenceEdit.setEnabled(writable)
        self.ui.restoreButton.setEnabled(writable)
        self.ui.problem.hide()
        self.ui.sentenceList.currentRowChanged.connect(self._on_selected)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.changeButton.clicked.connect(self.change)
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.restoreButton.clicked.connect(self.ask_to_restore)
        self.ui.sentenceEdit.returnPressed.connect(self.add)
        self._refresh()
        self.ui.sentenceEdit.setFocus()

    def shown_sentences(self) -> list[str]:
        return [tr_core(sentence) for sentence in self._sentences]

    def _refresh(self, select: int = -1) -> None:
        self.ui.sentenceList.clear()
        for text in self.shown_sentences():
            self.ui.sentenceList.addItem(QListWidgetItem(text))
        self.ui.sentenceList.setCurrentRow(select)
        self._on_selected(select)

    def _on_selected(self, row: int) -> None:
        chosen = 0 <= row < len(self._sentences)
        writable = self.ctx.writable
        self.ui.addButton.setEnabled(writable)
        self.ui.changeButton.setEnabled(writable and chosen)
        self.ui.removeButton.setEnabled(writable and chosen)
        if chosen:
            self.ui.sentenceEdit.setText(self.shown_sentences()[row])

    def _problem(self, text: str, existing: list[str]) -> bool:
        """Show why the sentence cannot be kept; True when there is such a reason."""
        message = sentence_problem(text, existing)
        self.ui.problem.setText(tr_core(message, max=KIND_SENTENCE_MAX) if message else "")
        self.ui.problem.setVisible(message is not None)
        if message is not None:
            self.ui.sentenceEdit.setFocus()
        return message is not None

    def _keep(self, sentences: list[str], select: int) -> bool:
        if write(self, lambda: kind_sentences.save(self.ctx, sentences)) is NOT_SAVED:
            return False
        self._sentences = sentences
        self._refresh(select)
        return True

    def add(self) -> None:
        text = line_text(self.ui.sentenceEdit)
        if self._problem(text, self.shown_sentences()):
            return
        if self._keep([*self._sentences, clean_sentence(text)], -1):
            self.ui.sentenceEdit.clear()
            self.ui.sentenceList.scrollToBottom()

    def change(self) -> None:
        row = self.ui.sentenceList.currentRow()
        if not 0 <= row < len(self._sentences):
            return
        text = line_text(self.ui.sentenceEdit)
        others = [s for index, s in enumerate(self.shown_sentences()) if index != row]
        if self._problem(text, others):
            return
        changed = list(self._sentences)
        if clean_sentence(text) != self.shown_sentences()[row]:
            changed[row] = clean_sentence(text)
        self._keep(changed, row)

    def remove(self) -> None:
        row = self.ui.sentenceList.currentRow()
        if not 0 <= row < len(self._sentences):
            return
        remaining = [s for index, s in enumerate(self._sentences) if index != row]
        if self._keep(remaining, min(row, len(remaining) - 1)):
            self.ui.problem.hide()
            self.ui.sentenceList.setFocus()

    def ask_to_restore(self) -> QMessageBox:
        self.confirm_box = ask(
            self,
            self.tr("Go back to Walls' sentences?"),
            self.tr("Your list will be replaced by the sentences Walls came with. Your own ones will be gone."),
            self.tr("&Restore"),
            self.tr("&Keep my list"),
            lambda: self._keep(list(DEFAULT_KIND_SENTENCES), -1),
            "confirmRestoreBox",
        )
        return self.confirm_box
