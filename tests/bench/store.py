"""Store timings, run as a script: ``python tests/bench/store.py [ROWS]``.

Prints the best of several runs for opening an empty and a full database and for the chart's columns,
each beside a baseline measured in the same run (a bare ``sqlite3`` connection reading one row, and a
plain ``fetchall`` of the same columns), as the project's benchmarks do. Not part of the test suite.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from walls_desktop.store.database import Database
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.paths import DB_FILENAME

KINDS = ("deep_talk", "affection", "more_time", "commitment", "conflict", "vulnerable", "other")


def best_ms(action: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def seed(path: Path, rows: int) -> None:
    """Realistic rows, inserted in one transaction (adding 100,000 one by one would time the disk)."""
    Database.open(path).close()
    rnd = random.Random(1)
    data = [
        (1_600_000_000 + n * 900, rnd.randint(0, 10), rnd.choice(KINDS), rnd.choice(("Sam", "Alex", "")),
         rnd.randint(0, 31), "went quiet", "a note of ordinary length " * rnd.randint(0, 8), 0, 0)
        for n in range(rows)
    ]  # fmt: skip
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO moments (occurred_at, anxiety, kind, person, signs, action, note, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        data,
    )
    conn.execute("COMMIT")
    conn.close()


def bare_open(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    conn.close()


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        empty, full = Path(folder, "empty", DB_FILENAME), Path(folder, "full", DB_FILENAME)
        create_ms = best_ms(lambda: Database.open(Path(tempfile.mkdtemp(dir=folder)) / DB_FILENAME).close())
        Database.open(empty).close()
        seed(full, rows)
        size_mb = full.stat().st_size / 1e6
        baseline = best_ms(lambda: bare_open(full))
        print(f"baseline: bare sqlite3 connect + one read          {baseline:7.2f} ms")
        print(f"Database.open, creating a new file                 {create_ms:7.2f} ms")
        for label, path in (("empty", empty), (f"{rows:,} moments, {size_mb:.1f} MB", full)):
            ms = best_ms(lambda p=path: Database.open(p).close())
            print(f"Database.open, {label:<36}{ms:7.2f} ms  ({ms / baseline:.0f}x baseline)")
        probe = sqlite3.connect(full.as_uri() + "?mode=ro", uri=True)
        quick = best_ms(lambda: probe.execute("PRAGMA quick_check(5)").fetchall())
        print(f"  of which PRAGMA quick_check                      {quick:7.2f} ms")
        probe.close()
        with Database.open(full) as db:
            repo = MomentRepository(db)
            raw = best_ms(
                lambda: db.connection.execute(
                    "SELECT occurred_at, anxiety, kind, signs, id FROM moments ORDER BY occurred_at, id"
                ).fetchall()
            )
            columns = best_ms(repo.columns)
            print(f"baseline: plain fetchall of the five columns       {raw:7.2f} ms")
            print(f"MomentRepository.columns() on {rows:,} rows        {columns:7.2f} ms  ({columns / raw:.2f}x)")
            print(f"MomentRepository.list_all() on {rows:,} rows       {best_ms(repo.list_all, 3):7.2f} ms")
            print(f"MomentRepository.count()                           {best_ms(repo.count):7.2f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
