"""The guided exercise on the Reframe page: one step at a time, the draft kept as the user types.

The rules (what blocks a step, how to move on, the finished reframe) live in ``core.reframe_flow``; this
class binds them to the widgets of the page's form, shows each step's problems beside its fields, and
saves the draft a moment after the last keystroke, on every step change and when the page is hidden.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from walls_desktop.core.feelings import ALL_FEELINGS, known_feeling
from walls_desktop.core.ratings import PERCENT
from walls_desktop.core.reframe import ThinkingTrap
from walls_desktop.core.reframe_flow import (
    FIELD_LABELS,
    FIELD_LIMITS,
    PROGRESS_TEXT,
    STEPS,
    DraftField,
    ReframeDraft,
    Step,
    StepProblem,
    next_step,
    previous_step,
    problems,
    to_reframe,
    toggle_trap,
)
from walls_desktop.core.text import shortened, text_problem
from walls_desktop.gui.common.dates import local_date
from walls_desktop.gui.common.exact_text import line_text, plain_text
from walls_desktop.gui.common.feedback import NOT_SAVED, write
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_reframe_page import Ui_ReframePage
from walls_desktop.gui.pages.reframe.drafts import discard_draft, save_draft
from walls_desktop.store.changes import Action, Change, Record
from walls_desktop.store.errors import StoreError

AUTOSAVE_DELAY_MS = 400
RECENT_MOMENTS = 30  # how many logged moments the first step offers
QUOTE_LENGTH = 220  # characters of the critic's words in the strip above later steps


class Exercise(QObject):
    """Drives the exercise view of a :class:`Ui_ReframePage`. ``saved`` carries the stored Reframe;
    ``leave_requested`` asks the page to go back to the start (the draft is kept)."""

    saved = Signal(object)
    leave_requested = Signal()

    def __init__(self, ui: Ui_ReframePage, ctx: AppContext, view: QWidget, clock: Callable[[], datetime]) -> None:
        super().__init__(view)
        self.ui = ui
        self.ctx = ctx
        self.view = view
        self._clock = clock
        self._draft = ReframeDraft()
        self._tried: set[Step] = set()  # steps where Next was pressed: their missing answers are shown
        self._loading = False
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS, timeout=self.save_now)
        self._inputs = {
            DraftField.MOMENT_ID: ui.momentCombo,
            DraftField.SITUATION: ui.situationEdit,
            DraftField.CRITIC: ui.criticEdit,
            DraftField.BELIEF_BEFORE: ui.beliefBefore,
            DraftField.FEELING: ui.feelingCombo,
            DraftField.FEELING_INTENSITY: ui.feelingIntensity,
            DraftField.NOT_ALONE: ui.notAloneEdit,
            DraftField.FRIEND: ui.friendEdit,
            DraftField.REFRAME: ui.reframeEdit,
            DraftField.BELIEF_AFTER: ui.beliefAfter,
            DraftField.REFRAME_BELIEF: ui.reframeBelief,
        }
        self._problem_labels = {
            DraftField.SITUATION: ui.situationProblem,
            DraftField.CRITIC: ui.criticProblem,
            DraftField.BELIEF_BEFORE: ui.beliefBeforeProblem,
            DraftField.FEELING: ui.feelingProblem,
            DraftField.FEELING_INTENSITY: ui.feelingIntensityProblem,
            DraftField.NOT_ALONE: ui.notAloneProblem,
            DraftField.FRIEND: ui.friendProblem,
            DraftField.REFRAME: ui.reframeProblem,
            DraftField.BELIEF_AFTER: ui.beliefAfterProblem,
            DraftField.REFRAME_BELIEF: ui.reframeBeliefProblem,
        }
        self.trap_boxes: dict[ThinkingTrap, QCheckBox] = {}
        self._set_up_fields()
        self._set_up_keys()
        self._connect()

    # ----- set-up ------------------------------------------------------------------------------------

    def _set_up_fields(self) -> None:
        ui = self.ui
        labels = {
            DraftField.MOMENT_ID: ui.momentLabel,
            DraftField.SITUATION: ui.situationLabel,
            DraftField.CRITIC: ui.criticLabel,
            DraftField.BELIEF_BEFORE: ui.beliefBeforeLabel,
            DraftField.FEELING: ui.feelingLabel,
            DraftField.FEELING_INTENSITY: ui.feelingIntensityLabel,
            DraftField.NOT_ALONE: ui.notAloneLabel,
            DraftField.FRIEND: ui.friendLabel,
            DraftField.REFRAME: ui.reframeLabel,
            DraftField.BELIEF_AFTER: ui.beliefAfterLabel,
            DraftField.REFRAME_BELIEF: ui.reframeBeliefLabel,
        }
        for field, label in labels.items():
            text = tr_core(FIELD_LABELS[field])
            label.setText(text)
            self._inputs[field].setAccessibleName(text)
        ui.feelingIntensity.set_optional(True)  # how strong the feeling is may be left out; the beliefs may not
        for rating in (ui.beliefBefore, ui.beliefAfter, ui.reframeBelief):
            rating.set_required()
        for rating in (ui.beliefBefore, ui.feelingIntensity, ui.beliefAfter, ui.reframeBelief):
            rating.set_scale(PERCENT)
        for edit in (ui.criticEdit, ui.notAloneEdit, ui.friendEdit, ui.reframeEdit):
            edit.setMinimumHeight(84)
            edit.setMaximumHeight(150)
        ui.feelingCombo.setCompleter(None)  # inline completion would silently finish a word the user is typing
        ui.feelingCombo.lineEdit().setPlaceholderText(self.tr("Pick from the list with the arrow keys, or type"))
        for feeling in ALL_FEELINGS:
            ui.feelingCombo.addItem(tr_core(feeling.label), feeling.value)
        for index, trap in enumerate(ThinkingTrap):
            box = QCheckBox(tr_core(trap.label), ui.trapsContainer)
            box.setObjectName(f"trap_{trap.value}")
            box.setAccessibleDescription(tr_core(trap.explanation))
            explanation = QLabel(tr_core(trap.explanation), ui.trapsContainer)
            explanation.setWordWrap(True)
            explanation.setProperty("role", "caption")
            explanation.setContentsMargins(30, 0, 0, 10)
            explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            row, column = divmod(index, 2)
            ui.trapsGrid.addWidget(box, row * 2, column)
            ui.trapsGrid.addWidget(explanation, row * 2 + 1, column)
            box.toggled.connect(lambda _checked, t=trap: self._toggle_trap(t))
            self.trap_boxes[trap] = box
        ui.trapsGrid.setRowStretch(len(ThinkingTrap), 1)
        for label in self._problem_labels.values():
            label.hide()

    def _set_up_keys(self) -> None:
        def shortcut(keys: str, slot: Callable[[], None]) -> None:
            QShortcut(QKeySequence(keys), self.view, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        shortcut("Alt+Right", self.go_next)
        shortcut("Ctrl+Return", self.go_next)
        shortcut("Ctrl+Enter", self.go_next)
        shortcut("Alt+Left", self.go_back)
        # In a one-line field Enter has nothing else to do, so it moves on (in a text box it starts a new line).
        self.ui.situationEdit.returnPressed.connect(self.go_next)
        self.ui.feelingCombo.lineEdit().returnPressed.connect(self.go_next)
        self.ui.backButton.setToolTip(self.tr("Back to the previous step (Alt+B or Alt+Left)"))

    def _connect(self) -> None:
        ui = self.ui
        ui.nextButton.clicked.connect(self.go_next)
        ui.backButton.clicked.connect(self.go_back)
        ui.leaveButton.clicked.connect(self.leave)
        ui.momentCombo.currentIndexChanged.connect(lambda: self._edit(moment_id=ui.momentCombo.currentData()))
        ui.situationEdit.textChanged.connect(lambda: self._edit(situation=line_text(ui.situationEdit)))
        ui.criticEdit.textChanged.connect(lambda: self._edit(critic=plain_text(ui.criticEdit)))
        ui.feelingCombo.editTextChanged.connect(lambda: self._edit(feeling=self._feeling_text()))
        ui.notAloneEdit.textChanged.connect(lambda: self._edit(not_alone=plain_text(ui.notAloneEdit)))
        ui.friendEdit.textChanged.connect(lambda: self._edit(friend=plain_text(ui.friendEdit)))
        ui.reframeEdit.textChanged.connect(lambda: self._edit(reframe=plain_text(ui.reframeEdit)))
        ui.beliefBefore.value_changed.connect(lambda value: self._edit(belief_before=value))
        ui.feelingIntensity.value_changed.connect(lambda value: self._edit(feeling_intensity=value))
        ui.beliefAfter.value_changed.connect(lambda value: self._edit(belief_after=value))
        ui.reframeBelief.value_changed.connect(lambda value: self._edit(reframe_belief=value))
        ui.shareCheck.toggled.connect(lambda checked: self._edit(share_with_therapist=checked))
        # A moment logged (or deleted) meanwhile, say with Ctrl+N, shows up in the list at once.
        self.ctx.changes.changed.connect(self._on_change)  # a bound slot: dropped with this object

    # ----- the draft ---------------------------------------------------------------------------------

    @property
    def draft(self) -> ReframeDraft:
        return self._draft

    def start(self, draft: ReframeDraft | None = None) -> None:
        """Show ``draft`` (or a fresh one) on its step, every input filled from it."""
        draft = draft or ReframeDraft(started_at=self._clock())
        if draft.started_at is None:
            draft = dataclasses.replace(draft, started_at=self._clock())
        self._tried.clear()
        self._loading = True
        try:
            self._fill_moments(draft.moment_id)
            ui = self.ui
            ui.situationEdit.setText(draft.situation)
            ui.criticEdit.setPlainText(draft.critic)
            listed = known_feeling(draft.feeling)
            if listed is not None:
                ui.feelingCombo.setCurrentIndex(ui.feelingCombo.findData(listed.value))
            else:
                ui.feelingCombo.setCurrentIndex(-1)
                ui.feelingCombo.setEditText(draft.feeling)
            ui.notAloneEdit.setPlainText(draft.not_alone)
            ui.friendEdit.setPlainText(draft.friend)
            ui.reframeEdit.setPlainText(draft.reframe)
            ui.beliefBefore.set_value(draft.belief_before)
            ui.feelingIntensity.set_value(draft.feeling_intensity)
            ui.beliefAfter.set_value(draft.belief_after)
            ui.reframeBelief.set_value(draft.reframe_belief)
            ui.shareCheck.setChecked(draft.share_with_therapist)
            for trap, box in self.trap_boxes.items():
                box.setChecked(trap in draft.traps)
        finally:
            self._loading = False
        self._draft = draft
        self._show_step(focus=True)

    def _fill_moments(self, chosen: int | None) -> None:
        combo = self.ui.momentCombo
        combo.clear()
        combo.addItem(self.tr("No logged moment: I'll describe it below"), None)
        recent = self.ctx.moments.list_all()[-RECENT_MOMENTS:][::-1]
        if chosen is not None and chosen not in {moment.id for moment in recent}:
            linked = self.ctx.moments.get(chosen)  # an older moment the draft is about stays offered
            recent += [linked] if linked is not None else []
        for moment in recent:
            text = self.tr("{date} · {kind} · anxiety {anxiety}/10").format(
                date=local_date(moment.occurred_at), kind=tr_core(moment.kind.label), anxiety=moment.anxiety
            )
            if moment.person:
                text += f" · {shortened(moment.person, 30)}"
            combo.addItem(text, moment.id)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        self.ui.momentEmpty.setText(self.tr("You haven't logged a moment yet; a line below is just as good."))
        self.ui.momentEmpty.setVisible(not recent)
        combo.setEnabled(bool(recent))

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        if change.record is not Record.MOMENT or self.ui.views.currentWidget() is not self.view:
            return  # entering the exercise fills the list afresh
        self._loading = True  # refilling the list is not an edit by the user
        try:
            self._fill_moments(self._draft.moment_id)
        finally:
            self._loading = False
        if change.action is Action.REMOVED and change.id == self._draft.moment_id:
            self._edit(moment_id=None)  # the linked moment was deleted meanwhile
        elif change.action is Action.ADDED and self._draft.step is Step.MOMENT and self._draft.moment_id is None:
            # Logged just now (Ctrl+N) to reframe it: say it was kept, and choose it.
            self.ui.momentCombo.setCurrentIndex(self.ui.momentCombo.findData(change.id))
            self.ui.momentEmpty.setText(self.tr("Saved. The moment you just logged is chosen here."))
            self.ui.momentEmpty.setVisible(True)

    def _feeling_text(self) -> str:
        combo = self.ui.feelingCombo
        text = line_text(combo.lineEdit())
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # a label from the list, in any case
        return combo.itemData(index) if index >= 0 else text

    def _toggle_trap(self, trap: ThinkingTrap) -> None:
        if not self._loading and (trap in self._draft.traps) != self.trap_boxes[trap].isChecked():
            self._draft = toggle_trap(self._draft, trap)
            self._changed()

    def _edit(self, **changes: object) -> None:
        if self._loading:
            return
        self._draft = dataclasses.replace(self._draft, **changes)
        self._changed()

    def _changed(self) -> None:
        self._show_problems()
        if self.ctx.writable:
            self._autosave.start()

    def save_now(self) -> None:
        """Keep the draft at once (a failure is told quietly beside the step number: the words stay)."""
        self._autosave.stop()
        if not self.ctx.writable:
            return
        kept = write(self.view, lambda: save_draft(self.ctx, self._draft), on_failure=lambda _error: None)
        self._show_progress(unsaved=kept is NOT_SAVED)

    # ----- moving through the steps -----------------------------------------------------------------

    def go_next(self) -> None:
        step = self._draft.step
        found = problems(self._draft, step)
        if found:
            self._tried.add(step)
            self._show_problems()
            self._focus(found[0].field)
            # On a small window the message may sit below the fold: once laid out, it is brought into sight.
            if (label := self._problem_labels.get(found[0].field)) is not None:
                QTimer.singleShot(0, self.ui.stepScroll, lambda: self.ui.stepScroll.ensureWidgetVisible(label, 0, 24))
            return
        if step is STEPS[-1]:
            self._finish()
            return
        self._draft = next_step(self._draft)
        self.save_now()
        self._show_step(focus=True)

    def go_back(self) -> None:
        if self._draft.step is STEPS[0]:
            return
        self._draft = previous_step(self._draft)
        self.save_now()
        self._show_step(focus=True)

    def leave(self) -> None:
        self.save_now()
        self.leave_requested.emit()

    def _finish(self) -> None:
        reframe = to_reframe(self._draft, self._clock())
        stored = write(self.view, lambda: self.ctx.reframes.add(reframe))
        if not stored:
            return
        self._autosave.stop()
        # The reframe itself is safe; a leftover draft would be offered once more and can be discarded.
        with contextlib.suppress(StoreError):
            discard_draft(self.ctx)
        self._draft = ReframeDraft()
        self.saved.emit(stored)

    # ----- showing ------------------------------------------------------------------------------------

    def _show_step(self, focus: bool) -> None:
        ui = self.ui
        step = self._draft.step
        ui.steps.setCurrentIndex(STEPS.index(step))
        ui.stepScroll.verticalScrollBar().setValue(0)  # each step starts at its top
        ui.stepTitle.setText(tr_core(step.text.title))
        ui.promptLabel.setText(tr_core(step.text.prompt))
        ui.hintLabel.setText(tr_core(step.text.hint))
        ui.hintLabel.setVisible(bool(step.text.hint))
        critic = self._draft.critic.strip()
        ui.quoteFrame.setVisible(step.number > Step.CRITIC.number and bool(critic))
        ui.quoteText.setText(f"“{shortened(critic, QUOTE_LENGTH)}”")
        ui.backButton.setEnabled(step is not STEPS[0])
        last = step is STEPS[-1]
        ui.nextButton.setText(self.tr("&Save") if last else self.tr("&Next"))
        ui.nextButton.setAccessibleName(self.tr("Save this reframe") if last else self.tr("Go to the next step"))
        ui.nextButton.setToolTip(
            self.tr("Save this reframe (Alt+S or Ctrl+Enter)")
            if last
            else self.tr("Next step (Alt+N, Alt+Right or Ctrl+Enter)")
        )
        self._show_progress()
        self._show_problems()
        if focus:
            self._focus(self._first_input(step))

    def _show_progress(self, unsaved: bool = False) -> None:
        text = tr_core(PROGRESS_TEXT, number=self._draft.step.number, total=len(STEPS))
        if unsaved:
            text += " · " + self.tr("your words could not be kept on disk just now, but they are still here")
        self.ui.progressLabel.setText(text)

    def _show_problems(self) -> None:
        step = self._draft.step
        shown = {
            problem.field: problem.text(tr_core)
            for problem in problems(self._draft, step)
            if step in self._tried or self._is_text_problem(problem)
        }
        for field, label in self._problem_labels.items():
            label.setText(shown.get(field, ""))
            label.setVisible(field in shown)

    def _is_text_problem(self, problem: StepProblem) -> bool:
        """Text that cannot be kept (a broken character, too long) is shown at once, not only after Next."""
        limit = FIELD_LIMITS.get(problem.field)
        return limit is not None and text_problem(getattr(self._draft, problem.field.value), limit) is not None

    def _first_input(self, step: Step) -> DraftField | ThinkingTrap:
        if step is Step.MOMENT:
            return DraftField.MOMENT_ID if self.ui.momentCombo.isEnabled() else DraftField.SITUATION
        if step is Step.TRAPS:
            return next(iter(ThinkingTrap))
        return {
            Step.CRITIC: DraftField.CRITIC,
            Step.NOTICE: DraftField.FEELING,
            Step.NOT_ALONE: DraftField.NOT_ALONE,
            Step.KINDNESS: DraftField.FRIEND,
            Step.REFRAME: DraftField.REFRAME,
        }[step]

    def _focus(self, target: DraftField | ThinkingTrap) -> None:
        widget = self.trap_boxes[target] if isinstance(target, ThinkingTrap) else self._inputs[target]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
