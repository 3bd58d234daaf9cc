"""Startup benchmark: Walls against a bare PySide6 QMainWindow, started the same way, alternating.

    python tests/bench/startup.py [--runs N]

Each run is a fresh process (and, for Walls, a fresh data folder). Measured: the time from just before the
process is spawned until its main window has painted its first frame, and the child's peak resident memory
over its life (which lasts one second past the first frame, so late loading is not hidden).
Prints medians for both and their ratios (goal: <= 1.3 for each).

For reference it also starts the bare window with one line of text in a QLabel: the bare window draws no text at
all, so it never loads a font, and any window that shows words pays for that (~4 MiB, a few ms). The ratio
against it shows how much of the gap is Walls' own. And since the fresh data folder makes every Walls run a first
run (a new store, then the welcome dialog within the second that counts for memory), a later start is timed too:
a data folder where Walls has been before.

Both children run with a bytecode cache, as an installed program does: without one (PYTHONDONTWRITEBYTECODE set
in the shell) every run of Walls compiled its ~70 modules from source (~30 ms), while the bare window's modules
(stdlib, PySide6) come with caches. The cache lives in a temporary folder (PYTHONPYCACHEPREFIX) that the warm-up
runs fill, so the source tree is left untouched.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = Path(__file__).with_name("_first_frame.py")
ROOT = Path(__file__).resolve().parents[2]


def child_environment(pycache: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def seen_before(data_dir: str) -> None:
    """Make ``data_dir`` look like Walls has run there before: the store exists and the welcome was seen."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from walls_desktop.core.settings import WELCOME_SEEN
    from walls_desktop.store.database import Database
    from walls_desktop.store.paths import DB_FILENAME
    from walls_desktop.store.settings import SettingsRepository

    database = Database.open(Path(data_dir) / DB_FILENAME)
    SettingsRepository(database).set(WELCOME_SEEN, True)  # without importing Qt here
    database.close()


def one_run(kind: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds to first frame, and peak RSS in MiB, of one fresh process."""
    with tempfile.TemporaryDirectory(prefix="walls-bench-") as data_dir:
        if kind == "again":
            seen_before(data_dir)
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, str(CHILD), "app" if kind == "again" else kind, data_dir],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if line.strip() != "FIRST_FRAME" or child.returncode != 0:
            raise SystemExit(f"{kind} run failed (exit {child.returncode}): {line!r}")
    return elapsed, usage.ru_maxrss / 1024  # ru_maxrss is KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    runs = max(5, parser.parse_args().runs)
    kinds = ("bare", "text", "app", "again")
    results: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory(prefix="walls-bench-pycache-") as pycache:
        env = child_environment(pycache)
        for kind in kinds:
            one_run(kind, env)  # warm the file and bytecode caches, so none pays for them alone
        for _ in range(runs):
            for kind in kinds:
                results[kind].append(one_run(kind, env))
    medians = {
        kind: (statistics.median(t for t, _ in rows), statistics.median(m for _, m in rows))
        for kind, rows in results.items()
    }
    (bare_t, bare_m), (text_t, text_m), (app_t, app_m), (again_t, again_m) = (medians[kind] for kind in kinds)
    print(f"runs each:             {runs}")
    print(f"bare QMainWindow:      first frame {bare_t * 1000:7.1f} ms   peak memory {bare_m:6.1f} MiB")
    print(f"  ... with one label:  first frame {text_t * 1000:7.1f} ms   peak memory {text_m:6.1f} MiB")
    print(f"Walls, first run:      first frame {app_t * 1000:7.1f} ms   peak memory {app_m:6.1f} MiB")
    print(f"  ... a later start:   first frame {again_t * 1000:7.1f} ms   peak memory {again_m:6.1f} MiB")
    print(f"ratio Walls / bare:    time {app_t / bare_t:.2f}   memory {app_m / bare_m:.2f}   (goal <= 1.30 each)")
    print(f"ratio Walls / label:   time {app_t / text_t:.2f}   memory {app_m / text_m:.2f}   (for reference)")
    print(f"later start / bare:    time {again_t / bare_t:.2f}   memory {again_m / bare_m:.2f}   (for reference)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
