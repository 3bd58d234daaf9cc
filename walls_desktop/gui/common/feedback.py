"""The one way Walls asks the user a question, tells them something went wrong, and writes on their behalf.

``write`` is how views save: it runs the store call, and when the store refuses it shows why in the same box
everywhere, with the reassurance that nothing on screen was lost. The change itself is announced by the store
(``store.changes``), so every view that shows it refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final, TypeVar

from PySide6.QtCore import QCoreApplication, Qt

from walls_desktop.gui.common.layout import ReturnFocus
from walls_desktop.store.errors import StoreError

if TYPE_CHECKING:  # QMessageBox's type costs ~2 ms to build: only when a box is first shown, not at start-up
    from PySide6.QtWidgets import QMessageBox, QWidget

T = TypeVar("T")


class _NotSaved:
    """What ``write`` returns when the store refused: the user has been told, the form is as it was."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_SAVED"


NOT_SAVED: Final = _NotSaved()


def write(
    parent: QWidget, do: Callable[[], T], on_failure: Callable[[StoreError], object] | None = None
) -> T | _NotSaved:
    """Run ``do`` (one store write); on a StoreError tell the user (or call ``on_failure``) and return NOT_SAVED."""
    try:
        return do()
    except StoreError as error:
        if on_failure is None:
            report_save_failure(parent, error)
        else:
            on_failure(error)
        return NOT_SAVED


def save_failure_text(error: StoreError) -> str:
    """The store's plain reason, translated, and the reassurance that the entry is still on screen."""
    reason = QCoreApplication.translate(error.context, error.message)
    kept = QCoreApplication.translate("StoreFeedback", "What you entered is still here, so nothing is lost.")
    return f"{reason}\n\n{kept}"


def report_save_failure(parent: QWidget, error: StoreError) -> QMessageBox:
    """Show the failure in a window-modal box (non-blocking, so the form stays exactly as it was)."""
    return tell(
        parent, QCoreApplication.translate("StoreFeedback", "Not saved"), save_failure_text(error), "saveFailureBox"
    )


def report_read_failure(parent: QWidget, error: StoreError) -> QMessageBox:
    """A read that failed while refreshing a page: the reason, and that nothing was changed."""
    reason = QCoreApplication.translate(error.context, error.message)
    again = QCoreApplication.translate(
        "StoreFeedback", "Nothing was changed. Walls will look again when you come back to this page."
    )
    return tell(parent, QCoreApplication.translate("StoreFeedback", "Could not read your data"), f"{reason}\n\n{again}")


def tell(parent: QWidget, title: str, text: str, name: str = "problemBox") -> QMessageBox:
    """A window-modal note that something did not work, and why. Does not block."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(QMessageBox.Icon.Warning, title, text, parent, name)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def _box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget, name: str) -> QMessageBox:
    """A message box in the app's own look: the title said inside the box as a heading (a window's title bar
    is easily missed, and some systems show none), the explanation below it, with room around both."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, title, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(text)
    box.layout().setContentsMargins(28, 24, 28, 20)
    box.layout().setSpacing(14)
    ReturnFocus(box)
    return box


def ask(
    parent: QWidget, title: str, text: str, yes: str, no: str, on_yes: Callable[[], object], name: str
) -> QMessageBox:
    """Open a window-modal question that does not block; ``on_yes`` runs only when ``yes`` is chosen.

    The safe answer (``no``) is the default and Esc's answer, so a stray Enter or Esc keeps what is there.
    ``name`` is the box's object name, for tests and accessibility tools.
    """
    from PySide6.QtWidgets import QMessageBox

    box = _box(QMessageBox.Icon.Question, title, text, parent, name)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    for button, label in ((yes_button, yes), (no_button, no)):
        button.setAccessibleName(label.replace("&", ""))
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes_button else None)
    box.open()
    return box
