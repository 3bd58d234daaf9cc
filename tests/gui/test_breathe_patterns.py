"""Your own breathing patterns: make, check, name, change and delete them, kept in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from walls_desktop.core.breath_patterns import build_pattern
from walls_desktop.core.breathing import PRESETS, Phase, PhaseKind
from walls_desktop.gui.context import StoreMode
from walls_desktop.gui.pages.breathe.page import BreathePage
from walls_desktop.gui.pages.breathe.pattern_dialog import PatternDialog
from walls_desktop.gui.startup.open_store import open_store


@pytest.fixture
def page(qtbot, ctx) -> BreathePage:
    page = BreathePage(ctx, sound_factory=lambda _parent: (_ for _ in ()).throw(ImportError("no sound in tests")))
    qtbot.addWidget(page)
    page.show()
    return page


def open_dialog(qtbot, page: BreathePage) -> PatternDialog:
    qtbot.mouseClick(page.ui.patternsButton, Qt.MouseButton.LeftButton)
    dialog = page.pattern_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    (field.lineEdit() if hasattr(field, "lineEdit") else field).selectAll()
    qtbot.keyClicks(field, text)


def shown_problems(dialog: PatternDialog) -> dict[str, str]:
    ui = dialog.ui
    labels = [ui.nameProblem, ui.descriptionProblem, ui.inhaleProblem, ui.topUpProblem, ui.holdProblem]
    labels += [ui.exhaleProblem, ui.restProblem, ui.patternProblem]
    return {label.objectName(): label.text() for label in labels if label.isVisible()}


def test_a_new_pattern_is_kept_and_offered_on_the_page(qtbot, page, ctx, data_dir):
    dialog = open_dialog(qtbot, page)
    ui = dialog.ui
    assert ui.listEmpty.isVisible() and QApplication.focusWidget() is ui.nameEdit
    qtbot.keyClicks(ui.nameEdit, "Évening wind-down ")
    ui.nameEdit.insert("🌙")  # QTest cannot type characters beyond the BMP; a paste can
    qtbot.keyClicks(ui.descriptionEdit, "Before sleep")
    ui.descriptionEdit.insert(", قبل النوم, cafe\u0301")  # as pasted: right-to-left text and a combining mark
    type_into(qtbot, ui.inhaleSpin, "4")
    type_into(qtbot, ui.holdSpin, "3.5")
    type_into(qtbot, ui.exhaleSpin, "8")
    assert "15.5 seconds" in ui.cycleSummary.text()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert shown_problems(dialog) == {}
    assert ui.patternList.count() == 1 and ui.patternList.item(0).text() == "Évening wind-down 🌙"
    assert "Saved" in ui.statusNote.text()

    assert page.ui.patternCombo.findText("Évening wind-down 🌙") >= 0  # the page offers it at once
    page.select_pattern("Évening wind-down 🌙")
    shown = page.ui.patternDescription.text().replace("\u00a0", " ")  # no-break spaces keep each timing whole
    assert "Before sleep" in shown and "Hold 3.5 s" in shown
    assert page.ui.careNote.isVisible()  # it holds the breath

    again = open_store(data_dir, ask=lambda error: pytest.fail(str(error)))
    try:
        [stored] = again.patterns.list_all()
    finally:
        again.close()
    assert stored.name == "Évening wind-down 🌙" and stored.description == "Before sleep, قبل النوم, cafe\u0301"
    assert stored.phases == (
        Phase(PhaseKind.INHALE, 4.0),
        Phase(PhaseKind.HOLD_FULL, 3.5),
        Phase(PhaseKind.EXHALE, 8.0),
    )


def test_each_problem_is_shown_and_nothing_is_kept(qtbot, page, ctx):
    dialog = open_dialog(qtbot, page)
    ui = dialog.ui
    type_into(qtbot, ui.inhaleSpin, "25")
    type_into(qtbot, ui.topUpSpin, "4")
    type_into(qtbot, ui.holdSpin, "4.3")
    type_into(qtbot, ui.exhaleSpin, "0")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    problems = shown_problems(dialog)
    assert problems["nameProblem"] == "Please give this pattern a name."
    # The steps' messages, in the steps' order, under the steps (where room is kept for them).
    assert problems["patternProblem"].splitlines() == [
        "Breathing in can last from 1 to 20 seconds.",
        "The extra sip of air can last from 0.5 to 3 seconds.",
        "Please use whole or half seconds, such as 4 or 4.5.",
        "Breathing out can last from 1 to 20 seconds.",
    ]
    assert QApplication.focusWidget() is ui.nameEdit  # the first problem's field
    assert ctx.patterns.list_all() == []

    # Fixing a field clears its message as you go; the rest stay until they are fixed too.
    qtbot.keyClicks(ui.nameEdit, "Too long")
    type_into(qtbot, ui.inhaleSpin, "20")
    type_into(qtbot, ui.topUpSpin, "0")
    type_into(qtbot, ui.holdSpin, "20")
    type_into(qtbot, ui.exhaleSpin, "20")
    type_into(qtbot, ui.restSpin, "5")
    assert shown_problems(dialog) == {
        "patternProblem": "One round of this pattern takes 65 seconds. Please keep it to 60 seconds or less."
    }
    type_into(qtbot, ui.restSpin, "0")
    assert shown_problems(dialog) == {}


def test_a_broken_character_or_a_taken_name_is_refused_kindly(qtbot, page, ctx):
    ctx.patterns.add(build_pattern("Morning", [Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.EXHALE, 4)]))
    dialog = open_dialog(qtbot, page)
    ui = dialog.ui
    qtbot.mouseClick(ui.newButton, Qt.MouseButton.LeftButton)
    ui.nameEdit.setText("x" * 61)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert shown_problems(dialog)["nameProblem"] == "Please keep the name to 60 characters or fewer."
    ui.nameEdit.setText("Half \ud83d a pair")  # pasted with a lone surrogate: refused, never quietly dropped
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "broken character" in shown_problems(dialog)["nameProblem"] and len(ctx.patterns.list_all()) == 1
    qtbot.mouseClick(ui.newButton, Qt.MouseButton.LeftButton)
    ui.nameEdit.setText("  Morning ")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "already have a breathing pattern with this name" in shown_problems(dialog)["nameProblem"]
    assert len(ctx.patterns.list_all()) == 1
    assert ui.nameEdit.text() == "  Morning "  # what was typed stays


def test_a_pattern_can_be_changed(qtbot, page, ctx):
    ctx.patterns.add(build_pattern("Morning", [Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.EXHALE, 4)]))
    page._load_patterns()
    page.select_pattern("Morning")
    dialog = open_dialog(qtbot, page)
    ui = dialog.ui
    assert ui.nameEdit.text() == "Morning" and ui.exhaleSpin.value() == 4.0
    assert ui.nameEdit.cursorPosition() == 0 == ui.descriptionEdit.cursorPosition()  # long texts show their start
    type_into(qtbot, ui.exhaleSpin, "6.5")
    ui.nameEdit.selectAll()
    qtbot.keyClicks(ui.nameEdit, "Morning, slower")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    [stored] = ctx.patterns.list_all()
    assert stored.name == "Morning, slower" and stored.phases[-1] == Phase(PhaseKind.EXHALE, 6.5)
    assert page.ui.patternCombo.currentText() == "Morning, slower"  # the page keeps it chosen


def test_delete_asks_first(qtbot, page, ctx):
    ctx.patterns.add(build_pattern("Morning", [Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.EXHALE, 4)]))
    dialog = open_dialog(qtbot, page)
    ui = dialog.ui
    qtbot.mouseClick(ui.deleteButton, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box.isVisible() and "Morning" in box.informativeText()
    keep = next(b for b in box.buttons() if b.accessibleName() == "Keep it")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert [p.name for p in ctx.patterns.list_all()] == ["Morning"]

    qtbot.mouseClick(ui.deleteButton, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    delete = next(b for b in box.buttons() if b.accessibleName() == "Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert ctx.patterns.list_all() == [] and ui.patternList.count() == 0
    assert page.ui.patternCombo.findText("Morning") == -1


def test_read_only_data_keeps_patterns_as_they_are(qtbot, ctx):
    ctx.mode = StoreMode.READ_ONLY
    dialog = PatternDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert not ui.saveButton.isEnabled() and not ui.newButton.isEnabled() and not ui.deleteButton.isEnabled()
    assert "read-only" in ui.statusNote.text()
    assert ui.nameEdit.isReadOnly() and ui.descriptionEdit.isReadOnly()
    assert not any(step.spin.isEnabled() for step in dialog._steps)


def reopened_page(qtbot, data_dir) -> tuple[BreathePage, object]:
    again = open_store(data_dir, ask=lambda error: pytest.fail(str(error)))
    page = BreathePage(again, sound_factory=lambda _parent: (_ for _ in ()).throw(ImportError("no sound in tests")))
    qtbot.addWidget(page)
    page.show()
    return page, again


def test_the_chosen_pattern_and_length_are_offered_again_after_a_restart(qtbot, page, ctx, data_dir) -> None:
    page.select_pattern("4-7-8")
    chosen = page.chosen_pattern()
    assert chosen.preset == "4-7-8"
    qtbot.mouseClick(page.ui.byBreaths, Qt.MouseButton.LeftButton, pos=page.ui.byBreaths.rect().center())
    page.ui.breathsSpin.setValue(12)
    page.ui.minutesSpin.setValue(7)
    again_page, again = reopened_page(qtbot, data_dir)
    try:
        assert again_page.chosen_pattern() == chosen
        assert again_page.ui.byBreaths.isChecked() and again_page.ui.breathsSpin.value() == 12
        assert again_page.ui.minutesSpin.value() == 7 and not again_page.ui.minutesSpin.isEnabled()
        assert "Breaths: 12" in again_page.ui.lengthSummary.text()
    finally:
        again.close()


def test_an_own_pattern_is_remembered_and_a_deleted_one_gives_way_to_the_first(qtbot, page, ctx, data_dir) -> None:
    own = ctx.patterns.add(build_pattern("Slow evening", (Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.EXHALE, 8))))
    page.select_pattern("Slow evening")
    again_page, again = reopened_page(qtbot, data_dir)
    try:
        assert again_page.chosen_pattern().id == own.id
        again.patterns.delete(own.id)
    finally:
        again.close()
    third_page, third = reopened_page(qtbot, data_dir)
    try:
        assert third_page.ui.patternCombo.currentIndex() == 0  # nothing left to offer from last time
    finally:
        third.close()


@pytest.mark.parametrize("name", ["Box breathing", "  box BREATHING ", "4-7-8"])
def test_a_presets_name_cannot_be_taken(qtbot, page, ctx, name: str) -> None:
    dialog = open_dialog(qtbot, page)
    ui = dialog.ui
    qtbot.keyClicks(ui.nameEdit, name)
    type_into(qtbot, ui.inhaleSpin, "4")
    type_into(qtbot, ui.exhaleSpin, "6")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "already has a pattern called" in shown_problems(dialog)["nameProblem"]
    assert ctx.patterns.list_all() == [] and page.ui.patternCombo.count() == len(PRESETS)


def test_fields_hold_still_when_a_problem_shows_and_the_round_line_stays(qtbot, page) -> None:
    dialog = open_dialog(qtbot, page)
    ui = dialog.ui
    dialog.resize(dialog.sizeHint())
    places = {w.objectName(): w.mapTo(dialog, w.rect().topLeft()) for w in (ui.descriptionEdit, ui.exhaleSpin)}
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)  # no name yet
    assert shown_problems(dialog) and "nameProblem" in shown_problems(dialog)
    qtbot.wait(10)
    assert {w.objectName(): w.mapTo(dialog, w.rect().topLeft()) for w in (ui.descriptionEdit, ui.exhaleSpin)} == places
    assert ui.cycleSummary.isVisible() and ui.cycleSummary.text()


def test_nothing_moves_for_a_long_message_a_step_message_or_the_saved_note(qtbot, page) -> None:
    """A preset's name (a two-line message), a hold too long and the note after saving all appear in room
    kept for them: no field, list or button moves under the pointer, at the dialog's own size."""
    from walls_desktop.gui.common.theme import ThemeMode, apply_theme

    apply_theme(QApplication.instance(), ThemeMode.LIGHT)  # the app's fonts, which the room is measured in
    dialog = open_dialog(qtbot, page)
    ui = dialog.ui
    watched = (ui.nameEdit, ui.descriptionEdit, ui.holdSpin, ui.exhaleSpin, ui.saveButton, ui.cycleSummary)

    def places() -> dict:
        qtbot.wait(10)
        moved = {w.objectName(): (w.mapTo(dialog, w.rect().topLeft()), w.size()) for w in (*watched, dialog)}
        return {**moved, "list": ui.patternList.mapTo(dialog, ui.patternList.rect().topLeft())}

    before = places()
    ui.nameEdit.setText("Box breathing")  # a preset's name
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.nameProblem.isVisible() and ui.nameProblem.text()
    assert places() == before
    ui.nameEdit.setText("Mine")
    ui.holdSpin.setValue(60)
    assert "20 seconds" in ui.patternProblem.text()  # said under the steps, where room is kept
    assert places() == before
    ui.holdSpin.setValue(4)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Mine" in ui.statusNote.text())
    assert places() == before
