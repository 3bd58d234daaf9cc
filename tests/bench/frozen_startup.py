"""Start-up benchmark: the frozen bundle (PyInstaller) against the installed app (pip), alternating.

    packaging/build_linux.sh && python tests/bench/frozen_startup.py [--bundle dist/Walls/walls] [--runs N]

startup.py watches the first painted frame by patching MainWindow inside the child; a frozen program cannot be
patched from outside, and adding a bench-only switch to the app is not worth it while the app already has a
run that both builds can do unchanged: ``--self-check`` starts Qt, shows the main window, opens every page and a
temporary store, then exits. Its wall time from spawn to exit is the measure (a start-up plus a little more);
``--version`` (interpreter and bootloader only, no Qt) is timed too, to show where a difference comes from.
Each run is a fresh process; prints medians, peak memory, and the ratios frozen / installed (goal: <= 1.2).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CASES = ("--version", "--self-check")


def timed(program: list[str], argument: str) -> tuple[float, float]:
    """Seconds from spawn to exit, and peak RSS in MiB (ru_maxrss is KiB on Linux), of one fresh process."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    child = subprocess.Popen([*program, argument], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{program} {argument} failed (exit {child.returncode}): {err.decode()[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Walls" / "walls", help="the frozen program")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.bundle.exists():
        raise SystemExit(f"{args.bundle} is missing: build it first with packaging/build_linux.sh")
    script = Path(sys.executable).with_name("walls")  # the gui-script `pip install .` writes
    installed = [str(script)] if script.exists() else [sys.executable, "-m", "walls_desktop"]
    programs = {"installed": installed, "frozen": [str(args.bundle)]}
    runs = max(5, args.runs)

    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for case in CASES:
        for program in programs.values():
            timed(program, case)  # warm the file cache, so neither pays for it alone
        for _ in range(runs):
            for kind, program in programs.items():
                results.setdefault((kind, case), []).append(timed(program, case))

    print(f"runs each: {runs}   frozen: {args.bundle}   installed: {' '.join(installed)}")
    for case in CASES:
        medians = {}
        for kind in programs:
            rows = results[(kind, case)]
            medians[kind] = (statistics.median(t for t, _ in rows), statistics.median(m for _, m in rows))
            t, m = medians[kind]
            print(f"{case:13} {kind:9}  {t * 1000:7.1f} ms   peak memory {m:6.1f} MiB")
        (frozen_t, frozen_m), (installed_t, installed_m) = medians["frozen"], medians["installed"]
        print(
            f"{case:13} ratio frozen / installed:  time {frozen_t / installed_t:.2f}   "
            f"memory {frozen_m / installed_m:.2f}   (goal: time <= 1.20)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
