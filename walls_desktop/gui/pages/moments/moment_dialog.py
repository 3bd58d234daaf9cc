"""The dialog for logging a closeness moment, and for looking at, changing or deleting one later.

Opened from anywhere with Ctrl+N (File → Log a moment…), from Today and from the Moments page. It saves
through the moment repository, which announces the change to every page that shows moments.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QDialog, QMessageBox, QWidget

from walls_desktop.core.clock import utc_now
from walls_desktop.core.moments import ALL_SIGNS, ClosenessKind, Moment, Sign
from walls_desktop.core.text import LONG_TEXT_MAX, SHORT_TEXT_MAX, text_problem
from walls_desktop.gui.common.exact_text import line_text, plain_text
from walls_desktop.gui.common.feedback import NOT_SAVED, ask, write
from walls_desktop.gui.common.layout import HoldTextWhole, ReturnFocus
from walls_desktop.gui.common.people import complete_people
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.common.theme import current_colours
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_moment_dialog import Ui_MomentDialog

Clock = Callable[[], datetime]

# The clock moves on while the dialog is open: a time a little ahead of "now" is still "now".
FUTURE_SLACK = timedelta(minutes=2)


def calm_calendar(calendar: QCalendarWidget) -> None:
    """Weekends in the text colour, not Qt's bright red (below 4.5:1 on both themes); days that cannot be
    chosen (after today) clearly fainter than the rest."""
    colours = current_colours()
    plain = QTextCharFormat()
    plain.setForeground(QColor(colours.text))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, plain)
    palette = calendar.palette()
    faint = QColor(colours.edge)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, faint)
    calendar.setPalette(palette)


def to_qdatetime(moment_time: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment_time.timestamp()))  # shown in local time


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class MomentDialog(QDialog):
    """Pass ``moment`` (as stored, with an id) to look at and change it; leave it out to log a new one, filled in
    from ``draft`` if given (a check-in made into a full moment)."""

    saved = Signal(object)  # the Moment as stored
    deleted = Signal(int)  # the id of the deleted moment

    def __init__(
        self,
        ctx: AppContext,
        moment: Moment | None = None,
        parent: QWidget | None = None,
        now: Clock = utc_now,
        draft: Moment | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.moment = moment
        self._now = now
        self.question: QMessageBox | None = None  # the open "are you sure?" box, if any
        self._leaving = False
        self.ui = Ui_MomentDialog()
        self.ui.setupUi(self)
        HoldTextWhole(self)
        ReturnFocus(self)
        self.sign_boxes = self._build_sign_boxes()
        self._build_kinds()
        self._build_when()
        complete_people(self.ui.personEdit, ctx)
        self.ui.anxietyRating.set_required()  # starts unrated, so a rating is always a choice
        self._fill(moment, draft)
        self._initial_state = self._form_state()
        self._wire()
        self._show_store_mode()
        if moment is None:  # "now" is usually right: start where a choice is needed
            self.ui.anxietyRating.setFocus()

    # ----- building ----------------------------------------------------------------------------------

    def _build_sign_boxes(self) -> dict[Sign, QCheckBox]:
        boxes: dict[Sign, QCheckBox] = {}
        previous: QWidget = self.ui.personEdit
        for sign in ALL_SIGNS:
            box = QCheckBox(tr_core(sign.label), self.ui.signsBox)
            box.setObjectName(f"sign_{sign.name.lower()}")
            box.setAccessibleName(tr_core(sign.label))
            self.ui.signsLayout.addWidget(box)
            QWidget.setTabOrder(previous, box)
            previous = box
            boxes[sign] = box
        QWidget.setTabOrder(previous, self.ui.actionEdit)
        return boxes

    def _build_kinds(self) -> None:
        for kind in ClosenessKind:
            self.ui.kindCombo.addItem(tr_core(kind.label), kind.value)

    def _build_when(self) -> None:
        locale = QLocale()
        self.ui.whenEdit.setDisplayFormat(
            f"{locale.dateFormat(QLocale.FormatType.LongFormat)}  {locale.timeFormat(QLocale.FormatType.ShortFormat)}"
        )
        self.ui.whenEdit.setMaximumDate(to_qdatetime(self._now()).date())  # the calendar offers no days to come
        calm_calendar(self.ui.whenEdit.calendarWidget())

    def _fill(self, moment: Moment | None, draft: Moment | None = None) -> None:
        editing = moment is not None
        self.ui.deleteButton.setVisible(editing)
        # A moment already kept can be a try of a ladder step (when there is a ladder to try).
        self.ui.ladderTryButton.setVisible(editing and bool(self.ctx.ladder.steps()))
        if moment is None:
            self.setWindowTitle(self.tr("Log a moment"))
            self.ui.title.setText(self.tr("A moment of closeness"))
            self.ui.whenEdit.setDateTime(to_qdatetime(self._now()))
            if draft is not None:
                self._show_fields(draft)
            return
        self.setWindowTitle(self.tr("This moment"))
        self.ui.title.setText(self.tr("This moment of closeness"))
        self._show_fields(moment)

    def _show_fields(self, moment: Moment) -> None:
        self.ui.whenEdit.setDateTime(to_qdatetime(moment.occurred_at))
        self.ui.anxietyRating.set_value(moment.anxiety)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(moment.kind.value))
        self.ui.personEdit.setText(moment.person)
        for sign, box in self.sign_boxes.items():
            box.setChecked(sign in moment.signs)
        self.ui.actionEdit.setPlainText(moment.action)
        self.ui.noteEdit.setPlainText(moment.note)

    def _wire(self) -> None:
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.deleteButton.clicked.connect(self.ask_delete)
        self.ui.ladderTryButton.clicked.connect(self.as_ladder_try)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.save)
        self.ui.anxietyRating.value_changed.connect(lambda _value: self._show_problem(None))
        self.ui.whenEdit.dateTimeChanged.connect(self._recheck)

    def _recheck(self) -> None:
        """A problem on show goes as soon as it is mended (the next one, if any, takes its place)."""
        if self.ui.problemLabel.isVisible():
            problem = self._problem()
            self._show_problem(problem[0] if problem else None)

    def _show_store_mode(self) -> None:
        writable = self.ctx.writable
        self.ui.readOnlyNote.setVisible(not writable)
        self.ui.saveButton.setEnabled(writable)
        self.ui.deleteButton.setEnabled(writable)
        self.ui.ladderTryButton.setEnabled(writable)
        # Read-only data can be read here, not edited: no field pretends it could be changed.
        for edit in (self.ui.personEdit, self.ui.actionEdit, self.ui.noteEdit):
            edit.setReadOnly(not writable)
        for control in (self.ui.whenEdit, self.ui.kindCombo, self.ui.anxietyRating, self.ui.signsBox):
            control.setEnabled(writable)

    # ----- reading the form --------------------------------------------------------------------------

    def occurred_at(self) -> datetime:
        return from_qdatetime(self.ui.whenEdit.dateTime())

    def signs(self) -> Sign:
        chosen = Sign(0)
        for sign, box in self.sign_boxes.items():
            if box.isChecked():
                chosen |= sign
        return chosen

    def _form_state(self) -> tuple[object, ...]:
        return (
            self.ui.whenEdit.dateTime().toSecsSinceEpoch(),
            self.ui.anxietyRating.value(),
            self.ui.kindCombo.currentData(),
            *self._texts(),
            int(self.signs()),
        )

    def _texts(self) -> tuple[str, str, str]:
        """Person, what I did and the note exactly as typed (Qt's own ``text()`` hides broken characters)."""
        ui = self.ui
        return line_text(ui.personEdit), plain_text(ui.actionEdit), plain_text(ui.noteEdit)

    def has_changes(self) -> bool:
        return self._form_state() != self._initial_state

    def _problem(self) -> tuple[str, QWidget] | None:
        """The first thing to fix before saving, kindly worded, and where to fix it."""
        if self.occurred_at() > self._now() + FUTURE_SLACK:
            return self.tr("That time is still to come. Please choose when the moment happened."), self.ui.whenEdit
        if self.ui.anxietyRating.value() is None:
            return (
                self.tr("Please choose how anxious you felt, from 0 (calm) to 10. A digit key sets it."),
                self.ui.anxietyRating,
            )
        person, action, note = self._texts()
        texts = (
            (person, SHORT_TEXT_MAX, self.ui.personEdit),
            (action, LONG_TEXT_MAX, self.ui.actionEdit),
            (note, LONG_TEXT_MAX, self.ui.noteEdit),
        )
        for text, limit, field in texts:
            if (problem := text_problem(text, limit)) is not None:
                return tr_core(problem), field
        return None

    def _moment_from_form(self) -> Moment:
        person, action, note = self._texts()
        return Moment(
            occurred_at=self.occurred_at(),
            anxiety=self.ui.anxietyRating.value(),
            kind=ClosenessKind(self.ui.kindCombo.currentData()),
            person=person.strip(),
            signs=self.signs(),
            action=action.strip(),
            note=note.strip(),
            id=None if self.moment is None else self.moment.id,
        )

    def _show_problem(self, text: str | None) -> None:
        self.ui.problemLabel.setVisible(bool(text))
        self.ui.problemLabel.setText(text or "")

    # ----- saving, deleting, leaving -----------------------------------------------------------------

    def save(self) -> None:
        if not self.ctx.writable:
            return
        problem = self._problem()
        if problem is not None:
            text, field = problem
            self._show_problem(text)
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._show_problem(None)
        moment = self._moment_from_form()
        moments = self.ctx.moments
        stored = write(self, lambda: moments.add(moment) if moment.id is None else moments.update(moment))
        if not stored:
            return
        self.moment = stored
        self.saved.emit(stored)
        self._leave(QDialog.DialogCode.Accepted)

    def as_ladder_try(self):
        """The try dialog over this one, linked to this moment; the person chooses the step there."""
        from walls_desktop.gui.pages.ladder.try_dialog import LadderTryDialog

        if self.moment is None:
            return None
        dialog = LadderTryDialog(self.ctx, moment_id=self.moment.id, parent=self, clock=self._now)
        dialog.finished.connect(dialog.deleteLater)
        self.try_dialog = dialog
        dialog.open()
        return dialog

    def ask_delete(self) -> QMessageBox | None:
        if self.moment is None or self.moment.id is None or not self.ctx.writable:
            return None
        box = self._ask(
            self.tr("Delete this moment?"),
            self.tr("It will be gone from your chart and your records. This cannot be undone."),
            self.tr("&Delete it"),
            self.tr("&Keep it"),
            self._delete,
        )
        return box

    def _delete(self) -> None:
        moment_id = self.moment.id
        if write(self, lambda: self.ctx.moments.delete(moment_id)) is NOT_SAVED:
            return
        self.deleted.emit(moment_id)
        self._leave(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Esc, Cancel or closing the window: ask first only when something was typed."""
        if self._leaving or not self.has_changes():
            self._leave(QDialog.DialogCode.Rejected)
            return
        if self.question is not None and self.question.isVisible():
            return
        self._ask(
            self.tr("Leave without saving?"),
            self.tr("What you wrote here has not been saved yet."),
            self.tr("&Leave without saving"),
            self.tr("Keep &writing"),
            lambda: self._leave(QDialog.DialogCode.Rejected),
        )

    def _leave(self, code: QDialog.DialogCode) -> None:
        self._leaving = True
        self.done(code)

    def _ask(self, title: str, text: str, yes: str, no: str, on_yes: Callable[[], object]) -> QMessageBox:
        self.question = ask(self, title, text, yes, no, on_yes, "momentQuestion")
        return self.question
