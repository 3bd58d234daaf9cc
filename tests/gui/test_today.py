"""Today as the place to start: a check-in and its one suggestion, started in one click; what is next; the
ways to settle; and this week against last, kept current while the page is shown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from walls_desktop.core.breathing import BreathSessionRecord, Phase, PhaseKind
from walls_desktop.core.ladder import LadderStep, LadderTry, Outcome
from walls_desktop.core.moments import ClosenessKind, Moment, Sign
from walls_desktop.core.practices import PracticeKind, PracticeSession
from walls_desktop.core.reflection_draft import ReflectionDraft, draft_to_dict
from walls_desktop.core.reflection_statements import STATEMENTS
from walls_desktop.core.reframe import Reframe
from walls_desktop.core.reframe_flow import ReframeDraft
from walls_desktop.core.settings import REFLECT_DRAFT, TODAY_RESURFACE
from walls_desktop.gui.context import StoreMode
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.breathe.page import SESSION
from walls_desktop.gui.pages.reframe.drafts import save_draft
from walls_desktop.gui.pages.settle.page import RUN
from walls_desktop.gui.pages.today.page import TodayPage
from walls_desktop.store.errors import StoreError, StoreErrorKind

LEFT = Qt.MouseButton.LeftButton
NOW = datetime(2026, 3, 4, 18, 0, tzinfo=UTC)  # a Wednesday evening


def rate(qtbot, rating, value: int) -> None:
    rating.slider.setFocus()
    qtbot.keyClick(rating.slider, getattr(Qt.Key, f"Key_{value}"))


def check_in(qtbot, today: TodayPage, anxiety: int, happening: str = "", person: str = "", critic=False) -> None:
    """Rate with a digit, type the two lines, tick the box if asked, press Enter in the last line."""
    rate(qtbot, today.ui.checkInRating, anxiety)
    qtbot.keyClicks(today.ui.happeningEdit, happening)
    if critic:
        today.ui.criticCheck.setFocus()
        qtbot.keyClick(today.ui.criticCheck, Qt.Key.Key_Space)
    today.ui.personEdit.setFocus()
    qtbot.keyClicks(today.ui.personEdit, person)
    qtbot.keyClick(today.ui.personEdit, Qt.Key.Key_Return)


def breath(when: datetime, name: str, before: int, after: int) -> BreathSessionRecord:
    return BreathSessionRecord(when, name, (Phase(PhaseKind.INHALE, 4),), 60, 60, 6, True, 6, before, after)


def a_page(qtbot, ctx, now: datetime = NOW) -> TodayPage:
    page = TodayPage(ctx, clock=lambda: now, zone=UTC)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.looked_back)  # the week is read just after the first frame
    return page


# ----- the check-in ------------------------------------------------------------------------------------------


def test_a_check_in_by_keyboard_is_kept_and_its_suggestion_starts_in_one_click(qtbot, window: MainWindow, ctx):
    today = window.show_page("today")
    assert not today.ui.suggestionFrame.isVisible()
    check_in(qtbot, today, 5, "They asked about the weekend", "Sam")
    [kept] = ctx.check_ins.list_between(datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    assert (kept.anxiety, kept.happening, kept.person, kept.critic_loud) == (
        5,
        "They asked about the weekend",
        "Sam",
        False,
    )
    assert today.ui.suggestionFrame.isVisible()
    assert "grounding through your senses" in today.ui.suggestionLabel.text()
    assert "plain first choice" in today.ui.reasonLabel.text() and not today.ui.crisisNote.isVisible()
    assert today.ui.happeningEdit.text() == "" and today.ui.checkInRating.value() is None  # ready for the next
    assert window.focusWidget() is today.ui.startSuggestionButton
    qtbot.keyClick(today.ui.startSuggestionButton, Qt.Key.Key_Space)
    settle = window.page("settle")
    assert window.current_key() == "settle" and settle.ui.stack.currentIndex() == RUN
    assert settle.run.kind is PracticeKind.GROUNDING and settle._before == 5  # the check-in's rating is "before"


def test_high_anxiety_gets_what_eased_most_and_the_crisis_lines_named(qtbot, window: MainWindow, ctx):
    for days in (3, 4, 5):
        ctx.sessions.add(breath(datetime.now(UTC) - timedelta(days=days), "Resonant breathing", 8, 4))
    today = window.show_page("today")
    check_in(qtbot, today, 9)
    assert "Resonant breathing" in today.ui.suggestionLabel.text()
    assert "4.0 points lower on average, over 3 sessions" in today.ui.reasonLabel.text()
    assert today.ui.crisisNote.isVisible() and "F1" in today.ui.crisisNote.text()
    qtbot.mouseClick(today.ui.crisisButton, LEFT)  # for the mouse too, beside the note
    assert type(today.dialog).__name__ == "CrisisDialog" and today.dialog.isVisible()
    today.dialog.close()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(today.ui.startSuggestionButton, LEFT)
    breathe = window.page("breathe")
    assert window.current_key() == "breathe" and breathe.ui.stack.currentIndex() == SESSION
    assert breathe.chosen_pattern().name == "Resonant breathing" and breathe._before == 9


def test_steady_with_a_ladder_opens_the_next_step_and_a_loud_critic_a_reframe(qtbot, window: MainWindow, ctx):
    step = ctx.ladder.add_step(LadderStep("Say I missed them", 4, "They will pull away", 60))
    today = window.show_page("today")
    check_in(qtbot, today, 2)
    assert "Say I missed them" in today.ui.suggestionLabel.text()
    qtbot.mouseClick(today.ui.startSuggestionButton, LEFT)
    assert today.dialog.step.id == step.id
    today.dialog.reject()
    qtbot.waitUntil(lambda: not today.dialog.isVisible() and window.isActiveWindow())
    check_in(qtbot, today, 2, critic=True)
    assert ctx.check_ins.latest().critic_loud
    assert "inner critic" in today.ui.suggestionLabel.text()
    qtbot.mouseClick(today.ui.startSuggestionButton, LEFT)
    reframe = window.page("reframe")
    assert window.current_key() == "reframe" and reframe.ui.views.currentWidget() is reframe.ui.exerciseView
    reframe.exercise.leave()


def test_the_suggestion_is_brought_into_view_in_a_small_window(qtbot, ctx):
    today = a_page(qtbot, ctx)
    today.resize(528, 500)  # the page's share of the smallest window
    rate(qtbot, today.ui.checkInRating, 5)
    qtbot.mouseClick(today.ui.checkInButton, LEFT)
    viewport = today.ui.todayScroll.viewport()

    def in_view() -> bool:
        top = today.ui.suggestionFrame.mapTo(viewport, today.ui.suggestionFrame.rect().topLeft()).y()
        return top >= 0 and top + today.ui.startSuggestionButton.height() < viewport.height()

    qtbot.waitUntil(in_view)


def test_a_hard_step_is_not_pressed_on_anyone_and_a_suggestion_goes_stale(qtbot, ctx):
    ctx.ladder.add_step(LadderStep("Say I love you first", 8, "They will not say it back", 70))
    now = [NOW]
    today = TodayPage(ctx, clock=lambda: now[0], zone=UTC)
    qtbot.addWidget(today)
    today.show()
    check_in(qtbot, today, 1)
    assert "ladder" not in today.ui.suggestionLabel.text()  # expected at 8 of 10: not offered as "a moment for it"
    assert today.ui.suggestionFrame.isVisible()
    now[0] += timedelta(hours=2)
    today.on_shown()
    assert not today.ui.suggestionFrame.isVisible()  # "could help now" no longer speaks of now


def test_a_suggestion_taken_up_is_done(qtbot, window: MainWindow, ctx):
    today = window.show_page("today")
    check_in(qtbot, today, 5)
    qtbot.mouseClick(today.ui.startSuggestionButton, LEFT)
    window.show_page("today")
    assert not today.ui.suggestionFrame.isVisible()  # its rating was the "before" of that one practice


def test_a_missing_rating_or_an_overlong_line_is_told_and_nothing_is_kept(qtbot, ctx):
    today = a_page(qtbot, ctx)
    qtbot.keyClicks(today.ui.happeningEdit, "a hug")
    qtbot.mouseClick(today.ui.checkInButton, LEFT)
    assert today.ui.checkInProblem.isVisible() and "0 to 10" in today.ui.checkInProblem.text()
    rate(qtbot, today.ui.checkInRating, 4)
    assert not today.ui.checkInProblem.isVisible()
    today.ui.personEdit.insert("Sam " * 60)  # a paste far longer than a name
    qtbot.mouseClick(today.ui.checkInButton, LEFT)
    assert today.ui.checkInProblem.isVisible() and "longer than" in today.ui.checkInProblem.text()
    assert today.focusWidget() is today.ui.personEdit  # the line that needs the change
    assert ctx.check_ins.latest() is None and today.ui.happeningEdit.text() == "a hug"
    today.ui.personEdit.setText("Sam")
    qtbot.mouseClick(today.ui.checkInButton, LEFT)
    assert ctx.check_ins.latest().person == "Sam" and not today.ui.checkInProblem.isVisible()


def test_a_failed_save_says_why_and_keeps_what_was_typed(qtbot, ctx, monkeypatch):
    today = a_page(qtbot, ctx)

    def full(_check_in):
        raise StoreError(StoreErrorKind.DISK_FULL)

    monkeypatch.setattr(ctx.check_ins, "add", full)
    rate(qtbot, today.ui.checkInRating, 6)
    qtbot.keyClicks(today.ui.happeningEdit, "an argument")
    qtbot.mouseClick(today.ui.checkInButton, LEFT)
    box = today.findChild(QMessageBox, "saveFailureBox")
    assert box is not None and "disk is full" in box.informativeText()
    box.close()
    assert today.ui.checkInRating.value() == 6 and today.ui.happeningEdit.text() == "an argument"
    assert not today.ui.suggestionFrame.isVisible()


def test_read_only_data_cannot_check_in_but_still_shows_the_week(qtbot, ctx):
    ctx.moments.add(Moment(NOW - timedelta(hours=3), 5, ClosenessKind.OTHER))
    ctx.mode = StoreMode.READ_ONLY
    today = a_page(qtbot, ctx)
    assert not today.ui.checkInButton.isEnabled() and "read-only" in today.ui.checkInHint.text()
    assert not today.ui.checkInRating.isEnabled() and not today.ui.happeningEdit.isEnabled()
    assert "one moment of closeness" in today.ui.reviewLabel.text()


def test_a_check_in_becomes_a_full_moment_and_stays_linked(qtbot, window: MainWindow, ctx):
    today = window.show_page("today")
    check_in(qtbot, today, 7, "A long hug at the door", "Sam")
    dialog = today.as_moment()
    assert dialog.ui.anxietyRating.value() == 7 and dialog.ui.personEdit.text() == "Sam"
    assert dialog.ui.noteEdit.toPlainText() == "A long hug at the door"
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(ClosenessKind.AFFECTION.value))
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    [moment] = ctx.moments.list_between(datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    assert moment.kind is ClosenessKind.AFFECTION and moment.anxiety == 7
    assert ctx.check_ins.latest().moment_id == moment.id
    assert not today.ui.asMomentButton.isVisible()


# ----- what is next ------------------------------------------------------------------------------------------


def test_a_new_store_shows_no_next_and_a_gentle_week(qtbot, ctx):
    today = a_page(qtbot, ctx)
    assert not today.ui.nextFrame.isVisible()
    assert today.ui.reviewLabel.text() == "As you practise, a kind look back at your week will gather here."
    assert not today.ui.resurfaceCheck.isVisible()  # nothing to resurface yet


def test_unfinished_drafts_are_offered_and_carried_on_in_one_click(qtbot, window: MainWindow, ctx):
    today = window.show_page("today")
    assert not today.ui.reframeDraftFrame.isVisible() and not today.ui.reflectDraftFrame.isVisible()
    save_draft(ctx, ReframeDraft(critic="I always spoil it"))
    ctx.settings.set(REFLECT_DRAFT, draft_to_dict(ReflectionDraft("Sam", {}, 0, NOW)))
    assert not today.ui.reflectDraftFrame.isVisible()  # nothing answered yet: nothing worth carrying on
    ctx.settings.set(REFLECT_DRAFT, draft_to_dict(ReflectionDraft("Sam", {STATEMENTS[0].key: 5}, 1, NOW)))
    assert today.ui.nextFrame.isVisible() and today.ui.reframeDraftFrame.isVisible()
    assert today.ui.reflectDraftFrame.isVisible()  # the page heard of both while it was shown
    qtbot.mouseClick(today.ui.reframeDraftButton, LEFT)
    reframe = window.page("reframe")
    assert reframe.ui.views.currentWidget() is reframe.ui.exerciseView
    reframe.exercise.leave()
    window.show_page("today")
    qtbot.mouseClick(today.ui.reflectDraftButton, LEFT)
    reflect = window.page("reflect")
    assert reflect.ui.views.currentWidget() is reflect.ui.questionView


# ----- looking back ------------------------------------------------------------------------------------------


def seed_weeks(ctx) -> None:
    this_week, last_week = NOW - timedelta(days=1), NOW - timedelta(days=8)
    ctx.moments.add(Moment(this_week, 6, ClosenessKind.AFFECTION, signs=Sign.ALARM | Sign.WITHDREW))
    ctx.moments.add(Moment(this_week, 4, ClosenessKind.DEEP_TALK, signs=Sign.ALARM))
    ctx.moments.add(Moment(last_week, 7, ClosenessKind.OTHER))
    ctx.sessions.add(breath(this_week, "Box breathing", 7, 4))
    ctx.practices.add(PracticeSession(PracticeKind.GROUNDING, this_week, 180, 7, 7, True, 6, 5))
    ctx.reframes.add(Reframe(this_week, "I am too much", "I am allowed to need things"))
    step = ctx.ladder.add_step(LadderStep("Ask for a hug", 5, "They will step back", 60))
    for outcome in (Outcome.NO, Outcome.PARTLY):
        ctx.ladder.add_try(LadderTry(step.id, this_week, 5, "They will step back", 60, 4, outcome, 30))


def test_this_week_against_last_in_kind_words(qtbot, ctx):
    seed_weeks(ctx)
    today = a_page(qtbot, ctx)
    assert today.ui.reviewLabel.text().split("\n\n") == [
        "This week you noted 2 moments of closeness, with anxiety at 5.0 on average. (Last week: 7.0 on average.)",
        "The signs you noticed most: “Unease grew, maybe towards panic” and “I pulled back as it got deeper”.",
        "You made time to settle 2 times. Where you rated it, anxiety eased by 2.0 points on average.",
        "You answered the inner critic kindly once.",
        "You tried 2 steps on your ladder. What you feared happened in part in 1 of them.",
    ]


def test_a_new_week_is_open_and_counts_nothing_missed(qtbot, ctx):
    seed_weeks(ctx)
    today = a_page(qtbot, ctx, now=NOW + timedelta(days=5))  # the next Monday: last week had it all
    text = today.ui.reviewLabel.text()
    assert text.startswith("This week is still open.")
    assert not any(ch.isdigit() for ch in text)  # no zeros, no streaks


def test_a_rise_in_anxiety_is_told_as_it_is(qtbot, ctx):
    ctx.practices.add(PracticeSession(PracticeKind.GROUNDING, NOW - timedelta(hours=2), 180, 7, 7, True, 4, 6))
    today = a_page(qtbot, ctx)
    assert "anxiety rose a little on average. That happens" in today.ui.reviewLabel.text()


def test_the_week_follows_the_local_zone_across_a_clock_change(qtbot, ctx, monkeypatch):
    from zoneinfo import ZoneInfo

    from walls_desktop.gui.pages.today import page as today_page

    berlin = ZoneInfo("Europe/Berlin")
    monkeypatch.setattr(today_page, "local_zone", lambda: berlin)
    monday = datetime(2026, 3, 30, 9, tzinfo=berlin)  # the Monday after the clocks went forward
    # Late on the Monday a week before, 22:30 UTC was 23:30 in Berlin (winter time): last week, not the one before.
    ctx.moments.add(Moment(datetime(2026, 3, 23, 22, 30, tzinfo=UTC), 6, ClosenessKind.OTHER))
    page = TodayPage(ctx, clock=lambda: monday + timedelta(days=1))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.looked_back)
    assert page.ui.reviewLabel.text().startswith("This week is still open.")
    ctx.moments.add(Moment(datetime(2026, 3, 29, 22, 30, tzinfo=UTC), 3, ClosenessKind.OTHER))  # 00:30 on Monday
    assert "one moment of closeness, with anxiety at 3. (Last week: 6.0 on average.)" in page.ui.reviewLabel.text()


def test_the_week_stays_current_while_today_is_shown(qtbot, ctx):
    today = a_page(qtbot, ctx)
    ctx.moments.add(Moment(NOW - timedelta(hours=1), 3, ClosenessKind.OTHER))
    assert "one moment of closeness, with anxiety at 3." in today.ui.reviewLabel.text()


def test_an_earlier_kinder_thought_comes_back_only_when_asked(qtbot, ctx):
    ctx.reframes.add(Reframe(NOW - timedelta(days=10), "I ruin things", "I am learning, and that takes time"))
    ctx.reframes.add(Reframe(NOW - timedelta(days=1), "I am a burden", "Too new to come back yet"))
    today = a_page(qtbot, ctx)
    assert today.ui.resurfaceCheck.isVisible() and not today.ui.resurfaceCheck.isChecked()
    assert not today.ui.resurfaceLabel.isVisible()
    qtbot.mouseClick(today.ui.resurfaceCheck, LEFT)
    assert ctx.settings.get(TODAY_RESURFACE) is True
    assert today.ui.resurfaceLabel.isVisible()
    assert "I am learning, and that takes time" in today.ui.resurfaceLabel.text()
    qtbot.mouseClick(today.ui.resurfaceCheck, LEFT)
    assert ctx.settings.get(TODAY_RESURFACE) is False and not today.ui.resurfaceLabel.isVisible()


@pytest.mark.parametrize(("button", "kind"), [("groundingButton", "grounding"), ("compassionButton", "compassion")])
def test_the_ways_to_settle_start_their_practice(qtbot, window: MainWindow, button: str, kind: str):
    today = window.show_page("today")
    qtbot.mouseClick(getattr(today.ui, button), LEFT)
    settle = window.page("settle")
    assert settle.ui.stack.currentIndex() == RUN and settle.run.kind.value == kind
