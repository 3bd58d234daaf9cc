"""Dates and times as the user reads them: in their time zone and language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale


def local_date(moment: datetime) -> str:
    """The calendar day in the user's time zone and language, e.g. "12 Mar 2025"."""
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")


def local_date_time(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local_date(moment)}, {QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)}"
