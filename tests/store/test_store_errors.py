"""Classifying low-level failures, and the words the user will read."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from walls_desktop.core.text import UNSTORABLE_MESSAGE
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind, classify


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (errno.ENOSPC, StoreErrorKind.DISK_FULL),
        (errno.EDQUOT, StoreErrorKind.DISK_FULL),
        (errno.EROFS, StoreErrorKind.READ_ONLY),
        (errno.EACCES, StoreErrorKind.READ_ONLY),
        (errno.EPERM, StoreErrorKind.READ_ONLY),
        (errno.ENOENT, StoreErrorKind.OTHER),
    ],
)
def test_os_errors_by_errno(tmp_path: Path, number: int, kind: StoreErrorKind) -> None:
    error = classify(OSError(number, "from the test"), tmp_path / "x")
    assert error.kind is kind
    assert error.path == tmp_path / "x"
    assert "from the test" in error.detail


def test_a_real_permission_error_from_the_file_system(tmp_path: Path) -> None:
    try:
        (tmp_path / "missing" / "x").write_text("")
    except OSError as exc:
        assert classify(exc, tmp_path).kind is StoreErrorKind.OTHER  # ENOENT: nothing to do with space or rights


def test_sqlite_errors_by_name(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x INTEGER UNIQUE) STRICT")
    conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError) as unique:
        conn.execute("INSERT INTO t VALUES (1)")
    assert classify(unique.value, None).kind is StoreErrorKind.OTHER
    assert "SQLITE_CONSTRAINT_UNIQUE" in classify(unique.value, None).detail
    conn.close()
    with pytest.raises(sqlite3.ProgrammingError) as closed:
        conn.execute("SELECT 1")
    assert classify(closed.value, None).kind is StoreErrorKind.OTHER  # no sqlite_errorname at all


def test_a_folder_in_place_of_the_file_is_not_called_read_only(tmp_path: Path) -> None:
    (tmp_path / "walls.sqlite3").mkdir()
    with pytest.raises(StoreError) as caught:
        Database.open(tmp_path / "walls.sqlite3")
    assert caught.value.kind is StoreErrorKind.OTHER
    assert caught.value.detail.startswith("SQLITE_")


def test_encode_error_is_invalid_text() -> None:
    with pytest.raises(UnicodeEncodeError) as caught:
        "\ud800".encode()
    assert classify(caught.value, None).kind is StoreErrorKind.INVALID_TEXT


@pytest.mark.parametrize("kind", list(StoreErrorKind))
def test_every_kind_has_plain_words(kind: StoreErrorKind) -> None:
    error = StoreError(kind, None, "technical detail")
    assert error.message.endswith(".")
    assert len(error.message) > 30
    for jargon in ("SQL", "schema", "errno", "exception", "technical detail"):
        assert jargon not in error.message
    text_kinds = (StoreErrorKind.INVALID_TEXT, StoreErrorKind.TOO_LONG)  # shared with the forms
    assert error.context == ("core" if kind in text_kinds else "store")
    assert "technical detail" in str(error)


def test_invalid_text_uses_the_core_message() -> None:
    assert StoreError(StoreErrorKind.INVALID_TEXT).message == UNSTORABLE_MESSAGE


def test_a_shared_memory_index_that_cannot_grow_is_a_full_disk() -> None:
    """An existing store on a full disk can fail as SQLITE_IOERR_SHMSIZE rather than SQLITE_FULL."""
    low_level = sqlite3.OperationalError("disk I/O error")
    low_level.sqlite_errorname = "SQLITE_IOERR_SHMSIZE"
    assert classify(low_level, None).kind is StoreErrorKind.DISK_FULL
    other = sqlite3.OperationalError("disk I/O error")
    other.sqlite_errorname = "SQLITE_IOERR_READ"
    assert classify(other, None).kind is StoreErrorKind.OTHER  # not every I/O error is a full disk
