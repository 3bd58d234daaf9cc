"""Crisis lines shown offline. Kept as data so they can be reviewed and updated in one place.

Each line carries its country (ISO 3166-1 alpha-2), the date it was last checked and the page it was checked
against, so that staleness can be seen (``tests/core/test_crisis_lines.py`` fails once any entry is more than a
year old). Services change, so the view always also says: if a number does not connect, call the local
emergency number. The person's own country is shown first (:func:`lines_for`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP

STALE_AFTER_DAYS = 365  # an entry not checked for a year is due for checking again


@dataclass(frozen=True, slots=True)
class CrisisLine:
    country: str  # ISO 3166-1 alpha-2
    service: str  # a proper name, not translated
    contact: str  # how to reach it, translatable
    hours: str  # translatable
    checked: date  # last checked against ``source``
    # The page it was checked against, as text (Walls opens no link). "Stored copy": the copy a public-page
    # archive kept, read when the machine that checked had no other network.
    source: str


@dataclass(frozen=True, slots=True)
class EmergencyNumber:
    region: str  # translatable
    number: str
    countries: frozenset[str]  # where it is the number to call; the first of these shown first


# Country names for the choice of which country comes first, in the order offered.
COUNTRIES: dict[str, str] = {
    "AU": QT_TRANSLATE_NOOP("core", "Australia"),
    "CA": QT_TRANSLATE_NOOP("core", "Canada"),
    "FR": QT_TRANSLATE_NOOP("core", "France"),
    "DE": QT_TRANSLATE_NOOP("core", "Germany"),
    "IE": QT_TRANSLATE_NOOP("core", "Ireland"),
    "NL": QT_TRANSLATE_NOOP("core", "Netherlands"),
    "NZ": QT_TRANSLATE_NOOP("core", "New Zealand"),
    "ES": QT_TRANSLATE_NOOP("core", "Spain"),
    "TR": QT_TRANSLATE_NOOP("core", "Türkiye"),
    "GB": QT_TRANSLATE_NOOP("core", "United Kingdom"),
    "US": QT_TRANSLATE_NOOP("core", "United States"),
}

EMERGENCY_NUMBERS: tuple[EmergencyNumber, ...] = (
    EmergencyNumber(
        QT_TRANSLATE_NOOP("core", "Europe, Türkiye and many other countries"),
        "112",
        frozenset({"DE", "ES", "FR", "IE", "NL", "TR"}),
    ),
    EmergencyNumber(QT_TRANSLATE_NOOP("core", "United States and Canada"), "911", frozenset({"US", "CA"})),
    EmergencyNumber(QT_TRANSLATE_NOOP("core", "United Kingdom"), "999", frozenset({"GB"})),
    EmergencyNumber(QT_TRANSLATE_NOOP("core", "Australia"), "000", frozenset({"AU"})),
    EmergencyNumber(QT_TRANSLATE_NOOP("core", "New Zealand"), "111", frozenset({"NZ"})),
)

_CHECKED = date(2026, 12, 2)

CRISIS_LINES: tuple[CrisisLine, ...] = (
    CrisisLine(
        "US",
        "988 Suicide & Crisis Lifeline",
        QT_TRANSLATE_NOOP("core", "Call or text 988"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "988 pages of US state health services (health.wyo.gov), stored copy",
    ),
    CrisisLine(
        "CA",
        "9-8-8 Suicide Crisis Helpline",
        QT_TRANSLATE_NOOP("core", "Call or text 988"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "cmhasaskatoon.ca/9-8-8, a partner's page, stored copy",
    ),
    CrisisLine(
        "GB",
        "Samaritans",
        QT_TRANSLATE_NOOP("core", "Call 116 123 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "samaritans.org/how-we-can-help/contact-samaritan, the service's own page, stored copy",
    ),
    CrisisLine(
        "IE",
        "Samaritans",
        QT_TRANSLATE_NOOP("core", "Call 116 123 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "samaritans.org/how-we-can-help/contact-samaritan, the service's own page, stored copy",
    ),
    CrisisLine(
        "AU",
        "Lifeline",
        QT_TRANSLATE_NOOP("core", "Call 13 11 14"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "lifelineh2h.org.au, a Lifeline centre's own FAQ, stored copy",
    ),
    CrisisLine(
        "NZ",
        "Need to talk? 1737",
        QT_TRANSLATE_NOOP("core", "Call or text 1737 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "pegasus.health.nz Q&A with the service's psychiatrist, stored copy",
    ),
    CrisisLine(
        "DE",
        "TelefonSeelsorge",
        QT_TRANSLATE_NOOP("core", "Call 0800 111 0 111 or 0800 111 0 222 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "domradio.de glossary entry, stored copy",
    ),
    CrisisLine(
        "FR",
        "3114",
        QT_TRANSLATE_NOOP("core", "Call 3114 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "3114.fr, the service's own page, stored copy",
    ),
    CrisisLine(
        "ES",
        "Línea 024",
        QT_TRANSLATE_NOOP("core", "Call 024 (free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "farodevigo.es, October 2025, stored copy",
    ),
    CrisisLine(
        "NL",
        "113 Zelfmoordpreventie",
        QT_TRANSLATE_NOOP("core", "Call 113 or 0800 0113 (both free)"),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "113.nl, the service's own page, stored copy; free on 113 since October 2025",
    ),
    # Türkiye has no national line for crisis talk; its single emergency number also sends help in a
    # mental-health emergency, so that is the line given.
    CrisisLine(
        "TR",
        "112 Acil Çağrı Merkezi",
        QT_TRANSLATE_NOOP(
            "core", "Call 112 (free): the emergency line, for a crisis too; there is no line just for talking"
        ),
        QT_TRANSLATE_NOOP("core", "Day and night"),
        _CHECKED,
        "cerkezkoyhaber.com.tr on the single 112 line in all 81 provinces, stored copy",
    ),
)


def lines_for(country: str | None) -> tuple[CrisisLine, ...]:
    """Every line, those of ``country`` first (in their listed order), the rest as listed."""
    first = tuple(line for line in CRISIS_LINES if line.country == country)
    return first + tuple(line for line in CRISIS_LINES if line.country != country)


def emergency_for(country: str | None) -> tuple[EmergencyNumber, ...]:
    """Every emergency number, the one for ``country`` first."""
    first = tuple(number for number in EMERGENCY_NUMBERS if country in number.countries)
    return first + tuple(number for number in EMERGENCY_NUMBERS if country not in number.countries)


def known_country(code: str | None) -> str | None:
    """``code`` (any case) when Walls lists lines for it, else None ("somewhere else")."""
    upper = (code or "").upper()
    return upper if upper in COUNTRIES else None


def stale_lines(today: date) -> tuple[CrisisLine, ...]:
    """The lines last checked more than a year before ``today``."""
    return tuple(line for line in CRISIS_LINES if (today - line.checked).days > STALE_AFTER_DAYS)
