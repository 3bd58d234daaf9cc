"""The dialog for writing a step of the ladder, taking an idea as a start, or changing a step later."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from walls_desktop.core.ladder import LadderStep, StepField, Suggestion, step_problems
from walls_desktop.core.ratings import ANXIETY, PERCENT
from walls_desktop.gui.common.exact_text import line_text, plain_text
from walls_desktop.gui.common.feedback import write
from walls_desktop.gui.common.layout import HoldTextWhole, ReturnFocus
from walls_desktop.gui.common.leaving import AsksBeforeLeaving
from walls_desktop.gui.common.people import complete_people
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_ladder_step_dialog import Ui_LadderStepDialog


class LadderStepDialog(AsksBeforeLeaving, QDialog):
    """Pass ``step`` (as stored) to change it, or a ``suggestion`` to start from; neither for a blank step."""

    saved = Signal(object)  # the LadderStep as stored

    def __init__(
        self,
        ctx: AppContext,
        step: LadderStep | None = None,
        suggestion: Suggestion | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.step = step
        self.ui = Ui_LadderStepDialog()
        self.ui.setupUi(self)
        HoldTextWhole(self, narrowest=560)
        ReturnFocus(self)
        ui = self.ui
        ui.expectedRating.set_scale(ANXIETY)
        ui.likelihoodRating.set_scale(PERCENT)
        for rating in (ui.expectedRating, ui.likelihoodRating):
            rating.set_required()
        complete_people(ui.personEdit, ctx)
        self._problem_labels: dict[StepField, QLabel] = {
            StepField.ACTION: ui.actionProblem,
            StepField.PERSON: ui.personProblem,
            StepField.EXPECTED_ANXIETY: ui.expectedProblem,
            StepField.FEARED: ui.fearedProblem,
            StepField.LIKELIHOOD: ui.likelihoodProblem,
        }
        self._fill(step, suggestion)
        self._as_opened = self.values()
        ui.fieldsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._show_problems({})
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.saveButton.setEnabled(ctx.writable)
        ui.actionEdit.setFocus()

    def _fill(self, step: LadderStep | None, suggestion: Suggestion | None) -> None:
        ui = self.ui
        if step is not None:
            ui.title.setText(self.tr("Change this step"))
            self.setWindowTitle(self.tr("Change this step"))
            ui.actionEdit.setText(step.action)
            ui.personEdit.setText(step.person)
            ui.expectedRating.set_value(step.expected_anxiety)
            ui.fearedEdit.setPlainText(step.feared)
            ui.likelihoodRating.set_value(step.likelihood)
        elif suggestion is not None:  # the numbers are the person's own to give
            ui.actionEdit.setText(tr_core(suggestion.action))
            ui.fearedEdit.setPlainText(tr_core(suggestion.feared))

    def has_changes(self) -> bool:
        return self.values() != self._as_opened

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "action": line_text(ui.actionEdit).strip(),
            "person": line_text(ui.personEdit).strip(),
            "expected_anxiety": ui.expectedRating.value(),
            "feared": plain_text(ui.fearedEdit).strip(),
            "likelihood": ui.likelihoodRating.value(),
        }

    def save(self) -> None:
        fields = self.values()
        found = step_problems(**fields)
        self._show_problems(found)
        if found:
            first = next(field for field in self._problem_labels if field in found)
            self._focus(first)
            return
        if self.step is None:
            step = LadderStep(**fields)
            stored = write(self, lambda: self.ctx.ladder.add_step(step))
        else:
            changed = dataclasses.replace(self.step, **fields)
            stored = write(self, lambda: self.ctx.ladder.update_step(changed))
        if stored:
            self.saved.emit(stored)
            self._leaving = True
            self.accept()

    def _show_problems(self, found: dict[StepField, str]) -> None:
        for field, label in self._problem_labels.items():
            label.setText(tr_core(found[field]) if field in found else "")
            label.setVisible(field in found)

    def _focus(self, field: StepField) -> None:
        ui = self.ui
        target = {
            StepField.ACTION: ui.actionEdit,
            StepField.PERSON: ui.personEdit,
            StepField.EXPECTED_ANXIETY: ui.expectedRating,
            StepField.FEARED: ui.fearedEdit,
            StepField.LIKELIHOOD: ui.likelihoodRating,
        }[field]
        target.setFocus()
        label = self._problem_labels[field]
        QTimer.singleShot(0, ui.fieldsScroll, lambda: ui.fieldsScroll.ensureWidgetVisible(label, 0, 24))
