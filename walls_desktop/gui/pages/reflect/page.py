"""Reflect: how you tend to respond when someone comes close, on two continuous dimensions, per relationship,
over months. Never a type, never a diagnosis.

The page has four views in one stack: the start (who it is about this time, an unfinished reflection to
continue, every focus reflected on, the suggestion to come back), the statements (``questions``), a word when
too many were skipped for a score, and the result (``result``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QCompleter, QListWidgetItem, QPushButton, QWidget

from walls_desktop.core.clock import utc_now
from walls_desktop.core.reflection import GENERAL, focus_problem, score
from walls_desktop.core.reflection_draft import ReflectionDraft, offered_draft
from walls_desktop.core.reflection_statements import STATEMENTS, Dimension
from walls_desktop.core.reflection_words import CAVEAT
from walls_desktop.core.settings import REFLECT_DRAFT, REFLECT_REMIND, REFLECT_REMIND_WEEKS
from walls_desktop.gui.common.dates import local_date, local_date_time
from walls_desktop.gui.common.exact_text import line_text
from walls_desktop.gui.common.feedback import NOT_SAVED, report_read_failure, write
from walls_desktop.gui.common.layout import FitListToRows, ReflowWhenNarrow
from walls_desktop.gui.common.text import breakable, tr_core
from walls_desktop.gui.common.theme import current_colours, restyle_soon
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_reflect_page import Ui_ReflectPage
from walls_desktop.gui.pages.page import Page
from walls_desktop.gui.pages.reflect.formatting import focus_phrase
from walls_desktop.gui.pages.reflect.questions import Questions
from walls_desktop.gui.pages.reflect.result import ResultView
from walls_desktop.store.changes import Record
from walls_desktop.store.errors import StoreError

FOCUS_ROLE = Qt.ItemDataRole.UserRole
CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut


class ReflectPage(Page):
    watches = frozenset({Record.REFLECTION, Record.MOMENT, Record.SETTING})  # moments: the names offered
    setting_keys = frozenset({REFLECT_DRAFT.key, REFLECT_REMIND.key, REFLECT_REMIND_WEEKS.key})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ReflectPage()
        self.ui.setupUi(self)
        from walls_desktop.gui.pages.registry import PAGE_SPECS  # (the registry builds this page)

        built = {spec.key for spec in PAGE_SPECS if spec.build is not None}
        for row in (self.ui.draftButtonsBox, self.ui.startActionsBox, self.ui.shortButtonsBox, self.ui.remindBox):
            ReflowWhenNarrow(row)
        self.questions = Questions(self.ui, ctx, self.ui.questionView, clock)
        self.result = ResultView(self.ui, ctx, self.ui.resultView, built)
        FitListToRows(self.ui.fociList, max_rows=6)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.personEdit.setCompleter(self.completer)
        self.ui.startCaveat.setText(tr_core(CAVEAT))
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)  # Enter presses the button that has the focus, as Space does
        for area in (self.ui.startScroll, self.ui.questionScroll, self.ui.shortScroll, self.ui.resultScroll):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own on the way round with Tab
        self._connect()
        self._paint_frames()
        self.show_start()

    def _connect(self) -> None:
        ui = self.ui
        ui.beginButton.clicked.connect(self.begin)
        ui.continueButton.clicked.connect(self.continue_draft)
        ui.discardButton.clicked.connect(self.discard)
        ui.personEdit.textEdited.connect(lambda: ui.personRadio.setChecked(True))
        ui.personEdit.returnPressed.connect(self.begin)
        ui.personRadio.toggled.connect(lambda: ui.personProblem.setText(""))
        ui.fociList.itemActivated.connect(lambda item: self.show_result(item.data(FOCUS_ROLE)))
        ui.fociList.currentItemChanged.connect(lambda current: ui.openButton.setEnabled(current is not None))
        ui.openButton.clicked.connect(self._open_chosen)
        ui.remindCheck.toggled.connect(self._set_remind)
        ui.remindWeeks.valueChanged.connect(self._set_remind_weeks)
        ui.answerSkippedButton.clicked.connect(self._answer_skipped)
        ui.keepAnywayButton.clicked.connect(lambda: self.questions.finish(anyway=True))
        ui.doneButton.clicked.connect(self.show_start)
        self.questions.finished.connect(lambda stored: self.show_result(stored.focus))
        self.questions.short.connect(self._show_short)
        self.questions.leave_requested.connect(self.show_start)
        self.result.navigate_requested.connect(self.navigate_requested)
        self.result.emptied.connect(self.show_start)
        for view in (ui.shortView, ui.resultView):  # Esc goes back to the start, as it leaves the statements
            QShortcut(QKeySequence(Qt.Key.Key_Escape), view, self.show_start, context=CHILDREN)

    # ----- the start view ------------------------------------------------------------------------------

    def on_shown(self) -> None:
        if self.ui.views.currentWidget() is self.ui.startView:
            self.stale = False
            self.show_start()
        else:
            super().on_shown()

    def show_start(self) -> None:
        ui = self.ui
        ui.views.setCurrentWidget(ui.startView)
        self._refresh_or_tell()
        if ui.draftFrame.isVisibleTo(self) and self.ctx.writable:
            ui.continueButton.setFocus()
        elif self.ctx.writable:
            ui.beginButton.setFocus()
        elif ui.fociList.isVisibleTo(self):
            ui.fociList.setFocus()

    def refresh(self) -> None:
        """What the current view shows, as stored now (the statements show the draft being made)."""
        current = self.ui.views.currentWidget()
        if current is self.ui.startView:
            self._refresh_start()
        elif current is self.ui.resultView:
            self.result.refresh()

    def _refresh_start(self) -> None:
        ui = self.ui
        writable = self.ctx.writable
        draft = self._stored_draft()
        ui.draftFrame.setVisible(draft is not None)
        if draft is not None:
            ui.draftLabel.setText(self._draft_offer(draft))
        for widget in (ui.focusBox, ui.startActionsBox):
            widget.setVisible(draft is None)
        for widget in (ui.focusBox, ui.beginButton, ui.continueButton, ui.discardButton, ui.remindCheck):
            widget.setEnabled(writable)
        ui.readOnlyNote.setVisible(not writable)
        foci = self.ctx.reflections.foci()
        names = [summary.focus for summary in foci if summary.focus != GENERAL]
        names += [name for name in self.ctx.moments.people() if name not in names]
        self.completer.model().setStringList(names)
        self._show_foci(foci)
        self._show_remind()

    def _stored_draft(self) -> ReflectionDraft | None:
        """The unfinished reflection, or None when there is none worth offering (no answer in it)."""
        return offered_draft(self.ctx.settings.get(REFLECT_DRAFT))

    def _draft_offer(self, draft: ReflectionDraft) -> str:
        answered = len(draft.answers)
        focus = breakable(focus_phrase(draft.focus))
        if draft.started_at is None:
            text = self.tr("You have an unfinished reflection about {focus}: {answered} of {total} answered.")
        else:
            text = self.tr(
                "You have an unfinished reflection about {focus}, begun on {when}, with {answered} of {total} answered."
            )
        when = local_date_time(draft.started_at) if draft.started_at else ""
        kept = self.tr("Your answers are kept.")
        return f"{text.format(focus=focus, when=when, answered=answered, total=len(STATEMENTS))} {kept}"

    def _show_foci(self, foci) -> None:
        ui = self.ui
        ui.fociList.clear()
        for summary in foci:
            count = (
                self.tr("1 reflection") if summary.count == 1 else self.tr("{n} reflections").format(n=summary.count)
            )
            when = self.tr("last on {date}").format(date=local_date(summary.last_taken_at))
            name = self.tr("Close relationships in general") if summary.focus == GENERAL else summary.focus
            item = QListWidgetItem(f"{breakable(name)} · {count} · {when}")
            item.setData(FOCUS_ROLE, summary.focus)
            item.setToolTip(self.tr("Press Enter or double-click to see the results"))
            ui.fociList.addItem(item)
        if foci:
            ui.fociList.setCurrentRow(0)
        ui.fociList.setVisible(bool(foci))
        ui.openBox.setVisible(bool(foci))
        ui.fociEmpty.setVisible(not foci)

    def _show_remind(self) -> None:
        ui = self.ui
        remind, weeks = self.ctx.settings.get(REFLECT_REMIND), self.ctx.settings.get(REFLECT_REMIND_WEEKS)
        for widget in (ui.remindCheck, ui.remindWeeks):
            widget.blockSignals(True)  # showing the stored value is not the user changing it
        ui.remindCheck.setChecked(remind)
        ui.remindWeeks.setValue(weeks)
        for widget in (ui.remindCheck, ui.remindWeeks):
            widget.blockSignals(False)
        ui.remindWeeks.setSuffix(self.tr(" week") if weeks == 1 else self.tr(" weeks"))
        ui.remindWeeks.setEnabled(self.ctx.writable and remind)

    def _set_remind(self, on: bool) -> None:
        write(self, lambda: self.ctx.settings.set(REFLECT_REMIND, on))
        self._show_remind()

    def _set_remind_weeks(self, weeks: int) -> None:
        write(self, lambda: self.ctx.settings.set(REFLECT_REMIND_WEEKS, weeks))
        self._show_remind()

    # ----- actions ---------------------------------------------------------------------------------------

    def chosen_focus(self) -> str | None:
        """The focus chosen on the start view, or None (with the reason shown) when the name will not do."""
        ui = self.ui
        if ui.generalRadio.isChecked():
            return GENERAL
        name = line_text(ui.personEdit).strip()
        problem = focus_problem(name)
        if not name:
            problem_text = self.tr("Write the name you use for them, or choose close relationships in general.")
        else:
            problem_text = tr_core(problem) if problem else ""
        ui.personProblem.setText(problem_text)
        if problem_text:
            ui.personEdit.setFocus()
            # On a small window the message may sit below the fold: once laid out, it is brought into sight.
            QTimer.singleShot(0, ui.startScroll, lambda: ui.startScroll.ensureWidgetVisible(ui.personProblem, 0, 24))
            return None
        return name

    def begin(self) -> None:
        if not self.ctx.writable:  # (Enter in the name field reaches here even while Begin is disabled)
            return
        focus = self.chosen_focus()
        if focus is not None:
            self._enter_questions(ReflectionDraft(focus))

    def start_practice(self, option: object = None, anxiety: int | None = None) -> None:
        """``"draft"`` carries on with the unfinished reflection; otherwise the start view is enough (a new
        reflection first asks about whom)."""
        if option == "draft" and self.ui.views.currentWidget() is self.ui.startView and self._stored_draft():
            self.continue_draft()

    def continue_draft(self) -> None:
        draft = self._stored_draft()
        self._enter_questions(draft if draft is not None else ReflectionDraft())

    def discard(self) -> None:
        if write(self, lambda: self.ctx.settings.reset(REFLECT_DRAFT)) is not NOT_SAVED:
            self.show_start()

    def _enter_questions(self, draft: ReflectionDraft) -> None:
        self.ui.views.setCurrentWidget(self.ui.questionView)
        self.questions.start(draft)

    def _show_short(self) -> None:
        ui = self.ui
        answers = self.questions.draft.answers
        lines = []
        for dimension in (Dimension.WORRY, Dimension.UNEASE):
            result = score(answers, dimension)
            if result.mean is None:
                lines.append(
                    self.tr("{dimension}: {answered} of {total} answered; a score needs at least {needed}.").format(
                        dimension=tr_core(dimension.title),
                        answered=result.answered,
                        total=result.total,
                        needed=result.needed,
                    )
                )
        lines.append(
            self.tr(
                "You can answer some of the skipped statements now, or keep this reflection as it is, without a "
                "score for that part."
            )
        )
        ui.shortText.setText("\n\n".join(lines))
        ui.keepAnywayButton.setEnabled(bool(answers))  # a reflection with no answer at all is not kept
        ui.views.setCurrentWidget(ui.shortView)
        ui.answerSkippedButton.setFocus()

    def _answer_skipped(self) -> None:
        self.ui.views.setCurrentWidget(self.ui.questionView)
        self.questions.answer_skipped()

    def _open_chosen(self) -> None:
        item = self.ui.fociList.currentItem()
        if item is not None:
            self.show_result(item.data(FOCUS_ROLE))

    def show_result(self, focus: str) -> None:
        self.ui.views.setCurrentWidget(self.ui.resultView)
        try:
            self.result.show(focus)
        except StoreError as error:
            report_read_failure(self, error)
            self.show_start()
            return
        self.ui.doneButton.setFocus()

    # ----- keeping the draft, and the theme ---------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        if self.ui.views.currentWidget() is self.ui.questionView:
            self.questions.save_now()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            restyle_soon(self, self._paint_frames)
        super().changeEvent(event)

    def _paint_frames(self) -> None:
        c = current_colours()
        self.ui.draftFrame.setStyleSheet(f"QFrame#draftFrame {{ background: {c.accent_soft}; border-radius: 12px; }}")
        self.ui.caveatFrame.setStyleSheet(
            f"QFrame#caveatFrame {{ background: {c.surface}; border-left: 4px solid {c.accent}; border-radius: 8px; }}"
        )
