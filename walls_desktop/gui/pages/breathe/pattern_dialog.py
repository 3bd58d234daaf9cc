"""The user's own breathing patterns: make, name, change and delete them.

The form has one field per kind of step, in the only order a pattern may take (breathe in, an optional extra
sip, an optional hold, breathe out, an optional rest), so a pattern is easy to shape and hard to get wrong.
Every problem the core finds is shown next to the field it is about; nothing typed is lost by a failed save.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QLabel, QListWidgetItem, QMessageBox, QSizePolicy, QWidget

from walls_desktop.core.breath_patterns import (
    PRESET_NAME_MESSAGE,
    PatternProblemField,
    build_pattern,
    clean_name,
    format_seconds,
    preset_named,
    validate_pattern,
    validate_phases,
)
from walls_desktop.core.breathing import PRESETS, BreathPattern, Phase, PhaseKind
from walls_desktop.core.text import SHORT_TEXT_MAX, text_problem
from walls_desktop.gui.common.exact_text import line_text
from walls_desktop.gui.common.feedback import NOT_SAVED, ask, report_save_failure, write
from walls_desktop.gui.common.layout import HoldTextWhole, ReturnFocus, keep_room_when_hidden
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_pattern_dialog import Ui_PatternDialog
from walls_desktop.store.errors import StoreError, StoreErrorKind

NEW_PATTERN = (4.0, 0.0, 0.0, 6.0, 0.0)  # seconds per step field, in form order: a gentle longer out-breath


@dataclass(frozen=True)
class _StepField:
    spin: QDoubleSpinBox
    problem: QLabel
    kind: PhaseKind
    zero_leaves_out: bool  # 0 s means "no such step" (the core itself leaves out 0 s holds and rests)


class PatternDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PatternDialog()
        self.ui.setupUi(self)
        HoldTextWhole(self)
        ReturnFocus(self)
        self.confirm_box: QMessageBox | None = None
        self._editing: BreathPattern | None = None
        self._checked = False  # after a first try to save, problems are shown as the user types
        ui = self.ui
        self._steps = (
            _StepField(ui.inhaleSpin, ui.inhaleProblem, PhaseKind.INHALE, False),
            _StepField(ui.topUpSpin, ui.topUpProblem, PhaseKind.TOP_UP, True),
            _StepField(ui.holdSpin, ui.holdProblem, PhaseKind.HOLD_FULL, False),
            _StepField(ui.exhaleSpin, ui.exhaleProblem, PhaseKind.EXHALE, False),
            _StepField(ui.restSpin, ui.restProblem, PhaseKind.HOLD_EMPTY, False),
        )
        self._reserve_room_for_problems()
        ui.saveButton.clicked.connect(self.save)
        ui.newButton.clicked.connect(self.start_new)
        ui.deleteButton.clicked.connect(self.ask_delete)
        ui.closeButton.clicked.connect(self.close)
        ui.patternList.currentItemChanged.connect(self._on_selected)
        ui.nameEdit.textChanged.connect(self._on_edited)
        ui.descriptionEdit.textChanged.connect(self._on_edited)
        for step in self._steps:
            step.spin.valueChanged.connect(self._on_edited)
        if not ctx.writable:  # patterns can be looked at, not edited
            for button in (ui.saveButton, ui.newButton, ui.deleteButton):
                button.setEnabled(False)
            for edit in (ui.nameEdit, ui.descriptionEdit):
                edit.setReadOnly(True)
        self._reload_list()
        if ui.patternList.count():
            ui.patternList.setCurrentRow(0)
        else:
            self.start_new()
        self._show_status(
            ""
            if ctx.writable
            else self.tr("Your data is open read-only, so patterns cannot be saved or deleted right now.")
        )

    # ----- the list -----------------------------------------------------------------------------------

    def _reload_list(self, select_id: int | None = None) -> None:
        patterns = self.ctx.patterns.list_all()
        listing = self.ui.patternList
        listing.blockSignals(True)
        listing.clear()
        for pattern in patterns:
            item = QListWidgetItem(pattern.name)
            item.setData(Qt.ItemDataRole.UserRole, pattern)
            listing.addItem(item)
            if pattern.id == select_id:
                listing.setCurrentItem(item)
        listing.blockSignals(False)
        self.ui.listEmpty.setVisible(not patterns)
        self.ui.deleteButton.setEnabled(self.ctx.writable and listing.currentItem() is not None)

    def _on_selected(self, item: QListWidgetItem | None) -> None:
        self.ui.deleteButton.setEnabled(self.ctx.writable and item is not None)
        if item is not None:
            self._load(item.data(Qt.ItemDataRole.UserRole))

    # ----- the form -----------------------------------------------------------------------------------

    def start_new(self) -> None:
        self.ui.patternList.setCurrentItem(None)
        self._editing = None
        self._fill("", "", NEW_PATTERN)
        self.ui.nameEdit.setFocus()

    def _load(self, pattern: BreathPattern) -> None:
        self._editing = pattern
        seconds = self._form_seconds(pattern.phases)
        fits = seconds is not None
        self._fill(pattern.name, pattern.description, seconds or NEW_PATTERN)
        for step in self._steps:
            step.spin.setEnabled(self.ctx.writable and fits)
        self.ui.saveButton.setEnabled(self.ctx.writable and fits)
        if not fits:
            self._show_status(
                self.tr("This pattern has more steps than this form can show. You can still breathe with it.")
            )

    def _form_seconds(self, phases: tuple[Phase, ...]) -> tuple[float, ...] | None:
        """Seconds for each field, or None when the steps do not fit the form's one order."""
        seconds = [0.0] * len(self._steps)
        position = 0
        for phase in phases:
            while position < len(self._steps) and self._steps[position].kind is not phase.kind:
                position += 1
            if position == len(self._steps):
                return None
            seconds[position] = phase.seconds
            position += 1
        return tuple(seconds)

    def _fill(self, name: str, description: str, seconds: tuple[float, ...]) -> None:
        self._checked = False
        for edit, text in ((self.ui.nameEdit, name), (self.ui.descriptionEdit, description)):
            edit.setText(text)
            edit.setCursorPosition(0)  # show a long text from its beginning, not its end
        for step, value in zip(self._steps, seconds, strict=True):
            step.spin.setEnabled(self.ctx.writable)
            step.spin.setValue(value)
        self.ui.saveButton.setEnabled(self.ctx.writable)
        self._show_problems({})
        self._show_status("")

    def _phases(self) -> tuple[list[Phase], list[QLabel]]:
        """The steps as typed, and for each the label where its problems go."""
        phases, labels = [], []
        for step in self._steps:
            value = step.spin.value()
            if step.zero_leaves_out and value == 0:
                continue
            phases.append(Phase(step.kind, value))
            labels.append(step.problem)
        return phases, labels

    def _problems(self) -> dict[QLabel, list[str]]:
        """Every problem with the form, by the label that shows it."""
        ui = self.ui
        phases, labels = self._phases()
        found: dict[QLabel, list[str]] = {}
        for problem in validate_pattern(line_text(ui.nameEdit), phases):
            if problem.field is PatternProblemField.NAME:
                label = ui.nameProblem
            elif problem.field is PatternProblemField.PHASE and problem.phase_index is not None:
                label = labels[problem.phase_index]
            else:
                label = ui.patternProblem
            found.setdefault(label, []).append(problem.text(tr_core))
        description_problem = text_problem(line_text(ui.descriptionEdit), SHORT_TEXT_MAX)
        if description_problem:
            found[ui.descriptionProblem] = [tr_core(description_problem)]
        name = line_text(ui.nameEdit)
        if ui.nameProblem not in found and (preset := preset_named(name, (tr_core(p.name) for p in PRESETS))):
            found[ui.nameProblem] = [tr_core(PRESET_NAME_MESSAGE).format(name=preset)]  # as it reads in the list
        if ui.nameProblem not in found and self._name_taken():
            found[ui.nameProblem] = [self._duplicate_text()]
        return found

    def _field_of(self, problem_label: QLabel) -> QWidget:
        """The field a problem label is about (a problem with the whole pattern: the first step)."""
        fields = {self.ui.nameProblem: self.ui.nameEdit, self.ui.descriptionProblem: self.ui.descriptionEdit}
        fields.update({step.problem: step.spin for step in self._steps})
        return fields.get(problem_label, self._steps[0].spin)

    def _name_taken(self) -> bool:
        editing_id = self._editing.id if self._editing else None
        return self.ctx.patterns.name_taken(clean_name(line_text(self.ui.nameEdit)), editing_id)

    def _duplicate_text(self) -> str:
        error = StoreError(StoreErrorKind.DUPLICATE_NAME)
        return QCoreApplication.translate(error.context, error.message)

    def _problem_labels(self) -> tuple[QLabel, ...]:
        ui = self.ui
        return (ui.nameProblem, ui.descriptionProblem, ui.patternProblem, *(step.problem for step in self._steps))

    def _reserve_room_for_problems(self) -> None:
        """Each message has lines kept for it (as many as its longest needs at the dialog's smallest), so the
        fields below hold still when it shows."""
        ui = self.ui
        lines = {ui.nameProblem: 2, ui.descriptionProblem: 1, ui.patternProblem: 2, ui.statusNote: 1}
        for label, count in lines.items():
            label.ensurePolished()  # the style sheet's font for problems, not the default one
            metrics = label.fontMetrics()
            label.setMinimumHeight(count * max(metrics.lineSpacing(), metrics.height()) + 2)
            # A message wraps in the room it has, rather than widening its column and moving the fields.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        keep_room_when_hidden(*lines)

    def _show_problems(self, problems: dict[QLabel, list[str]]) -> None:
        # A step's message is shown under the steps, in room kept for it, not beside its step: there it
        # would need lines of its own and push the rest of the form about.
        shown = {label: list(texts) for label, texts in problems.items()}
        steps = [text for step in self._steps for text in shown.pop(step.problem, [])]  # in the steps' order
        shown[self.ui.patternProblem] = steps + shown.get(self.ui.patternProblem, [])
        for label in self._problem_labels():
            text = "\n".join(shown.get(label, []))
            label.setText(text)
            label.setVisible(bool(text))
        self._show_cycle(problems)

    def _show_cycle(self, problems: dict[QLabel, list[str]]) -> None:
        phases, _ = self._phases()
        if problems or validate_phases(phases):
            self.ui.cycleSummary.setText(self.tr("Once the steps are right, this line says how long one round takes."))
            return
        cycle = BreathPattern("", tuple(phases)).cycle_seconds
        self.ui.cycleSummary.setText(
            self.tr("One round of this pattern takes {seconds} seconds.").format(seconds=format_seconds(cycle))
        )

    def _on_edited(self) -> None:
        self._show_status("")
        self._show_problems(self._problems() if self._checked else {})

    def _show_status(self, text: str) -> None:
        self.ui.statusNote.setText(text)
        self.ui.statusNote.setVisible(bool(text))

    # ----- saving and deleting ----------------------------------------------------------------------

    def save(self) -> bool:
        """Keep the pattern if it has no problems; otherwise show them next to their fields."""
        self._checked = True
        problems = self._problems()
        self._show_problems(problems)
        if problems:
            self._field_of(next(iter(problems))).setFocus()
            return False
        phases, _ = self._phases()
        editing_id = self._editing.id if self._editing else None
        pattern = build_pattern(line_text(self.ui.nameEdit), phases, line_text(self.ui.descriptionEdit), editing_id)
        stored = write(
            self,
            lambda: self.ctx.patterns.update(pattern) if editing_id else self.ctx.patterns.add(pattern),
            self._refused,
        )
        if not stored:
            return False
        self._reload_list(select_id=stored.id)
        self._editing = stored
        self._checked = False
        self._show_status(self.tr("Saved “{name}”.").format(name=stored.name))
        return True

    def _refused(self, error: StoreError) -> None:
        """A taken name is the user's to mend beside the field; anything else is told in the usual box."""
        if error.kind is StoreErrorKind.DUPLICATE_NAME:
            self._show_problems({self.ui.nameProblem: [self._duplicate_text()]})
        else:
            report_save_failure(self, error)

    def ask_delete(self) -> QMessageBox | None:
        item = self.ui.patternList.currentItem()
        if item is None:
            return None
        pattern: BreathPattern = item.data(Qt.ItemDataRole.UserRole)
        self.confirm_box = ask(
            self,
            self.tr("Delete this pattern?"),
            self.tr("Delete “{name}”? Sessions you did with it stay in your history.").format(name=pattern.name),
            self.tr("&Delete"),
            self.tr("&Keep it"),
            lambda: self._delete(pattern),
            "deletePatternBox",
        )
        return self.confirm_box

    def _delete(self, pattern: BreathPattern) -> None:
        if write(self, lambda: self.ctx.patterns.delete(pattern.id)) is NOT_SAVED:
            return
        self._reload_list()
        if self.ui.patternList.count():
            self.ui.patternList.setCurrentRow(0)
        else:
            self.start_new()
        self._show_status(self.tr("Deleted “{name}”.").format(name=pattern.name))
