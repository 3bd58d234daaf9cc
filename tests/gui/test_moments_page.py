"""The Moments page as a user meets it: the chart follows the store, points tell and open their moment,
ranges, exports, the empty state, the theme, and pyqtgraph loading only when the chart is first shown."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from walls_desktop.core.moments import ClosenessKind, Moment, Sign
from walls_desktop.gui.common.theme import DARK, LIGHT, ThemeMode, apply_theme
from walls_desktop.gui.pages.moments.chart_picture import MARGIN
from walls_desktop.gui.pages.moments.page import MomentsPage
from walls_desktop.gui.widgets.anxiety_chart import DAY, kind_colour

NOW = datetime(2024, 6, 20, 18, 0, tzinfo=UTC)
ODD_NOTE = 'Commas, "quotes"\nnew line, שלום עולם, 🌱💬, e\u0301, <b>not bold</b>'


@pytest.fixture
def page(qtbot, ctx) -> MomentsPage:
    view = MomentsPage(ctx, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def add(ctx, days_ago: float, anxiety: int, **fields) -> Moment:
    moment = ctx.moments.add(
        Moment(NOW - timedelta(days=days_ago), anxiety, fields.pop("kind", ClosenessKind.OTHER), **fields)
    )
    return moment


def store_points(ctx) -> list[tuple[float, float, int]]:
    return [(m.occurred_at.timestamp(), float(m.anxiety), m.id) for m in ctx.moments.list_all()]


def test_empty_state_is_kind_and_offers_the_log_button(page: MomentsPage) -> None:
    assert page.ui.stateStack.currentWidget() is page.ui.emptyState
    assert page.ui.emptySentence.text().strip() and page.ui.emptyHint.isVisible()
    assert page.ui.logButton.isVisible() and page.ui.logButton.isEnabled()
    assert page.chart.point_count() == 0


def test_chart_follows_the_store_through_add_edit_and_delete(qtbot, page: MomentsPage, ctx) -> None:
    first = add(ctx, 10, 7, kind=ClosenessKind.DEEP_TALK)
    assert page.ui.stateStack.currentWidget() is page.ui.dataState
    low, high = page.chart.x_range()  # a single point still gets a sensible range around it
    assert high - low >= 7 * DAY and low < first.occurred_at.timestamp() < high
    add(ctx, 3, 4, kind=ClosenessKind.CONFLICT)
    add(ctx, 1, 2, kind=ClosenessKind.CONFLICT)
    assert page.chart.points() == store_points(ctx) and page.chart.point_count() == 3

    ctx.moments.update(Moment(first.occurred_at - timedelta(days=1), 9, ClosenessKind.AFFECTION, id=first.id))
    assert page.chart.points() == store_points(ctx)
    assert (first.occurred_at - timedelta(days=1)).timestamp(), 9.0 in [p[:2] for p in page.chart.points()]

    ctx.moments.delete(first.id)
    assert page.chart.points() == store_points(ctx) and page.chart.point_count() == 2
    # the average line runs through every moment, in time order
    x, y = page.chart.average_line.getData()
    assert list(x) == [p[0] for p in store_points(ctx)] and list(y) == [4.0, 3.0]


def test_hovering_a_point_tells_its_moment_and_clicking_opens_it(qtbot, page: MomentsPage, ctx) -> None:
    moment = add(ctx, 2, 7, kind=ClosenessKind.COMMITMENT, person="Sam", signs=Sign.FOUND_FAULT, note=ODD_NOTE)
    add(ctx, 9, 3)
    page.ui.monthButton.click()
    qtbot.wait(50)  # the page's scroll bar comes with the chart: let the layout settle before aiming
    chart = page.chart
    on_point = lambda: chart.scene_pos_of(moment.occurred_at.timestamp(), 7)  # noqa: E731
    qtbot.waitUntil(lambda: chart.moment_near(on_point()) == moment.id)  # the new range is laid out
    where = chart.mapFromScene(chart.scene_pos_of(moment.occurred_at.timestamp(), 7))
    qtbot.mouseMove(chart.viewport(), where)
    qtbot.waitUntil(lambda: "7/10" in chart.hover_text)
    text = chart.hover_text
    assert "Talk of commitment" in text and "With Sam" in text and "I started finding faults" in text
    assert "&lt;b&gt;not bold&lt;/b&gt;" in text and "שלום" in text  # the user's words are shown, never as markup

    chart._on_mouse_moved(chart.mapToScene(where.x(), where.y() + 120))  # the hover handler, away from points
    assert chart.hover_text == ""

    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.moment.id == moment.id and page.dialog.ui.noteEdit.toPlainText() == ODD_NOTE
    page.dialog.reject()


@pytest.mark.parametrize(
    ("button", "days"), [("weekButton", 7), ("monthButton", 31), ("quarterButton", 92), ("yearButton", 365)]
)
def test_range_buttons_show_that_many_days_up_to_now(qtbot, page: MomentsPage, ctx, button: str, days: int) -> None:
    add(ctx, 800, 5)
    add(ctx, 1, 4)
    qtbot.mouseClick(getattr(page.ui, button), Qt.MouseButton.LeftButton)
    low, high = page.chart.x_range()
    assert low == pytest.approx(NOW.timestamp() - days * DAY, abs=60)
    assert high == pytest.approx(NOW.timestamp() + DAY / 4, abs=60)
    qtbot.mouseClick(page.ui.allButton, Qt.MouseButton.LeftButton)
    low, high = page.chart.x_range()
    assert low < (NOW - timedelta(days=800)).timestamp() and high > NOW.timestamp()
    assert page.chart.getPlotItem().getViewBox().viewRange()[1] == pytest.approx([-1.0, 10.6])


def test_range_buttons_are_a_keyboard_group(page: MomentsPage, ctx) -> None:
    add(ctx, 1, 4)
    buttons = [page.ui.weekButton, page.ui.monthButton, page.ui.quarterButton, page.ui.yearButton, page.ui.allButton]
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus and b.accessibleName() for b in buttons)
    assert [b.text().replace("&", "") for b in buttons] == ["Week", "Month", "3 months", "Year", "All"]


def export_through_dialog(qtbot, page: MomentsPage, button, target: Path) -> None:
    """Choose ``target`` in the file dialog and wait until the file is written in the background."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.file_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(target))
    with qtbot.waitSignal(page.export_finished) as finished:
        dialog.accept()
        assert page.ui.exportStatus.text() == "Saving…"  # the page says so while the file is written
        assert not page.ui.exportCsvButton.isEnabled() and not page.ui.exportPngButton.isEnabled()
    assert finished.args == [True]
    assert page.ui.exportCsvButton.isEnabled() and page.ui.exportPngButton.isEnabled()


