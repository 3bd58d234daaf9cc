"""Esc, Cancel or closing a dialog where something was typed asks first, so nothing typed is lost by a slip."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from walls_desktop.gui.common.feedback import ask


class AsksBeforeLeaving:
    """Mixed into a QDialog that defines ``has_changes()``: its ``reject`` asks before throwing words away."""

    leave_question: QMessageBox | None = None

    def has_changes(self) -> bool:
        raise NotImplementedError

    def reject(self) -> None:
        dialog: QDialog = self  # type: ignore[assignment]
        if getattr(self, "_leaving", False) or not self.has_changes():
            QDialog.reject(dialog)
            return
        if self.leave_question is not None and self.leave_question.isVisible():
            return
        self.leave_question = ask(
            dialog,
            dialog.tr("Leave without saving?"),
            dialog.tr("What you wrote here has not been saved yet."),
            dialog.tr("&Leave without saving"),
            dialog.tr("Keep &writing"),
            self._leave,
            "leaveQuestion",
        )

    def _leave(self) -> None:
        self._leaving = True
        QDialog.reject(self)  # type: ignore[arg-type]
