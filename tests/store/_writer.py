"""A child for the crash test: writes moments, sessions and reframes (adds, edits, deletes) through the real
repositories, and prints one line after each commit has returned, so the parent knows what was acknowledged
(and "begin ID" before an edit or delete, so it knows which record was in flight when it was killed).

    python _writer.py DB_PATH SEED
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from walls_desktop.core.breathing import PRESETS, BreathSessionRecord
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.reframe import Reframe
from walls_desktop.store.database import Database
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.reframes import ReframeRepository
from walls_desktop.store.sessions import SessionRepository

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def main() -> None:
    db_path, rng = Path(sys.argv[1]), random.Random(int(sys.argv[2]))
    db = Database.open(db_path)
    moments, sessions, reframes = MomentRepository(db), SessionRepository(db), ReframeRepository(db)
    step = 0
    while True:
        step += 1
        when = T0 + timedelta(minutes=step)
        roll = rng.random()
        if roll < 0.45:
            stored = moments.add(Moment(when, step % 11, ClosenessKind.OTHER, note=f"note {step}"))
            print(f"moment {stored.id} {stored.anxiety} note {step}", flush=True)
        elif roll < 0.6:
            mine = moments.list_all()
            if mine:
                chosen = rng.choice(mine)
                print(f"begin {chosen.id}", flush=True)  # in flight: if killed now, either value may be kept
                changed = moments.update(
                    Moment(
                        chosen.occurred_at, (chosen.anxiety + 1) % 11, chosen.kind, note=f"edited {step}", id=chosen.id
                    )
                )
                print(f"moment {changed.id} {changed.anxiety} edited {step}", flush=True)
        elif roll < 0.7:
            mine = moments.list_all()
            if mine:
                chosen = rng.choice(mine)
                print(f"begin {chosen.id}", flush=True)
                moments.delete(chosen.id)
                print(f"deleted {chosen.id}", flush=True)
        elif roll < 0.85:
            stored = sessions.add(
                BreathSessionRecord(
                    started_at=when,
                    pattern_name="Box",
                    phases=PRESETS[0].phases,
                    planned_seconds=60,
                    actual_seconds=step,
                    planned_breaths=4,
                    breaths_done=4,
                    completed=True,
                )
            )
            print(f"session {stored.id} {step}", flush=True)
        else:
            stored = reframes.add(Reframe(created_at=when, critic=f"critic {step}", reframe=f"kind {step}"))
            print(f"reframe {stored.id} {step}", flush=True)


if __name__ == "__main__":
    main()
