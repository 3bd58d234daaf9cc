"""A read-only view of crisis lines, built from core data. Promoted in crisis_dialog.ui and support_page.ui."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from walls_desktop.core.crisis_lines import CRISIS_LINES, EMERGENCY_NUMBERS
from walls_desktop.gui.common.text import tr_core


class CrisisLinesView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Offline by promise: no link is ever opened from here.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setHtml(self._html())

    def _html(self) -> str:
        intro = self.tr(
            "If you might hurt yourself or someone else, or you are in danger right now, "
            "call your local emergency number:"
        )
        # The no-break space keeps the bullet off the number (Qt draws it hard against the text).
        emergency = "".join(f"<li>&nbsp;<b>{escape(n)}</b> — {escape(tr_core(r))}</li>" for r, n in EMERGENCY_NUMBERS)
        talk = self.tr(
            "If you need someone to talk to, these free, confidential lines listen without judging, "
            "whatever you are going through:"
        )
        rows = "".join(
            f"<tr><td style='padding:6px 16px 6px 0'><b>{escape(tr_core(line.region))}</b></td>"
            f"<td style='padding:6px 16px 6px 0'>{_whole_numbers(escape(line.service))}</td>"
            f"<td style='padding:6px 0'>{_whole_numbers(escape(tr_core(line.contact)))}<br/>"
            f"<span>{escape(tr_core(line.hours))}</span></td></tr>"
            for line in CRISIS_LINES
        )
        caveat = self.tr(
            "These numbers were checked when this version of Walls was made, and services do change. "
            "If one does not connect, call your local emergency number, a doctor, or someone you trust."
        )
        return (
            f"<h2>{escape(self.tr('You do not have to get through this alone'))}</h2>"
            f"<p>{escape(intro)}</p><ul>{emergency}</ul>"
            f"<p>{escape(talk)}</p><table>{rows}</table>"
            f"<p>{escape(caveat)}</p>"
        )


def _whole_numbers(text: str) -> str:
    """No line break inside a phone number ("0800 111 0 111"): the spaces between its digits do not break."""
    return re.sub(r"(?<=\d) (?=\d)", "\u00a0", text)
