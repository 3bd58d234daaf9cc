"""Reframe: answer the inner critic with self-compassion, step by step, and keep a journal of past reframes.

The page has three views in one stack: the start (begin, or continue an unfinished exercise; the journal),
the exercise (``exercise``) and the end (a kind sentence and the change in belief).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from walls_desktop.core.clock import utc_now
from walls_desktop.core.reframe import Reframe
from walls_desktop.core.reframe_flow import ReframeDraft
from walls_desktop.core.settings import REFRAME_DRAFT
from walls_desktop.gui.common.dates import local_date_time
from walls_desktop.gui.common.feedback import NOT_SAVED, write
from walls_desktop.gui.common.kind_sentences import next_sentence
from walls_desktop.gui.common.layout import ReflowWhenNarrow
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.common.theme import current_colours, restyle_soon
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_reframe_page import Ui_ReframePage
from walls_desktop.gui.pages.page import Page
from walls_desktop.gui.pages.reframe.detail_dialog import ReframeDetailDialog
from walls_desktop.gui.pages.reframe.drafts import discard_draft, load_draft
from walls_desktop.gui.pages.reframe.exercise import Exercise
from walls_desktop.gui.pages.reframe.formatting import belief_summary, journal_row
from walls_desktop.gui.pages.reframe.kind_sentences_dialog import KindSentencesDialog
from walls_desktop.store.changes import Record
from walls_desktop.store.errors import StoreError


class ReframePage(Page):
    watches = frozenset({Record.REFRAME, Record.SETTING})
    setting_keys = frozenset({REFRAME_DRAFT.key})  # the offer to continue an unfinished reframe

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ReframePage()
        self.ui.setupUi(self)
        for row in (self.ui.draftButtonsBox, self.ui.startActionsBox):
            ReflowWhenNarrow(row)
        self.exercise = Exercise(self.ui, ctx, self.ui.exerciseView, clock)
        self.detail_dialog: ReframeDetailDialog | None = None
        self.kind_sentences_dialog: KindSentencesDialog | None = None
        self._connect()
        self._paint_frames()
        self.show_start()

    def _connect(self) -> None:
        ui = self.ui
        ui.beginButton.clicked.connect(self.begin)
        ui.continueButton.clicked.connect(self.continue_draft)
        ui.discardButton.clicked.connect(self.discard)
        ui.kindSentencesButton.clicked.connect(self.open_kind_sentences)
        ui.searchEdit.textChanged.connect(self.refresh_journal)
        ui.journalList.itemActivated.connect(self._open_item)
        ui.journalButton.clicked.connect(self.show_start)
        self.exercise.saved.connect(self._show_done)
        self.exercise.leave_requested.connect(self.show_start)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            ui.exerciseView,
            self.exercise.leave,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    # ----- the start view ----------------------------------------------------------------------------

    def on_shown(self) -> None:
        """Coming back to the start view reads the draft and journal again and puts focus on the next step."""
        self.stale = False  # the other views show nothing stored that could have changed meanwhile
        if self.ui.views.currentWidget() is self.ui.startView:
            self.show_start()

    def show_start(self) -> None:
        ui = self.ui
        ui.views.setCurrentWidget(ui.startView)
        self.refresh()
        (ui.continueButton if ui.draftFrame.isVisibleTo(self) else ui.beginButton).setFocus()

    def refresh(self) -> None:
        """The offer to continue a draft and the journal, as stored now. Only the start view shows them, and
        coming back to it refreshes (``show_start``), so the draft's autosave does not reread the journal."""
        ui = self.ui
        if ui.views.currentWidget() is not ui.startView:
            return
        draft = load_draft(self.ctx)
        writable = self.ctx.writable
        ui.draftFrame.setVisible(draft is not None)
        if draft is not None:
            ui.draftLabel.setText(self._draft_offer(draft))
        ui.beginButton.setVisible(draft is None)
        for button in (ui.beginButton, ui.continueButton, ui.discardButton):
            button.setEnabled(writable)
        ui.readOnlyNote.setVisible(not writable)
        self.refresh_journal()

    def _draft_offer(self, draft: ReframeDraft) -> str:
        step = tr_core(draft.step.text.title)
        if draft.started_at is None:
            return self.tr("You have an unfinished reframe, at the step “{step}”. Your words are kept.").format(
                step=step
            )
        return self.tr("You have an unfinished reframe from {when}, at the step “{step}”. Your words are kept.").format(
            when=local_date_time(draft.started_at), step=step
        )

    def refresh_journal(self) -> None:
        ui = self.ui
        query = ui.searchEdit.text()
        try:
            found = self.ctx.reframes.search(query)
        except StoreError:
            found = []  # a search text the store cannot take (a broken character) simply matches nothing
        ui.journalList.clear()
        for reframe in found:
            item = QListWidgetItem(journal_row(reframe))
            item.setData(Qt.ItemDataRole.UserRole, reframe.id)
            item.setToolTip(self.tr("Press Enter or double-click to open"))
            ui.journalList.addItem(item)
        if found:
            ui.journalList.setCurrentRow(0)
        if not found and query.strip():
            empty = self.tr("Nothing in your journal matches “{text}”.").format(text=query.strip())
        elif not found:
            empty = self.tr("Your finished reframes will gather here, newest first.")
        else:
            empty = ""
        ui.journalEmpty.setText(empty)
        ui.journalEmpty.setVisible(bool(empty))
        ui.journalList.setVisible(bool(found))

    # ----- actions --------------------------------------------------------------------------------------

    def start_practice(self, option: object = None, anxiety: int | None = None) -> None:
        """``"draft"`` carries on with the unfinished one; otherwise a new exercise, unless one is waiting (then
        the start view offers it)."""
        if self.ui.views.currentWidget() is not self.ui.startView or not self.ctx.writable:
            return
        if option == "draft" and load_draft(self.ctx) is not None:
            self.continue_draft()
        elif load_draft(self.ctx) is None:
            self.begin()

    def begin(self) -> None:
        self._enter_exercise(None)

    def continue_draft(self) -> None:
        self._enter_exercise(load_draft(self.ctx))

    def discard(self) -> None:
        if write(self, lambda: discard_draft(self.ctx)) is not NOT_SAVED:
            self.show_start()

    def _enter_exercise(self, draft: ReframeDraft | None) -> None:
        self.ui.views.setCurrentWidget(self.ui.exerciseView)
        self.exercise.start(draft)

    def _show_done(self, reframe: Reframe) -> None:
        ui = self.ui
        ui.kindSentence.setText(next_sentence(self.ctx))
        critic, kinder = belief_summary(reframe)
        ui.beliefChange.setText("\n".join(part for part in (critic, kinder) if part))
        ui.views.setCurrentWidget(ui.doneView)
        ui.journalButton.setFocus()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_reframe(item.data(Qt.ItemDataRole.UserRole))

    def open_reframe(self, reframe_id: int) -> ReframeDetailDialog | None:
        reframe = self.ctx.reframes.get(reframe_id)
        if reframe is None:
            self.refresh_journal()
            return None
        dialog = ReframeDetailDialog(self.ctx, reframe, self)
        dialog.finished.connect(self.ui.journalList.setFocus)
        self.detail_dialog = dialog
        dialog.open()
        return dialog

    def open_kind_sentences(self) -> KindSentencesDialog:
        dialog = KindSentencesDialog(self.ctx, self)
        self.kind_sentences_dialog = dialog
        dialog.open()
        return dialog

    # ----- keeping the draft, and the theme ---------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        if self.ui.views.currentWidget() is self.ui.exerciseView:
            self.exercise.save_now()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            restyle_soon(self, self._paint_frames)
        super().changeEvent(event)

    def _paint_frames(self) -> None:
        c = current_colours()
        self.ui.quoteFrame.setStyleSheet(
            f"QFrame#quoteFrame {{ background: {c.surface}; border-left: 4px solid {c.accent}; border-radius: 8px; }}"
        )
        self.ui.draftFrame.setStyleSheet(f"QFrame#draftFrame {{ background: {c.accent_soft}; border-radius: 12px; }}")
