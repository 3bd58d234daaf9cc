"""Reflect's statements, one at a time: answered with a click, a digit or the arrows, skipped, or left for later.

The draft (focus, answers so far, the statement on screen) is kept in settings after every answer, so closing
Walls half way loses nothing. A click, a digit, or Space or Enter on an answer answers and moves on; the arrows
only move the choice (and the focus with it). Backspace (or Alt+B) goes back a statement; Esc leaves for now.
After "Answer the skipped ones", Next goes from one skipped statement to the next.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from walls_desktop.core.reflection import GENERAL, Reflection, first_unanswered, score
from walls_desktop.core.reflection_draft import ReflectionDraft, draft_to_dict
from walls_desktop.core.reflection_statements import ANSWER_LABELS, ANSWER_MAX, ANSWER_MIN, STATEMENTS, Dimension
from walls_desktop.core.settings import REFLECT_DRAFT
from walls_desktop.gui.common.feedback import NOT_SAVED, write
from walls_desktop.gui.common.text import breakable, tr_core
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_reflect_page import Ui_ReflectPage
from walls_desktop.store.errors import StoreError


class Questions(QObject):
    """Drives the question view. ``finished`` carries the stored Reflection; ``short`` says a dimension has too
    few answers for a score (the page asks what to do); ``leave_requested`` goes back to the start."""

    finished = Signal(object)
    short = Signal()
    leave_requested = Signal()

    def __init__(self, ui: Ui_ReflectPage, ctx: AppContext, view: QWidget, clock: Callable[[], datetime]) -> None:
        super().__init__(view)
        self.ui = ui
        self.ctx = ctx
        self.view = view
        self._clock = clock
        self._draft = ReflectionDraft()
        self._unsaved = False  # the last save failed: said quietly beside the progress until one works
        self._skipped_only = False  # Next goes to the next statement without an answer
        self.answer_buttons: list[QPushButton] = [getattr(ui, f"answer{value}") for value in range(1, 8)]
        for value, button in zip(range(ANSWER_MIN, ANSWER_MAX + 1), self.answer_buttons, strict=True):
            text = tr_core(ANSWER_LABELS[value - 1])
            button.setText(f"{value}    {text}")
            button.setAccessibleName(text)
            button.clicked.connect(lambda _checked=False, value=value: self.answer(value))
            button.installEventFilter(self)
        self._set_up_keys()
        ui.nextButton.clicked.connect(self.go_next)
        ui.skipButton.clicked.connect(self.skip)
        ui.backButton.clicked.connect(self.go_back)
        ui.leaveButton.clicked.connect(self.leave)
        ui.progressBar.setMaximum(len(STATEMENTS))
        for button in view.findChildren(QPushButton):
            button.setAutoDefault(True)  # Enter presses the button that has the focus, as Space does

    def _set_up_keys(self) -> None:
        def shortcut(key: QKeySequence | str, slot: Callable[[], None]) -> None:
            QShortcut(QKeySequence(key), self.view, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        for value in range(ANSWER_MIN, ANSWER_MAX + 1):
            digit = getattr(Qt.Key, f"Key_{value}")
            shortcut(str(value), lambda value=value: self.answer(value))
            shortcut(QKeySequence(Qt.KeyboardModifier.KeypadModifier | digit), lambda value=value: self.answer(value))
        for key in ("Up", "Left"):
            shortcut(key, lambda: self.move_choice(-1))
        for key in ("Down", "Right"):
            shortcut(key, lambda: self.move_choice(1))
        shortcut("Backspace", self.go_back)
        shortcut("Escape", self.leave)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The second click of a double-click would answer the next statement too: it is let go.
        return event.type() == QEvent.Type.MouseButtonDblClick or super().eventFilter(watched, event)

    # ----- the draft -----------------------------------------------------------------------------------

    @property
    def draft(self) -> ReflectionDraft:
        return self._draft

    def start(self, draft: ReflectionDraft) -> None:
        if draft.started_at is None:
            draft = dataclasses.replace(draft, started_at=self._clock())
        self._draft = draft
        self._skipped_only = False
        self._show()

    def save_now(self) -> None:
        """Keep the draft, or forget it while nothing is answered (a failure is told quietly beside the
        progress: the answers stay on screen)."""
        if not self.ctx.writable:
            return
        if self._draft.answers:
            draft = draft_to_dict(self._draft)
            keep = lambda: self.ctx.settings.set(REFLECT_DRAFT, draft)  # noqa: E731
        else:
            keep = lambda: self.ctx.settings.reset(REFLECT_DRAFT)  # noqa: E731
        self._unsaved = write(self.view, keep, on_failure=lambda _error: None) is NOT_SAVED
        self._show_progress()

    # ----- answering and moving --------------------------------------------------------------------------

    @property
    def current(self) -> int | None:
        return self._draft.answers.get(STATEMENTS[self._draft.position].key)

    def answer(self, value: int) -> None:
        self._set_answer(value)
        self.go_next()

    def move_choice(self, step: int) -> None:
        """The arrows: the choice moves up or down the scale (from the middle when nothing is chosen yet)."""
        current = self.current
        value = (ANSWER_MIN + ANSWER_MAX) // 2 if current is None else current + step
        self._set_answer(min(max(value, ANSWER_MIN), ANSWER_MAX))
        self.save_now()
        self._show_answer(focus=True)

    def skip(self) -> None:
        self._set_answer(None)
        self.go_next()

    def go_next(self) -> None:
        position = self._draft.position
        later = range(position + 1, len(STATEMENTS))
        if self._skipped_only:
            later = [i for i in later if STATEMENTS[i].key not in self._draft.answers]
        if not later:
            self.save_now()
            self.finish()
            return
        self._move_to(later[0])

    def go_back(self) -> None:
        if self._draft.position > 0:
            self._move_to(self._draft.position - 1)

    def answer_skipped(self) -> None:
        """From the first statement without an answer, Next goes on to the next one without."""
        first = first_unanswered(self._draft.answers)
        self._skipped_only = True
        self._move_to(first if first is not None else 0)

    def leave(self) -> None:
        self.save_now()
        self.leave_requested.emit()

    def enough_for_scores(self) -> bool:
        return all(score(self._draft.answers, dimension).mean is not None for dimension in Dimension)

    def finish(self, anyway: bool = False) -> None:
        """Keep the reflection, unless a dimension lacks answers for its score and the user has not said to
        (a reflection with no answer at all is never kept)."""
        if not self._draft.answers or (not anyway and not self.enough_for_scores()):
            self.short.emit()
            return
        draft = self._draft
        reflection = Reflection(self._clock(), draft.focus, dict(draft.answers))
        stored = write(self.view, lambda: self.ctx.reflections.add(reflection))
        if not stored:
            return
        # The reflection itself is safe; a leftover draft would be offered once more and can be discarded.
        with contextlib.suppress(StoreError):
            self.ctx.settings.reset(REFLECT_DRAFT)
        self._draft = ReflectionDraft()
        self.finished.emit(stored)

    def _set_answer(self, value: int | None) -> None:
        answers = dict(self._draft.answers)
        key = STATEMENTS[self._draft.position].key
        if value is None:
            answers.pop(key, None)
        else:
            answers[key] = value
        self._draft = dataclasses.replace(self._draft, answers=answers)

    def _move_to(self, position: int) -> None:
        self._draft = dataclasses.replace(self._draft, position=position)
        self.save_now()
        self._show()

    # ----- showing -----------------------------------------------------------------------------------------

    def _show(self) -> None:
        ui = self.ui
        position = self._draft.position
        ui.statementLabel.setText(tr_core(STATEMENTS[position].text))
        focus = self._draft.focus
        note = (
            self.tr("Thinking of close relationships in general")
            if focus == GENERAL
            else self.tr("Thinking of {name}: read “someone close” as {name}.").format(name=breakable(focus))
        )
        ui.focusNote.setText(note)
        ui.backButton.setEnabled(position > 0)
        last = position == len(STATEMENTS) - 1
        ui.nextButton.setText(self.tr("Fini&sh") if last else self.tr("&Next"))
        ui.nextButton.setAccessibleName(self.tr("Finish the reflection") if last else self.tr("Next statement"))
        ui.questionScroll.verticalScrollBar().setValue(0)
        self._show_progress()
        self._show_answer(focus=True)

    def _show_answer(self, focus: bool) -> None:
        current = self.current
        for value, button in enumerate(self.answer_buttons, start=ANSWER_MIN):
            button.setChecked(value == current)
        if focus:
            target = self.answer_buttons[(current or (ANSWER_MIN + ANSWER_MAX) // 2) - 1]
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_progress(self) -> None:
        position = self._draft.position
        text = self.tr("Statement {number} of {total}").format(number=position + 1, total=len(STATEMENTS))
        if self._unsaved:
            text += " · " + self.tr("your answers could not be kept on disk just now, but they are still here")
        self.ui.progressLabel.setText(text)
        self.ui.progressBar.setValue(position)
