"""The reframe journal and the kind sentences list as a user meets them: search, read, change, delete,
odd and very long text, and the user's own sentences."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from walls_desktop.core.kind_sentences import DEFAULT_KIND_SENTENCES
from walls_desktop.core.reframe import Reframe
from walls_desktop.core.text import LONG_TEXT_MAX, UNSTORABLE_MESSAGE
from walls_desktop.gui.common import kind_sentences
from walls_desktop.gui.context import StoreMode
from walls_desktop.gui.pages.reframe.detail_dialog import ReframeDetailDialog
from walls_desktop.gui.pages.reframe.kind_sentences_dialog import KindSentencesDialog
from walls_desktop.gui.pages.reframe.page import ReframePage

LEFT = Qt.MouseButton.LeftButton
START = datetime(2025, 4, 1, 12, tzinfo=UTC)  # noon: the same date in nearly every time zone

RTL = "אם אתן להם להתקרב, הם יעזבו"  # Hebrew, right to left
EMOJI = "I’ll be left again 😔💔 👩🏽‍🤝‍👨🏻"  # a skin tone and a joined family of code points
COMBINING = "Zoe\u0308 will think I’m cold; cafe\u0301 talk only"  # letters built from combining marks


def add(ctx, days: int, critic: str, kinder: str, before: int | None = 80, after: int | None = 40, **more) -> Reframe:
    return ctx.reframes.add(
        Reframe(START + timedelta(days=days), critic, kinder, belief_before=before, belief_after=after, **more)
    )


@pytest.fixture
def page(qtbot, ctx) -> ReframePage:
    add(ctx, 0, "They will leave once they know me", "They have stayed through hard days", 90, 50)
    add(ctx, 3, "I ruin everything", "I pulled back once; I can come back", 70, 30, situation="Meeting her family")
    add(ctx, 6, "Needing someone is weak", "Needing people is human", None, None)
    view = ReframePage(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def rows(page: ReframePage) -> list[str]:
    return [page.ui.journalList.item(i).text() for i in range(page.ui.journalList.count())]


def open_first_row_by_keyboard(qtbot, page: ReframePage) -> ReframeDetailDialog:
    page.ui.journalList.setFocus()
    qtbot.keyClick(page.ui.journalList, Qt.Key.Key_Return)
    dialog = page.detail_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # a window manager would; the offscreen platform leaves it to us
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_journal_lists_newest_first_with_date_words_and_belief(page: ReframePage) -> None:
    shown = rows(page)
    assert len(shown) == 3 and page.ui.journalList.isVisible()
    assert shown[0].startswith("7 Apr 2025") and "Needing someone is weak" in shown[0] and "belief" not in shown[0]
    assert "belief 70 → 30" in shown[1] and "“I ruin everything” → “I pulled back once; I can come back”" in shown[1]
    assert "belief 90 → 50" in shown[2]


def test_search_filters_as_you_type_and_says_when_nothing_matches(qtbot, page: ReframePage) -> None:
    qtbot.mouseClick(page.ui.searchEdit, LEFT)
    qtbot.keyClicks(page.ui.searchEdit, "FAMILY")  # the situation, in any case
    assert len(rows(page)) == 1 and "I ruin everything" in rows(page)[0]
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "needing")
    assert len(rows(page)) == 1
    qtbot.keyClicks(page.ui.searchEdit, " xyz")
    assert rows(page) == [] and not page.ui.journalList.isVisible()
    assert page.ui.journalEmpty.isVisible() and "needing xyz" in page.ui.journalEmpty.text()
    page.ui.searchEdit.clear()
    assert len(rows(page)) == 3 and not page.ui.journalEmpty.isVisible()


def test_open_read_and_change_a_reframe(qtbot, page: ReframePage, ctx) -> None:
    dialog = open_first_row_by_keyboard(qtbot, page)
    assert dialog.ui.criticEdit.toPlainText() == "Needing someone is weak"
    assert "7 Apr 2025" in dialog.ui.title.text()
    dialog.ui.reframeEdit.selectAll()
    qtbot.keyClicks(dialog.ui.reframeEdit, "Needing people is human, and I am a person")
    dialog.ui.shareCheck.setFocus()
    qtbot.keyClick(dialog.ui.shareCheck, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    assert not dialog.isVisible()
    newest = ctx.reframes.list_newest_first()[0]
    assert newest.reframe == "Needing people is human, and I am a person"
    assert newest.share_with_therapist and newest.updated_at is not None
    assert [r.id for r in ctx.reframes.shared_with_therapist()] == [newest.id]
    assert "and I am a person" in rows(page)[0]


def test_a_change_that_empties_the_reframe_is_refused_and_kept_on_screen(qtbot, page: ReframePage, ctx) -> None:
    dialog = open_first_row_by_keyboard(qtbot, page)
    dialog.ui.reframeEdit.selectAll()
    qtbot.keyClick(dialog.ui.reframeEdit, Qt.Key.Key_Delete)
    dialog.ui.criticEdit.setPlainText("Needing someone is weak \udc00")  # a broken character, pasted
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)
    assert dialog.isVisible()
    assert dialog.ui.criticProblem.text() == UNSTORABLE_MESSAGE and dialog.ui.criticProblem.isVisible()
    assert dialog.ui.reframeProblem.text() == "Write a kinder thought. A short one is fine."
    assert QApplication.focusWidget() is dialog.ui.criticEdit
    assert ctx.reframes.list_newest_first()[0].reframe == "Needing people is human"


def test_delete_asks_first_and_keep_it_changes_nothing(qtbot, page: ReframePage, ctx) -> None:
    dialog = open_first_row_by_keyboard(qtbot, page)
    qtbot.mouseClick(dialog.ui.deleteButton, LEFT)
    box = dialog.findChild(QMessageBox, "confirmDeleteBox")
    assert box is not None and box.isVisible() and "for good" in box.informativeText()
    keep = next(b for b in box.buttons() if b.text() == "&Keep it")
    qtbot.mouseClick(keep, LEFT)
    assert dialog.isVisible() and len(ctx.reframes.list_newest_first()) == 3

    qtbot.mouseClick(dialog.ui.deleteButton, LEFT)
    box = dialog.confirm_box
    delete = next(b for b in box.buttons() if b.text() == "&Delete")
    qtbot.mouseClick(delete, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [r.critic for r in ctx.reframes.list_newest_first()] == [
        "I ruin everything",
        "They will leave once they know me",
    ]
    assert len(rows(page)) == 2


def test_odd_unicode_and_very_long_text_are_kept_and_shown_as_written(qtbot, ctx) -> None:
    long_text = ("I can take this slowly. " * 900)[: LONG_TEXT_MAX - 5].strip()
    page = ReframePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.begin()
    page.ui.situationEdit.setText(COMBINING)
    page.exercise.go_next()
    page.ui.criticEdit.setPlainText(RTL)
    page.ui.beliefBefore.set_value(75)
    page.exercise.go_next()
    page.ui.feelingCombo.setEditText("😶‍🌫️")
    page.exercise.go_next()
    page.ui.notAloneEdit.setPlainText(EMOJI)
    for _ in range(3):
        page.exercise.go_next()
    page.ui.reframeEdit.setPlainText(long_text)
    page.ui.beliefAfter.set_value(35)
    page.ui.reframeBelief.set_value(55)
    page.exercise.go_next()
    assert page.ui.views.currentWidget() is page.ui.doneView

    [stored] = ctx.reframes.list_newest_first()
    assert (stored.situation, stored.critic, stored.feeling, stored.not_alone) == (COMBINING, RTL, "😶‍🌫️", EMOJI)
    assert stored.reframe == long_text
    assert ctx.reframes.search("zoë") == [stored]  # found by its composed form too

    page.show_start()
    assert RTL in rows(page)[0] and rows(page)[0].endswith("…”") and len(rows(page)[0]) < 250
    dialog = page.open_reframe(stored.id)
    assert dialog.ui.criticEdit.toPlainText() == RTL
    assert dialog.ui.reframeEdit.toPlainText() == long_text
    assert "😶‍🌫️" in dialog.ui.summary.text() and COMBINING in dialog.ui.summary.text()
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)  # saving unchanged text keeps it exactly
    assert ctx.reframes.get(stored.id).reframe == long_text


def test_read_only_detail_can_be_read_but_not_changed(qtbot, page: ReframePage, ctx) -> None:
    ctx.mode = StoreMode.READ_ONLY
    dialog = page.open_reframe(ctx.reframes.list_newest_first()[0].id)
    assert dialog.ui.readOnlyNote.isVisible() and dialog.ui.criticEdit.isReadOnly()
    assert not dialog.ui.saveButton.isEnabled() and not dialog.ui.deleteButton.isEnabled()


# ----- kind sentences ----------------------------------------------------------------------------------


def open_kind_sentences(qtbot, page: ReframePage) -> KindSentencesDialog:
    qtbot.mouseClick(page.ui.kindSentencesButton, LEFT)
    dialog = page.kind_sentences_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def listed(dialog: KindSentencesDialog) -> list[str]:
    return [dialog.ui.sentenceList.item(i).text() for i in range(dialog.ui.sentenceList.count())]


def test_kind_sentences_add_change_remove_with_clear_checks(qtbot, page: ReframePage, ctx) -> None:
    dialog = open_kind_sentences(qtbot, page)
    assert listed(dialog) == list(DEFAULT_KIND_SENTENCES)
    edit = dialog.ui.sentenceEdit
    assert QApplication.focusWidget() is edit

    qtbot.keyClicks(edit, "   ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert dialog.ui.problem.text() == "Write a few words first." and len(listed(dialog)) == 7
    edit.clear()
    qtbot.keyClicks(edit, "  I am allowed to go slowly.  ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not dialog.ui.problem.isVisible() and edit.text() == ""
    assert kind_sentences.load(ctx)[-1] == "I am allowed to go slowly."

    qtbot.keyClicks(edit, "i am ALLOWED to go slowly.")
    qtbot.mouseClick(dialog.ui.addButton, LEFT)
    assert dialog.ui.problem.text() == "This sentence is already in your list."
    edit.setText("x" * 301)
    qtbot.mouseClick(dialog.ui.addButton, LEFT)
    assert "300 characters" in dialog.ui.problem.text() and edit.text() == "x" * 301

    dialog.ui.sentenceList.setCurrentRow(0)
    assert edit.text() == DEFAULT_KIND_SENTENCES[0]
    edit.selectAll()
    qtbot.keyClicks(edit, "Pulling back kept me safe once; today I can stay.")
    qtbot.mouseClick(dialog.ui.changeButton, LEFT)
    assert kind_sentences.load(ctx)[0] == "Pulling back kept me safe once; today I can stay."

    dialog.ui.sentenceList.setCurrentRow(1)
    qtbot.mouseClick(dialog.ui.removeButton, LEFT)
    assert DEFAULT_KIND_SENTENCES[1] not in kind_sentences.load(ctx) and len(listed(dialog)) == 7


def test_kind_sentences_restore_walls_own_after_asking(qtbot, page: ReframePage, ctx) -> None:
    kind_sentences.save(ctx, ["Only my own sentence."])
    dialog = open_kind_sentences(qtbot, page)
    assert listed(dialog) == ["Only my own sentence."]
    qtbot.mouseClick(dialog.ui.restoreButton, LEFT)
    box = dialog.confirm_box
    assert box.isVisible() and "replaced" in box.informativeText()
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "&Keep my list"), LEFT)
    assert kind_sentences.load(ctx) == ["Only my own sentence."]
    qtbot.mouseClick(dialog.ui.restoreButton, LEFT)
    qtbot.mouseClick(next(b for b in dialog.confirm_box.buttons() if b.text() == "&Restore"), LEFT)
    qtbot.waitUntil(lambda: listed(dialog) == list(DEFAULT_KIND_SENTENCES))
    assert kind_sentences.load(ctx) == list(DEFAULT_KIND_SENTENCES)


def test_kind_sentence_that_cannot_be_saved_stays_in_the_field(qtbot, page: ReframePage, ctx) -> None:
    dialog = open_kind_sentences(qtbot, page)
    connection = ctx.database.connection
    connection.execute("VACUUM")
    connection.execute(f"PRAGMA max_page_count = {connection.execute('PRAGMA page_count').fetchone()[0]}")
    try:
        dialog.ui.sentenceEdit.setText("Small steps count. " * 15)
        qtbot.mouseClick(dialog.ui.addButton, LEFT)
        for number in range(40):  # until the settings row outgrows the pages the file may have
            if dialog.findChild(QMessageBox, "saveFailureBox") is not None:
                break
            dialog.ui.sentenceEdit.setText(f"Small step {number} still counts. " * 8)
            qtbot.mouseClick(dialog.ui.addButton, LEFT)
        box = dialog.findChild(QMessageBox, "saveFailureBox")
        assert box is not None and "disk is full" in box.informativeText()
        assert dialog.ui.sentenceEdit.text() != ""  # what was typed is still there
        assert listed(dialog) == [kind for kind in kind_sentences.load(ctx)]
    finally:
        connection.execute("PRAGMA max_page_count = 1073741823")
