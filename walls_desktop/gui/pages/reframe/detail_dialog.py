"""One reframe from the journal: read it whole, change its words, mark it for a therapist, or delete it."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPlainTextEdit, QWidget

from walls_desktop.core.feelings import known_feeling
from walls_desktop.core.reframe import Reframe, ThinkingTrap
from walls_desktop.core.reframe_flow import FIELD_LIMITS, MISSING_CRITIC, MISSING_REFRAME, DraftField
from walls_desktop.core.text import shortened, text_problem
from walls_desktop.gui.common.dates import local_date, local_date_time
from walls_desktop.gui.common.exact_text import plain_text
from walls_desktop.gui.common.feedback import NOT_SAVED, ask, write
from walls_desktop.gui.common.layout import HoldTextWhole, ReturnFocus
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_reframe_detail_dialog import Ui_ReframeDetailDialog

SUMMARY_TEXT_LENGTH = 400


class ReframeDetailDialog(QDialog):
    def __init__(self, ctx: AppContext, reframe: Reframe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reframe = reframe
        self.confirm_box: QMessageBox | None = None
        self.ui = Ui_ReframeDetailDialog()
        self.ui.setupUi(self)
        HoldTextWhole(self, narrowest=480)
        ReturnFocus(self)
        self.setObjectName("reframeDetailDialog")
        self._fields: dict[DraftField, tuple[QPlainTextEdit, QLabel]] = {
            DraftField.CRITIC: (self.ui.criticEdit, self.ui.criticProblem),
            DraftField.FRIEND: (self.ui.friendEdit, self.ui.friendProblem),
            DraftField.REFRAME: (self.ui.reframeEdit, self.ui.reframeProblem),
        }
        self.ui.title.setText(self.tr("Your reframe from {date}").format(date=local_date_time(reframe.created_at)))
        self.ui.summary.setText(self._summary())
        self.ui.criticEdit.setPlainText(reframe.critic)
        self.ui.friendEdit.setPlainText(reframe.friend)
        self.ui.reframeEdit.setPlainText(reframe.reframe)
        self.ui.shareCheck.setChecked(reframe.share_with_therapist)
        for _edit, problem in self._fields.values():
            problem.hide()
        writable = ctx.writable
        self.ui.readOnlyNote.setVisible(not writable)
        for edit, _problem in self._fields.values():
            edit.setReadOnly(not writable)
        for control in (self.ui.shareCheck, self.ui.saveButton, self.ui.deleteButton):
            control.setEnabled(writable)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.deleteButton.clicked.connect(self.ask_to_delete)
        self.ui.criticEdit.setFocus()

    def _summary(self) -> str:
        reframe = self.reframe
        lines = []
        moment = self.ctx.moments.get(reframe.moment_id) if reframe.moment_id is not None else None
        if moment is not None:
            lines.append(
                self.tr("The moment: {date} · {kind}").format(
                    date=local_date(moment.occurred_at), kind=tr_core(moment.kind.label)
                )
            )
        if reframe.situation:
            lines.append(self.tr("What happened: {text}").format(text=shortened(reframe.situation, 200)))
        if reframe.feeling:
            listed = known_feeling(reframe.feeling)
            feeling = tr_core(listed.label) if listed is not None else reframe.feeling
            if reframe.feeling_intensity is not None:
                feeling = self.tr("{feeling}, {intensity} out of 100").format(
                    feeling=feeling, intensity=reframe.feeling_intensity
                )
            lines.append(self.tr("The feeling: {feeling}").format(feeling=feeling))
        if reframe.not_alone:
            lines.append(
                self.tr("Not the only one: {text}").format(text=shortened(reframe.not_alone, SUMMARY_TEXT_LENGTH))
            )
        if reframe.traps:
            traps = ", ".join(tr_core(trap.label) for trap in ThinkingTrap if trap in reframe.traps)
            lines.append(self.tr("Thinking traps: {traps}").format(traps=traps))
        if reframe.belief_before is not None and reframe.belief_after is not None:
            lines.append(
                self.tr("Belief in the critic's words: {before} → {after}").format(
                    before=reframe.belief_before, after=reframe.belief_after
                )
            )
        if reframe.reframe_belief is not None:
            lines.append(self.tr("Belief in your kinder thought: {belief}").format(belief=reframe.reframe_belief))
        return "\n".join(lines)

    def save(self) -> None:
        texts = {field: plain_text(edit) for field, (edit, _problem) in self._fields.items()}
        found: dict[DraftField, str] = {}
        for field, text in texts.items():
            if field is DraftField.CRITIC and not text.strip():
                found[field] = tr_core(MISSING_CRITIC)
            elif field is DraftField.REFRAME and not text.strip():
                found[field] = tr_core(MISSING_REFRAME)
            elif (message := text_problem(text, FIELD_LIMITS[field])) is not None:
                found[field] = tr_core(message)
        for field, (_edit, problem) in self._fields.items():
            problem.setText(found.get(field, ""))
            problem.setVisible(field in found)
        if found:
            self._fields[next(iter(found))][0].setFocus()
            return
        changed = dataclasses.replace(
            self.reframe,
            critic=texts[DraftField.CRITIC].strip(),
            friend=texts[DraftField.FRIEND].strip(),
            reframe=texts[DraftField.REFRAME].strip(),
            share_with_therapist=self.ui.shareCheck.isChecked(),
        )
        stored = write(self, lambda: self.ctx.reframes.update(changed))
        if not stored:
            return
        self.reframe = stored
        self.accept()

    def ask_to_delete(self) -> QMessageBox:
        self.confirm_box = ask(
            self,
            self.tr("Delete this reframe?"),
            self.tr("This reframe will be gone from your journal for good. Delete it?"),
            self.tr("&Delete"),
            self.tr("&Keep it"),
            self._delete,
            "confirmDeleteBox",
        )
        return self.confirm_box

    def _delete(self) -> None:
        if write(self, lambda: self.ctx.reframes.delete(self.reframe.id)) is NOT_SAVED:
            return
        self.accept()
