"""Telling the user that something could not be saved, without losing what they typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from walls_desktop.store.errors import StoreError


def save_failure_text(error: StoreError) -> str:
    """The store's plain reason, translated, and the reassurance that the entry is still on screen."""
    reason = QCoreApplication.translate(error.context, error.message)
    kept = QCoreApplication.translate("StoreFeedback", "What you entered is still here, so nothing is lost.")
    return f"{reason}\n\n{kept}"


def report_save_failure(parent: QWidget, error: StoreError) -> QMessageBox:
    """Show the failure in a window-modal box (non-blocking, so the form stays exactly as it was)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("StoreFeedback", "Not saved"),
        save_failure_text(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("saveFailureBox")
    box.open()
    return box
