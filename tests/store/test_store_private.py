"""Only the owner may read what Walls keeps: the data folder 0700, the database and its companions 0600."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.store import migrations
from walls_desktop.store.database import Database
from walls_desktop.store.moments import MomentRepository

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask():
    """A common, generous umask (files 0644, folders 0755), as most desktops have."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_store_is_private_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "Walls" / "walls.sqlite3"
    with Database.open(path) as db:
        MomentRepository(db).add(Moment(datetime(2025, 1, 1, tzinfo=UTC), 3, ClosenessKind.OTHER))
        assert mode(path.parent) == 0o700
        for name in ("walls.sqlite3", "walls.sqlite3-wal", "walls.sqlite3-shm"):
            assert mode(path.parent / name) == 0o600, name


def test_an_existing_store_readable_by_others_is_narrowed(tmp_path: Path) -> None:
    chosen = tmp_path / "chosen"
    chosen.mkdir(mode=0o755)
    path = chosen / "walls.sqlite3"
    Database.open(path).close()
    path.chmod(0o644)
    with Database.open(path):
        assert mode(path) == 0o600
    assert mode(chosen) == 0o755  # a folder the person chose is left as they set it


def test_a_backup_is_private(tmp_path: Path) -> None:
    path = tmp_path / "walls.sqlite3"
    Database.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    backup = migrations.backup(conn, path, 1, datetime(2025, 1, 1, tzinfo=UTC))
    conn.close()
    assert mode(backup) == 0o600 and mode(backup.parent) == 0o700
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] >= 1  # a whole copy
