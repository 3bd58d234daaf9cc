"""The migration mechanism, tried with made-up later versions: backups first, one transaction per step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.store.conftest import T0, file_hash
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.reflection import Reflection
from walls_desktop.store import migrations
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.migrations import MIGRATIONS, Migration
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.reflections import ReflectionRepository

ADD_MOOD = "ALTER TABLE moments ADD COLUMN mood TEXT NOT NULL DEFAULT 'calm';"
LATEST = len(MIGRATIONS)  # the made-up steps below come after the real ones
NEXT = LATEST + 1


def make_current(path: Path, note: str = "before the upgrade") -> None:
    with Database.open(path) as db:
        MomentRepository(db).add(Moment(T0, 6, ClosenessKind.COMMITMENT, note=note))


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def backups(db_path: Path) -> list[Path]:
    folder = db_path.parent / "backups"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_the_real_list_runs_1_2_3() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert migrations.latest_version() == MIGRATIONS[-1].version


def test_a_new_database_gets_the_latest_schema_without_a_backup(db_path: Path) -> None:
    with Database.open(db_path) as db:
        assert db.schema_version == migrations.latest_version()
    assert backups(db_path) == []


def test_reopening_a_current_database_changes_nothing(db_path: Path) -> None:
    make_current(db_path)
    before = file_hash(db_path)
    Database.open(db_path).close()
    assert file_hash(db_path) == before
    assert backups(db_path) == []


def test_a_new_version_is_one_entry_and_backs_up_first(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_current(db_path)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, Migration(NEXT, "moods", ADD_MOOD)))
    with Database.open(db_path) as db:
        assert db.schema_version == NEXT
        assert "mood" in columns(db.connection, "moments")
        assert db.query("SELECT note, mood FROM moments") == [("before the upgrade", "calm")]
    [backup] = backups(db_path)
    assert backup.name.startswith(f"walls-v{LATEST}-") and backup.suffix == ".sqlite3"
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert old.execute("SELECT note FROM moments").fetchall() == [("before the upgrade",)]
    assert "mood" not in columns(old, "moments")
    assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    old.close()
    Database.open(db_path).close()
    assert len(backups(db_path)) == 1  # nothing to do the second time, so no second backup


def test_a_function_step_and_two_steps_in_a_row(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def copy_notes(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE note_copies (note TEXT NOT NULL) STRICT")
        conn.execute("INSERT INTO note_copies SELECT note FROM moments")

    make_current(db_path)
    steps = (*MIGRATIONS, Migration(NEXT, "moods", ADD_MOOD), Migration(NEXT + 1, "copies", copy_notes))
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    with Database.open(db_path) as db:
        assert db.schema_version == NEXT + 1
        assert db.query("SELECT note FROM note_copies") == [("before the upgrade",)]
        assert db.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # back on after the steps
    assert [b.name.split("-")[1] for b in backups(db_path)] == [f"v{LATEST}", f"v{NEXT}"]


def test_a_failing_step_is_rolled_back_and_the_data_kept(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_current(db_path)
    broken = "CREATE TABLE half_done (x INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, Migration(NEXT, "broken", broken)))
    with pytest.raises(StoreError) as caught:
        Database.open(db_path)
    assert caught.value.kind is StoreErrorKind.OTHER
    assert "no_such_table" in caught.value.detail
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with Database.open(db_path) as db:
        assert db.schema_version == LATEST
        assert db.query("SELECT name FROM sqlite_master WHERE name = 'half_done'") == []
        assert [m.note for m in MomentRepository(db).list_all()] == ["before the upgrade"]
    assert len(backups(db_path)) == 1


def test_a_step_that_breaks_references_is_refused(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_current(db_path)
    with Database.open(db_path) as db:
        db.connection.execute("INSERT INTO reframes (created_at, critic, reframe, moment_id) VALUES (0, 'c', 'r', 1)")
    # A table rebuild done wrong: the moments vanish while a reframe still points at one.
    wrong = "CREATE TABLE new_moments AS SELECT * FROM moments WHERE 0; DELETE FROM moments;"
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, Migration(NEXT, "wrong", wrong)))
    with pytest.raises(StoreError, match="broken references"):
        Database.open(db_path)
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with Database.open(db_path) as db:
        assert db.schema_version == LATEST
        assert MomentRepository(db).count() == 1


def test_versions_with_a_gap_are_a_bug(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, Migration(NEXT + 1, "gap", "")))
    with pytest.raises(ValueError, match="without gaps"):
        Database.open(db_path)


def test_backups_in_the_same_second_get_distinct_names(db: Database) -> None:
    first = migrations.backup(db.connection, db.path, 1, T0)
    second = migrations.backup(db.connection, db.path, 1, T0)
    assert first != second
    assert first.name == "walls-v1-20260301T120000Z.sqlite3"
    assert second.name == "walls-v1-20260301T120000Z-2.sqlite3"


def test_read_only_open_refuses_a_schema_that_needs_migrating(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_current(db_path)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, Migration(NEXT, "moods", ADD_MOOD)))
    with pytest.raises(StoreError) as caught:
        Database.open_read_only(db_path)
    assert caught.value.kind is StoreErrorKind.READ_ONLY
    assert "needs migrating" in caught.value.detail


def test_a_version_1_file_gains_reflections_and_keeps_everything(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real step 2, on a file written by a Walls that knew only version 1."""
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:1])
    make_current(db_path, note="kept through the upgrade")
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    with Database.open(db_path) as db:
        assert db.schema_version == LATEST
        assert [m.note for m in MomentRepository(db).list_all()] == ["kept through the upgrade"]
        stored = ReflectionRepository(db).add(Reflection(T0, "Sam", {"worry.tone": 5}))
        assert ReflectionRepository(db).about("Sam") == [stored]
        assert db.query("PRAGMA integrity_check") == [("ok",)]
    backup = backups(db_path)[0]  # one before each step
    assert backup.name.startswith("walls-v1-") and len(backups(db_path)) == LATEST - 1
    old = sqlite3.connect(backup)
    later = "SELECT name FROM sqlite_master WHERE name LIKE 'reflection%' OR name LIKE 'ladder%'"
    assert old.execute(later).fetchall() == []
    assert old.execute("SELECT note FROM moments").fetchall() == [("kept through the upgrade",)]
    old.close()