@pytest.mark.usefixtures("qasync_loop")
def test_csv_export_has_every_field_and_round_trips_odd_text(qtbot, page: MomentsPage, ctx, tmp_path: Path) -> None:
    moment = add(ctx, 2, 6, kind=ClosenessKind.VULNERABLE, person="‏דנה‏, 🌱", signs=Sign.WITHDREW | Sign.ALARM,
                 action="said, \"stay\"", note=ODD_NOTE)  # fmt: skip
    add(ctx, 5, 3)
    target = tmp_path / "moments.csv"
    export_through_dialog(qtbot, page, page.ui.exportCsvButton, target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(target, encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:6] == ["id", "local time", "anxiety (0-10)", "kind", "kind of closeness", "with whom"]
    assert len(rows) == 3 and rows[2][0] == str(moment.id)
    assert rows[2][2:6] == ["6", "vulnerable", "Being seen when vulnerable", "‏דנה‏, 🌱"]
    assert rows[2][6:11] == ["1", "0", "0", "0", "1"] and rows[2][11:] == ['said, "stay"', ODD_NOTE]
    assert datetime.fromisoformat(rows[2][1]) == moment.occurred_at
    assert "Saved to" in page.ui.exportStatus.text()


def _close(colour: QColor, other: QColor) -> bool:
    return (
        abs(colour.red() - other.red()) + abs(colour.green() - other.green()) + abs(colour.blue() - other.blue()) < 30
    )


@pytest.mark.usefixtures("qasync_loop")
def test_png_export_writes_a_picture(qtbot, page: MomentsPage, ctx, tmp_path: Path) -> None:
    add(ctx, 2, 6)
    qtbot.wait(50)  # the chart takes its final width once the page's scroll bar has come
    target = tmp_path / "chart.png"
    export_through_dialog(qtbot, page, page.ui.exportPngButton, target)
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 2000
    picture = QImage(str(target))
    chart = page.chart
    # Twice the screen's density, and room above and below the chart for the title, dates and legend.
    assert picture.width() == 2 * max(chart.width() + 2 * MARGIN, 640)
    assert picture.height() > 2 * chart.height() + 2 * 120
    background = picture.pixelColor(2, 2)
    title_band = [picture.pixelColor(x, y) for y in range(64, 110, 2) for x in range(64, 600, 3)]
    assert any(colour != background for colour in title_band)  # the title's letters
    below_chart = range(picture.height() - 420, picture.height(), 2)
    blue = QColor(kind_colour(ClosenessKind.DEEP_TALK, dark=False))
    assert any(  # the legend's coloured shapes
        _close(picture.pixelColor(x, y), blue) for y in below_chart for x in range(0, picture.width() // 2, 2)
    )


@pytest.mark.usefixtures("qasync_loop")
def test_export_failure_says_so_and_leaves_nothing(qtbot, page: MomentsPage, ctx, tmp_path: Path) -> None:
    add(ctx, 2, 6)
    target = tmp_path / "gone" / "moments.csv"  # a folder that is not there (or was just unplugged)
    with qtbot.waitSignal(page.export_finished) as finished:
        page.save_csv(target)
    assert finished.args == [False]
    assert page.message_box.isVisible() and "could not be saved there" in page.message_box.informativeText()
    assert not target.parent.exists()


def test_summaries_wait_for_enough_data(page: MomentsPage, ctx) -> None:
    add(ctx, 1, 5)
    assert "not enough moments" in page.ui.monthSummary.text()
    assert "Rate 3 more sessions" in page.ui.breathSummary.text()


def test_chart_follows_the_theme(qtbot, page: MomentsPage, ctx) -> None:
    add(ctx, 1, 5)
    app = QApplication.instance()
    apply_theme(app, ThemeMode.DARK)
    qtbot.waitUntil(lambda: page.chart.backgroundBrush().color().name().upper() == DARK.surface.upper())
    axis = page.chart.getPlotItem().getAxis("bottom")
    assert axis.textPen().color().name().upper() == DARK.text.upper()
    apply_theme(app, ThemeMode.LIGHT)
    qtbot.waitUntil(lambda: page.chart.backgroundBrush().color().name().upper() == LIGHT.surface.upper())


def test_pyqtgraph_loads_only_when_the_chart_is_first_shown(tmp_path: Path) -> None:
    script = """
import sys
from walls_desktop.gui.startup.open_store import open_store
from walls_desktop.gui.main_window import MainWindow
from PySide6.QtWidgets import QApplication
app = QApplication([])
ctx = open_store(__import__("pathlib").Path(sys.argv[1]))
window = MainWindow(ctx)
window.show_page("today")
window.log_moment()
app.processEvents()
before = [name for name in ("pyqtgraph", "numpy") if name in sys.modules]
window.show_page("moments")
after = [name for name in ("pyqtgraph", "numpy") if name in sys.modules]
print(before, after)
ctx.close()
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[] ['pyqtgraph', 'numpy']"


def test_breath_sessions_are_drawn_as_whole_before_to_after_drops(page: MomentsPage, ctx) -> None:
    from walls_desktop.core.breathing import PRESETS, BreathSessionRecord

    pattern = PRESETS[0]
    for days, before, after in ((20, 8, 4), (10, 6, 5)):
        ctx.sessions.add(
            BreathSessionRecord(NOW - timedelta(days=days), pattern.name, pattern.phases, 60.0, 60.0, 5, True,
                                anxiety_before=before, anxiety_after=after)
        )  # fmt: skip
    add(ctx, 1, 5)
    page.ui.monthButton.click()
    page.chart.setXRange((NOW - timedelta(days=15)).timestamp(), NOW.timestamp(), padding=0)  # one session out
    x, y = page.chart.session_lines.getData()
    start = (NOW - timedelta(days=20)).timestamp()
    assert list(y) == [8.0, 4.0, 6.0, 5.0] and list(x[:2]) == [start, start]


@pytest.mark.parametrize(("button", "days"), [("quarterButton", 92), ("yearButton", 365)])
def test_a_long_range_shows_its_whole_span_even_for_a_short_history(
    qtbot, page: MomentsPage, ctx, button, days
) -> None:
    for days_ago in (40, 20, 3):  # six weeks of moments: "Year" still means a year
        add(ctx, days_ago, 5)
    qtbot.mouseClick(getattr(page.ui, button), Qt.MouseButton.LeftButton)
    low, high = page.chart.x_range()
    assert low == pytest.approx(NOW.timestamp() - days * DAY, abs=60)
    assert high <= NOW.timestamp() + DAY


@pytest.mark.parametrize("button", ["weekButton", "monthButton", "quarterButton", "yearButton", "allButton"])
def test_no_range_runs_more_than_a_day_past_today_even_when_dragged(qtbot, page: MomentsPage, ctx, button) -> None:
    add(ctx, 2, 5)  # one recent moment: "All" must not centre on it and run into next week
    qtbot.mouseClick(getattr(page.ui, button), Qt.MouseButton.LeftButton)
    assert page.chart.x_range()[1] <= NOW.timestamp() + DAY + 1
    page.chart.setFocus()
    for _ in range(6):
        qtbot.keyClick(page.chart, Qt.Key.Key_Right)  # pan on into the future
    assert page.chart.x_range()[1] <= NOW.timestamp() + DAY + 1


def test_a_points_description_stays_while_the_pointer_rests_on_it(qtbot, page: MomentsPage, ctx) -> None:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    moment = add(ctx, 3, 7, kind=ClosenessKind.COMMITMENT)
    page.ui.monthButton.click()
    qtbot.wait(50)  # the page's scroll bar comes with the chart: let the layout settle before aiming
    chart = page.chart
    qtbot.waitUntil(lambda: chart.moment_near(chart.scene_pos_of(moment.occurred_at.timestamp(), 7)) == moment.id)
    where = chart.mapFromScene(chart.scene_pos_of(moment.occurred_at.timestamp(), 7))
    qtbot.mouseMove(chart.viewport(), where)
    qtbot.waitUntil(lambda: "7/10" in chart.hover_text)
    # Qt's tooltip turn, as it comes when the pointer has rested a moment:
    rest = QHelpEvent(QEvent.Type.ToolTip, where, chart.viewport().mapToGlobal(where))
    QApplication.sendEvent(chart.viewport(), rest)
    qtbot.wait(600)  # a hidden tip fades out over a few hundred milliseconds
    assert QToolTip.isVisible() and "7/10" in QToolTip.text()


def test_the_picture_is_light_even_in_the_dark_theme_and_the_chart_stays_dark(qtbot, page: MomentsPage, ctx) -> None:
    apply_theme(QApplication.instance(), ThemeMode.DARK)
    try:
        add(ctx, 2, 6)
        qtbot.wait(50)
        picture = page.picture()
        assert picture.pixelColor(4, 4).name().upper() == LIGHT.surface.upper()  # paper-white, for printing
        shot = page.chart.grab().toImage()
        assert shot.pixelColor(shot.width() // 2, 8).name().upper() == DARK.surface.upper()  # the screen is as it was
    finally:
        apply_theme(QApplication.instance(), ThemeMode.LIGHT)
