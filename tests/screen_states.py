"""Extra states of each page for tests/screens.py (and the layout tests): name -> an action that puts the page
into that state. An action may return a dialog, which is then captured instead of the window.

They drive the pages through what a user could do, or through the page's own methods, never through test-only
code inside the app.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from walls_desktop.core.reframe import Reframe
from walls_desktop.core.reframe_flow import STEPS, ReframeDraft, Step
from walls_desktop.core.settings import MotionSetting
from walls_desktop.gui.pages.reframe.drafts import discard_draft

State = tuple[str, Callable[[], QWidget | None]]


class StillClock:
    """A clock that moves only when told to (for the breathing pacer)."""

    def __init__(self) -> None:
        self.value = 0.0

    def __call__(self) -> float:
        return self.value


def breathe_states(page) -> list[State]:
    """The pacer mid-breath, reduced motion, the end of a session, the pattern dialog."""
    clock = StillClock()

    def session_at(seconds: float, reduced: bool) -> None:
        page.ui.motionCombo.setCurrentIndex(list(MotionSetting).index(MotionSetting.FULL))
        page.select_pattern("box")
        page.ui.leadInCheck.setChecked(False)
        page._now = clock
        clock.value = 0.0
        run = page.start()
        run.pause()
        page._show_paused(False, False)
        page.ui.pacer.set_reduced_motion(reduced)
        page._show_frame(run.schedule.state_at(seconds))

    def finished() -> None:
        session_at(0.0, False)
        page.run.toggle_pause()
        while clock.value < 40:  # breathe for a while in simulated time, then end early
            clock.value += 0.5
            page.run.tick()
        page.run.end()
        page.ui.afterRating.set_value(3)

    return [
        ("inhale", lambda: session_at(2.0, False)),
        ("exhale", lambda: session_at(10.0, False)),
        ("reduced-motion", lambda: session_at(6.0, True)),
        ("after", finished),
        ("patterns", page.open_pattern_dialog),
    ]


def settle_states(page) -> list[State]:
    """Grounding on its second prompt, the kind pause's last step with the person's own sentences, paused,
    reduced motion (no bar), and the end."""
    from walls_desktop.core.practices import PracticeKind

    clock = StillClock()

    def running(kind: PracticeKind, step: int, auto: bool = True) -> None:
        page.back_to_choice()
        page._now = clock
        page.ui.autoCheck.setChecked(auto)
        page.start(kind)
        for _ in range(step):
            page.next()
        for _ in range(round(page.run.prompt.seconds / 3 / 0.2)):  # as the page's timer would, a tick at a time
            clock.value += 0.2
            page.tick()

    def paused() -> None:
        running(PracticeKind.GROUNDING, 3)
        page.toggle_pause()

    def done() -> None:
        running(PracticeKind.GROUNDING, 2)
        page.end()
        page.ui.afterRating.set_value(3)

    return [
        ("grounding", lambda: running(PracticeKind.GROUNDING, 1)),
        ("compassion-kind-words", lambda: running(PracticeKind.COMPASSION, 2, auto=False)),
        ("paused", paused),
        ("after", done),
    ]


def support_states(page) -> list[State]:
    """The therapy information from its start, at Schema Therapy, and at finding a therapist."""
    return [
        ("therapy", lambda: page.show_view(1)),
        ("schema", lambda: page.go_to("schema")),
        ("finding", lambda: page.go_to("search")),
    ]


def moments_states(page) -> list[State]:
    """The dialog empty and filled in, and a shorter range."""

    def filled_in():
        newest = page.ctx.moments.columns().id[-1:]
        return page.open_moment(newest[0]) if newest else None

    def saved_to() -> None:
        """The note after a CSV file was written (the page's own ending of a background export)."""
        done = asyncio.new_event_loop().create_future()
        done.set_result(None)
        page._export_done(Path.home() / "Documents" / "Walls exports" / "walls-moments-2026-12-01.csv", done)

    return [
        ("log-dialog", page.log_moment),
        ("edit-dialog", filled_in),
        ("last-month", page.ui.monthButton.click),
        ("saved-to", saved_to),
    ]


def reframe_states(page) -> list[State]:
    """Every step filled from the newest journal entry, a step with its problems, the end, the offer to
    continue, the detail dialog and the kind sentences dialog."""
    newest = next(iter(page.ctx.reframes.list_newest_first()), None)
    if newest is None:
        return []
    sample = draft_like(newest)

    def step(chosen: Step) -> None:
        page._enter_exercise(dataclasses.replace(sample, step=chosen))

    def problems() -> None:
        page._enter_exercise(ReframeDraft(step=Step.CRITIC, situation="-"))
        page.exercise.go_next()

    def save_without_a_kinder_thought() -> None:
        page._enter_exercise(dataclasses.replace(sample, step=Step.REFRAME, reframe=""))
        page.exercise.go_next()

    def draft_offer() -> None:
        page._enter_exercise(sample)
        page.exercise.leave()

    def kind_sentences():
        discard_draft(page.ctx)
        page.show_start()
        return page.open_kind_sentences()

    states: list[State] = [(f"step-{s.number}-{s.value}", lambda s=s: step(s)) for s in STEPS]
    states += [
        ("step-2-problems", problems),
        ("step-7-problems", save_without_a_kinder_thought),
        ("done", lambda: page._show_done(newest)),
        ("draft-offer", draft_offer),
        ("detail", lambda: page.open_reframe(newest.id)),
        ("kind-sentences", kind_sentences),
    ]
    return states


def reflect_states(page) -> list[State]:
    """Mid-way, a name that will not do, too many skipped, a result with its path (and what changed), one
    result alone, the offer to continue, and the question before deleting."""
    from walls_desktop.core.reflection_draft import ReflectionDraft
    from walls_desktop.core.reflection_statements import STATEMENTS
    from walls_desktop.core.settings import REFLECT_DRAFT, REFLECT_REMIND, REFLECT_REMIND_WEEKS

    answered = {statement.key: 2 + index % 5 for index, statement in enumerate(STATEMENTS[:7])}

    def first_visit() -> None:
        """As it opens for someone new here: no draft, and the suggestion to come back still off."""
        page.ctx.settings.reset(REFLECT_DRAFT)
        page.ctx.settings.reset(REFLECT_REMIND)
        page.ctx.settings.reset(REFLECT_REMIND_WEEKS)
        page.show_start()

    def mid_way() -> None:
        page._enter_questions(ReflectionDraft("Sam", answered, 7))

    def name_problem() -> None:
        page.ctx.settings.reset(REFLECT_DRAFT)
        page.show_start()
        page.ui.personRadio.setChecked(True)
        page.begin()

    def short() -> None:
        page._enter_questions(ReflectionDraft("Sam", answered, len(STATEMENTS) - 1))
        page.questions.go_next()

    def draft_offer() -> None:
        mid_way()
        page.questions.leave()

    def result(focus: str, changes: bool = False) -> None:
        page.show_result(focus)
        page.ui.changesButton.setChecked(changes)

    def delete_question():
        result("Sam")
        return page.result.ask_delete()

    states: list[State] = [
        ("first-visit", first_visit),
        ("mid-way", mid_way),
        ("name-problem", name_problem),
        ("too-many-skipped", short),
        ("draft-offer", draft_offer),
    ]
    if page.ctx.reflections.about("Sam"):
        states += [
            ("result-path", lambda: result("Sam")),
            ("result-changes", lambda: result("Sam", changes=True)),
            ("result-one", lambda: result("")),
            ("delete-question", delete_question),
        ]
    return states


def today_states(page) -> list[State]:
    """A check-in and its suggestion (calm, and high with the crisis lines named), the suggestion to reflect
    again once due, drafts waiting, an earlier kinder thought, and a check-in made into a moment."""
    from walls_desktop.core.settings import REFLECT_REMIND, REFLECT_REMIND_WEEKS, TODAY_RESURFACE

    def checked_in(anxiety: int, happening: str = "", critic: bool = False) -> None:
        page.ui.checkInRating.set_value(anxiety)
        page.ui.happeningEdit.setText(happening)
        page.ui.criticCheck.setChecked(critic)
        page.submit_check_in()

    def reflect_due() -> None:
        page.ctx.settings.set(REFLECT_REMIND, True)
        page.ctx.settings.set(REFLECT_REMIND_WEEKS, 1)
        page.refresh()

    def resurfaced() -> None:
        page.ctx.settings.set(TODAY_RESURFACE, True)
        page.ui.todayScroll.verticalScrollBar().setValue(page.ui.todayScroll.verticalScrollBar().maximum())

    states: list[State] = [
        ("check-in-steady", lambda: checked_in(2, "A quiet evening in")),
        ("check-in-high", lambda: checked_in(9, "They said they want us to move in together")),
        ("check-in-critic", lambda: checked_in(5, critic=True)),
        ("as-moment", page.as_moment),
    ]
    if page.ctx.reflections.last_taken_at():
        states.append(("reflect-due", reflect_due))
    if page.ctx.reframes.list_newest_first():
        states.append(("resurfaced", resurfaced))
    return states


def ladder_states(page) -> list[State]:
    """Own order, a step's history, a climbed step, the step dialog (new, from an idea, with its problems), the
    try dialog before and after (and with problems), a try opened again, and the question before deleting."""
    from walls_desktop.core.ladder import SUGGESTIONS, LadderOrder
    from walls_desktop.core.settings import LADDER_ORDER

    def choose(row: int) -> None:
        page.ctx.settings.set(LADDER_ORDER, LadderOrder.BY_ANXIETY)
        page.refresh()
        page.ui.stepsList.setCurrentRow(row)

    def own_order() -> None:
        page.ui.byHandButton.click()

    def step_problems():
        dialog = page.open_step_dialog()
        dialog.save()
        return dialog

    def try_after():
        choose(2)
        dialog = page.try_chosen()
        dialog.go_next()
        return dialog

    def try_problems():
        dialog = try_after()
        dialog.save()
        return dialog

    def prediction_kept():
        """A prediction kept for later, then the step opened again to finish the try."""
        choose(3)
        page.try_chosen().keep_for_later()
        return page.try_chosen()

    def opened_try():
        choose(2)
        return page.open_try(page.ui.triesList.item(0).data(Qt.ItemDataRole.UserRole))

    states: list[State] = [
        ("step-dialog", page.open_step_dialog),
        ("step-dialog-problems", step_problems),
        ("step-dialog-idea", lambda: page.open_step_dialog(suggestion=SUGGESTIONS[3])),
    ]
    if page.ctx.ladder.steps():
        states += [
            ("own-order", own_order),
            ("step-history", lambda: choose(2)),
            ("climbed", lambda: choose(0)),
            ("try-before", lambda: (choose(2), page.try_chosen())[1]),
            ("try-after", try_after),
            ("try-problems", try_problems),
            ("try-opened", opened_try),
            ("prediction-kept", prediction_kept),
            ("delete-question", lambda: (choose(3), page.ask_delete())[1]),
        ]
    return states


STATES: dict[str, Callable[[QWidget], Iterable[State]]] = {
    "ladder": ladder_states,
    "today": today_states,
    "reflect": reflect_states,
    "breathe": breathe_states,
    "settle": settle_states,
    "support": support_states,
    "moments": moments_states,
    "reframe": reframe_states,
}


def states_of(key: str, page: QWidget) -> Iterable[State]:
    return STATES.get(key, lambda _page: ())(page)


def draft_like(reframe: Reframe) -> ReframeDraft:
    """A draft holding what a stored reframe holds, to show the steps with real words."""
    return ReframeDraft(
        moment_id=reframe.moment_id,
        situation=reframe.situation,
        critic=reframe.critic,
        belief_before=reframe.belief_before,
        feeling=reframe.feeling,
        feeling_intensity=reframe.feeling_intensity,
        not_alone=reframe.not_alone,
        traps=reframe.traps,
        friend=reframe.friend,
        reframe=reframe.reframe,
        belief_after=reframe.belief_after,
        reframe_belief=reframe.reframe_belief,
        share_with_therapist=reframe.share_with_therapist,
        started_at=reframe.created_at,
    )
