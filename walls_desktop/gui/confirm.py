"""The one way Walls asks "are you sure?" before something cannot be undone (deleting, discarding, replacing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget, title: str, text: str, yes: str, no: str, on_yes: Callable[[], object], name: str
) -> QMessageBox:
    """Open a window-modal question that does not block; ``on_yes`` runs only when ``yes`` is chosen.

    The safe answer (``no``) is the default and Esc's answer, so a stray Enter or Esc keeps what is there.
    ``name`` is the box's object name, for tests and accessibility tools.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    for button, label in ((yes_button, yes), (no_button, no)):
        button.setAccessibleName(label.replace("&", ""))
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes_button else None)
    box.open()
    return box
