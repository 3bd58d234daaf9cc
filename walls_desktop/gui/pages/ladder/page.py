"""Ladder: the person's own steps of closeness, lowest rung first, each with its prediction and its tries.

Progress here is the feared outcome not happening and how likely it feels falling, in words; a step can be
marked as comfortable now. The rungs follow the expected anxiety, or the person's own order, which they change
by dragging a step or with Alt+Up and Alt+Down.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QListWidgetItem, QWidget

from walls_desktop.core.clock import utc_now
from walls_desktop.core.ladder import SUGGESTIONS, LadderOrder, LadderStep, moved, ordered
from walls_desktop.core.settings import LADDER_ORDER, LADDER_PREDICTIONS
from walls_desktop.gui.common.feedback import ask, write
from walls_desktop.gui.common.layout import FitListToRows, ReflowWhenNarrow
from walls_desktop.gui.common.text import breakable, tr_core
from walls_desktop.gui.common.theme import current_colours, restyle_soon
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_ladder_page import Ui_LadderPage
from walls_desktop.gui.pages.ladder.formatting import (
    prediction_text,
    progress_words,
    step_row,
    summary_words,
    try_row,
    who,
)
from walls_desktop.gui.pages.ladder.predictions import kept_predictions
from walls_desktop.gui.pages.page import Page
from walls_desktop.store.changes import Record

ID_ROLE = Qt.ItemDataRole.UserRole
DragDrop = QAbstractItemView.DragDropMode
MAX_LIST_ROWS = 8  # a longer list scrolls inside itself


class LadderPage(Page):
    watches = frozenset({Record.LADDER_STEP, Record.LADDER_TRY, Record.SETTING})
    setting_keys = frozenset({LADDER_ORDER.key, LADDER_PREDICTIONS.key})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(ctx, parent)
        self._clock = clock
        self.ui = Ui_LadderPage()
        self.ui.setupUi(self)
        self.dialog: QDialog | None = None  # the step or try dialog open now, if any
        self._focus_list_after = False
        self._steps: list[LadderStep] = []
        self._tries: dict[int, list] = {}  # each step's tries, as read by the last refresh
        ui = self.ui
        for row in (ui.orderBox, ui.stepActionsBox, ui.stepMoreBox, ui.moveBox):
            ReflowWhenNarrow(row)
        for view in (ui.stepsList, ui.triesList, ui.ideasList):
            FitListToRows(view, MAX_LIST_ROWS)
        ui.pageScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for item in SUGGESTIONS:
            fear = self.tr("the fear to test: {feared}").format(feared=tr_core(item.feared))
            ui.ideasList.addItem(QListWidgetItem(f"{tr_core(item.action)}\n{fear}"))
        ui.ideasList.setCurrentRow(0)
        self._connect()
        self._paint_frames()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.addButton.clicked.connect(lambda: self.open_step_dialog())
        ui.useIdeaButton.clicked.connect(self._use_idea)
        ui.ideasList.itemActivated.connect(lambda _item: self._use_idea())
        ui.byAnxietyButton.clicked.connect(lambda: self._set_order(LadderOrder.BY_ANXIETY))
        ui.byHandButton.clicked.connect(lambda: self._set_order(LadderOrder.BY_HAND))
        ui.stepsList.currentItemChanged.connect(lambda: self._show_detail())
        ui.stepsList.itemActivated.connect(lambda _item: self.try_chosen())
        # Read once the move is over: rebuilding the list inside the model's own signal would pull it from under
        # the drop.
        ui.stepsList.model().rowsMoved.connect(lambda *_args: QTimer.singleShot(0, self, self._dropped))
        ui.tryButton.clicked.connect(self.try_chosen)
        ui.editButton.clicked.connect(lambda: self.open_step_dialog(self.chosen()))
        ui.climbedButton.clicked.connect(self._toggle_climbed)
        ui.archiveButton.clicked.connect(self._toggle_archived)
        ui.deleteStepButton.clicked.connect(self.ask_delete)
        ui.upButton.clicked.connect(lambda: self.move_chosen(-1))
        ui.downButton.clicked.connect(lambda: self.move_chosen(1))
        ui.archivedCheck.toggled.connect(lambda: self.refresh())
        ui.triesList.itemActivated.connect(lambda item: self.open_try(item.data(ID_ROLE)))
        ui.openTryButton.clicked.connect(self._open_chosen_try)
        for keys, offset in (("Alt+Up", -1), ("Alt+Down", 1)):
            QShortcut(QKeySequence(keys), ui.stepsList, lambda offset=offset: self.move_chosen(offset),
                      context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip

    # ----- showing -----------------------------------------------------------------------------------------

    @property
    def order(self) -> LadderOrder:
        return self.ctx.settings.get(LADDER_ORDER)

    def refresh(self) -> None:
        ui = self.ui
        chosen = self.chosen()
        archived = ui.archivedCheck.isChecked()
        archived_steps = self.ctx.ladder.steps(archived=True)
        steps = self.ctx.ladder.steps() + (archived_steps if archived else [])
        self._steps = ordered(steps, self.order)
        # Read once here: the chosen step's history and the delete question show the same tries.
        self._tries = tries_by_step = {step.id: self.ctx.ladder.tries_of(step.id) for step in self._steps}
        tries = {step_id: len(found) for step_id, found in tries_by_step.items()}
        ui.stepsList.blockSignals(True)
        ui.stepsList.clear()
        waiting = kept_predictions(self.ctx)
        for step in self._steps:
            item = QListWidgetItem(step_row(step, tries[step.id], step.id in waiting))
            item.setData(ID_ROLE, step.id)
            ui.stepsList.addItem(item)
        ui.stepsList.blockSignals(False)
        ids = [step.id for step in self._steps]
        ui.stepsList.setCurrentRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        has_steps = bool(self._steps)
        ui.ladderBox.setVisible(has_steps)
        ui.archivedCheck.setVisible(has_steps or archived or bool(archived_steps))
        by_hand = self.order is LadderOrder.BY_HAND
        ui.byAnxietyButton.setChecked(not by_hand)
        ui.byHandButton.setChecked(by_hand)
        drag = by_hand and self.ctx.writable
        ui.stepsList.setDragDropMode(DragDrop.InternalMove if drag else DragDrop.NoDragDrop)
        ui.orderHint.setText(
            self.tr("Drag a step, or press Alt+Up or Alt+Down, to move it.")
            if by_hand
            else self.tr("The steps you expect to be easiest come first. Choose “In my own order” to arrange them.")
        )
        across = summary_words(list(tries_by_step.values()))
        ui.ladderProgress.setText(across)
        ui.ladderProgress.setVisible(bool(across))
        ui.readOnlyNote.setVisible(not self.ctx.writable)
        ui.addButton.setEnabled(self.ctx.writable)
        ui.useIdeaButton.setEnabled(self.ctx.writable)
        self._show_detail()

    def chosen(self) -> LadderStep | None:
        item = self.ui.stepsList.currentItem()
        step_id = item.data(ID_ROLE) if item is not None else None
        return next((step for step in self._steps if step.id == step_id), None)

    def _show_detail(self) -> None:
        ui = self.ui
        step = self.chosen()
        writable = self.ctx.writable
        ui.detailFrame.setVisible(step is not None)
        for button in (ui.tryButton, ui.editButton, ui.climbedButton, ui.archiveButton, ui.deleteStepButton):
            button.setEnabled(writable and step is not None)
        by_hand = self.order is LadderOrder.BY_HAND
        ui.moveBox.setVisible(by_hand)
        index = ui.stepsList.currentRow()
        ui.upButton.setEnabled(writable and by_hand and index > 0)
        ui.downButton.setEnabled(writable and by_hand and 0 <= index < ui.stepsList.count() - 1)
        if step is None:
            return
        ui.climbedButton.setChecked(step.climbed)
        ui.archiveButton.setText(self.tr("Bring &back") if step.archived else self.tr("&Archive"))
        ui.detailTitle.setText(f"{breakable(step.action)} ({who(step)})")
        ui.predictionLabel.setText(prediction_text(step))
        tries = self._tries.get(step.id, [])
        ui.stepProgress.setText(progress_words(tries))
        ui.triesList.clear()
        for attempt in reversed(tries):
            item = QListWidgetItem(try_row(attempt))
            item.setData(ID_ROLE, attempt.id)
            ui.triesList.addItem(item)
        ui.triesList.setCurrentRow(0)
        for widget in (ui.historyTitle, ui.triesList, ui.tryButtonsBox):
            widget.setVisible(bool(tries))

    # ----- actions ---------------------------------------------------------------------------------------------

    def _set_order(self, order: LadderOrder) -> None:
        write(self, lambda: self.ctx.settings.set(LADDER_ORDER, order))
        self.refresh()

    def move_chosen(self, offset: int) -> None:
        step = self.chosen()
        if step is None or self.order is not LadderOrder.BY_HAND or not self.ctx.writable:
            return
        new_order = moved(self._steps, step.id, offset)
        if new_order is not None:
            write(self, lambda: self.ctx.ladder.reorder(new_order))
            self.refresh()
        self.ui.stepsList.setFocus()

    def _dropped(self) -> None:
        """A step dragged to a new place: the list's order is the new order."""
        ids = [self.ui.stepsList.item(row).data(ID_ROLE) for row in range(self.ui.stepsList.count())]
        write(self, lambda: self.ctx.ladder.reorder(ids))
        self.refresh()

    def _toggle_climbed(self) -> None:
        step = self.chosen()
        if step is not None:
            climbed_at = None if step.climbed else self._clock()
            write(self, lambda: self.ctx.ladder.update_step(dataclasses.replace(step, climbed_at=climbed_at)))
            self.refresh()
            self._keep_focus()

    def _toggle_archived(self) -> None:
        step = self.chosen()
        if step is not None:
            write(self, lambda: self.ctx.ladder.update_step(dataclasses.replace(step, archived=not step.archived)))
            self.refresh()
            self._keep_focus()

    def ask_delete(self):
        step = self.chosen()
        if step is None:
            return None
        count = len(self._tries.get(step.id, []))
        text = self.tr("“{step}” goes from your ladder.").format(step=breakable(step.action))
        if count:
            text += " " + (
                self.tr("Its try goes with it.") if count == 1 else self.tr("Its {n} tries go with it.").format(n=count)
            )
        self._focus_list_after = False

        def delete() -> None:
            write(self, lambda: self.ctx.ladder.delete_step(step.id))
            self._focus_list_after = True

        box = ask(self, self.tr("Delete this step?"), text, self.tr("&Delete"), self.tr("&Keep it"), delete,
                  "deleteStepBox")  # fmt: skip
        self._focus_after_closing(box)
        return box

    def _keep_focus(self) -> None:
        """On the ladder while it has a step to choose; on Add once none is left."""
        (self.ui.stepsList if self.ui.stepsList.count() else self.ui.addButton).setFocus()

    def _use_idea(self) -> None:
        row = self.ui.ideasList.currentRow()
        if 0 <= row < len(SUGGESTIONS) and self.ctx.writable:
            self.open_step_dialog(suggestion=SUGGESTIONS[row])

    def open_step_dialog(self, step: LadderStep | None = None, suggestion=None):
        from walls_desktop.gui.pages.ladder.step_dialog import LadderStepDialog

        dialog = LadderStepDialog(self.ctx, step, suggestion, self)
        dialog.saved.connect(self._select_saved)
        self._open(dialog)
        dialog.open()
        return dialog

    def _select_saved(self, step: LadderStep) -> None:
        self.refresh()
        ids = [s.id for s in self._steps]
        if step.id in ids:
            self.ui.stepsList.setCurrentRow(ids.index(step.id))
        self._focus_list_after = True

    def _open(self, dialog: QDialog) -> None:
        """One dialog at a time, gone once closed; a step just saved takes the focus when it closes."""
        self.dialog = dialog
        self._focus_list_after = False
        dialog.finished.connect(dialog.deleteLater)
        self._focus_after_closing(dialog)
        dialog.open()

    def _focus_after_closing(self, dialog: QDialog) -> None:
        """Once a dialog that changed the ladder closes, the focus goes to the ladder (or Add). Connected after
        the dialog's own ReturnFocus, and a turn later, so this comes last."""
        dialog.finished.connect(lambda: self._focus_list_after and QTimer.singleShot(0, self, self._keep_focus))

    def try_chosen(self):
        step = self.chosen()
        return self.try_step(step.id) if step is not None and self.ctx.writable else None

    def try_step(self, step_id: int | None = None, moment_id: int | None = None):
        from walls_desktop.gui.pages.ladder.try_dialog import LadderTryDialog

        dialog = LadderTryDialog(self.ctx, step_id=step_id, moment_id=moment_id, parent=self, clock=self._clock)
        self._open(dialog)
        return dialog

    def open_try(self, try_id: int):
        from walls_desktop.gui.pages.ladder.try_dialog import LadderTryDialog

        attempt = self.ctx.ladder.get_try(try_id)
        if attempt is None:
            return None
        dialog = LadderTryDialog(self.ctx, attempt=attempt, parent=self, clock=self._clock)
        self._open(dialog)
        return dialog

    def _open_chosen_try(self) -> None:
        item = self.ui.triesList.currentItem()
        if item is not None:
            self.open_try(item.data(ID_ROLE))

    # ----- the theme ------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            restyle_soon(self, self._paint_frames)
        super().changeEvent(event)

    def _paint_frames(self) -> None:
        c = current_colours()
        self.ui.detailFrame.setStyleSheet(f"QFrame#detailFrame {{ background: {c.surface}; border-radius: 12px; }}")
