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


def test_the_dates_under_the_grid_never_run_together(qtbot) -> None:
    """With two or three weeks the last date would fall on top of the first ("16 Nov30 Nov"): it is left out
    until there is room for both, apart and inside the chart."""
    chart = SignChart()
    qtbot.addWidget(chart)
    seen_both = False
    for count in range(1, len(WEEKS) + 1):
        chart.set_weeks(WEEKS[-count:])
        for width in (260, 400, 700):
            chart.resize(width, chart.sizeHint().height())
            labels = chart.footer_labels()
            assert 1 <= len(labels) <= 2
            assert all(chart.rect().contains(rect) for rect, _ in labels)
            if len(labels) == 2:
                seen_both = True
                (first, _), (last, _) = labels
                assert last.left() >= first.right() + 8
    assert seen_both
