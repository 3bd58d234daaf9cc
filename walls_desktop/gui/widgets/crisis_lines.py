"""A read-only view of crisis lines, built from core data, with the person's own country first. Promoted in
crisis_dialog.ui and support_page.ui; :func:`bind_country_choice` ties each one's country box to the setting."""

from __future__ import annotations

import contextlib
import re
from html import escape

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QTextBrowser, QWidget

from walls_desktop.core.crisis_lines import COUNTRIES, emergency_for, known_country, lines_for
from walls_desktop.core.settings import SUPPORT_COUNTRY
from walls_desktop.gui.common.text import tr_core
from walls_desktop.store.errors import StoreError
from walls_desktop.store.settings import SettingsRepository

OTHER = "other"  # the stored choice "somewhere else": no country's lines come first


class CrisisLinesView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Offline by promise: no link is ever opened from here.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.country: str | None = None
        self.setHtml(self._html())

    def show_first(self, country: str | None) -> None:
        """Put the lines and the emergency number of ``country`` (ISO code; None: none) first."""
        if country != self.country:
            self.country = country
            self.setHtml(self._html())

    def _html(self) -> str:
        intro = self.tr(
            "If you might hurt yourself or someone else, or you are in danger right now, "
            "call your local emergency number:"
        )
        # The no-break space keeps the bullet off the number (Qt draws it hard against the text).
        emergency = "".join(
            f"<li>&nbsp;<b>{escape(e.number)}</b> — {escape(tr_core(e.region))}</li>"
            for e in emergency_for(self.country)
        )
        talk = self.tr(
            "If you need someone to talk to, these free, confidential lines listen without judging, "
            "whatever you are going through:"
        )
        locale = QLocale()
        rows = "".join(
            f"<tr><td style='padding:6px 16px 6px 0'><b>{escape(tr_core(COUNTRIES[line.country]))}</b></td>"
            f"<td style='padding:6px 16px 6px 0'>{_whole_numbers(escape(line.service))}</td>"
            f"<td style='padding:6px 0'>{_whole_numbers(escape(tr_core(line.contact)))}<br/>"
            f"<span>{escape(tr_core(line.hours))}</span><br/>"
            f"<span>{escape(self._checked(locale, line.checked))}</span></td></tr>"
            for line in lines_for(self.country)
        )
        caveat = self.tr(
            "Services do change. If a number does not connect, call your local emergency number, "
            "a doctor, or someone you trust."
        )
        return (
            f"<h2>{escape(self.tr('You do not have to get through this alone'))}</h2>"
            f"<p>{escape(intro)}</p><ul>{emergency}</ul>"
            f"<p>{escape(talk)}</p><table>{rows}</table>"
            f"<p>{escape(caveat)}</p>"
        )

    def _checked(self, locale: QLocale, day) -> str:
        month = locale.toString(QDate(day.year, day.month, day.day), "MMM yyyy")
        # One line in a narrow column: "Checked Dec 2026", its spaces not breaking.
        return self.tr("Checked {month}").format(month=month).replace(" ", "\u00a0")


def bind_country_choice(box: QComboBox, view: CrisisLinesView, settings: SettingsRepository) -> None:
    """Fill ``box`` with the countries Walls lists lines for, chosen as the setting (or the system locale)
    says; a new choice reorders ``view`` at once and is kept."""
    names = sorted(((tr_core(name), code) for code, name in COUNTRIES.items()), key=lambda pair: pair[0])
    for name, code in names:
        box.addItem(name, code)
    box.addItem(box.tr("Somewhere else"), OTHER)
    show_chosen_country(box, view, settings)

    def on_chosen(index: int) -> None:
        code = box.itemData(index)
        view.show_first(known_country(code))
        # A read-only store: the order still changes for now; the lines matter more than keeping the choice.
        with contextlib.suppress(StoreError):
            settings.set(SUPPORT_COUNTRY, code)

    box.currentIndexChanged.connect(on_chosen)


def show_chosen_country(box: QComboBox, view: CrisisLinesView, settings: SettingsRepository) -> None:
    """Show the kept choice in ``box`` and ``view`` (at the start, or after it was made elsewhere); this keeps
    nothing, so ``box`` says nothing of it."""
    country = chosen_country(settings)
    box.blockSignals(True)
    box.setCurrentIndex(box.findData(country or OTHER))
    box.blockSignals(False)
    view.show_first(country)


def chosen_country(settings: SettingsRepository) -> str | None:
    """The country whose lines come first: the one chosen, else the system's own when Walls lists it."""
    try:
        stored = settings.get(SUPPORT_COUNTRY)
    except StoreError:
        stored = None
    if stored == OTHER:
        return None
    if stored is not None:
        return known_country(stored)
    return known_country(system_country())


def system_country() -> str:
    """The ISO code of the country the system's locale names ("" when it names none)."""
    return QLocale.territoryToCode(QLocale.system().territory())


def _whole_numbers(text: str) -> str:
    """No line break inside a phone number ("0800 111 0 111"): the spaces between its digits do not break."""
    return re.sub(r"(?<=\d) (?=\d)", "\u00a0", text)
