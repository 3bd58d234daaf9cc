"""Hand-over benchmark: with Walls running on a data folder, how long a second launch on the same folder takes
to ask it to show itself and end (the whole process, from exec to exit), against a bare Python that imports
PySide6.QtCore and exits, in the same run.

    python tests/bench/handover.py [--runs R]

Goal (issue 16): a second launch hands over and exits within 300 ms.
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

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from walls_desktop.gui.startup.one_instance import LOG_ENV  # noqa: E402


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "log"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", LOG_ENV: str(log), "PYTHONPATH": str(REPO)}
        data = Path(folder) / "data"
        first = subprocess.Popen([sys.executable, "-m", "walls_desktop", "--data-dir", str(data)], env=env)
        try:
            while not (log.exists() and "listening" in log.read_text()):
                time.sleep(0.05)
            second = [sys.executable, "-m", "walls_desktop", "--data-dir", str(data)]
            bare = [sys.executable, "-c", "import PySide6.QtCore"]
            launches, bares = [], []
            for _ in range(args.runs):
                launches.append(timed(second, env))
                bares.append(timed(bare, env))
        finally:
            first.terminate()
            first.wait(timeout=20)
    hand, base = statistics.median(launches), statistics.median(bares)
    print(f"second launch, hand-over to exit: {hand * 1000:6.0f} ms   (goal <= 300 ms), median of {args.runs}")
    print(f"bare Python importing QtCore:     {base * 1000:6.0f} ms   ratio {hand / base:.2f}x")


if __name__ == "__main__":
    main()
