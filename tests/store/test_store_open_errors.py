"""Each classified failure, produced for real: damaged files, a newer schema, a lock, a full disk, a folder
that cannot be written and read-only media. Files that must not be touched are compared by hash."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store.conftest import T0, file_hash
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.paths import DB_FILENAME

REPO = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("_child.py")
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
FAST = 50  # ms of busy timeout where a lock is expected, to keep the run short


def make_db(path: Path, notes: list[str]) -> None:
    with Database.open(path) as db:
        repo = MomentRepository(db)
        for note in notes:
            repo.add(Moment(T0, 4, ClosenessKind.DEEP_TALK, note=note))


def open_error(path: Path, **kwargs: int) -> StoreError:
    with pytest.raises(StoreError) as caught:
        Database.open(path, **kwargs)
    return caught.value


def run_child(*args: str, wrapper: tuple[str, ...] = ()) -> dict:
    result = subprocess.run(
        [*wrapper, sys.executable, str(CHILD), *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- Damaged files ------------------------------------------------------------------------------------------


def test_random_bytes_are_corrupt_and_untouched(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.write_bytes(random.Random(7).randbytes(8192))
    before = file_hash(db_path)
    error = open_error(db_path)
    assert error.kind is StoreErrorKind.CORRUPT
    assert error.path == db_path
    assert "NOTADB" in error.detail
    assert file_hash(db_path) == before
    with pytest.raises(StoreError) as caught:
        Database.open_read_only(db_path)
    assert caught.value.kind is StoreErrorKind.CORRUPT


@pytest.mark.parametrize("damage", ["clobbered_page", "truncated"])
def test_damaged_database_is_corrupt_and_untouched(db_path: Path, damage: str) -> None:
    make_db(db_path, [f"moment {n} " + "words " * 200 for n in range(60)])
    data = bytearray(db_path.read_bytes())
    page_size, pages = 4096, len(data) // 4096
    assert pages > 10
    if damage == "clobbered_page":
        start = page_size * (pages // 2)
        data[start : start + page_size] = random.Random(3).randbytes(page_size)
    else:
        del data[page_size * (pages // 2) :]
    db_path.write_bytes(bytes(data))
    before = file_hash(db_path)
    error = open_error(db_path)
    assert error.kind is StoreErrorKind.CORRUPT
    assert file_hash(db_path) == before


# --- A newer schema, a stranger's database ----------------------------------------------------------------


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_newer_schema_is_refused_and_untouched(db_path: Path, journal_mode: str) -> None:
    make_db(db_path, ["kept"])
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")  # in DELETE mode, switching to WAL would show
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = file_hash(db_path)
    error = open_error(db_path)
    assert error.kind is StoreErrorKind.NEWER_SCHEMA
    assert "v99" in error.detail
    with pytest.raises(StoreError) as caught:
        Database.open_read_only(db_path)
    assert caught.value.kind is StoreErrorKind.NEWER_SCHEMA
    assert file_hash(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_a_database_walls_did_not_make_is_left_alone(db_path: Path) -> None:
    db_path.parent.mkdir()
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = file_hash(db_path)
    assert open_error(db_path).kind is StoreErrorKind.NOT_WALLS
    assert file_hash(db_path) == before


def test_an_empty_file_becomes_a_fresh_database(db_path: Path) -> None:
    db_path.parent.mkdir()
    db_path.touch()
    with Database.open(db_path) as db:
        assert db.schema_version >= 1


# --- Locks ----------------------------------------------------------------------------------------------


def exclusive_holder(path: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE moments SET note = 'held'")
    return holder


def test_open_while_another_connection_holds_an_exclusive_lock(db_path: Path) -> None:
    make_db(db_path, ["mine"])
    holder = exclusive_holder(db_path)
    try:
        assert open_error(db_path, busy_timeout_ms=FAST).kind is StoreErrorKind.LOCKED
        with pytest.raises(StoreError) as caught:
            Database.open_read_only(db_path, busy_timeout_ms=FAST)
        assert caught.value.kind is StoreErrorKind.LOCKED
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Database.open(db_path) as db:
        assert [m.note for m in MomentRepository(db).list_all()] == ["mine"]


def test_saving_while_another_program_writes_is_locked_then_works(db_path: Path) -> None:
    make_db(db_path, [])
    with Database.open(db_path, busy_timeout_ms=FAST) as db:
        repo = MomentRepository(db)
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreError) as caught:
            repo.add(Moment(T0, 2, ClosenessKind.CONFLICT, note="waiting"))
        assert caught.value.kind is StoreErrorKind.LOCKED
        assert not db.connection.in_transaction
        other.execute("ROLLBACK")
        other.close()
        assert repo.add(Moment(T0, 2, ClosenessKind.CONFLICT, note="later")).id is not None
        assert [m.note for m in repo.list_all()] == ["later"]


# --- A full disk ----------------------------------------------------------------------------------------


def test_disk_full_keeps_earlier_data_and_the_connection(db: Database) -> None:
    """SQLITE_FULL from SQLite itself: the file may not grow past ``max_page_count``."""
    repo = MomentRepository(db)
    kept = [repo.add(Moment(T0, n, ClosenessKind.OTHER, note=f"kept {n}")) for n in range(3)]
    page_count = db.connection.execute("PRAGMA page_count").fetchone()[0]
    db.connection.execute(f"PRAGMA max_page_count = {page_count + 2}")
    with pytest.raises(StoreError) as caught:
        for _ in range(50):
            repo.add(Moment(T0, 9, ClosenessKind.OTHER, note="big " * 5000))
    assert caught.value.kind is StoreErrorKind.DISK_FULL
    assert "SQLITE_FULL" in caught.value.detail
    assert not db.connection.in_transaction
    assert repo.list_all()[:3] == kept
    db.connection.execute("PRAGMA max_page_count = 1000000")  # space again: the same connection writes
    assert repo.add(Moment(T0, 1, ClosenessKind.OTHER, note="after")).note == "after"


def unshare_prefix() -> tuple[str, ...]:
    """A private mount namespace (as root), or a user namespace that maps us to root (as anyone else)."""
    prefix = ("unshare", "-m") if IS_ROOT else ("unshare", "-rm")
    if shutil.which("unshare") is None:
        problem = "unshare (util-linux) is missing"
    else:
        probe = subprocess.run([*prefix, "true"], capture_output=True, text=True)
        if probe.returncode == 0:
            return prefix
        problem = f"cannot make a mount namespace: {probe.stderr.strip()}"
    if IS_ROOT:  # CI runs as root on machines where this works: never let it pass by skipping
        pytest.fail(problem)
    pytest.skip(problem)


@pytest.mark.skipif(sys.platform != "linux", reason="uses Linux mount namespaces")
def test_disk_full_on_a_real_tiny_file_system(tmp_path: Path) -> None:
    """A 512 KiB tmpfs in a private mount namespace: the kernel says ENOSPC and SQLite says SQLITE_FULL."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    script = f'mount -t tmpfs -o size=512k walls-test "$1" && exec "$2" "{CHILD}" disk_full "$1"'
    result = run_child_shell(unshare_prefix(), script, folder)
    assert result["failure"]["error"] == StoreErrorKind.DISK_FULL.value
    assert 3 <= len(result["saved"]) < 200
    assert result["after_failure"] == result["saved"]  # nothing half-saved, nothing lost
    assert result["recovered"] is not None and "ok" in result["recovered"]
    assert result["final"] == [*result["saved"], "after"]
    assert result["reopen_full"] == {"ok": None} or result["reopen_full"]["error"] == "disk_full", result


