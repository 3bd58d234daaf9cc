"""The chart with years of moments: it opens on the recent months, feeds its items only what is in and around
the view, draws one point where many would cover each other, and never loses a moment the user pans or zooms to.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from PySide6.QtCore import Qt

from walls_desktop.core.insights import rolling_average
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.gui.pages.moments.page import MomentsPage
from walls_desktop.gui.widgets.anxiety_chart import DAY, KIND_CODES, AnxietyChart

NOW = datetime(2024, 6, 20, 18, 0, tzinfo=UTC)
KINDS = list(ClosenessKind)


def history(count: int, years: float, seed: int = 7) -> tuple[list[float], list[int], list[str], list[int]]:
    """``count`` moments over ``years`` up to NOW, in time order, some of them at the very same second."""
    rng = np.random.default_rng(seed)
    times = np.sort(NOW.timestamp() - rng.uniform(0, years * 365 * DAY, count).round(-1))
    anxieties = rng.integers(0, 11, count)
    kinds = [KINDS[i].value for i in rng.integers(0, len(KINDS), count)]
    return times.tolist(), anxieties.tolist(), kinds, list(range(1, count + 1))


@pytest.fixture
def chart(qtbot) -> AnxietyChart:
    widget = AnxietyChart()
    qtbot.addWidget(widget)
    widget.resize(420, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def in_view(chart: AnxietyChart, moments) -> list[tuple[float, float, int]]:
    low, high = chart.x_range()
    times, anxieties, _, ids = moments
    return [(x, float(y), i) for x, y, i in zip(times, anxieties, ids, strict=True) if low <= x <= high]


def drawn_in_view(chart: AnxietyChart) -> list[tuple[float, float, int]]:
    low, high = chart.x_range()
    return [point for point in chart.points() if low <= point[0] <= high]


def test_zoomed_in_every_moment_in_view_is_drawn_and_far_ones_are_not_fed(qtbot, chart: AnxietyChart) -> None:
    moments = history(5_000, 10)
    chart.set_moments(*moments)
    chart.show_last(31, NOW.timestamp())
    assert drawn_in_view(chart) == in_view(chart, moments)
    assert 0 < chart.point_count() < 500  # a month and its neighbours, not ten years

    chart.setFocus()
    for _ in range(12):  # pan back a quarter of a view at a time, well past what was fed at first
        qtbot.keyClick(chart, Qt.Key.Key_Left)
        assert drawn_in_view(chart) == in_view(chart, moments)
    chart.setXRange(moments[0][0] - DAY, moments[0][0] + 20 * DAY, padding=0)  # a jump to the very start
    assert drawn_in_view(chart) == in_view(chart, moments) and in_view(chart, moments)


def test_ten_years_at_once_draws_one_point_where_many_would_cover_each_other(chart: AnxietyChart) -> None:
    times, anxieties, kinds, ids = history(20_000, 10)
    kinds = [ClosenessKind.DEEP_TALK.value if i % 3 else ClosenessKind.CONFLICT.value for i in ids]
    moments = times, anxieties, kinds, ids
    chart.set_moments(*moments)
    chart.show_last(None, NOW.timestamp())
    drawn = chart.points()
    assert len(drawn) < 20_000 / 2  # far fewer points than moments at 420 pixels wide...

    # ...yet every kind at every rating in every pixel column still shows: nothing visible went missing.
    pixel = chart.getPlotItem().getViewBox().viewPixelSize()[0]
    kind_of = dict(zip(moments[3], moments[2], strict=True))
    column = lambda x: int(x // pixel)  # noqa: E731
    shown = {(column(x), y, kind_of[i]) for x, y, i in drawn}
    wanted = {(column(x), float(y), kind) for x, y, kind in zip(*moments[:3], strict=True)}
    assert shown == wanted

    # The average line gets one point per pixel column, each the core's average at that moment.
    x, y = chart.average_line.getData()
    columns_in_view = chart.getPlotItem().getViewBox().width()
    assert 0 < len(x) <= 3 * columns_in_view + 1  # the view and a view's width either side
    assert len({column(t) for t in x}) == len(x)
    expected = dict(zip(times, rolling_average(times, anxieties, 7), strict=True))
    assert list(y) == pytest.approx([expected[t] for t in x])

    chart.show_last(7, NOW.timestamp())  # zooming in brings every moment of the week back
    assert drawn_in_view(chart) == in_view(chart, moments)


def test_the_average_line_is_the_cores_rolling_average_wherever_the_view_goes(chart: AnxietyChart) -> None:
    moments = history(3_000, 4)
    times, anxieties, _, _ = moments
    expected = dict(zip(times, rolling_average(times, anxieties, 7), strict=True))
    chart.set_moments(*moments)
    for start_days_ago in (40, 700, 1_400):
        start = NOW.timestamp() - start_days_ago * DAY
        chart.setXRange(start, start + 30 * DAY, padding=0)
        x, y = chart.average_line.getData()
        assert len(x) > 0 and x[0] <= start and x[-1] >= start + 30 * DAY
        assert list(y) == pytest.approx([expected[t] for t in x])


def test_hovering_finds_an_old_moment_after_panning_to_it(qtbot, chart: AnxietyChart) -> None:
    moments = history(4_000, 8)
    chart.set_moments(*moments)
    chart.show_last(31, NOW.timestamp())
    index = 500  # years before the opening view
    x, y, moment_id = moments[0][index], moments[1][index], moments[3][index]
    chart.setXRange(x - 3 * DAY, x + 3 * DAY, padding=0)
    qtbot.waitUntil(lambda: chart.moment_near(chart.scene_pos_of(x, y)) is not None)
    found = chart.moment_near(chart.scene_pos_of(x, y))
    assert found == moment_id or (moments[0][found - 1], moments[1][found - 1]) == (x, y)  # or one exactly on it


def test_unknown_kinds_are_drawn_as_other(chart: AnxietyChart) -> None:
    chart.set_moments([NOW.timestamp()], [4], ["a kind from a newer version"], [1])
    chart.show_last(None, NOW.timestamp())
    other = chart.kind_scatters[KIND_CODES[ClosenessKind.OTHER.value]]
    assert other.data.size == 1 and chart.point_count() == 1


def add_years(ctx, days_ago: list[float]) -> None:
    for days in days_ago:
        ctx.moments.add(Moment(NOW - timedelta(days=days), 5, ClosenessKind.DEEP_TALK))


def open_page(qtbot, ctx) -> MomentsPage:
    page = MomentsPage(ctx, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_long_history_opens_on_the_last_three_months(qtbot, ctx) -> None:
    add_years(ctx, [2, 40, 400, 1_000])
    page = open_page(qtbot, ctx)
    assert page.ui.quarterButton.isChecked()
    low, high = page.chart.x_range()
    assert low == pytest.approx(NOW.timestamp() - 92 * DAY, abs=60) and high > NOW.timestamp()
    qtbot.mouseClick(page.ui.allButton, Qt.MouseButton.LeftButton)
    assert len(page.chart.points()) == 4
    ctx.moments.add(Moment(NOW - timedelta(days=5), 3, ClosenessKind.CONFLICT))
    assert page.ui.allButton.isChecked() and len(page.chart.points()) == 5  # the user's choice stays


@pytest.mark.parametrize("days_ago", [[2, 10, 50], [400, 500, 1_000]])
def test_a_short_or_old_history_opens_on_everything(qtbot, ctx, days_ago: list[float]) -> None:
    add_years(ctx, days_ago)  # all within three months, or nothing recent to open on
    page = open_page(qtbot, ctx)
    assert page.ui.allButton.isChecked() and len(page.chart.points()) == 3
