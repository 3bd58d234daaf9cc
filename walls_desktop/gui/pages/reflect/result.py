"""Reflect's result view: the newest reflection about one focus, its path on the plane, words for where it sits
and how it moved, the practices that may help, what changed statement by statement, and every reflection about
the focus (each can be deleted).

The plane (and with it pyqtgraph) is built the first time a result is shown.
"""

from __future__ import annotations

from collections.abc import Collection
from itertools import pairwise

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QPushButton, QWidget

from walls_desktop.core.reflection import Reflection, answer_changes
from walls_desktop.core.reflection_statements import Dimension
from walls_desktop.core.reflection_words import CAVEAT, NOT_ENOUGH, movement_text, place_text, suggestions
from walls_desktop.gui.common.dates import local_date
from walls_desktop.gui.common.feedback import ask, write
from walls_desktop.gui.common.layout import FitListToRows
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_reflect_page import Ui_ReflectPage
from walls_desktop.gui.pages.reflect.formatting import answer_text, focus_title, history_row, score_text, scores_line

DATE_ROLE = Qt.ItemDataRole.UserRole + 1


class ResultView(QObject):
    """``navigate_requested`` carries the key of a suggested practice's page; ``emptied`` says the last
    reflection about the focus was deleted (the page goes back to its start)."""

    navigate_requested = Signal(str)
    emptied = Signal()

    def __init__(self, ui: Ui_ReflectPage, ctx: AppContext, view: QWidget, built_pages: Collection[str]) -> None:
        super().__init__(view)
        self.ui = ui
        self.ctx = ctx
        self.view = view
        self._built_pages = built_pages  # only practices that exist are suggested
        self.focus: str | None = None
        self.plane = None  # ReflectionPlane, once first needed
        self.suggestion_buttons: list[QPushButton] = []
        ui.resultCaveat.setText(tr_core(CAVEAT))
        ui.changesLabel.setVisible(False)
        ui.changesButton.toggled.connect(ui.changesLabel.setVisible)
        FitListToRows(ui.historyList, max_rows=6)
        ui.deleteButton.clicked.connect(self.ask_delete)
        ui.historyList.currentItemChanged.connect(lambda: self._enable_delete())

    def show(self, focus: str) -> None:
        self.focus = focus
        self.ui.changesButton.setChecked(False)
        self.ui.resultScroll.verticalScrollBar().setValue(0)
        self.refresh()

    def refresh(self) -> None:
        """The focus's reflections as stored now."""
        if self.focus is None:
            return
        reflections = self.ctx.reflections.about(self.focus)
        if not reflections:
            self.emptied.emit()
            return
        newest = reflections[-1]
        ui = self.ui
        ui.resultTitle.setText(focus_title(self.focus))
        ui.resultDate.setText(self.tr("Your reflection of {date}").format(date=local_date(newest.taken_at)))
        self._show_plane(reflections)
        ui.scoresLabel.setText(scores_line(newest) + " " + self.tr("(each from 1 to 7)"))
        ui.placeLabel.setText(self._place(newest))
        ui.movementLabel.setText(self._movement(reflections))
        self._show_suggestions(newest)
        self._show_changes(reflections)
        self._show_history(reflections)

    # ----- the parts ---------------------------------------------------------------------------------------

    def _show_plane(self, reflections: list[Reflection]) -> None:
        placed = [r for r in reflections if r.point is not None]
        if self.plane is None and placed:
            from walls_desktop.gui.widgets.reflection_plane import ReflectionPlane  # pyqtgraph: only now

            self.plane = ReflectionPlane(self.ui.planeBox)
            self.plane.setObjectName("plane")
            self.ui.planeLayout.addWidget(self.plane, 0, Qt.AlignmentFlag.AlignLeft)
        self.ui.planeBox.setVisible(bool(placed))
        self.ui.planeNote.setVisible(bool(placed))
        if self.plane is not None and placed:
            self.plane.set_path([r.point for r in placed], local_date(placed[-1].taken_at))
            self.plane.setToolTip(self._plane_description(placed))
            self.plane.setAccessibleDescription(self._plane_description(placed))

    def _plane_description(self, placed: list[Reflection]) -> str:
        return "\n".join(f"{local_date(r.taken_at)}: {scores_line(r)}" for r in placed)

    def _place(self, newest: Reflection) -> str:
        paragraphs = []
        for dimension in (Dimension.WORRY, Dimension.UNEASE):
            result = newest.score(dimension)
            if result.mean is None:
                paragraphs.append(
                    tr_core(
                        NOT_ENOUGH,
                        dimension=tr_core(dimension.title),
                        answered=result.answered,
                        total=result.total,
                        needed=result.needed,
                    )
                )
            else:
                paragraphs.append(tr_core(place_text(dimension, result.mean)))
        return "\n\n".join(paragraphs)

    def _movement(self, reflections: list[Reflection]) -> str:
        newest = reflections[-1]
        if len(reflections) == 1:
            return self.tr(
                "This is your first reflection about this. Coming back in a few weeks will show how things move."
            )
        lines = []
        for dimension in (Dimension.WORRY, Dimension.UNEASE):
            after = newest.score(dimension).mean
            earlier = [r for r in reflections[:-1] if r.score(dimension).mean is not None]
            if after is None or not earlier:
                continue
            before = earlier[-1].score(dimension).mean
            lines.append(
                tr_core(
                    movement_text(dimension, before, after),
                    date=local_date(earlier[-1].taken_at),
                    before=score_text(before),
                    after=score_text(after),
                )
            )
        return "\n".join(lines) or self.tr("There is no earlier score on either side to compare this one with.")

    def _show_suggestions(self, newest: Reflection) -> None:
        layout = self.ui.suggestionsLayout
        for button in self.suggestion_buttons:
            layout.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.suggestion_buttons = []
        for suggestion in suggestions(newest):
            if suggestion.page not in self._built_pages:
                continue
            button = QPushButton(tr_core(suggestion.text), self.ui.suggestionsBox)
            button.setObjectName(f"suggest_{suggestion.page}")
            button.setStyleSheet("text-align: left;")
            button.setAutoDefault(True)
            button.clicked.connect(lambda _checked=False, page=suggestion.page: self.navigate_requested.emit(page))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.suggestion_buttons.append(button)
        self.ui.helpTitle.setVisible(bool(self.suggestion_buttons))
        ui = self.ui  # buttons made now would come last on the way round with Tab: put them where they show
        chain = [*self.suggestion_buttons, ui.changesButton, ui.historyList, ui.deleteButton, ui.doneButton]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_changes(self, reflections: list[Reflection]) -> None:
        ui = self.ui
        ui.changesBox.setVisible(len(reflections) > 1)
        if len(reflections) < 2:
            return
        before, after = reflections[-2], reflections[-1]
        changes = answer_changes(before, after)
        if not changes:
            text = self.tr("Every answer is the same as on {date}.").format(date=local_date(before.taken_at))
        else:
            heading = self.tr("Since {date}:").format(date=local_date(before.taken_at))
            rows = [
                self.tr("“{statement}”\n    then: {before} — now: {after}").format(
                    statement=tr_core(change.statement.text),
                    before=answer_text(change.before),
                    after=answer_text(change.after),
                )
                for change in changes
            ]
            text = "\n\n".join([heading, *rows])
        ui.changesLabel.setText(text)

    def _show_history(self, reflections: list[Reflection]) -> None:
        ui = self.ui
        ui.historyList.clear()
        for reflection in reversed(reflections):
            item = QListWidgetItem(history_row(reflection))
            item.setData(Qt.ItemDataRole.UserRole, reflection.id)
            item.setData(DATE_ROLE, local_date(reflection.taken_at))
            ui.historyList.addItem(item)
        ui.historyList.setCurrentRow(0)
        self._enable_delete()

    def _enable_delete(self) -> None:
        self.ui.deleteButton.setEnabled(self.ctx.writable and self.ui.historyList.currentItem() is not None)

    # ----- deleting -----------------------------------------------------------------------------------------

    def ask_delete(self) -> QMessageBox | None:
        item = self.ui.historyList.currentItem()
        if item is None:
            return None
        reflection_id = item.data(Qt.ItemDataRole.UserRole)
        return ask(
            self.view,
            self.tr("Delete this reflection?"),
            self.tr("The reflection of {date} and its answers will be gone from this computer.").format(
                date=item.data(DATE_ROLE)
            ),
            self.tr("&Delete"),
            self.tr("&Keep it"),
            lambda: write(self.view, lambda: self.ctx.reflections.delete(reflection_id)),
            "deleteReflectionBox",
        )