def run_child_shell(prefix: tuple[str, ...], script: str, folder: Path) -> dict:
    result = subprocess.run(
        [*prefix, "sh", "-c", script, "sh", str(folder), sys.executable],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- Read-only folders, files and media -------------------------------------------------------------------


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach: pytest's own temporary folders are private to root."""
    folder = Path(tempfile.mkdtemp(prefix="walls-store-test-"))
    folder.chmod(0o755)
    yield folder
    for path in (folder, *folder.rglob("*")):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def test_read_only_folder(shared_folder: Path) -> None:
    """As root, the open runs in a child that has become ``nobody`` (root may write anywhere); otherwise
    the folder is made read-only with chmod."""
    db_path = shared_folder / DB_FILENAME
    make_db(db_path, ["first", "second"])
    if IS_ROOT:  # the stand-in user must be able to read root's file (Walls makes its files 0600)
        for path in shared_folder.glob(f"{DB_FILENAME}*"):
            path.chmod(0o644)
    (shared_folder / "empty").mkdir(mode=0o755)
    before = file_hash(db_path)
    if IS_ROOT:
        result = run_child("read_only", str(shared_folder), "--drop")
    else:
        for folder in (shared_folder / "empty", shared_folder):
            folder.chmod(0o555)
        result = run_child("read_only", str(shared_folder))
    assert result["open"]["error"] == "read_only"
    assert result["open_read_only"]["ok"]["read_only"] is True
    assert result["open_read_only"]["ok"]["notes"] == ["first", "second"]
    assert result["open_read_only"]["ok"]["write"]["error"] == "read_only"
    assert result["new_file"]["error"] == "read_only"
    assert result["new_folder"]["error"] == "read_only"
    assert result["side_files"] == ["empty", DB_FILENAME]
    assert file_hash(db_path) == before


def test_read_only_file_in_a_writable_folder(shared_folder: Path) -> None:
    """SQLite quietly opens such a file read-only; Walls must say so at once, not at the first save."""
    db_path = shared_folder / DB_FILENAME
    make_db(db_path, ["first"])
    before = file_hash(db_path)
    if IS_ROOT:
        os.chown(shared_folder, 65534, 65534)  # nobody's folder, root's file (readable, not writable)
        db_path.chmod(0o644)
        result = run_child("read_only_file", str(shared_folder), "--drop")
    else:
        db_path.chmod(0o444)
        result = run_child("read_only_file", str(shared_folder))
    assert result["open"]["error"] == "read_only"
    assert file_hash(db_path) == before


@pytest.mark.skipif(sys.platform != "linux", reason="uses Linux mount namespaces")
def test_read_only_media(tmp_path: Path) -> None:
    """A read-only bind mount: SQLite can create no ``-shm`` index there, so the WAL database opens only
    with ``immutable=1``."""
    folder = tmp_path / "media"
    make_db(folder / DB_FILENAME, ["on a read-only stick"])
    before = file_hash(folder / DB_FILENAME)
    script = f'mount --bind -o ro "$1" "$1" && exec "$2" "{CHILD}" read_only "$1"'
    (folder / "empty").mkdir()
    result = run_child_shell(unshare_prefix(), script, folder)
    assert result["open"]["error"] == "read_only"
    assert result["open_read_only"]["ok"]["notes"] == ["on a read-only stick"]
    assert result["open_read_only"]["ok"]["write"]["error"] == "read_only"
    assert result["new_file"]["error"] == "read_only"
    assert result["new_folder"]["error"] == "read_only"
    assert result["side_files"] == ["empty", DB_FILENAME]
    assert file_hash(folder / DB_FILENAME) == before


def test_read_only_open_does_not_need_immutable_where_the_folder_is_writable(db_path: Path) -> None:
    make_db(db_path, ["plain"])
    with Database.open_read_only(db_path) as db:
        assert db.read_only
        assert [m.note for m in MomentRepository(db).list_all()] == ["plain"]
        with pytest.raises(StoreError) as caught, db.transaction():
            pass
        assert caught.value.kind is StoreErrorKind.READ_ONLY


def test_a_data_folder_path_through_a_file_says_exactly_that(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("a file someone already had")
    before = file_hash(tmp_path / "notes.txt")
    for opener in (Database.open, Database.open_read_only):
        with pytest.raises(StoreError) as caught:
            opener(tmp_path / "notes.txt" / "Walls" / DB_FILENAME)
        assert caught.value.kind is StoreErrorKind.NOT_A_FOLDER
        assert "a file, not a folder" in caught.value.message
    assert file_hash(tmp_path / "notes.txt") == before


@pytest.mark.parametrize("version", [0, -3])
def test_walls_id_without_a_schema_version_is_damage_not_a_fresh_file(db_path: Path, version: int) -> None:
    from walls_desktop.store.schema_v1 import APPLICATION_ID

    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE moments (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    before = file_hash(db_path)
    assert open_error(db_path).kind is StoreErrorKind.CORRUPT
    assert file_hash(db_path) == before


def test_a_folder_or_file_this_user_may_not_read_is_named_as_such(shared_folder: Path) -> None:
    """As a normal user (root reads everything): a folder of mode 000, and a database of mode 000."""
    locked, private = shared_folder / "locked", shared_folder / "private"
    make_db(locked / DB_FILENAME, ["kept"])
    make_db(private / DB_FILENAME, ["kept"])
    hashes = {path: file_hash(path / DB_FILENAME) for path in (locked, private)}
    private.chmod(0o755)
    (private / DB_FILENAME).chmod(0o000)
    locked.chmod(0o000)
    try:
        result = run_child("cannot_read", str(shared_folder), *(["--drop"] if IS_ROOT else []))
    finally:
        locked.chmod(0o755)
        (private / DB_FILENAME).chmod(0o600)
    for name in ("locked", "private"):
        assert result[name]["open"]["error"] == "cannot_read", result
        assert result[name]["open_read_only"]["error"] == "cannot_read", result  # not offered, then failing
    assert {path: file_hash(path / DB_FILENAME) for path in (locked, private)} == hashes


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("damage", ["random_header", "scattered_bytes", "random_middle_pages"])
def test_any_damage_is_explained_or_read_around_never_a_crash(db_path: Path, damage: str, seed: int) -> None:
    """Damage SQLite can see is CORRUPT and the file untouched; damage it cannot see (a byte inside some text)
    still opens and every list reads, damaged rows left out, nothing raised but StoreError."""
    make_db(db_path, [f"moment {n} " + "words " * 200 for n in range(60)])
    rng = random.Random(seed)
    data = bytearray(db_path.read_bytes())
    pages = len(data) // 4096
    if damage == "random_header":
        data[:100] = rng.randbytes(100)
    elif damage == "scattered_bytes":
        for _ in range(40):
            data[rng.randrange(4096, len(data))] = rng.randrange(256)
    else:
        for page in rng.sample(range(1, pages), 3):
            data[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
    db_path.write_bytes(bytes(data))
    before = file_hash(db_path)
    try:
        with Database.open(db_path) as db:
            MomentRepository(db).list_all()
    except StoreError as error:
        assert error.kind in (StoreErrorKind.CORRUPT, StoreErrorKind.NOT_WALLS, StoreErrorKind.NEWER_SCHEMA)
        assert file_hash(db_path) == before  # refused: not a byte written


def test_a_garbage_wal_beside_a_good_file_is_ignored_and_nothing_is_lost(db_path: Path) -> None:
    make_db(db_path, ["kept", "also kept"])
    Path(f"{db_path}-wal").write_bytes(random.Random(5).randbytes(64 * 1024))
    with Database.open(db_path) as db:
        assert [m.note for m in MomentRepository(db).list_all()] == ["kept", "also kept"]


def test_a_zero_length_file_is_a_fresh_store(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(b"")
    with Database.open(db_path) as db:
        assert MomentRepository(db).list_all() == []
