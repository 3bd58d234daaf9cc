"""Today: the place to start. A check-in with one suggested practice, what is next, the ways to settle, and a
kind look back at this week against last.

Everything shown is read from the store and kept current by the change board while the page is shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from walls_desktop.core.clock import utc_now
from walls_desktop.core.ladder import next_step
from walls_desktop.core.practices import PracticeKind
from walls_desktop.core.reflection import reflection_due
from walls_desktop.core.settings import (
    KIND_SENTENCES,
    LADDER_ORDER,
    REFLECT_DRAFT,
    REFLECT_REMIND,
    REFLECT_REMIND_WEEKS,
    REFRAME_DRAFT,
    TODAY_RESURFACE,
    WELCOME_SEEN,
)
from walls_desktop.gui.common.dates import local_date, local_zone
from walls_desktop.gui.common.feedback import NOT_SAVED, write
from walls_desktop.gui.common.kind_sentences import next_sentence
from walls_desktop.gui.common.layout import ReflowWhenNarrow
from walls_desktop.gui.common.people import complete_people
from walls_desktop.gui.common.text import breakable, tr_core
from walls_desktop.gui.common.theme import current_colours, restyle_soon
from walls_desktop.gui.context import AppContext, StoreMode
from walls_desktop.gui.forms.ui_today_page import Ui_TodayPage
from walls_desktop.gui.pages.ladder.formatting import who
from walls_desktop.gui.pages.page import Page
from walls_desktop.gui.pages.today.look_back import (
    earlier_reframes,
    reflection_draft_waiting,
    reframe_draft_waiting,
    this_week_and_last,
    todays_pick,
)
from walls_desktop.gui.pages.today.review_words import resurface_text, review_text
from walls_desktop.store.changes import Record
from walls_desktop.store.errors import StoreError

if TYPE_CHECKING:  # loaded with the first check-in, not at start-up
    from walls_desktop.core.check_ins import CheckIn
    from walls_desktop.core.moments import Moment
    from walls_desktop.core.suggest import Suggestion

SUGGESTION_FRESH = timedelta(hours=1)  # after that, "could help now" and the rating before would be stale
CONTENT_MAX_WIDTH = 1080  # lines of text stay readable on a wide screen
# Where each suggested practice (core.suggest.Practice) is started: the page's key and what to start there.
_STARTS = {
    "breathe": ("breathe", None),
    "grounding": ("settle", PracticeKind.GROUNDING),
    "compassion": ("settle", PracticeKind.COMPASSION),
    "reframe": ("reframe", None),
}


class TodayPage(Page):
    watches = frozenset(Record) - {Record.PATTERN}  # it tells of everything but the patterns' own designs
    setting_keys = frozenset(
        setting.key
        for setting in (
            KIND_SENTENCES,
            REFLECT_REMIND,
            REFLECT_REMIND_WEEKS,
            LADDER_ORDER,
            REFRAME_DRAFT,
            REFLECT_DRAFT,
            TODAY_RESURFACE,
        )
    )

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = utc_now,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._clock = clock
        self._zone = zone
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        for row in (self.ui.detailsBox, self.ui.suggestionBox, self.ui.settleBox, self.ui.moreBox):
            ReflowWhenNarrow(row)
        self.ui.checkInRating.set_required()
        self.ui.todayContent.setMaximumWidth(CONTENT_MAX_WIDTH)
        self.ui.todayScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own on the way round with Tab
        self.dialog: QWidget | None = None
        self.check_in: CheckIn | None = None  # the one made on this visit, with its suggestion
        self.suggestion: Suggestion | None = None
        self.looked_back = False  # this week and last are read just after the first frame (paintEvent)
        self._look_back_asked = False
        self._next_step_id: int | None = None
        self._wire()
        # Built before the first-run welcome is closed, so "not seen yet" means this is the very first visit.
        # A temporary store is empty because the real one could not open, not because the person is new.
        first_visit = not ctx.settings.get(WELCOME_SEEN) and ctx.mode is not StoreMode.TEMPORARY
        self.ui.greeting.setText(self.tr("Welcome to Walls.") if first_visit else self.tr("Welcome back."))
        self._show_store_mode()
        self._paint_frames()
        self.ui.suggestionFrame.hide()
        self.ui.checkInProblem.hide()
        self.refresh()

    def _wire(self) -> None:
        ui = self.ui
        go = self.navigate_requested.emit
        start = self.practice_requested.emit
        ui.checkInButton.clicked.connect(self.submit_check_in)
        ui.happeningEdit.returnPressed.connect(self.submit_check_in)
        ui.personEdit.returnPressed.connect(self.submit_check_in)
        ui.checkInRating.value_changed.connect(lambda _value: ui.checkInProblem.hide())
        ui.startSuggestionButton.clicked.connect(self.start_suggestion)
        ui.asMomentButton.clicked.connect(self.as_moment)
        ui.crisisButton.clicked.connect(self.open_crisis_lines)
        ui.breatheButton.clicked.connect(lambda: go("breathe"))
        ui.groundingButton.clicked.connect(lambda: start("settle", PracticeKind.GROUNDING, None))
        ui.compassionButton.clicked.connect(lambda: start("settle", PracticeKind.COMPASSION, None))
        ui.reframeButton.clicked.connect(lambda: go("reframe"))
        ui.momentButton.clicked.connect(self.log_moment_requested)
        ui.reflectAgainButton.clicked.connect(lambda: go("reflect"))
        ui.tryNextButton.clicked.connect(self.try_next)
        ui.reframeDraftButton.clicked.connect(lambda: start("reframe", "draft", None))
        ui.reflectDraftButton.clicked.connect(lambda: start("reflect", "draft", None))
        ui.resurfaceCheck.toggled.connect(self._set_resurface)

    def _show_store_mode(self) -> None:
        """Read-only data: what would write says why instead of doing nothing."""
        writable = self.ctx.writable
        ui = self.ui
        for widget in (ui.momentButton, ui.checkInButton, ui.asMomentButton, ui.resurfaceCheck, ui.checkInRating,
                       ui.happeningEdit, ui.personEdit, ui.criticCheck):  # fmt: skip
            widget.setEnabled(writable)
        if not writable:
            self.ui.momentButton.setToolTip(self.tr("Your data is open read-only, so new moments cannot be kept."))
            self.ui.checkInHint.setText(self.tr("Your data is open read-only, so a check-in cannot be kept just now."))

    def on_shown(self) -> None:
        super().on_shown()
        self.ui.todayScroll.verticalScrollBar().setValue(0)  # the place to start opens at its start
        # Time passes without any change to hear of (Walls may stay open for weeks): what is due, the week, and
        # whether the suggestion still speaks of "now".
        self._show_next()
        if self.looked_back:
            self._show_week()
        if self.check_in is not None and self._clock() - self.check_in.at > SUGGESTION_FRESH:
            self._forget_suggestion()

    def _forget_suggestion(self) -> None:
        self.check_in = self.suggestion = None
        self.ui.suggestionFrame.hide()

    def refresh(self) -> None:
        self.ui.kindSentence.setText(next_sentence(self.ctx))
        self._show_next()
        if self.looked_back:
            self._look_back()

    def paintEvent(self, event: QPaintEvent) -> None:
        """This week and last are below the fold: read once the page's first frame is painted, so the window shows
        first and the records they need load after it (a timer set now fires on the loop's next turn)."""
        super().paintEvent(event)
        if not self.looked_back and not self._look_back_asked:
            self._look_back_asked = True
            QTimer.singleShot(0, self, self._look_back)

    def _look_back(self) -> None:
        if not self.isVisible():  # closed (or hidden) since it was asked for: the next paint asks again
            self._look_back_asked = False
            return
        if not self.looked_back:
            self._zone = self._zone or local_zone()  # zoneinfo loads here, not before the first frame
        self.looked_back = True
        self._show_week()
        self._show_resurfaced()
        complete_people(self.ui.personEdit, self.ctx)

    # ----- the check-in -------------------------------------------------------------------------------------

    def submit_check_in(self) -> CheckIn | None:
        from walls_desktop.core.check_ins import CheckIn, check_in_problem

        ui = self.ui
        if not self.ctx.writable:
            return None
        anxiety = ui.checkInRating.value()
        happening, person = ui.happeningEdit.text().strip(), ui.personEdit.text().strip()
        problem = check_in_problem(anxiety, happening, person)
        if problem is not None:
            ui.checkInProblem.setText(tr_core(problem))
            ui.checkInProblem.show()
            if anxiety is None:
                ui.checkInRating.setFocus()
            else:  # the line that needs a change
                late = check_in_problem(anxiety, happening, "") is None
                (ui.personEdit if late else ui.happeningEdit).setFocus()
            return None
        check_in = CheckIn(self._clock(), anxiety, happening, person, ui.criticCheck.isChecked())
        stored = write(self, lambda: self.ctx.check_ins.add(check_in))
        if not stored:
            return None  # what was typed stays, and the message said why
        self.check_in = stored
        ui.checkInProblem.hide()
        self.suggestion = self._suggest(stored)
        self._show_suggestion()
        ui.checkInRating.set_value(None)
        for edit in (ui.happeningEdit, ui.personEdit):
            edit.clear()
        ui.criticCheck.setChecked(False)
        ui.startSuggestionButton.setFocus()
        return stored

    def _suggest(self, check_in: CheckIn) -> Suggestion:
        from walls_desktop.core.suggest import eased_most, suggest  # on the first check-in, not at start-up

        try:
            step = next_step(self.ctx.ladder.steps(), self.ctx.settings.get(LADDER_ORDER))
            eased = eased_most(self.ctx.sessions.list_all(), self.ctx.practices.list_all())
        except StoreError:  # the check-in is kept; without the history, the plain rules still suggest something
            step = eased = None
        return suggest(check_in.anxiety, critic_loud=check_in.critic_loud, next_step=step, eased=eased)

    def _show_suggestion(self) -> None:
        from walls_desktop.gui.pages.today import suggestion_words as words

        ui, suggestion = self.ui, self.suggestion
        ui.suggestionLabel.setText(words.suggestion_text(suggestion))
        ui.reasonLabel.setText(words.reason_text(suggestion, self.check_in.anxiety))
        ui.crisisNote.setText(words.crisis_text())
        ui.crisisNote.setVisible(suggestion.crisis_near)
        ui.crisisButton.setVisible(suggestion.crisis_near)
        ui.startSuggestionButton.setText(words.start_text(suggestion.practice))
        ui.asMomentButton.setVisible(self.check_in.moment_id is None)
        ui.suggestionFrame.show()
        # Below the fold in a small window: brought into view once laid out, or the click would seem to do nothing.
        QTimer.singleShot(0, self, lambda: ui.todayScroll.ensureWidgetVisible(ui.suggestionFrame, 0, 24))

    def start_suggestion(self):
        """One click: the practice starts on its page, with the check-in's rating as the one before."""
        suggestion, check_in = self.suggestion, self.check_in
        if suggestion is None:
            return None
        self._forget_suggestion()  # taken up: its rating is the "before" of one practice only
        if suggestion.practice == "ladder" and suggestion.step is not None:
            return self.try_step(suggestion.step.id)
        key, option = _STARTS[suggestion.practice]
        if suggestion.practice == "breathe" and suggestion.pattern_name:
            option = suggestion.pattern_name
        self.practice_requested.emit(key, option, check_in.anxiety)
        return None

    def open_crisis_lines(self):
        from walls_desktop.gui.dialogs import CrisisDialog

        dialog = CrisisDialog(self.ctx.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def as_moment(self):
        """The moment dialog, filled in from the check-in; once saved, the two are linked."""
        from walls_desktop.gui.pages.moments.moment_dialog import MomentDialog

        check_in = self.check_in
        if check_in is None:
            return None
        from walls_desktop.core.moments import ClosenessKind, Moment

        draft = Moment(
            check_in.at, check_in.anxiety, ClosenessKind.OTHER, person=check_in.person, note=check_in.happening
        )
        dialog = MomentDialog(self.ctx, parent=self, now=self._clock, draft=draft)
        dialog.saved.connect(lambda moment: self._linked(check_in, moment))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _linked(self, check_in: CheckIn, moment: Moment) -> None:
        linked = write(self, lambda: self.ctx.check_ins.link_moment(check_in.id, moment.id)) is not NOT_SAVED
        if linked and self.check_in is not None and self.check_in.id == check_in.id:
            self.check_in = dataclasses.replace(check_in, moment_id=moment.id)
            self.ui.asMomentButton.hide()
            self.ui.startSuggestionButton.setFocus()  # the focus stays with the suggestion, not lost with the button

    # ----- what is next -------------------------------------------------------------------------------------

    def _show_next(self) -> None:
        shown = [self._show_next_step(), self._show_reflect_due(), self._show_drafts()]
        self.ui.nextFrame.setVisible(any(shown))

    def _show_next_step(self) -> bool:
        """The lowest rung not yet climbed, with a way to try it from here."""
        step = next_step(self.ctx.ladder.steps(), self.ctx.settings.get(LADDER_ORDER))
        self._next_step_id = None if step is None else step.id
        self.ui.ladderNextFrame.setVisible(step is not None)
        if step is not None:
            self.ui.ladderNextLabel.setText(
                self.tr("Next on your ladder: {step} ({who})").format(step=breakable(step.action), who=who(step))
            )
            self.ui.tryNextButton.setEnabled(self.ctx.writable)
        return step is not None

    def try_next(self):
        return None if self._next_step_id is None else self.try_step(self._next_step_id)

    def try_step(self, step_id: int):
        from walls_desktop.gui.pages.ladder.try_dialog import LadderTryDialog

        dialog = LadderTryDialog(self.ctx, step_id=step_id, parent=self, clock=self._clock)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show_reflect_due(self) -> bool:
        """Only when the person turned the suggestion on, and the chosen weeks have passed since their last."""
        settings = self.ctx.settings
        weeks = settings.get(REFLECT_REMIND_WEEKS)
        due = False
        if settings.get(REFLECT_REMIND):
            last = self.ctx.reflections.last_taken_at()
            due = reflection_due(last, weeks, self._clock())
        self.ui.reflectDueFrame.setVisible(due)
        if due:
            since = (self._clock() - last).days // 7
            text = (
                self.tr("It has been a week since you last reflected. Would you like to look again?")
                if since == 1
                else self.tr("It has been {weeks} weeks since you last reflected. Would you like to look again?")
            )
            self.ui.reflectDueLabel.setText(text.format(weeks=since))
        return due

    def _show_drafts(self) -> bool:
        ui, settings = self.ui, self.ctx.settings
        # What Reframe and Reflect would offer back, nothing more; their drafts' code loads only when there is one.
        reframe = settings.get(REFRAME_DRAFT) is not None and reframe_draft_waiting(self.ctx)
        stored = settings.get(REFLECT_DRAFT)
        reflection = stored is not None and reflection_draft_waiting(stored)
        ui.reframeDraftFrame.setVisible(reframe)
        ui.reflectDraftFrame.setVisible(reflection)
        ui.reframeDraftLabel.setText(self.tr("A reframe you began is waiting, with your words kept."))
        ui.reflectDraftLabel.setText(self.tr("A reflection you began is waiting, with your answers kept."))
        for button in (ui.reframeDraftButton, ui.reflectDraftButton):
            button.setEnabled(self.ctx.writable)
        return reframe or reflection

    # ----- looking back -------------------------------------------------------------------------------------

    def _show_week(self) -> None:
        self.ui.reviewLabel.setText(review_text(*this_week_and_last(self.ctx, self._clock(), self._zone)))

    def _show_resurfaced(self) -> None:
        """An earlier kinder thought, the same one all day, only when the person asked for it."""
        ui = self.ui
        on = self.ctx.settings.get(TODAY_RESURFACE)
        ui.resurfaceCheck.blockSignals(True)
        ui.resurfaceCheck.setChecked(on)
        ui.resurfaceCheck.blockSignals(False)
        now = self._clock()
        earlier = earlier_reframes(self.ctx, now)
        ui.resurfaceCheck.setVisible(bool(earlier) or on)
        ui.resurfaceLabel.setVisible(on and bool(earlier))
        if on and earlier:
            chosen = todays_pick(earlier, now, self._zone)
            ui.resurfaceLabel.setText(resurface_text(local_date(chosen.created_at), chosen.reframe))

    def _set_resurface(self, on: bool) -> None:
        write(self, lambda: self.ctx.settings.set(TODAY_RESURFACE, on))
        self._show_resurfaced()  # at once, also when the write failed: the box shows what is kept

    # ----- colours ------------------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            restyle_soon(self, self._paint_frames)
        super().changeEvent(event)

    def _paint_frames(self) -> None:
        c = current_colours()
        for frame in (self.ui.checkInFrame, self.ui.suggestionFrame):
            frame.setStyleSheet(f"QFrame#{frame.objectName()} {{ background: {c.accent_soft}; border-radius: 12px; }}")
