"""Nothing acknowledged is lost when the process is killed mid-write: a child writes through the real
repositories and prints each id after its commit returns; the parent SIGKILLs it at random moments, then checks
every acknowledged record and the file's integrity. ``WALLS_CRASH_ROUNDS`` sets the rounds (100 by default)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from walls_desktop.store.database import Database
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.reframes import ReframeRepository
from walls_desktop.store.sessions import SessionRepository

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("_writer.py")
ROUNDS = int(os.environ.get("WALLS_CRASH_ROUNDS", "100"))


def run_and_kill(db_path: Path, seed: int, after: float) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(db_path), str(seed)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate(timeout=30)
    return out.split("\n")[:-1]  # only whole lines: anything after the last line break was cut by the kill


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_every_acknowledged_record_survives_sigkill(tmp_path: Path) -> None:
    db_path = tmp_path / "walls.sqlite3"
    Database.open(db_path).close()
    rng = random.Random(20261202)
    moments: dict[int, tuple[int, str]] = {}
    deleted: set[int] = set()
    sessions: dict[int, int] = {}
    reframes: dict[int, str] = {}
    acknowledged = 0
    for round_number in range(ROUNDS):
        lines = run_and_kill(db_path, round_number, rng.uniform(0.25, 0.6))
        in_flight = None
        if lines and lines[-1].startswith("begin "):  # killed between "begin" and its acknowledgement
            in_flight = int(lines.pop().split()[1])
        for line in lines:
            if line.startswith("begin "):
                continue
            acknowledged += 1
            kind, record_id, *rest = line.split(" ", 2)
            if kind == "moment":
                anxiety, note = rest[0].split(" ", 1)
                moments[int(record_id)] = (int(anxiety), note)
                deleted.discard(int(record_id))  # SQLite may give a deleted id to a new row
            elif kind == "deleted":
                deleted.add(int(record_id))
                moments.pop(int(record_id), None)
            elif kind == "session":
                sessions[int(record_id)] = int(rest[0])
            elif kind == "reframe":
                reframes[int(record_id)] = rest[0]
        if in_flight is not None:  # its old and new value are both right; the next acknowledgement settles it
            moments.pop(in_flight, None)
            deleted.discard(in_flight)
    assert acknowledged > ROUNDS  # the child got well into its writing each time
    assert sqlite3.connect(db_path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Database.open(db_path) as db:
        stored_moments = {m.id: (m.anxiety, m.note) for m in MomentRepository(db).list_all()}
        lost = {i: v for i, v in moments.items() if stored_moments.get(i) != v}
        assert lost == {}
        assert not deleted & set(stored_moments)
        stored_sessions = {s.id: int(s.actual_seconds) for s in SessionRepository(db).list_all()}
        assert all(stored_sessions.get(i) == v for i, v in sessions.items())
        stored_reframes = {r.id: r.critic.split(" ", 1)[1] for r in ReframeRepository(db).list_newest_first()}
        assert all(stored_reframes.get(i) == v for i, v in reframes.items())
    print(f"crash test: {ROUNDS} rounds, {acknowledged} writes acknowledged, 0 lost")
