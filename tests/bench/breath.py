"""Breath session bench: how exactly the running page shows phase changes, and what the pacer costs in CPU.

    python tests/bench/breath.py                 10-minute session, then 30 s each: idle, animating, reduced motion
    python tests/bench/breath.py --quick         1-minute session, then 16 s each (one box breath), three times
    python tests/bench/breath.py --minutes 2 --seconds 10 --repeat 3
    python tests/bench/breath.py --quick --pattern resonant     phases of 5.5 s: boundaries off the 16 ms grid

(a) Boundaries: the real page runs a box-breathing session (or ``--pattern``) on its own timer and real time,
    offscreen. For every phase change the first frame showing the new phase is compared with the ideal
    schedule (``BreathSchedule.boundary_times``), both in real seconds since the session started: the error is
    how late the change reached the screen. Printed: max and p99 in ms (goal p99 <= 16.7 ms, one frame at
    60 Hz), and the mean error in the first against the last minute (equal means no drift).
(b) CPU: process CPU time (``time.process_time``) over wall time, as a share of one core, first with the
    window idle on the Breathe page, then while the pacer animates (goal <= 3 % more than idle), then with
    reduced motion (no circle). With ``--repeat`` each is measured that many times and the median printed.
(c) What the page did while animating, measured apart from (b) so that counting costs nothing there: wake-ups
    (frames looked at) and repaints of the circle, per second.

Real time, no assertions. Other work on the machine shows up in the figures: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from walls_desktop.core.settings import WELCOME_SEEN, MotionSetting
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.breathe.page import BreathePage
from walls_desktop.gui.pages.breathe.run import FRAME_MS
from walls_desktop.gui.startup.open_store import open_store


def run_for(seconds: float) -> None:
    """Let the Qt loop run (timers, painting) for this many seconds of real time."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def prepare(page: BreathePage, minutes: float, pattern: str) -> None:
    """Box breathing (unless --pattern), by minutes, no lead-in, full motion: the busiest pacer."""
    page.ui.motionCombo.setCurrentIndex(list(MotionSetting).index(MotionSetting.FULL))
    page.select_pattern(pattern)
    page.ui.byMinutes.setChecked(True)
    page.ui.minutesSpin.setValue(max(1, round(minutes)))
    page.ui.leadInCheck.setChecked(False)


def boundaries(page: BreathePage, minutes: float, pattern: str) -> None:
    prepare(page, minutes, pattern)
    first_frames: list[float] = []  # real seconds since start at the first frame of each new phase
    last = None
    started = 0.0

    def on_frame(state) -> None:
        nonlocal last
        key = (state.breath_index, state.phase_index, state.finished)
        if key != last:
            last = key
            if not state.finished:
                first_frames.append(time.monotonic() - started)

    run = page.start()
    started = time.monotonic() - run.clock.elapsed()  # the clock started just before the first frame
    run.frame.connect(on_frame)
    on_frame(run.state)
    total = run.schedule.total_seconds
    run_for(total + 1.0)
    ideal = run.schedule.boundary_times()[:-1]  # the last entry is the end of the session
    count = min(len(ideal), len(first_frames))
    errors = [(first_frames[i] - ideal[i]) * 1000 for i in range(count)]
    first = [e for e, t in zip(errors, ideal, strict=False) if t < 60]
    final = [e for e, t in zip(errors, ideal, strict=False) if t >= total - 60]
    print(f"(a) phase boundaries over {total / 60:.1f} min: {count} of {len(ideal)} seen")
    print(f"    error max {max(errors):.2f} ms, p99 {percentile(errors, 0.99):.2f} ms (goal p99 <= 16.7 ms)")
    print(
        f"    drift: mean error first minute {statistics.fmean(first):.2f} ms,"
        f" last minute {statistics.fmean(final):.2f} ms"
    )
    page.back_to_setup()


def share_of_core(seconds: float) -> float:
    """Process CPU time over wall time while the Qt loop runs for ``seconds``."""
    wall, used = time.monotonic(), time.process_time()
    run_for(seconds)
    return (time.process_time() - used) / (time.monotonic() - wall)


def cpu_while(page: BreathePage, seconds: float, pattern: str, motion: MotionSetting | None) -> float:
    """CPU share idle on the page (``motion`` None) or during a session with that motion setting."""
    if motion is None:
        return share_of_core(seconds)
    prepare(page, max(2.0, seconds / 60 + 1), pattern)  # the bar moves as it would in a session of a few minutes
    page.ui.motionCombo.setCurrentIndex(list(MotionSetting).index(motion))
    run_for(0.5)
    page.start()
    used = share_of_core(seconds)
    page.end()
    page.back_to_setup()
    return used


def cpu(page: BreathePage, seconds: float, pattern: str, repeat: int) -> None:
    run_for(1.0)
    shares: dict[str, list[float]] = {"idle": [], "animating": [], "reduced motion": []}
    for _ in range(repeat):  # interleaved, so that a busy moment on the machine touches each alike
        shares["idle"].append(cpu_while(page, seconds, pattern, None))
        shares["animating"].append(cpu_while(page, seconds, pattern, MotionSetting.FULL))
        shares["reduced motion"].append(cpu_while(page, seconds, pattern, MotionSetting.REDUCE))
    median = {name: statistics.median(values) for name, values in shares.items()}
    print(f"(b) CPU share of one core over {seconds:g} s, median of {repeat}:")
    for name, values in shares.items():
        print(f"    {name:15} {median[name]:6.2%}   ({', '.join(f'{v:.2%}' for v in values)})")
    print(f"    animating minus idle {median['animating'] - median['idle']:.2%} (goal <= 3 %)")


def activity(page: BreathePage, seconds: float, pattern: str) -> None:
    """Wake-ups and repaints of the circle per second while animating."""
    prepare(page, max(2.0, seconds / 60 + 1), pattern)
    page.ui.motionCombo.setCurrentIndex(list(MotionSetting).index(MotionSetting.FULL))
    paints = PaintCounter()
    orb = page.ui.pacer.orb
    orb.installEventFilter(paints)
    run = page.start()
    frames = 0

    def count_frame(_state) -> None:
        nonlocal frames
        frames += 1

    run.frame.connect(count_frame)
    run_for(seconds)
    page.end()
    orb.removeEventFilter(paints)
    page.back_to_setup()
    print(
        f"(c) animating, per second: {frames / seconds:.1f} wake-ups, {paints.count / seconds:.1f} repaints of the"
        f" circle (the display's rate would be {1000 / FRAME_MS:.1f})"
    )


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the boundary session")
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each CPU measurement")
    parser.add_argument("--repeat", type=int, default=1, help="how many times to measure each CPU share")
    parser.add_argument("--quick", action="store_true", help="same as --minutes 1 --seconds 16 --repeat 3")
    parser.add_argument("--pattern", default="box", help="preset key (box, resonant, 4-7-8, ...)")
    args = parser.parse_args()
    if args.quick:
        args.minutes, args.seconds, args.repeat = 1.0, 16.0, 3
    app = QApplication.instance() or QApplication(["walls-bench-breath"])
    with tempfile.TemporaryDirectory(prefix="walls-bench-") as folder:
        ctx = open_store(Path(folder), ask=lambda error: sys.exit(f"store did not open: {error}"))
        ctx.settings.set(WELCOME_SEEN, True)
        window = MainWindow(ctx)
        window.resize(1200, 800)
        window.show()
        page = window.show_page("breathe")
        app.processEvents()
        boundaries(page, args.minutes, args.pattern)
        cpu(page, args.seconds, args.pattern, max(1, args.repeat))
        activity(page, args.seconds, args.pattern)
        window.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
