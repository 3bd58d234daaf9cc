"""Summary-for-a-therapist benchmark: a year of dense practice in a real store, made into a PDF with every part
ticked, the way the dialog makes it (records read and pages painted in a worker, charts drawn on the GUI
thread), and, as the baseline in the same run, the same document made without its charts.

    python tests/bench/report.py [--runs R]

The store: 3,000 moments, 500 rated breath sessions, 200 reframes (every fourth marked to share), a ladder of
ten steps with 100 tries, 12 reflections, all within the last year. Measured (medians of R runs, alternating):
- build: from the start to the finished PDF's bytes (previews included, as the dialog makes them);
- the ratio of that to the build without charts;
- the longest stall of the GUI thread while building: the largest gap between ticks of a 5 ms timer.
Goals: a build of at most 2 s here; no stall over 50 ms.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def fill(db_path: Path) -> None:
    from tests.sample_data import sample_answers
    from walls_desktop.core.breathing import PRESETS, BreathSessionRecord
    from walls_desktop.core.ladder import LadderStep, LadderTry, Outcome
    from walls_desktop.core.moments import ClosenessKind, Moment, Sign
    from walls_desktop.core.reflection import Reflection
    from walls_desktop.core.reframe import Reframe
    from walls_desktop.store.database import Database
    from walls_desktop.store.ladder import LadderRepository
    from walls_desktop.store.moments import MomentRepository
    from walls_desktop.store.reflections import ReflectionRepository
    from walls_desktop.store.reframes import ReframeRepository
    from walls_desktop.store.sessions import SessionRepository

    rnd = random.Random(11)
    now = datetime.now(UTC)
    year = timedelta(days=364)

    def when(index: int, count: int) -> datetime:
        return now - year + year * (index + rnd.random()) / count

    people = ("Sam", "Alex", "Mum", "Deniz", "")
    with Database.open(db_path) as db:
        db.connection.execute("PRAGMA synchronous = OFF")  # only to fill the benchmark's store quickly
        moments = MomentRepository(db)
        kinds = list(ClosenessKind)
        for index in range(3000):
            moments.add(
                Moment(
                    when(index, 3000),
                    max(0, min(10, round(7 - 3 * index / 3000 + rnd.gauss(0, 2)))),
                    kinds[rnd.randrange(len(kinds))],
                    person=people[index % len(people)],
                    signs=Sign(rnd.randrange(32)),
                    note="A note of a few words about Sam and the evening." if index % 7 == 0 else "",
                )
            )
        sessions = SessionRepository(db)
        for index in range(500):
            pattern = PRESETS[index % len(PRESETS)]
            before = rnd.randrange(3, 10)
            sessions.add(
                BreathSessionRecord(
                    when(index, 500), pattern.name, pattern.phases, 180.0, 180.0, 18, True,
                    anxiety_before=before, anxiety_after=max(0, before - rnd.randrange(0, 4)),
                )
            )  # fmt: skip
        reframes = ReframeRepository(db)
        for index in range(200):
            reframes.add(
                Reframe(
                    when(index, 200),
                    critic="I always push Sam away when it matters.",
                    reframe="I pulled back, and I can come back. That is a pattern I am learning, not who I am.",
                    belief_before=80,
                    belief_after=45,
                    share_with_therapist=index % 4 == 0,
                )
            )
        ladder = LadderRepository(db)
        steps = [
            ladder.add_step(LadderStep(f"Step {n}: tell Sam one small true thing", n, "Sam will pull away", 60))
            for n in range(1, 11)
        ]
        for index in range(100):
            step = steps[index % 10]
            ladder.add_try(
                LadderTry(
                    step.id, when(index, 100), step.expected_anxiety, step.feared, 60, rnd.randrange(0, 11),
                    rnd.choice(list(Outcome)), 30, what_happened="It went quietly.", learned="It was bearable.",
                )
            )  # fmt: skip
        reflections = ReflectionRepository(db)
        for index in range(12):
            reflections.add(Reflection(when(index, 12), "Sam", sample_answers(5 - index / 6, 4 - index / 8)))


def build_once(app, db_path: Path, with_charts: bool) -> tuple[float, float, int]:
    """(seconds, longest GUI stall in seconds, pages) for one summary."""
    from PySide6.QtCore import QEventLoop, QTimer

    from walls_desktop.core.summary import SummaryChoice, SummaryPart
    from walls_desktop.gui.summary.maker import SummaryMaker

    today = date.today()
    choice = SummaryChoice(today - timedelta(days=364), today, frozenset(SummaryPart), note="A few words.")
    maker = SummaryMaker(db_path, choice, today)
    maker.with_charts = with_charts
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    result: dict = {}
    waiting = QEventLoop()  # not app.exec(): quitting the app would close the asyncio loop for the next run
    maker.finished.connect(lambda built: (result.setdefault("built", built), waiting.quit()))
    maker.failed.connect(lambda message: (result.setdefault("failed", message), waiting.quit()))

    def begin() -> None:
        result["start"] = time.perf_counter()
        ticks.append(result["start"])
        timer.start()
        maker.start()

    QTimer.singleShot(0, begin)
    waiting.exec()
    end = time.perf_counter()
    timer.stop()
    if "failed" in result:
        raise SystemExit(result["failed"])
    ticks.append(end)
    stall = max(b - a for a, b in itertools.pairwise(ticks))
    return end - result["start"], stall, result["built"].pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication(["walls-bench", "-style", "fusion"])
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "walls.sqlite3"
        fill(db_path)
        build_once(app, db_path, True)  # warm: imports, fonts, pyqtgraph
        full, bare, stalls, pages = [], [], [], 0
        for _ in range(args.runs):
            seconds, stall, pages = build_once(app, db_path, True)
            full.append(seconds)
            stalls.append(stall)
            seconds, stall, _ = build_once(app, db_path, False)
            bare.append(seconds)
            stalls.append(stall)
    from walls_desktop.gui.common.async_loop import running_loop

    loop = running_loop()
    loop.stop()
    loop.close()  # waits for the worker threads, so that none is left running at exit (as the app does)
    build, without = statistics.median(full), statistics.median(bare)
    print(f"summary PDF of a dense year ({pages} pages), median of {args.runs}:")
    print(f"  build with charts:    {build * 1000:7.0f} ms   (goal <= 2000 ms)")
    print(f"  build without charts: {without * 1000:7.0f} ms")
    print(f"  ratio with / without: {build / without:7.2f}x")
    print(f"  longest GUI stall:    {max(stalls) * 1000:7.1f} ms   (goal <= 50 ms; the worst of all runs)")


if __name__ == "__main__":
    main()
