"""Chart benchmark: 100,000 moments, 5,000 ladder tries and 3,000 check-ins over ten years, in a real store, drawn
by the Moments chart and, as the baseline, by a bare pyqtgraph PlotWidget given the same arrays, in the same run.

    python tests/bench/chart.py [--moments N] [--tries T] [--check-ins C] [--runs R]

Measured (medians of R runs, alternating chart and bare):
- first frame: from ``columns()`` on the store (all moments) to a finished ``grab()`` of a new widget. The
  chart is timed twice: on the range the Moments page opens on for ten years of data (the last 3 months) and
  on everything. Either way the chart gets every moment, and computes the 7-day average it shows (core.insights)
  inside the timing; the bare plot is handed the average and always shows everything;
- panning: one frame = shift the x-range by 1/30 of the view and ``grab()``, at a 3-month and a 1-year view,
  60 frames from the first moment on (the chart re-feeds its items along the way: the slowest frame is shown).
Goals: first frame <= 300 ms and <= 1.5x bare; a panning frame <= 16 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

SIZE = (900, 420)
DAY = 86_400.0
OPENING_DAYS = 92  # what the Moments page opens on for a long history (pages/moments/page.py)


def fill(db_path: Path, count: int) -> None:
    from walls_desktop.core.moments import ClosenessKind, Moment, Sign
    from walls_desktop.store.database import Database
    from walls_desktop.store.moments import MomentRepository

    with Database.open(db_path) as db:
        db.connection.execute("PRAGMA synchronous = OFF")  # only to fill the benchmark's store quickly
        repo = MomentRepository(db)
        kinds = list(ClosenessKind)
        rnd = random.Random(7)
        start = datetime(2015, 1, 1, tzinfo=UTC)
        step = 10 * 365.25 * DAY / count
        for index in range(count):
            repo.add(
                Moment(
                    start + timedelta(seconds=index * step + rnd.random() * step),
                    max(0, min(10, round(7 - 3 * index / count + rnd.gauss(0, 2)))),
                    kinds[rnd.randrange(len(kinds))],
                    signs=Sign(rnd.randrange(32)),
                )
            )


def fill_tries(db_path: Path, count: int) -> None:
    """One step tried ``count`` times over the same ten years (far more than anyone would: a load test)."""
    from walls_desktop.core.ladder import LadderStep, LadderTry, Outcome
    from walls_desktop.store.database import Database
    from walls_desktop.store.ladder import LadderRepository

    with Database.open(db_path) as db:
        db.connection.execute("PRAGMA synchronous = OFF")
        repo = LadderRepository(db)
        step = repo.add_step(LadderStep("Ask for a hug", 5, "They will say no", 60))
        rnd = random.Random(11)
        start = datetime(2015, 1, 1, tzinfo=UTC)
        gap = 10 * 365.25 * DAY / max(count, 1)
        outcomes = list(Outcome)
        for index in range(count):
            repo.add_try(
                LadderTry(
                    step.id, start + timedelta(seconds=index * gap + rnd.random() * gap), rnd.randrange(11), "f",
                    rnd.randrange(101), rnd.randrange(11), outcomes[rnd.randrange(3)], rnd.randrange(101),
                )
            )  # fmt: skip


def fill_check_ins(db_path: Path, count: int) -> None:
    """``count`` check-ins over the same ten years."""
    from walls_desktop.core.check_ins import CheckIn
    from walls_desktop.store.check_ins import CheckInRepository
    from walls_desktop.store.database import Database

    with Database.open(db_path) as db:
        db.connection.execute("PRAGMA synchronous = OFF")
        repo = CheckInRepository(db)
        rnd = random.Random(13)
        start = datetime(2015, 1, 1, tzinfo=UTC)
        gap = 10 * 365.25 * DAY / max(count, 1)
        for index in range(count):
            repo.add(CheckIn(start + timedelta(seconds=index * gap + rnd.random() * gap), rnd.randrange(11)))


def first_frame_chart(repo, ladder, check_in_repo, app, days: float | None) -> tuple[float, object]:
    from walls_desktop.gui.widgets.anxiety_chart import AnxietyChart

    start = time.perf_counter()
    columns = repo.columns()
    tries = ladder.try_columns()
    chart = AnxietyChart()
    chart.resize(*SIZE)
    chart.set_moments(columns.occurred_at, columns.anxiety, columns.kind, columns.id)
    chart.set_tries(tries.tried_at, tries.expected_anxiety, tries.peak_anxiety, tries.id)
    check_ins = check_in_repo.columns()
    chart.set_check_ins(check_ins.at, check_ins.anxiety)
    chart.show_last(days, columns.occurred_at[-1])
    chart.show()
    chart.grab()
    return time.perf_counter() - start, chart


def first_frame_bare(repo, ladder, check_in_repo, average_values, app) -> tuple[float, object]:
    import numpy as np
    import pyqtgraph as pg

    start = time.perf_counter()
    columns = repo.columns()
    tries = ladder.try_columns()
    x = np.fromiter(columns.occurred_at, dtype=np.float64, count=len(columns.occurred_at))
    y = np.fromiter(columns.anxiety, dtype=np.float64, count=len(columns.anxiety))
    plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
    plot.resize(*SIZE)
    plot.addItem(pg.ScatterPlotItem(x=x, y=y, pxMode=True, size=11))
    plot.plot(x, np.asarray(average_values))
    tries_x = np.asarray(tries.tried_at, dtype=np.float64)
    plot.addItem(pg.ScatterPlotItem(x=tries_x, y=np.asarray(tries.peak_anxiety, dtype=np.float64), size=11))
    plot.plot(np.repeat(tries_x, 2), np.column_stack((tries.expected_anxiety, tries.peak_anxiety)).ravel(),
              connect="pairs")  # fmt: skip
    check_ins = check_in_repo.columns()
    plot.addItem(pg.ScatterPlotItem(x=np.asarray(check_ins.at, dtype=np.float64), y=np.asarray(check_ins.anxiety,
                 dtype=np.float64), size=10, symbol="x"))  # fmt: skip
    plot.setYRange(-1, 10.6, padding=0)
    plot.show()
    plot.grab()
    return time.perf_counter() - start, plot


def pan_frame(widget, low: float, days: float, frames: int) -> tuple[float, float]:
    """Median and slowest seconds per frame while the view slides right by 1/30 of its width per frame."""
    width = days * DAY
    widget.setXRange(low, low + width, padding=0)
    widget.grab()
    times = []
    for step in range(1, frames + 1):
        start = time.perf_counter()
        shift = step * width / 30
        widget.setXRange(low + shift, low + shift + width, padding=0)
        widget.grab()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--moments", type=int, default=100_000)
    parser.add_argument("--tries", type=int, default=5_000)
    parser.add_argument("--check-ins", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from walls_desktop.core.insights import rolling_average
    from walls_desktop.gui.common.theme import ThemeMode, apply_theme
    from walls_desktop.store.check_ins import CheckInRepository
    from walls_desktop.store.database import Database
    from walls_desktop.store.ladder import LadderRepository
    from walls_desktop.store.moments import MomentRepository

    app = QApplication.instance() or QApplication(["walls-bench-chart"])
    apply_theme(app, ThemeMode.LIGHT)
    with tempfile.TemporaryDirectory(prefix="walls-bench-chart-") as folder:
        db_path = Path(folder) / "walls.sqlite3"
        started = time.perf_counter()
        fill(db_path, args.moments)
        fill_tries(db_path, args.tries)
        fill_check_ins(db_path, args.check_ins)
        print(
            f"store filled with {args.moments} moments, {args.tries} tries, {args.check_ins} check-ins"
            f" in {time.perf_counter() - started:.1f} s"
        )
        with Database.open(db_path) as db:
            repo = MomentRepository(db)
            ladder = LadderRepository(db)
            check_in_repo = CheckInRepository(db)
            columns = repo.columns()
            average = rolling_average(columns.occurred_at, columns.anxiety, 7)
            import pyqtgraph  # noqa: F401  imported once before timing: the import is not part of a frame

            first_frame_chart(repo, ladder, check_in_repo, app, OPENING_DAYS)[1].close()  # warm caches for all three
            first_frame_chart(repo, ladder, check_in_repo, app, None)[1].close()
            first_frame_bare(repo, ladder, check_in_repo, average, app)[1].close()
            times: dict[str, list[float]] = {"opening": [], "all": [], "bare": []}
            widgets: list = []
            for _ in range(max(3, args.runs)):
                for widget in widgets:
                    widget.close()
                    widget.deleteLater()
                app.processEvents()
                seconds, opening = first_frame_chart(repo, ladder, check_in_repo, app, OPENING_DAYS)
                times["opening"].append(seconds)
                seconds, chart = first_frame_chart(repo, ladder, check_in_repo, app, None)
                times["all"].append(seconds)
                seconds, bare = first_frame_bare(repo, ladder, check_in_repo, average, app)
                times["bare"].append(seconds)
                widgets = [opening, chart, bare]
            first = {name: statistics.median(values) for name, values in times.items()}
            low = float(columns.occurred_at[0])
            pans = {days: (pan_frame(chart, low, days, 60), pan_frame(bare, low, days, 60)) for days in (92, 365)}

    bare_first = first["bare"]
    print(f"moments, tries, check-ins:        {args.moments}, {args.tries}, {args.check_ins}")
    print(f"first frame, bare PlotWidget:     {bare_first * 1000:7.1f} ms")
    for name, label in (("opening", "chart, last 3 months"), ("all", "chart, everything")):
        print(
            f"first frame, {label + ':':21s}{first[name] * 1000:7.1f} ms   ratio to bare {first[name] / bare_first:.2f}"
            "   (goal <= 300 ms and <= 1.50)"
        )
    for days, ((ours, our_worst), (theirs, their_worst)) in pans.items():
        print(
            f"panning at {days:3d} days, per frame: chart {ours * 1000:5.1f} ms (slowest {our_worst * 1000:5.1f}),"
            f" bare {theirs * 1000:5.1f} ms (slowest {their_worst * 1000:5.1f}), ratio {ours / theirs:.2f}"
            "   (goal <= 16 ms)"
        )
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 6.12 with pyqtgraph items can crash while collecting


if __name__ == "__main__":
    main()
