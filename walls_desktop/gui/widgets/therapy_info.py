"""A read-only view of the therapies that work with attachment, finding a therapist, and Walls beside therapy,
built from core data. Each part has an anchor (its key), so the page can take the reader straight to it.
Promoted in support_page.ui."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from walls_desktop.core.therapies import FINDING, THERAPIES
from walls_desktop.gui.common.text import tr_core


class TherapyInfoView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # offline by promise: nothing here opens anything; the contents only scroll
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: self.go_to(url.fragment()))
        self.setHtml(self._html())

    def go_to(self, key: str) -> None:
        """Scroll so that the part named ``key`` (a therapy's or a guide's) starts at the top."""
        self.scrollToAnchor(key)

    def _html(self) -> str:
        fields = (
            (self.tr("What it works on"), "works_on"),
            (self.tr("What a session is like"), "session"),
            (self.tr("Who it tends to suit"), "suits"),
            (self.tr("How long it usually takes"), "length"),
            (self.tr("What it rests on"), "source"),
        )
        intro = self.tr(
            "Three therapies are often named for fear of closeness. Each is described here in a few plain lines, "
            "so that you know what you might be asking for."
        )
        caveat = self.tr("This is information, not advice: only a professional who knows you can say what fits you.")
        # Links within the page, reached with Tab and followed with Enter, for reading by keyboard.
        contents = " · ".join(
            f"<a href='#{key}'>{escape(title)}</a>"
            for key, title in (
                *((t.key, tr_core(t.short)) for t in THERAPIES),
                *((g.key, tr_core(g.title)) for g in FINDING),
            )
        )
        parts = [
            f"<h2>{escape(self.tr('Therapies that work with attachment'))}</h2><p>{escape(intro)}</p>"
            f"<p><i>{escape(caveat)}</i></p><p>{escape(self.tr('On this page:'))} {contents}</p>"
        ]
        for therapy in THERAPIES:
            rows = "".join(
                f"<p><b>{escape(label)}.</b> {escape(tr_core(getattr(therapy, field)))}</p>" for label, field in fields
            )
            parts.append(f"<a name='{therapy.key}'></a><h3>{escape(tr_core(therapy.name))}</h3>{rows}")
        for guide in FINDING:
            items = "".join(f"<li>&nbsp;{escape(tr_core(point))}</li>" for point in guide.points)
            parts.append(f"<a name='{guide.key}'></a><h3>{escape(tr_core(guide.title))}</h3><ul>{items}</ul>")
        return "".join(parts)
