"""Schema versions, kept in ``PRAGMA user_version``, and the steps between them.

To change the schema, append one ``Migration`` to ``MIGRATIONS``; never edit a released one. Before each
step on a database that already has a schema, a full copy is written with ``VACUUM INTO`` to
``backups/walls-v<from>-<UTC time>.sqlite3`` beside the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from walls_desktop.core.clock import utc_now
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.paths import backups_dir
from walls_desktop.store.private import create_private_file, keep_private, make_private_folder
from walls_desktop.store.schema_v1 import SCHEMA_V1
from walls_desktop.store.schema_v2 import SCHEMA_V2
from walls_desktop.store.schema_v3 import SCHEMA_V3
from walls_desktop.store.schema_v4 import SCHEMA_V4


@dataclass(frozen=True, slots=True)
class Migration:
    """One step. ``step`` is an SQL script, or a function for what SQL alone cannot do; either runs inside
    the step's own transaction, with foreign keys off so that a table can be rebuilt (they are checked
    with ``PRAGMA foreign_key_check`` before the commit). A function must not call ``executescript``,
    which would commit half-way."""

    version: int  # the user_version once this step is done
    description: str
    step: str | Callable[[sqlite3.Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "first schema", SCHEMA_V1),
    Migration(2, "reflections and their answers", SCHEMA_V2),
    Migration(3, "ladder steps and their tries", SCHEMA_V3),
    Migration(4, "check-ins and the practices beside breathing", SCHEMA_V4),
)


def latest_version() -> int:
    # Read at call time, so a test can swap MIGRATIONS with monkeypatch.
    return MIGRATIONS[-1].version


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, db_path: Path, now: datetime | None = None) -> list[Path]:
    """Bring the database up to the latest version; returns the backups written. A failing step is rolled
    back and raises, leaving the database at the last version that completed."""
    migrations = MIGRATIONS
    _check_sequence(migrations)
    current = user_version(conn)
    was_new = current == 0  # a new file has nothing worth a backup, before any of its steps
    backups: list[Path] = []
    for migration in migrations:
        if migration.version <= current:
            continue
        if not was_new:
            backups.append(backup(conn, db_path, current, now or utc_now()))
        _apply(conn, migration, db_path)
        current = migration.version
    return backups


def backup(conn: sqlite3.Connection, db_path: Path, from_version: int, when: datetime) -> Path:
    """A consistent copy of the whole database. Removed again if writing it fails (e.g. the disk is full),
    so a half-written file is never mistaken for a backup."""
    folder = backups_dir(db_path)
    make_private_folder(folder)
    stem = f"walls-v{from_version}-{when.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    target = folder / f"{stem}.sqlite3"
    counter = 2
    while target.exists():  # VACUUM INTO refuses an existing file; two steps may share a second
        target = folder / f"{stem}-{counter}.sqlite3"
        counter += 1
    try:
        create_private_file(target)  # VACUUM INTO writes into an empty file, keeping its mode
        conn.execute("VACUUM INTO ?", (str(target),))
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    keep_private(target)
    return target


def _apply(conn: sqlite3.Connection, migration: Migration, db_path: Path) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")  # cannot change inside a transaction
    try:
        if isinstance(migration.step, str):
            # executescript commits any open transaction first, so the BEGIN goes inside the script.
            conn.executescript(f"BEGIN IMMEDIATE;\n{migration.step}\n;PRAGMA user_version = {int(migration.version)};")
        else:
            conn.execute("BEGIN IMMEDIATE")
            migration.step(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise StoreError(
                StoreErrorKind.OTHER,
                db_path,
                f"migration to v{migration.version} left {len(broken)} broken references, e.g. {broken[0]}",
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _check_sequence(migrations: Sequence[Migration]) -> None:
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migration versions must run 1, 2, 3 ... without gaps, not {versions}")
