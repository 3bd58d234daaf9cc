"""Tells the user, in plain words, why their data could not be opened and what they can do."""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from walls_desktop.gui.common.layout import HoldTextWhole
from walls_desktop.gui.common.theme import set_role
from walls_desktop.gui.forms.ui_store_error_dialog import Ui_StoreErrorDialog
from walls_desktop.gui.startup.store_choice import Choice
from walls_desktop.store.errors import StoreError, StoreErrorKind


@dataclass(frozen=True)
class _Advice:
    headline: str
    explanation: str
    advice: str
    choices: tuple[Choice, ...]  # the first one is the default


def _t(text: str) -> str:
    return QCoreApplication.translate("StoreErrorDialog", text)


def advice_for(kind: StoreErrorKind) -> _Advice:
    if kind is StoreErrorKind.CORRUPT:
        return _Advice(
            _t("Your data file seems to be damaged."),
            _t("Walls could not read it as its data file. It has not changed anything in it."),
            _t(
                "If you have a backup copy, you can put it in this file's place and start Walls again. "
                "Or set the damaged file aside: Walls moves it, unchanged, into a folder called "
                "“set-aside” next to it, and starts with a fresh, empty file."
            ),
            (Choice.SET_ASIDE, Choice.QUIT),
        )
    if kind is StoreErrorKind.NEWER_SCHEMA:
        return _Advice(
            _t("Your data was saved by a newer version of Walls."),
            _t("This version does not know how to read it safely, so it has left the file exactly as it is."),
            _t(
                "Install the newer version again to carry on with your data. You can also try this version "
                "without saving anything: it will use a temporary, empty store that is gone when you close it."
            ),
            (Choice.QUIT, Choice.TEMPORARY),
        )
    if kind is StoreErrorKind.READ_ONLY:
        return _Advice(
            _t("Walls can read your data but cannot save to it."),
            _t(
                "The file or its folder cannot be written to (it may be on read-only media, or its permissions "
                "changed)."
            ),
            _t(
                "You can open your data read-only to look back at it; nothing new will be saved. To save again, "
                "make the folder writable, or start Walls with --data-dir pointing to a folder you own."
            ),
            (Choice.READ_ONLY, Choice.QUIT),
        )
    if kind is StoreErrorKind.DISK_FULL:
        return _Advice(
            _t("The disk is full."),
            _t("Walls needs a little free space to open your data safely. Your data has not been changed."),
            _t("Free some space and try again, or open your data read-only for now."),
            (Choice.RETRY, Choice.READ_ONLY, Choice.QUIT),
        )
    if kind is StoreErrorKind.LOCKED:
        return _Advice(
            _t("Another program is using your data right now."),
            _t("Perhaps Walls is already open in another window, or a backup program is copying the file."),
            _t("Close the other program or window, then try again."),
            (Choice.RETRY, Choice.QUIT),
        )
    if kind is StoreErrorKind.NOT_WALLS:
        return _Advice(
            _t("This folder holds a data file that Walls did not make."),
            _t("Walls has left it alone and changed nothing in it."),
            _t(
                "Start Walls with --data-dir pointing to another folder, or try Walls now with a temporary "
                "store that is gone when you close it."
            ),
            (Choice.QUIT, Choice.TEMPORARY),
        )
    if kind is StoreErrorKind.NOT_A_FOLDER:
        return _Advice(
            _t("The place for your data is a file, not a folder."),
            _t("Walls keeps its data file inside a folder. It has not touched the file that is there."),
            _t(
                "Start Walls with --data-dir pointing to a folder (or to a place where a new one can be made), "
                "or try Walls now with a temporary store that is gone when you close it."
            ),
            (Choice.QUIT, Choice.TEMPORARY),
        )
    if kind is StoreErrorKind.CANNOT_READ:
        return _Advice(
            _t("Walls is not allowed to read your data."),
            _t("The folder or the file has permissions that keep this user out. Nothing in it was changed."),
            _t(
                "Give yourself permission to read the folder and its file, or start Walls with --data-dir "
                "pointing to a folder you own. You can also try Walls now with a temporary store."
            ),
            (Choice.QUIT, Choice.TEMPORARY),
        )
    return _Advice(
        _t("Something unexpected stopped Walls from opening your data."),
        _t("Your data file has not been changed."),
        _t("You can try again, or use Walls for now with a temporary store that is not kept."),
        (Choice.RETRY, Choice.TEMPORARY, Choice.QUIT),
    )


def workable(choices: tuple[Choice, ...], error: StoreError) -> tuple[Choice, ...]:
    """The choices that can work here: "Open read-only" only when there is a file this user may read (an
    empty read-only folder has nothing to open, and offering it would fail and be offered again)."""
    path = error.path
    readable = path is not None and path.is_file() and os.access(path, os.R_OK)
    return tuple(choice for choice in choices if choice is not Choice.READ_ONLY or readable)


def _choice_label(choice: Choice) -> str:
    return {
        Choice.QUIT: _t("Quit"),
        Choice.RETRY: _t("Try again"),
        Choice.READ_ONLY: _t("Open read-only"),
        Choice.SET_ASIDE: _t("Set it aside and start fresh"),
        Choice.TEMPORARY: _t("Use a temporary store"),
    }[choice]


class StoreErrorDialog(QDialog):
    """Shows one StoreError; ``choice`` holds the user's answer after ``exec()``."""

    def __init__(self, error: StoreError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StoreErrorDialog()
        self.ui.setupUi(self)
        HoldTextWhole(self, narrowest=480)
        self.choice = Choice.QUIT
        advice = advice_for(error.kind)
        self.ui.headline.setText(advice.headline)
        self.ui.explanation.setText(advice.explanation)
        self.ui.path.setText(str(error.path))
        self.ui.advice.setText(advice.advice)
        self.buttons: dict[Choice, QPushButton] = {}
        for index, choice in enumerate(workable(advice.choices, error)):
            button = self.ui.buttons.addButton(_choice_label(choice), QDialogButtonBox.ButtonRole.ActionRole)
            button.setAccessibleName(_choice_label(choice))
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            if index == 0:
                button.setDefault(True)
                set_role(button, "primary")
            self.buttons[choice] = button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:  # Esc or the window's close button: the safe answer
        self.choice = Choice.QUIT
        super().reject()
