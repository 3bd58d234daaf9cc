"""The chart's time axis: labels never run together and each can be read on its own, at every zoom."""

from __future__ import annotations

import itertools
import re
from datetime import datetime

import pytest
from PySide6.QtGui import QImage, QPainter

from walls_desktop.gui.widgets.anxiety_chart import AnxietyChart
from walls_desktop.gui.widgets.calendar_axis import DAY

NOW = datetime(2026, 12, 1, 15, 30).timestamp()
# What a label may be: 14:00, 3 Nov, 3 Nov 14:00, Nov 2026, 2026
WHOLE = re.compile(r"^(\d{2}:\d{2}|\d{1,2} \w{3,}\.?( \d{2}:\d{2})?|\w{3,}\.?( \d{4})?|\d{4})$")
MONTH = re.compile(r"[A-Za-z]{3}")


@pytest.fixture
def chart(qtbot) -> AnxietyChart:
    chart = AnxietyChart()
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    view = chart.getPlotItem().getViewBox()
    view.setLimits(xMin=None, xMax=None, maxXRange=None)
    return chart


def drawn_labels(chart: AnxietyChart, days: float, width: int, end: float = NOW):
    chart.resize(width, 360)
    chart.getPlotItem().getViewBox().setXRange(end - days * DAY, end, padding=0)
    axis = chart.getPlotItem().getAxis("bottom")
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return sorted(((rect, text) for rect, _flags, text in texts), key=lambda pair: pair[0].left())


@pytest.mark.parametrize("days", [0.2, 0.5, 2, 7, 31, 92, 365, 4 * 365])
@pytest.mark.parametrize("width", [420, 760, 1600])
def test_labels_stand_apart_and_each_reads_whole(qtbot, chart, days, width) -> None:
    qtbot.wait(1)
    labels = drawn_labels(chart, days, width)
    assert len(labels) >= 2, labels
    for (left, _), (right, _) in itertools.pairwise(labels):
        assert right.left() - left.right() >= 12, [text for _, text in labels]
    for _, text in labels:
        assert WHOLE.match(text), text  # never a bare "03" beside a "Nov"
    if days < 365:  # even a view of hours says which day (years need no month)
        assert any(MONTH.search(text) for _, text in labels), labels


def test_ticks_stay_on_the_same_dates_while_the_view_is_panned(qtbot, chart) -> None:
    before = {text for _, text in drawn_labels(chart, 31, 900)}
    after = {text for _, text in drawn_labels(chart, 31, 900, end=NOW - 3 * DAY)}
    assert len(before & after) >= len(before) - 2
