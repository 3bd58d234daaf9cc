"""The reframe exercise as a user goes through it: keyboard only, each step's checks, the draft kept across
a restart, broken characters, and a full disk."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QSlider, QWidget

from walls_desktop.core.kind_sentences import DEFAULT_KIND_SENTENCES
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.reframe import ThinkingTrap
from walls_desktop.core.reframe_flow import (
    MISSING_BELIEF_AFTER,
    MISSING_BELIEF_BEFORE,
    MISSING_CRITIC,
    MISSING_FEELING,
    MISSING_MOMENT,
    MISSING_REFRAME,
    MISSING_REFRAME_BELIEF,
    Step,
)
from walls_desktop.core.settings import REFRAME_DRAFT, WELCOME_SEEN
from walls_desktop.core.text import LONG_TEXT_MAX, UNSTORABLE_MESSAGE
from walls_desktop.gui.common import kind_sentences
from walls_desktop.gui.common.exact_text import plain_text
from walls_desktop.gui.context import StoreMode
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.reframe.page import ReframePage
from walls_desktop.gui.startup.open_store import open_store

CTRL, ALT, NONE = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
    assert focused() is not None, "no widget has the keyboard focus"
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def open_reframe(qtbot, window: MainWindow) -> ReframePage:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)  # the sidebar shortcut
    page = window.page("reframe")
    assert window.current_key() == "reframe"
    return page


def shown_problems(page: ReframePage) -> list[str]:
    labels = [name for name in vars(page.ui) if name.endswith("Problem")]
    return [getattr(page.ui, n).text() for n in labels if getattr(page.ui, n).isVisibleTo(page)]


def reopen(qtbot, data_dir) -> tuple[MainWindow, object]:
    """Walls started again on the same data folder: a fresh context and window."""
    ctx = open_store(data_dir, ask=lambda error: pytest.fail(f"store did not open: {error}"))
    ctx.settings.set(WELCOME_SEEN, True)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, ctx


def test_whole_exercise_by_keyboard_alone_ends_in_the_journal(qtbot, window: MainWindow, ctx, data_dir) -> None:
    kind_sentences.save(ctx, ["I am allowed to go slowly."])
    page = open_reframe(qtbot, window)
    assert focused() is page.ui.beginButton
    press(qtbot, Qt.Key.Key_Space)
    assert page.ui.progressLabel.text() == "Step 1 of 7" and page.ui.stepTitle.text() == "What happened"

    # 1: no moments logged yet, so the line is where the cursor waits.
    assert focused() is page.ui.situationEdit
    type_text(qtbot, "They asked me to meet their family")
    press(qtbot, Qt.Key.Key_Return, CTRL)

    # 2: the critic's words and how much I believe them (End = 100, two pages down = 80).
    assert page.ui.progressLabel.text() == "Step 2 of 7" and focused() is page.ui.criticEdit
    type_text(qtbot, "If I let them in, they will leave")
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(focused(), QSlider)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_PageDown, times=2)
    assert page.ui.beliefBefore.value() == 80
    press(qtbot, Qt.Key.Key_Right, ALT)

    # 3: a word of my own for the feeling; from here on the critic's words stay in view.
    assert page.ui.progressLabel.text() == "Step 3 of 7"
    assert page.ui.quoteFrame.isVisible() and "they will leave" in page.ui.quoteText.text()
    type_text(qtbot, "wobbly")
    press(qtbot, Qt.Key.Key_Return, CTRL)

    # 4 and 5: a thought, then two traps ticked with the space bar.
    assert page.ui.progressLabel.text() == "Step 4 of 7" and page.ui.quoteFrame.isVisible()
    type_text(qtbot, "Others feel this too")
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert page.ui.progressLabel.text() == "Step 5 of 7"
    assert focused() is page.exercise.trap_boxes[ThinkingTrap.ALL_OR_NOTHING]
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # catastrophising
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # mind reading
    press(qtbot, Qt.Key.Key_Return, CTRL)

    # Going back keeps everything; Alt+Left and Alt+Right.
    assert page.ui.progressLabel.text() == "Step 6 of 7"
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert page.ui.progressLabel.text() == "Step 5 of 7"
    assert page.exercise.trap_boxes[ThinkingTrap.MIND_READING].isChecked()
    press(qtbot, Qt.Key.Key_Right, ALT)

    # 6: what I would tell a friend.
    assert focused() is page.ui.friendEdit
    type_text(qtbot, "You are worth staying for")
    press(qtbot, Qt.Key.Key_Return, CTRL)

    # 7: the kinder thought, belief again (40) and in the new thought (60), and marked for my therapist.
    assert page.ui.progressLabel.text() == "Step 7 of 7" and page.ui.nextButton.text() == "&Save"
    type_text(qtbot, "They asked because they want me there")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_PageDown, times=6)
    press(qtbot, Qt.Key.Key_Tab)  # a required rating has no Clear button to pass
    assert focused() is page.ui.reframeBelief.slider
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_PageDown, times=4)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.ui.shareCheck
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, CTRL)

    # The end: a kind sentence from my own list, and what changed.
    assert page.ui.views.currentWidget() is page.ui.doneView
    assert page.ui.kindSentence.text() == "I am allowed to go slowly."
    assert "went down from 80 to 40" in page.ui.beliefChange.text()
    assert "60 out of 100" in page.ui.beliefChange.text()

    # Stored, as read by Walls started afresh on the same folder; the draft is gone.
    fresh = open_store(data_dir, ask=lambda error: pytest.fail(str(error)))
    try:
        [stored] = fresh.reframes.list_newest_first()
        assert fresh.settings.get(REFRAME_DRAFT) is None
    finally:
        fresh.close()
    assert stored.situation == "They asked me to meet their family"
    assert stored.critic == "If I let them in, they will leave"
    assert (stored.belief_before, stored.belief_after, stored.reframe_belief) == (80, 40, 60)
    assert stored.feeling == "wobbly" and stored.not_alone == "Others feel this too"
    assert stored.traps == {ThinkingTrap.CATASTROPHISING, ThinkingTrap.MIND_READING}
    assert stored.friend == "You are worth staying for"
    assert stored.reframe == "They asked because they want me there"
    assert stored.share_with_therapist is True

    press(qtbot, Qt.Key.Key_J, ALT)  # "Back to the &journal": a mnemonic click is animated, so wait for it
    qtbot.waitUntil(lambda: page.ui.views.currentWidget() is page.ui.startView)
    assert page.ui.journalList.count() == 1
    assert "belief 80 → 40" in page.ui.journalList.item(0).text()


def test_each_required_step_says_what_is_missing_and_waits(qtbot, window: MainWindow) -> None:
    page = open_reframe(qtbot, window)
    page.begin()
    assert shown_problems(page) == []  # nothing nags before the user asks to go on

    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert page.exercise.draft.step is Step.MOMENT
    assert shown_problems(page) == [MISSING_MOMENT] and focused() is page.ui.situationEdit
    type_text(qtbot, "a hug at the station")
    assert shown_problems(page) == []  # the message goes as soon as the answer is there
    press(qtbot, Qt.Key.Key_Return, CTRL)

    page.ui.nextButton.click()
    assert page.exercise.draft.step is Step.CRITIC
    assert shown_problems(page) == [MISSING_CRITIC, MISSING_BELIEF_BEFORE] and focused() is page.ui.criticEdit
    type_text(qtbot, "I'm too much")
    page.ui.nextButton.click()
    assert shown_problems(page) == [MISSING_BELIEF_BEFORE] and focused() is page.ui.beliefBefore.slider
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Right, ALT)

    press(qtbot, Qt.Key.Key_Right, ALT)
    assert page.exercise.draft.step is Step.NOTICE and shown_problems(page) == [MISSING_FEELING]
    press(qtbot, Qt.Key.Key_Down)  # the first feeling on the short list
    assert page.ui.feelingCombo.currentText() == "scared"
    for _ in range(4):  # the optional steps never block
        press(qtbot, Qt.Key.Key_Right, ALT)
    assert page.exercise.draft.step is Step.REFRAME

    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert shown_problems(page) == [MISSING_REFRAME, MISSING_BELIEF_AFTER, MISSING_REFRAME_BELIEF]
    assert page.exercise.draft.step is Step.REFRAME and page.ctx.reframes.list_newest_first() == []
    assert page.exercise.draft.feeling == "scared"


def test_an_optional_step_with_too_much_text_says_so_at_once_and_blocks(qtbot, window: MainWindow) -> None:
    page = open_reframe(qtbot, window)
    page.begin()
    type_text(qtbot, "a call")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_text(qtbot, "nobody stays")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_text(qtbot, "tired")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    huge = "so many people feel this " * (LONG_TEXT_MAX // 20)
    page.ui.notAloneEdit.setPlainText(huge)  # a paste far longer than a field can keep
    assert shown_problems(page) == ["This is longer than Walls can keep in one field. Please shorten it."]
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert page.exercise.draft.step is Step.NOT_ALONE and page.ui.notAloneEdit.toPlainText() == huge


def test_unfinished_exercise_is_offered_after_a_restart_and_can_be_continued(qtbot, ctx, data_dir) -> None:
    first, _ = reopen(qtbot, data_dir)
    page = open_reframe(qtbot, first)
    press(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, "We argued about holidays")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_text(qtbot, "I always spoil it")
    # Typing alone is enough: the draft is kept a moment after the last key.
    qtbot.waitUntil(lambda: (ctx.settings.get(REFRAME_DRAFT) or {}).get("critic") == "I always spoil it")
    type_text(qtbot, " again")
    first.close()  # before the debounce fires: closing keeps the last words too
    first.ctx.close()

    window, _again = reopen(qtbot, data_dir)
    page = window.show_page("reframe")
    assert page.ui.draftFrame.isVisible() and "The critic's words" in page.ui.draftLabel.text()
    assert not page.ui.beginButton.isVisible()
    assert focused() is page.ui.continueButton
    press(qtbot, Qt.Key.Key_Space)
    assert page.ui.views.currentWidget() is page.ui.exerciseView
    assert page.ui.progressLabel.text() == "Step 2 of 7"
    assert page.ui.criticEdit.toPlainText() == "I always spoil it again"
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert page.ui.situationEdit.text() == "We argued about holidays"


def test_unfinished_exercise_can_be_discarded_after_a_restart(qtbot, ctx, data_dir) -> None:
    first, _ = reopen(qtbot, data_dir)
    page = open_reframe(qtbot, first)
    press(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, "A long hug")
    press(qtbot, Qt.Key.Key_Escape)  # leave for now: back to the start, the draft offered there
    assert page.ui.views.currentWidget() is page.ui.startView and page.ui.draftFrame.isVisible()
    first.close()
    first.ctx.close()

    window, again = reopen(qtbot, data_dir)
    page = window.show_page("reframe")
    assert page.ui.draftFrame.isVisible()
    page.ui.discardButton.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert not page.ui.draftFrame.isVisible() and page.ui.beginButton.isVisible()
    assert again.settings.get(REFRAME_DRAFT) is None
    assert focused() is page.ui.beginButton
    press(qtbot, Qt.Key.Key_Space)
    assert page.ui.situationEdit.text() == ""


def test_a_draft_whose_moment_was_deleted_drops_the_link(qtbot, ctx, data_dir) -> None:
    moment = ctx.moments.add(Moment(datetime(2025, 3, 1, 18, tzinfo=UTC), 7, ClosenessKind.DEEP_TALK, "Sam"))
    first, _ = reopen(qtbot, data_dir)
    page = open_reframe(qtbot, first)
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is page.ui.momentCombo and "A deep talk" in page.ui.momentCombo.itemText(1)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    type_text(qtbot, "they'll get bored of me")
    first.close()
    first.ctx.close()
    assert ctx.settings.get(REFRAME_DRAFT)["moment_id"] == moment.id
    ctx.moments.delete(moment.id)

    window, _again = reopen(qtbot, data_dir)
    page = window.show_page("reframe")
    page.ui.continueButton.click()
    # The moment step has a gap again, so the exercise opens there; the critic's words are still kept.
    assert page.exercise.draft.step is Step.MOMENT and page.exercise.draft.moment_id is None
    assert page.ui.momentEmpty.isVisible() and page.ui.criticEdit.toPlainText() == "they'll get bored of me"


def test_a_broken_character_is_refused_clearly_and_nothing_is_lost(qtbot, window: MainWindow, ctx) -> None:
    page = open_reframe(qtbot, window)
    page.begin()
    type_text(qtbot, "dinner with her parents")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    # Half of an emoji, as a bad copy and paste leaves it; no keyboard can type this.
    page.ui.criticEdit.setPlainText("They will see through me \ud83d")
    page.ui.criticEdit.moveCursor(page.ui.criticEdit.textCursor().MoveOperation.End)
    assert shown_problems(page) == [UNSTORABLE_MESSAGE]
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert page.exercise.draft.step is Step.CRITIC and focused() is page.ui.criticEdit
    assert plain_text(page.ui.criticEdit) == "They will see through me \ud83d"
    kept = "They will see through me \ufffd"  # the draft on disk marks where the broken character is
    qtbot.waitUntil(lambda: (ctx.settings.get(REFRAME_DRAFT) or {}).get("critic") == kept)
    press(qtbot, Qt.Key.Key_Backspace)  # the user deletes it
    assert shown_problems(page) == []
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert page.exercise.draft.step is Step.NOTICE
    assert page.exercise.draft.critic == "They will see through me "


def test_a_full_disk_keeps_the_whole_form_and_saving_works_once_there_is_room(qtbot, window: MainWindow, ctx) -> None:
    page = open_reframe(qtbot, window)
    page.begin()
    type_text(qtbot, "she said she missed me")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    long_critic = "I am too much for anyone. " * 700  # spills over several pages of the file
    page.ui.criticEdit.setPlainText(long_critic)
    page.ui.beliefBefore.set_value(90)
    page.exercise.go_next()
    page.ui.feelingCombo.setEditText("small")
    for _ in range(4):
        page.exercise.go_next()
    page.ui.reframeEdit.setFocus()
    type_text(qtbot, "Missing me is a good thing")
    page.ui.beliefAfter.set_value(50)
    page.ui.reframeBelief.set_value(50)

    connection = ctx.database.connection
    connection.execute("VACUUM")  # no free pages left inside the file to reuse
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLite itself now reports the disk as full
    try:
        press(qtbot, Qt.Key.Key_Return, CTRL)
        box = page.findChild(QMessageBox, "saveFailureBox")
        assert box is not None and box.isVisible() and "disk is full" in box.informativeText()
        assert "still here" in box.informativeText()
        box.close()
        assert page.ui.views.currentWidget() is page.ui.exerciseView
        assert page.exercise.draft.step is Step.REFRAME
        assert page.ui.reframeEdit.toPlainText() == "Missing me is a good thing"
        assert page.exercise.draft.critic == long_critic
        assert ctx.reframes.list_newest_first() == []
    finally:
        connection.execute("PRAGMA max_page_count = 1073741823")
    page.ui.nextButton.setFocus()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert page.ui.views.currentWidget() is page.ui.doneView
    assert [r.critic for r in ctx.reframes.list_newest_first()] == [long_critic.strip()]


def test_read_only_data_cannot_start_an_exercise_but_shows_the_journal(qtbot, ctx) -> None:
    ctx.mode = StoreMode.READ_ONLY
    page = ReframePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.ui.beginButton.isEnabled()
    assert page.ui.readOnlyNote.isVisible() and "read-only" in page.ui.readOnlyNote.text()
    assert page.ui.journalEmpty.isVisible()


def test_default_kind_sentence_shows_at_the_end_when_the_user_has_none_of_their_own(qtbot, ctx) -> None:
    page = ReframePage(ctx, clock=lambda: datetime(2025, 5, 1, 9, tzinfo=UTC))
    qtbot.addWidget(page)
    page.show()
    page.begin()
    page.ui.situationEdit.setText("x")
    page.exercise.go_next()
    page.ui.criticEdit.setPlainText("y")
    page.ui.beliefBefore.set_value(30)
    page.exercise.go_next()
    page.ui.feelingCombo.setCurrentIndex(1)
    for _ in range(4):
        page.exercise.go_next()
    page.ui.reframeEdit.setPlainText("z")
    page.ui.beliefAfter.set_value(50)
    page.ui.reframeBelief.set_value(40)
    page.exercise.go_next()
    assert page.ui.kindSentence.text() in DEFAULT_KIND_SENTENCES
    assert "went from 30 to 50" in page.ui.beliefChange.text()
    [stored] = ctx.reframes.list_newest_first()
    assert stored.created_at == datetime(2025, 5, 1, 9, tzinfo=UTC) and stored.feeling == "ashamed"


def test_a_moment_logged_meanwhile_appears_in_the_first_step(qtbot, window: MainWindow, ctx) -> None:
    page = open_reframe(qtbot, window)
    page.begin()
    assert page.ui.momentCombo.count() == 1 and not page.ui.momentCombo.isEnabled()
    ctx.moments.add(Moment(datetime(2025, 3, 2, 18, tzinfo=UTC), 6, ClosenessKind.AFFECTION))
    assert page.ui.momentCombo.isEnabled() and "Physical affection" in page.ui.momentCombo.itemText(1)
    page.ui.momentCombo.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert page.exercise.draft.step is Step.CRITIC and page.exercise.draft.moment_id is not None


def test_enter_in_a_one_line_field_moves_on_and_in_a_text_box_starts_a_new_line(qtbot, window: MainWindow) -> None:
    page = open_reframe(qtbot, window)
    press(qtbot, Qt.Key.Key_Space)
    assert focused() is page.ui.situationEdit
    type_text(qtbot, "They asked about the weekend")
    press(qtbot, Qt.Key.Key_Return)
    assert page.ui.stepTitle.text() != "What happened" and focused() is page.ui.criticEdit
    type_text(qtbot, "They will get bored of me")
    press(qtbot, Qt.Key.Key_Return)
    assert page.ui.criticEdit.toPlainText() == "They will get bored of me\n"  # still the same step


def test_the_draft_banner_follows_a_theme_switch_at_once(qtbot, window: MainWindow, ctx) -> None:
    from walls_desktop.gui.common.theme import DARK, LIGHT, ThemeMode

    window.set_theme(ThemeMode.LIGHT)
    page = open_reframe(qtbot, window)
    page.begin()
    type_text(qtbot, "A long talk about next year")
    page.exercise.leave()
    assert page.ui.draftFrame.isVisible() and LIGHT.accent_soft in page.ui.draftFrame.styleSheet()
    window.set_theme(ThemeMode.DARK)  # restyled on the loop's next turn, not inside Qt's re-polish
    qtbot.waitUntil(lambda: DARK.accent_soft in page.ui.draftFrame.styleSheet())
    assert DARK.accent in page.ui.quoteFrame.styleSheet()
    window.set_theme(ThemeMode.LIGHT)
    qtbot.waitUntil(lambda: LIGHT.accent_soft in page.ui.draftFrame.styleSheet())


def test_on_the_smallest_window_a_missing_answer_is_brought_into_sight(qtbot, window: MainWindow) -> None:
    from walls_desktop.core.reframe_flow import ReframeDraft, Step

    window.resize(760, 540)
    page = window.show_page("reframe")
    page._enter_exercise(ReframeDraft(step=Step.REFRAME, situation="-", critic="They will leave", belief_before=60))
    scroll = page.ui.stepScroll
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)  # the step is taller than the window
    qtbot.mouseClick(page.ui.nextButton, Qt.MouseButton.LeftButton)
    message = page.ui.reframeProblem
    assert message.isVisible() and message.text()

    def in_sight() -> bool:
        top = message.mapTo(scroll.viewport(), message.rect().topLeft()).y()
        return top >= 0 and top + message.height() <= scroll.viewport().height()

    qtbot.waitUntil(in_sight)


def test_a_short_step_has_nothing_to_scroll_through_beside_a_tall_one(qtbot, window: MainWindow) -> None:
    """The steps share one stack; a short step must not take the room of the tallest (empty space to scroll)."""
    from walls_desktop.core.reframe_flow import ReframeDraft, Step

    window.resize(1120, 760)
    page = window.show_page("reframe")
    page._enter_exercise(ReframeDraft(step=Step.NOTICE, situation="-", critic="They will leave", belief_before=60))
    qtbot.wait(10)
    assert page.ui.stepScroll.verticalScrollBar().maximum() == 0
