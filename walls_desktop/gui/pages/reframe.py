"""Reframe: answer the inner critic with self-compassion, step by step, and keep a journal of past reframes.

The page has three views in one stack: the start (begin, or continue an unfinished exercise; the journal),
the exercise (``gui.reframe.exercise``) and the end (a kind sentence and the change in belief).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from walls_desktop.core.reframe import Reframe
from walls_desktop.core.reframe_flow import STEPS, ReframeDraft, Step
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_reframe_page import Ui_ReframePage
from walls_desktop.gui.kind_sentences import next_sentence
from walls_desktop.gui.reframe.detail_dialog import ReframeDetailDialog
from walls_desktop.gui.reframe.drafts import discard_draft, load_draft
from walls_desktop.gui.reframe.exercise import Exercise, belief_summary
from walls_desktop.gui.reframe.formatting import journal_row, local_date_time
from walls_desktop.gui.reframe.kind_sentences_dialog import KindSentencesDialog
from walls_desktop.gui.store_feedback import report_save_failure
from walls_desktop.gui.text import tr_core
from walls_desktop.gui.theme import current_colours
from walls_desktop.store.errors import StoreError


def utc_now() -> datetime:
    return datetime.now(UTC)


class ReframePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReframePage()
        self.ui.setupUi(self)
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
        if self.ui.views.currentWidget() is self.ui.startView:
            self.show_start()

    def show_start(self) -> None:
        ui = self.ui
        draft = load_draft(self.ctx)
        writable = self.ctx.writable
        ui.draftFrame.setVisible(draft is not None)
        if draft is not None:
            ui.draftLabel.setText(self._draft_offer(draft))
        ui.beginButton.setVisible(draft is None)
        for button in (ui.beginButton, ui.continueButton, ui.discardButton):
            button.setEnabled(writable)
        ui.readOnlyNote.setVisible(not writable)
        ui.views.setCurrentWidget(ui.startView)
        self.refresh_journal()
        (ui.continueButton if draft is not None else ui.beginButton).setFocus()

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

    def begin(self) -> None:
        self._enter_exercise(None)

    def continue_draft(self) -> None:
        self._enter_exercise(load_draft(self.ctx))

    def discard(self) -> None:
        try:
            discard_draft(self.ctx)
        except StoreError as error:
            report_save_failure(self, error)
            return
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
        dialog.changed.connect(self.refresh_journal)
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
            self._paint_frames()
        super().changeEvent(event)

    def _paint_frames(self) -> None:
        c = current_colours()
        self.ui.quoteFrame.setStyleSheet(
            f"QFrame#quoteFrame {{ background: {c.surface}; border-left: 4px solid {c.accent}; border-radius: 8px; }}"
        )
        self.ui.draftFrame.setStyleSheet(f"QFrame#draftFrame {{ background: {c.accent_soft}; border-radius: 12px; }}")

    # ----- screenshots ------------------------------------------------------------------------------

    def screen_states(self) -> Iterable[tuple[str, Callable[[], QWidget | None]]]:
        """Every step filled from the newest journal entry, a step with its problems, the end, the offer to
        continue, the detail dialog and the kind sentences dialog."""
        newest = next(iter(self.ctx.reframes.list_newest_first()), None)
        if newest is None:
            return []
        sample = _draft_like(newest)
        states: list[tuple[str, Callable[[], QWidget | None]]] = [
            (f"step-{step.number}-{step.value}", lambda s=step: self._screen_step(sample, s)) for step in STEPS
        ]
        states += [
            ("step-2-problems", self._screen_problems),
            ("done", lambda: self._show_done(newest)),
            ("draft-offer", lambda: (self._enter_exercise(sample), self.exercise.leave())[-1]),
            ("detail", lambda: self.open_reframe(newest.id)),
            ("kind-sentences", self._screen_kind_sentences),
        ]
        return states

    def _screen_step(self, sample: ReframeDraft, step: Step) -> None:
        self._enter_exercise(dataclasses.replace(sample, step=step))

    def _screen_problems(self) -> None:
        self._enter_exercise(ReframeDraft(step=Step.CRITIC, situation="-"))
        self.exercise.go_next()

    def _screen_kind_sentences(self) -> KindSentencesDialog:
        discard_draft(self.ctx)
        self.show_start()
        return self.open_kind_sentences()


def _draft_like(reframe: Reframe) -> ReframeDraft:
    """A draft holding what a stored reframe holds, to show the steps with real words."""
    return ReframeDraft(
        moment_id=reframe.moment_id,
        situation=reframe.situation,
        critic=reframe.critic,
        belief_before=reframe.belief_before,
        feeling=reframe.feeling,
        feeling_intensity=reframe.feeling_intensity,
        not_alone=reframe.not_alone,
        traps=reframe.traps,
        friend=reframe.friend,
        reframe=reframe.reframe,
        belief_after=reframe.belief_after,
        reframe_belief=reframe.reframe_belief,
        share_with_therapist=reframe.share_with_therapist,
        started_at=reframe.created_at,
    )
