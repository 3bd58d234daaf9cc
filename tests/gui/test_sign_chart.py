"""The signs heatmap: its labels are read whole at the page's width; older weeks give way first."""

from __future__ import annotations

from datetime import date, timedelta

from walls_desktop.core.moments import ALL_SIGNS
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.widgets.sign_chart import MIN_WEEKS_SHOWN, SignChart

WEEKS = [(date(2024, 1, 1) + timedelta(weeks=n), dict.fromkeys(ALL_SIGNS, 2)) for n in range(8)]


def chart_of_width(qtbot, width: int) -> SignChart:
    chart = SignChart()
    qtbot.addWidget(chart)
    chart.set_weeks(WEEKS)
    chart.resize(width, chart.sizeHint().height())
    return chart


def test_at_the_pages_width_every_sign_is_read_whole_beside_the_latest_weeks(qtbot) -> None:
    chart = chart_of_width(qtbot, 500)  # as wide as the Moments page gives it at 1200 pixels
    assert chart.drawn_labels() == [tr_core(sign.label) for sign in ALL_SIGNS]
    assert len(chart._shown_weeks()) >= MIN_WEEKS_SHOWN
    assert chart._shown_weeks()[-1] == WEEKS[-1]  # the newest week always shows


def test_a_narrow_chart_shortens_labels_rather_than_drop_the_latest_weeks(qtbot) -> None:
    chart = chart_of_width(qtbot, 300)
    assert any(label.endswith("…") for label in chart.drawn_labels())
    assert len(chart._shown_weeks()) >= MIN_WEEKS_SHOWN
