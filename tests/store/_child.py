"""Store scenarios that need another process: a user who may not write, or a private mount.

Run as ``python _child.py SCENARIO FOLDER [--drop]``. Everything is imported first, so that with
``--drop`` the process can give up root (``nobody``) and still run: after that it may no longer read the
interpreter's own folder. Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.paths import DB_FILENAME

NOBODY = 65534
WHEN = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def attempt(action) -> dict:
    try:
        result = action()
    except StoreError as error:
        return {"error": error.kind.value, "detail": error.detail}
    return {"ok": result}


def read_only(folder: Path) -> dict:
    """The folder holds a database; none of these paths may be written by this user."""
    db_path = folder / DB_FILENAME

    def read_back() -> dict:
        with Database.open_read_only(db_path) as db:
            moments = MomentRepository(db).list_all()
            write = attempt(lambda: MomentRepository(db).add(Moment(WHEN, 3, ClosenessKind.OTHER)))
            return {"read_only": db.read_only, "notes": [m.note for m in moments], "write": write}

    return {
        "open": attempt(lambda: Database.open(db_path).close()),
        "open_read_only": attempt(read_back),
        "new_file": attempt(lambda: Database.open(folder / "empty" / DB_FILENAME).close()),
        "new_folder": attempt(lambda: Database.open(folder / "missing" / "deeper" / DB_FILENAME).close()),
        "side_files": sorted(p.name for p in folder.iterdir()),
    }


def read_only_file(folder: Path) -> dict:
    """The folder may be written, the database file itself not."""
    return {"open": attempt(lambda: Database.open(folder / DB_FILENAME).close())}


def disk_full(folder: Path) -> dict:
    """``folder`` is a tiny file system. Fill it with moments until the disk is full."""
    filler = folder / "filler"
    filler.write_bytes(b"\0" * 64 * 1024)  # removed later to show that the connection recovers
    db = Database.open(folder / DB_FILENAME)
    repo = MomentRepository(db)
    saved: list[str] = []
    failure = None
    for number in range(10_000):
        note = f"{number:05d} " + "x" * 4000
        try:
            repo.add(Moment(WHEN, 5, ClosenessKind.DEEP_TALK, note=note))
        except StoreError as error:
            failure = {"error": error.kind.value, "detail": error.detail}
            break
        saved.append(note[:5])
    after_failure = [m.note[:5] for m in repo.list_all()]
    # The existing store opened again while the disk is still full: it opens, or says the disk is full.
    reopen_full = attempt(lambda: Database.open(folder / DB_FILENAME).close())
    filler.unlink()
    recovered = attempt(lambda: repo.add(Moment(WHEN, 1, ClosenessKind.OTHER, note="after")).id)
    db.close()
    with Database.open(folder / DB_FILENAME) as reopened:
        final = [m.note[:5] for m in MomentRepository(reopened).list_all()]
    return {"failure": failure, "saved": saved, "after_failure": after_failure, "recovered": recovered,
            "final": final, "reopen_full": reopen_full}  # fmt: skip


def cannot_read(folder: Path) -> dict:
    """``locked/`` may not be entered by this user; ``private/walls.sqlite3`` may not be read."""
    results = {}
    for name in ("locked", "private"):
        path = folder / name / DB_FILENAME
        results[name] = {
            "open": attempt(lambda path=path: Database.open(path).close()),
            "open_read_only": attempt(lambda path=path: Database.open_read_only(path).close()),
        }
    return results


SCENARIOS = {
    "cannot_read": cannot_read,
    "read_only": read_only,
    "read_only_file": read_only_file,
    "disk_full": disk_full,
}

if __name__ == "__main__":
    scenario, folder = SCENARIOS[sys.argv[1]], Path(sys.argv[2])
    if "--drop" in sys.argv[3:]:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    print(json.dumps(scenario(folder)))
