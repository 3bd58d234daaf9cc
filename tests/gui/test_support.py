"""Support as a reader meets it: the crisis lines first, then plain information about the therapies that work
with attachment and finding a therapist, every part reached by keyboard."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from walls_desktop.core.therapies import FINDING, THERAPIES
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.support.page import LINES, THERAPY


def open_support(qtbot, window: MainWindow):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("support")
    return page


def test_the_crisis_lines_come_first_with_the_emergency_numbers_on_top(qtbot, window: MainWindow) -> None:
    page = open_support(qtbot, window)
    assert page.ui.views.currentIndex() == LINES and page.ui.linesButton.isChecked()
    text = page.ui.linesView.toPlainText()
    assert text.index("112") < text.index("Samaritans")


def test_each_therapy_says_what_it_works_on_how_it_goes_whom_it_suits_how_long_and_what_it_rests_on(
    qtbot, window: MainWindow
) -> None:
    page = open_support(qtbot, window)
    qtbot.mouseClick(page.ui.therapyButton, Qt.MouseButton.LeftButton)
    assert page.ui.views.currentIndex() == THERAPY
    text = page.ui.therapyView.toPlainText()
    for heading in ("What it works on", "What a session is like", "Who it tends to suit", "How long", "rests on"):
        assert text.count(heading) == len(THERAPIES)
    for name in ("Emotionally Focused Therapy (EFT)", "EMDR (Eye Movement", "Schema Therapy", "ICEEFT", "ISST"):
        assert name in text
    for guide in FINDING:
        assert guide.title in text
    assert "not advice" in text and "no substitute for professional care" in text
    links = re.findall(r'href="([^"]*)"', page.ui.therapyView.toHtml())
    assert len(links) == len(THERAPIES) + len(FINDING) and all(link.startswith("#") for link in links)  # offline


def test_the_contents_are_followed_by_keyboard(qtbot, window: MainWindow) -> None:
    page = open_support(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # the "Therapy and finding help" view
    qtbot.waitUntil(lambda: page.ui.views.currentIndex() == THERAPY)
    view = page.ui.therapyView
    view.setFocus()
    bar = view.verticalScrollBar()
    assert bar.value() == 0
    for _ in range(4):  # the fourth link in the contents: "What to search for"
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.value() > 0)
    top = view.cursorForPosition(view.viewport().rect().topLeft()).block().text()
    assert "What to search for" in top or bar.value() == bar.maximum()


def test_the_page_can_go_straight_to_a_part(qtbot, window: MainWindow) -> None:
    page = open_support(qtbot, window)
    page.go_to("beside")
    assert page.ui.views.currentIndex() == THERAPY and page.ui.therapyButton.isChecked()
    assert page.ui.therapyView.hasFocus() and page.ui.therapyView.verticalScrollBar().value() > 0
    qtbot.mouseClick(page.ui.linesButton, Qt.MouseButton.LeftButton)
    assert page.ui.views.currentIndex() == LINES


def test_a_phone_number_never_breaks_across_lines() -> None:
    from walls_desktop.gui.widgets.crisis_lines import _whole_numbers

    assert _whole_numbers("Call 0800 111 0 111 (free)") == "Call 0800\u00a0111\u00a00\u00a0111 (free)"
    assert _whole_numbers("113 Zelfmoordpreventie") == "113 Zelfmoordpreventie"


def test_the_persons_own_country_comes_first_and_a_new_choice_shows_on_every_surface(qtbot, window: MainWindow) -> None:
    from walls_desktop.core.settings import SUPPORT_COUNTRY
    from walls_desktop.gui.dialogs import CrisisDialog

    page = open_support(qtbot, window)
    box = page.ui.countryChoice
    box.setFocus()
    # A keyboard user picks Türkiye from the box: its 112 line moves to the top of the talking lines.
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentData() == "TR":
            break
        qtbot.keyClick(box, Qt.Key.Key_Down)
    text = page.ui.linesView.toPlainText()
    assert text.index("112 Acil") < text.index("Samaritans")
    assert text.index("Europe, Türkiye") < text.index("United States and Canada")
    assert window.ctx.settings.get(SUPPORT_COUNTRY) == "TR"
    # F1's dialog opens with the same country first, and a choice there shows back on the page at once.
    window.show_crisis_lines()
    dialog = window.findChild(CrisisDialog)
    assert dialog.ui.countryChoice.currentData() == "TR"
    assert dialog.ui.linesView.toPlainText().index("112 Acil") < dialog.ui.linesView.toPlainText().index("Lifeline")
    dialog.ui.countryChoice.setCurrentIndex(dialog.ui.countryChoice.findData("AU"))
    dialog.close()
    assert page.ui.countryChoice.currentData() == "AU"
    lines = page.ui.linesView.toPlainText()
    assert lines.index("000") < lines.index("112") and lines.index("Lifeline") < lines.index("112 Acil")


def test_without_a_choice_the_systems_country_comes_first(qtbot, window: MainWindow, monkeypatch) -> None:
    from walls_desktop.gui.dialogs import CrisisDialog
    from walls_desktop.gui.widgets import crisis_lines

    monkeypatch.setattr(crisis_lines, "system_country", lambda: "TR")

    dialog = CrisisDialog(window.ctx.settings, window)
    assert dialog.ui.countryChoice.currentData() == "TR"
    assert dialog.ui.linesView.toPlainText().index("112 Acil") < dialog.ui.linesView.toPlainText().index("988")
    dialog.deleteLater()


def test_each_line_says_when_it_was_last_checked(qtbot, window: MainWindow) -> None:
    from walls_desktop.core.crisis_lines import CRISIS_LINES

    page = open_support(qtbot, window)
    assert page.ui.linesView.toPlainText().count("Checked ") == len(CRISIS_LINES)
