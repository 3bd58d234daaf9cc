"""Dates and times as the user reads them: in their time zone and language."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDate, QLocale, QTimeZone


def local_date(moment: datetime) -> str:
    """The calendar day in the user's time zone and language, e.g. "12 Mar 2025"."""
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")


def local_date_time(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local_date(moment)}, {QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)}"


def local_zone() -> tzinfo:
    """The user's time zone, with its daylight saving rules when the system names it."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # ~3 ms: loaded when first wanted, not at start-up

    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo or UTC  # a fixed offset: right except across a DST change
