"""The dialog for trying a step: the prediction before (which may be adjusted), then what really happened.

Opened from the Ladder page, from Today (the next step up), from a moment (which the try is then linked to) and
from a try's mark on the Moments chart (to look at it again, change it or delete it).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from walls_desktop.core.clock import utc_now
from walls_desktop.core.ladder import (
    LadderStep,
    LadderTry,
    Outcome,
    StepField,
    ordered,
    step_problems,
    try_problems,
)
from walls_desktop.core.ladder_predictions import Prediction
from walls_desktop.core.ratings import ANXIETY, PERCENT
from walls_desktop.core.settings import LADDER_ORDER
from walls_desktop.core.text import shortened
from walls_desktop.gui.common.dates import local_date, local_date_time
from walls_desktop.gui.common.exact_text import plain_text
from walls_desktop.gui.common.feedback import NOT_SAVED, ask, write
from walls_desktop.gui.common.layout import HoldTextWhole, ReturnFocus
from walls_desktop.gui.common.leaving import AsksBeforeLeaving
from walls_desktop.gui.common.text import breakable, tr_core
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_ladder_try_dialog import Ui_LadderTryDialog
from walls_desktop.gui.pages.ladder.formatting import who
from walls_desktop.gui.pages.ladder.predictions import forget_prediction, keep_prediction, kept_predictions
from walls_desktop.store.errors import StoreError

RECENT_MOMENTS = 30


class LadderTryDialog(AsksBeforeLeaving, QDialog):
    """Give ``step_id`` to try that step, ``attempt`` (as stored) to look at a try again, or neither to choose
    the step here. ``moment_id`` links the try to a moment from the start."""

    saved = Signal(object)  # the LadderTry as stored

    def __init__(
        self,
        ctx: AppContext,
        step_id: int | None = None,
        attempt: LadderTry | None = None,
        moment_id: int | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attempt = attempt
        self._clock = clock
        linked = ctx.moments.get(moment_id) if moment_id is not None and attempt is None else None
        # A try begun from a moment happened then: it sits there on the chart, not at the time it was written.
        self._tried_at = linked.occurred_at if linked is not None else None
        self.ui = Ui_LadderTryDialog()
        self.ui.setupUi(self)
        HoldTextWhole(self, narrowest=560)
        ReturnFocus(self)
        ui = self.ui
        for rating, scale in (
            (ui.expectedRating, ANXIETY),
            (ui.beforeLikelihood, PERCENT),
            (ui.peakRating, ANXIETY),
            (ui.afterLikelihood, PERCENT),
        ):
            rating.set_scale(scale)
            rating.set_required()
        self._outcomes = {Outcome.YES: ui.outcomeYes, Outcome.PARTLY: ui.outcomePartly, Outcome.NO: ui.outcomeNo}
        for outcome, radio in self._outcomes.items():
            radio.setText(tr_core(outcome.label))
        self._problems: dict[StepField, QLabel] = {
            StepField.FEARED: ui.fearedProblem,
            StepField.EXPECTED_ANXIETY: ui.expectedProblem,
            StepField.LIKELIHOOD: ui.beforeLikelihoodProblem,
            StepField.PEAK_ANXIETY: ui.peakProblem,
            StepField.OUTCOME: ui.outcomeProblem,
            StepField.LIKELIHOOD_AFTER: ui.afterLikelihoodProblem,
            StepField.WHAT_HAPPENED: ui.happenedProblem,
            StepField.LEARNED: ui.learnedProblem,
        }
        self._steps = self._choosable_steps(step_id, attempt)
        self._fill_steps(step_id if attempt is None else attempt.step_id)
        self._fill_moments(moment_id if attempt is None else attempt.moment_id)
        ui.stepCombo.currentIndexChanged.connect(self._fill_prediction)
        ui.nextButton.clicked.connect(self.go_next)
        ui.backButton.clicked.connect(self.show_before)
        ui.cancelButton.clicked.connect(self.reject)
        ui.deleteButton.clicked.connect(self.ask_delete)
        ui.laterButton.clicked.connect(self.keep_for_later)
        ui.deleteButton.setVisible(attempt is not None)
        self._show_problems({})
        QShortcut(QKeySequence("Ctrl+Return"), self, self.go_next)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.go_next)
        ui.fieldsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if attempt is None:
            self._fill_prediction()
            self.show_before()
        else:
            self._fill_attempt(attempt)
            self.show_after()
        self._show_store_mode()
        self._as_opened = self._typed()

    # ----- filling --------------------------------------------------------------------------------------

    def _choosable_steps(self, step_id: int | None, attempt: LadderTry | None) -> list[LadderStep]:
        """The steps that can be tried: the ladder in its order (the one asked for, even if archived)."""
        steps = ordered(self.ctx.ladder.steps(), self.ctx.settings.get(LADDER_ORDER))
        wanted = step_id if attempt is None else attempt.step_id
        if wanted is not None and all(step.id != wanted for step in steps):
            found = self.ctx.ladder.get_step(wanted)
            steps += [found] if found is not None else []
        return steps

    def _fill_steps(self, chosen: int | None) -> None:
        ui = self.ui
        for step in self._steps:
            ui.stepCombo.addItem(breakable(step.action), step.id)
        index = ui.stepCombo.findData(chosen) if chosen is not None else 0
        ui.stepCombo.setCurrentIndex(max(index, 0))
        fixed = chosen is not None
        for widget in (ui.stepLabel, ui.stepCombo):
            widget.setVisible(not fixed)  # asked only when the try began without a step (from a moment)
        ui.stepName.setVisible(fixed)

    def _fill_moments(self, chosen: int | None) -> None:
        combo = self.ui.momentCombo
        combo.addItem(self.tr("Not linked to a moment"), None)
        for moment in reversed(self.ctx.moments.list_all()[-RECENT_MOMENTS:]):
            label = self.tr("{date}: {kind}, anxiety {anxiety}").format(
                date=local_date(moment.occurred_at), kind=tr_core(moment.kind.label), anxiety=moment.anxiety
            )
            combo.addItem(label, moment.id)
        if chosen is not None and combo.findData(chosen) < 0 and (moment := self.ctx.moments.get(chosen)):
            combo.addItem(local_date(moment.occurred_at), moment.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)

    @property
    def step(self) -> LadderStep | None:
        step_id = self.ui.stepCombo.currentData()
        return next((step for step in self._steps if step.id == step_id), None)

    def _fill_prediction(self) -> None:
        """The prediction as it stands: the step as written (edited or not), and how likely the fear felt after
        its latest try, which is where the next try starts."""
        step = self.step
        ui = self.ui
        if step is None:
            return
        ui.stepName.setText(f"{breakable(step.action)} ({who(step)})")
        tries = self.ctx.ladder.tries_of(step.id)
        kept = kept_predictions(self.ctx).get(step.id)
        if kept is not None:  # written before the step, so it is what the try tests
            ui.fearedEdit.setPlainText(kept.feared)
            ui.expectedRating.set_value(kept.expected_anxiety)
            ui.beforeLikelihood.set_value(kept.likelihood)
            ui.predictionNote.setText(
                self.tr("You wrote this prediction on {date}, before the try.").format(
                    date=local_date_time(kept.written_at)
                )
            )
        else:
            ui.fearedEdit.setPlainText(step.feared)
            ui.expectedRating.set_value(step.expected_anxiety)
            ui.beforeLikelihood.set_value(tries[-1].likelihood_after if tries else step.likelihood)
        ui.predictionNote.setVisible(kept is not None)
        ui.fearedEdit.moveCursor(QTextCursor.MoveOperation.End)

    def _fill_attempt(self, attempt: LadderTry) -> None:
        ui = self.ui
        step = self.step
        if step is not None:
            ui.stepName.setText(f"{breakable(step.action)} ({who(step)})")
        ui.fearedEdit.setPlainText(attempt.feared)
        ui.expectedRating.set_value(attempt.expected_anxiety)
        ui.beforeLikelihood.set_value(attempt.likelihood_before)
        ui.peakRating.set_value(attempt.peak_anxiety)
        self._outcomes[attempt.outcome].setChecked(True)
        ui.afterLikelihood.set_value(attempt.likelihood_after)
        ui.happenedEdit.setPlainText(attempt.what_happened)
        ui.learnedEdit.setPlainText(attempt.learned)
        ui.title.setText(self.tr("Your try of {date}").format(date=local_date(attempt.tried_at)))

    def _show_store_mode(self) -> None:
        """Read-only data: a try can be read, but nothing in it changed or deleted."""
        writable = self.ctx.writable
        ui = self.ui
        for edit in (ui.fearedEdit, ui.happenedEdit, ui.learnedEdit):
            edit.setReadOnly(not writable)
        for widget in (ui.deleteButton, ui.stepCombo, ui.momentCombo, ui.outcomeBox, ui.expectedRating,
                       ui.beforeLikelihood, ui.peakRating, ui.afterLikelihood):  # fmt: skip
            widget.setEnabled(writable)

    def _typed(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            plain_text(ui.fearedEdit), ui.expectedRating.value(), ui.beforeLikelihood.value(), ui.peakRating.value(),
            self.chosen_outcome(), ui.afterLikelihood.value(), plain_text(ui.happenedEdit),
            plain_text(ui.learnedEdit), ui.momentCombo.currentData(), ui.stepCombo.currentData(),
        )  # fmt: skip

    def has_changes(self) -> bool:
        return self.ctx.writable and self._typed() != self._as_opened

    # ----- moving between the two pages ----------------------------------------------------------------------

    def show_before(self) -> None:
        ui = self.ui
        ui.pages.setCurrentWidget(ui.beforePage)
        ui.backButton.setVisible(False)
        ui.laterButton.setVisible(self.attempt is None)
        ui.laterButton.setEnabled(self.ctx.writable and self.step is not None)
        ui.nextButton.setText(self.tr("I have done it: &next"))
        ui.nextButton.setEnabled(self.step is not None)
        (ui.stepCombo if ui.stepCombo.isVisibleTo(self) else ui.fearedEdit).setFocus()

    def show_after(self) -> None:
        ui = self.ui
        ui.pages.setCurrentWidget(ui.afterPage)
        ui.backButton.setVisible(True)
        ui.laterButton.setVisible(False)
        ui.nextButton.setText(self.tr("&Save"))
        ui.nextButton.setEnabled(self.ctx.writable)
        feared = shortened_quote(plain_text(ui.fearedEdit))
        ui.afterLead.setText(self.tr("You feared: “{feared}”. What really happened?").format(feared=feared))
        ui.peakRating.setFocus()

    def go_next(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.beforePage:
            found = self._before_problems()
            self._show_problems(found)
            if found:
                self._focus_problem(found)
                return
            self.show_after()
            return
        self.save()

    def _before_problems(self) -> dict[StepField, str]:
        """The prediction's own checks, which are a step's (its action and person are not asked here)."""
        ui = self.ui
        feared = plain_text(ui.fearedEdit).strip()
        found = step_problems("-", "", ui.expectedRating.value(), feared, ui.beforeLikelihood.value())
        return found

    # ----- keeping ---------------------------------------------------------------------------------------------

    def chosen_outcome(self) -> Outcome | None:
        return next((outcome for outcome, radio in self._outcomes.items() if radio.isChecked()), None)

    def save(self) -> None:
        ui = self.ui
        found = self._before_problems() | try_problems(
            ui.peakRating.value(),
            self.chosen_outcome(),
            ui.afterLikelihood.value(),
            plain_text(ui.happenedEdit),
            plain_text(ui.learnedEdit),
        )
        self._show_problems(found)
        if found:
            self._focus_problem(found)
            return
        fields = {
            "expected_anxiety": ui.expectedRating.value(),
            "feared": plain_text(ui.fearedEdit).strip(),
            "likelihood_before": ui.beforeLikelihood.value(),
            "peak_anxiety": ui.peakRating.value(),
            "outcome": self.chosen_outcome(),
            "likelihood_after": ui.afterLikelihood.value(),
            "what_happened": plain_text(ui.happenedEdit).strip(),
            "learned": plain_text(ui.learnedEdit).strip(),
            "moment_id": ui.momentCombo.currentData(),
        }
        if self.attempt is None:
            attempt = LadderTry(step_id=self.step.id, tried_at=self._tried_at or self._clock(), **fields)
            stored = write(self, lambda: self.ctx.ladder.add_try(attempt))
        else:
            changed = dataclasses.replace(self.attempt, **fields)
            stored = write(self, lambda: self.ctx.ladder.update_try(changed))
        if stored:
            with contextlib.suppress(StoreError):  # the try is safe; a leftover prediction is only offered again
                forget_prediction(self.ctx, stored.step_id)
            self.saved.emit(stored)
            self._leaving = True
            self.accept()

    def keep_for_later(self) -> None:
        """The prediction, kept as written now; the try is finished when the person comes back."""
        found = self._before_problems()
        self._show_problems(found)
        if found or self.step is None:
            if found:
                self._focus_problem(found)
            return
        ui = self.ui
        prediction = Prediction(
            plain_text(ui.fearedEdit).strip(), ui.expectedRating.value(), ui.beforeLikelihood.value(), self._clock()
        )
        step_id = self.step.id
        if write(self, lambda: keep_prediction(self.ctx, step_id, prediction)) is not NOT_SAVED:
            self._leave()

    def ask_delete(self) -> None:
        attempt = self.attempt
        if attempt is None:
            return
        ask(
            self,
            self.tr("Delete this try?"),
            self.tr("The try of {date} goes from the step's history and from the chart.").format(
                date=local_date(attempt.tried_at)
            ),
            self.tr("&Delete"),
            self.tr("&Keep it"),
            lambda: write(self, lambda: self.ctx.ladder.delete_try(attempt.id)) and self._leave(),
            "deleteTryBox",
        )

    # ----- problems -------------------------------------------------------------------------------------------

    def _show_problems(self, found: dict[StepField, str]) -> None:
        for field, label in self._problems.items():
            label.setText(tr_core(found[field]) if field in found else "")
            label.setVisible(field in found)

    def _focus_problem(self, found: dict[StepField, str]) -> None:
        ui = self.ui
        before = {StepField.FEARED, StepField.EXPECTED_ANXIETY, StepField.LIKELIHOOD}
        if found.keys() & before and ui.pages.currentWidget() is not ui.beforePage:
            self.show_before()
        first = next(field for field in self._problems if field in found)
        targets = {
            StepField.FEARED: ui.fearedEdit,
            StepField.EXPECTED_ANXIETY: ui.expectedRating,
            StepField.LIKELIHOOD: ui.beforeLikelihood,
            StepField.PEAK_ANXIETY: ui.peakRating,
            StepField.OUTCOME: ui.outcomeYes,
            StepField.LIKELIHOOD_AFTER: ui.afterLikelihood,
            StepField.WHAT_HAPPENED: ui.happenedEdit,
            StepField.LEARNED: ui.learnedEdit,
        }
        targets[first].setFocus()
        label = self._problems[first]
        QTimer.singleShot(0, ui.fieldsScroll, lambda: ui.fieldsScroll.ensureWidgetVisible(label, 0, 24))


def shortened_quote(text: str) -> str:
    return breakable(shortened(text.strip(), 160))
