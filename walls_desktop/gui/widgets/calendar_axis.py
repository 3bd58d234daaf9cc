"""The chart's time axis: one row of dates, each readable on its own ("3 Nov", "Mar 2026", "14:00").

pyqtgraph's DateAxisItem draws months and days as two levels of labels; where a month begins its "Nov" falls
beside a day's "03" and reads as one label. Here a single level is drawn, its step chosen from the width each
label needs, so labels are evenly spaced and never run together. Times are the computer's local time; names of
months come from the locale.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtGui import QFontMetricsF

HOUR = 3600.0
DAY = 24 * HOUR
# The steps between ticks, shortest first, in hours, days and months.
HOUR_STEPS = (1, 2, 3, 6, 12)
DAY_STEPS = (1, 2, 7, 14)
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)
LABEL_ROOM = 1.6  # the room a label gets, as a multiple of its own width: a clear gap between neighbours
MIN_TICK_PIXELS = 70  # and never closer than this: a calm axis with few labels
A_MONDAY = date(2024, 1, 1).toordinal()  # steps of days count from a Monday, so weeks start on Mondays


class CalendarAxis(pg.AxisItem):
    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self._step: tuple[str, int] = ("day", 1)

    # ----- choosing the step ------------------------------------------------------------------------------

    def _label_width(self, sample: str) -> float:
        return QFontMetricsF(self.style.get("tickFont") or self.font()).horizontalAdvance(sample)

    def _steps(self):
        """Every step in order, with its rough length in seconds and the widest label it draws."""
        for hours in HOUR_STEPS:
            yield ("hour", hours), hours * HOUR, "28 Sep. 00:00"  # the first label carries its day
        for days in DAY_STEPS:
            yield ("day", days), days * DAY, "28 Sep."
        for months in MONTH_STEPS:
            yield ("month", months), months * 30.44 * DAY, "Sep. 2026" if months < 12 else "2026"

    def choose_step(self, span: float, pixels: float) -> tuple[str, int]:
        """The shortest step whose labels each have LABEL_ROOM times their width (and MIN_TICK_PIXELS)."""
        if span <= 0 or pixels <= 0:
            return ("month", MONTH_STEPS[-1])
        per_second = pixels / span
        for step, seconds, widest in self._steps():
            if seconds * per_second >= max(MIN_TICK_PIXELS, LABEL_ROOM * self._label_width(widest)):
                return step
        return ("month", MONTH_STEPS[-1])

    # ----- pyqtgraph's hooks ------------------------------------------------------------------------------

    def tickValues(self, minVal: float, maxVal: float, size: float):
        self._step = self.choose_step(maxVal - minVal, size)
        values = list(tick_times(minVal, maxVal, self._step))
        return [(_rough_seconds(self._step), values)]

    def tickStrings(self, values, scale, spacing):
        # The first label carries the larger unit: a view of a few hours says its day, of some months its year.
        return [label_for(value, self._step, first=index == 0) for index, value in enumerate(values)]


def _rough_seconds(step: tuple[str, int]) -> float:
    unit, count = step
    return count * {"hour": HOUR, "day": DAY, "month": 30.44 * DAY}[unit]


def tick_times(low: float, high: float, step: tuple[str, int]):
    """Tick positions (seconds since the epoch) from ``low`` to ``high``, on round local times: whole hours,
    midnights, the first of a month, the first of January. They stay put while the view is panned."""
    unit, count = step
    start = datetime.fromtimestamp(max(low, 0))
    if unit == "hour":
        moment = start.replace(minute=0, second=0, microsecond=0)
        moment -= timedelta(hours=moment.hour % count)
        advance = lambda m: m + timedelta(hours=count)  # noqa: E731
    elif unit == "day":
        moment = start.replace(hour=0, minute=0, second=0, microsecond=0)
        moment -= timedelta(days=(moment.toordinal() - A_MONDAY) % count)  # the same ticks however far panned
        advance = lambda m: m + timedelta(days=count)  # noqa: E731  (wall-clock days: midnight stays midnight)
    else:
        month_index = start.year * 12 + start.month - 1
        month_index -= month_index % count
        moment = datetime(month_index // 12, month_index % 12 + 1, 1)

        def advance(m: datetime) -> datetime:
            index = m.year * 12 + m.month - 1 + count
            return datetime(index // 12, index % 12 + 1, 1)

    while moment.timestamp() <= high:
        if moment.timestamp() >= low:
            yield moment.timestamp()
        moment = advance(moment)


def label_for(value: float, step: tuple[str, int], first: bool = False) -> str:
    """A tick's label, whole in itself: the time, the day and month, the month and year, or the year."""
    locale = QLocale()
    when = QDateTime.fromSecsSinceEpoch(int(value))  # ticks fall on whole seconds
    unit, count = step
    if unit == "hour":
        if when.time().hour() == 0:
            return locale.toString(when.date(), "d MMM")
        if first:  # a view of a few hours still says which day it shows
            return locale.toString(when, "d MMM HH:mm")
        return locale.toString(when.time(), "HH:mm")
    if unit == "day":
        return locale.toString(when.date(), "d MMM")
    if count >= 12:
        return locale.toString(when.date(), "yyyy")
    if first or when.date().month() == 1 or count >= 3:
        return locale.toString(when.date(), "MMM yyyy")
    return locale.toString(when.date(), "MMM")
