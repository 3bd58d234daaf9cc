"""The shared "are you sure?" question: only the explicit yes acts; Enter and Esc keep what is there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from walls_desktop.gui.common.feedback import ask


def open_question(qtbot, parent: QWidget, answers: list[str]):
    box = ask(parent, "Delete this?", "It cannot be undone.", "&Delete", "&Keep it", lambda: answers.append("yes"), "q")
    qtbot.waitExposed(box)
    return box


def button(box, name: str):
    return next(b for b in box.buttons() if b.accessibleName() == name)


def test_enter_and_esc_keep_and_only_the_yes_button_acts(qtbot) -> None:
    answers: list[str] = []
    parent = QWidget()  # kept here: qtbot holds widgets only weakly
    qtbot.addWidget(parent)
    parent.show()
    box = open_question(qtbot, parent, answers)
    assert box.objectName() == "q" and box.isVisible()
    assert box.defaultButton() is button(box, "Keep it")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert answers == [] and not box.isVisible()

    box = open_question(qtbot, parent, answers)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert answers == [] and not box.isVisible()

    box = open_question(qtbot, parent, answers)
    qtbot.mouseClick(button(box, "Delete"), Qt.MouseButton.LeftButton)
    assert answers == ["yes"] and not box.isVisible()
