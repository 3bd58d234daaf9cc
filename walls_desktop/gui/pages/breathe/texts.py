"""How Breathe writes durations, times and moments: in the user's language and time zone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from walls_desktop.core.breath_schedule import SessionPlan
from walls_desktop.core.breathing import BreathSessionRecord
from walls_desktop.core.moments import Moment
from walls_desktop.gui.common.text import tr_core


def duration_text(seconds: float) -> str:
    """``45 s``, ``3 min``, ``3 min 12 s``."""
    minutes, rest = divmod(round(seconds), 60)
    if minutes and rest:
        return QCoreApplication.translate("BreathePage", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=rest
        )
    if minutes:
        return QCoreApplication.translate("BreathePage", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("BreathePage", "{seconds} s").format(seconds=rest)


def when_text(moment: datetime) -> str:
    """A short local date and time: ``Tue 12 May, 18:40`` (the time as the locale writes it)."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    return (
        f"{locale.toString(local.date(), 'ddd d MMM')}, {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"
    )


def moment_text(moment: Moment) -> str:
    parts = [when_text(moment.occurred_at), tr_core(moment.kind.label)]
    if moment.person:
        parts.append(moment.person)
    parts.append(f"{moment.anxiety}/10")
    return " · ".join(parts)


def session_text(record: BreathSessionRecord) -> str:
    """One line of the recent sessions list: when, which pattern, how long, the ratings, ended early."""
    parts = [when_text(record.started_at), tr_core(record.pattern_name), duration_text(record.actual_seconds)]
    if record.anxiety_before is not None and record.anxiety_after is not None:
        parts.append(
            QCoreApplication.translate("BreathePage", "anxiety {before} → {after}").format(
                before=record.anxiety_before, after=record.anxiety_after
            )
        )
    if not record.completed:
        parts.append(QCoreApplication.translate("BreathePage", "ended early"))
    return " · ".join(parts)


def length_text(plan: SessionPlan) -> str:
    """What a session as planned amounts to: ``Breaths: 10 · 1 min 40 s in all.``"""
    return QCoreApplication.translate("BreathePage", "Breaths: {breaths} · {duration} in all.").format(
        breaths=plan.breaths, duration=duration_text(plan.breathing_seconds)
    )


def motion_note(as_system: bool, reduced: bool) -> str:
    """What the circle will do, under the motion choice."""
    if as_system and reduced:
        text = QT_TRANSLATE_NOOP(
            "BreathePage",
            "Your system asks for less motion, so the circle stays still: words and a slim bar guide you.",
        )
    elif as_system:
        text = QT_TRANSLATE_NOOP(
            "BreathePage", "A circle grows and shrinks with your breath. Choose “Reduce motion” for words only."
        )
    elif reduced:
        text = QT_TRANSLATE_NOOP("BreathePage", "The circle stays still: words, a count and a slim bar guide you.")
    else:
        text = QT_TRANSLATE_NOOP("BreathePage", "A circle grows as you breathe in and shrinks as you breathe out.")
    return QCoreApplication.translate("BreathePage", text)


def paused_note(paused: bool, by_sleep: bool) -> str:
    """What the line under a paused practice says (Breathe and Settle); "" while it runs."""
    if by_sleep:
        return QCoreApplication.translate(
            "BreathePage", "Paused while your computer was resting. Carry on whenever you are ready."
        )
    if paused:
        return QCoreApplication.translate("BreathePage", "Paused. Press Space or “Carry on” when you are ready.")
    return ""
