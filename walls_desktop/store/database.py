"""Opening the one data file safely, and running transactions on it.

Opening looks before it touches: a read-only probe checks that the file is a Walls database this version
understands and that it reads cleanly (``PRAGMA quick_check``). Only then is it opened for writing, switched
to WAL and migrated. So a damaged file, a newer schema or a stranger's database is never written to, not
even by ``PRAGMA journal_mode``. (The probe may leave empty ``-wal``/``-shm`` files beside the database;
SQLite handles those, and the database file itself stays byte for byte the same.)
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from walls_desktop.store import migrations
from walls_desktop.store.changes import Action, Change, Record
from walls_desktop.store.errors import StoreError, StoreErrorKind, classify
from walls_desktop.store.private import create_private_file, keep_private, make_private_folder
from walls_desktop.store.schema_v1 import APPLICATION_ID
from walls_desktop.store.search import FOLD_FUNCTION, fold

# Long enough to ride out another connection's short write, short enough not to freeze the GUI thread.
DEFAULT_BUSY_TIMEOUT_MS = 2000

_LowLevelError = (sqlite3.Error, OSError, UnicodeEncodeError)
# What reading one row another program damaged can raise: a time out of range, a value of the wrong type,
# phases that no longer parse (a StoreError CORRUPT from the store's own readers).
_ROW_DAMAGE = (OverflowError, ValueError, TypeError, KeyError, StoreError)


class BrokenText(str):
    """Text in the file that is not UTF-8 (only another program writes that), decoded with U+FFFD."""


def _lenient_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return BrokenText(data.decode("utf-8", "replace"))


class Database:
    """One open connection to the data file, used from the GUI thread only. Create with :meth:`open` or
    :meth:`open_read_only`."""

    def __init__(self, connection: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
        self._conn = connection
        self._path = path
        self._read_only = read_only
        self._listeners: list[Callable[[Change], None]] = []
        self._damaged: set[tuple[str, int]] = set()

    @classmethod
    def open(cls, path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Self:
        """Open for reading and writing, creating the folder and the file if needed and migrating an older
        schema (with a backup first). Raises StoreError: CORRUPT, NEWER_SCHEMA, NOT_WALLS, READ_ONLY,
        LOCKED, DISK_FULL or OTHER; in each case the file is left as it was."""
        path = Path(path).absolute()
        _check_reachable(path)
        try:
            make_private_folder(path.parent)
        except OSError as exc:
            raise classify(exc, path) from exc
        if path.exists():
            _inspect(path, busy_timeout_ms, immutable=False).close()
        try:
            create_private_file(path)  # before SQLite makes it with the umask's mode
        except OSError as exc:
            raise classify(exc, path) from exc
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            # WAL keeps readers and the writer out of each other's way and survives power loss well with
            # synchronous=FULL. If the file system cannot do WAL, SQLite keeps the old journal: still safe.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrations.migrate(conn, path)
            _prove_writable(conn)
            keep_private(path, Path(f"{path}-wal"), Path(f"{path}-shm"))
            _add_functions(conn)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, _LowLevelError):
                raise classify(exc, path) from exc
            raise
        return cls(conn, path, read_only=False)

    @classmethod
    def open_read_only(cls, path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Self:
        """The fallback when :meth:`open` raised READ_ONLY: read what is there, change nothing. On a folder
        that cannot be written and holds no WAL index, the file is opened ``immutable``, which is the only
        way SQLite reads a WAL database there (changes still sitting in a leftover ``-wal`` are not seen)."""
        path = Path(path).absolute()
        _check_reachable(path)
        conn = _inspect(path, busy_timeout_ms, immutable=_needs_immutable(path))
        try:
            version = migrations.user_version(conn)
            if version != migrations.latest_version():
                # An older schema would need a migration, which needs writing.
                raise StoreError(StoreErrorKind.READ_ONLY, path, f"schema v{version} needs migrating")
            conn.execute("PRAGMA query_only = ON")
            _add_functions(conn)
        except BaseException as exc:
            conn.close()
            if isinstance(exc, _LowLevelError):
                raise classify(exc, path) from exc
            raise
        return cls(conn, path, read_only=True)

    @property
    def path(self) -> Path:
        return self._path

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for store modules (and tests). Everything else goes through repositories."""
        return self._conn

    @property
    def schema_version(self) -> int:
        return self.query_one("PRAGMA user_version")[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; on any error, roll back and raise (SQLite errors as
        StoreError). Takes the write lock at the start, so a busy file fails before any work is done."""
        if self._read_only:
            raise StoreError(StoreErrorKind.READ_ONLY, self._path, "opened read-only")
        conn = self._conn
        if conn.in_transaction:  # refusing here, before the except below would roll back the outer work
            raise RuntimeError("store transactions do not nest")
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, _LowLevelError):
                raise classify(exc, self._path) from exc
            raise

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """Call ``listener`` with every change announced from now on."""
        self._listeners.append(listener)

    def announce(self, record: Record, record_id: int | str | None, action: Action) -> None:
        """Tell every listener about a write that has committed (repositories call this after each one)."""
        change = Change(record, record_id, action)
        for listener in tuple(self._listeners):
            listener(change)

    def query(self, sql: str, parameters: Any = ()) -> list[Any]:
        """All rows of a read, with failures (a damaged page, a lock) raised as StoreError. Text that is not
        UTF-8 comes back as BrokenText (SQLite's own decoding would fail the whole read on one bad value)."""
        try:
            return self._conn.execute(sql, parameters).fetchall()
        except sqlite3.OperationalError as exc:
            if "decode" not in str(exc):
                raise classify(exc, self._path) from exc
        # Only after a failure, so the usual read keeps SQLite's fast decoding.
        self._conn.text_factory = _lenient_text
        try:
            return self._conn.execute(sql, parameters).fetchall()
        except _LowLevelError as exc:
            raise classify(exc, self._path) from exc
        finally:
            self._conn.text_factory = str

    def records(self, table: str, sql: str, parameters: Any, read: Callable[[Any], Any]) -> list[Any]:
        """Each row (its id first) read by ``read``. A row another program damaged is left out and kept in
        ``damaged``, so that one bad row never makes a whole list unreadable."""
        kept = []
        for row in self.query(sql, parameters):
            try:
                kept.append(_read_whole(row, read))
            except _ROW_DAMAGE:
                self._damaged.add((table, row[0]))
        return kept

    def record(self, table: str, sql: str, parameters: Any, read: Callable[[Any], Any]) -> Any:
        """The one row (its id first) read by ``read``, or None; a damaged row raises StoreError CORRUPT."""
        rows = self.query(sql, parameters)
        if not rows:
            return None
        try:
            return _read_whole(rows[0], read)
        except _ROW_DAMAGE as exc:
            self._damaged.add((table, rows[0][0]))
            raise StoreError(StoreErrorKind.CORRUPT, self._path, f"{table} row {rows[0][0]}: {exc}") from exc

    @property
    def damaged(self) -> frozenset[tuple[str, int]]:
        """The (table, id) of every row found damaged so far; the file itself is left as it is."""
        return frozenset(self._damaged)

    def query_one(self, sql: str, parameters: Any = ()) -> Any:
        try:
            return self._conn.execute(sql, parameters).fetchone()
        except _LowLevelError as exc:
            raise classify(exc, self._path) from exc

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _rollback(self) -> None:
        # After SQLITE_FULL (and some other errors) SQLite has already rolled back by itself.
        if self._conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # the original error is the one worth reporting
                self._conn.execute("ROLLBACK")


def _check_reachable(path: Path) -> None:
    """Say plainly when the data folder's path runs through a file, or when this user may not read the
    folder or the file (SQLite would only say "unable to open", Python raise a bare PermissionError)."""
    try:
        for folder in reversed(path.parents):
            if folder.exists() and not folder.is_dir():
                raise StoreError(StoreErrorKind.NOT_A_FOLDER, path, f"{folder} is a file")
        folder_there = path.parent.is_dir()
        file_there = folder_there and os.access(path.parent, os.X_OK) and path.exists()
    except OSError as exc:
        raise StoreError(StoreErrorKind.CANNOT_READ, path, f"{type(exc).__name__}: {exc}") from exc
    if folder_there and not os.access(path.parent, os.R_OK | os.X_OK):
        raise StoreError(StoreErrorKind.CANNOT_READ, path, f"{path.parent} may not be read")
    if file_there and not os.access(path, os.R_OK):
        raise StoreError(StoreErrorKind.CANNOT_READ, path, f"{path} may not be read")


def _read_whole(row: Any, read: Callable[[Any], Any]) -> Any:
    if any(isinstance(value, BrokenText) for value in row):
        raise ValueError("text that is not UTF-8")
    return read(row)


def _inspect(path: Path, busy_timeout_ms: int, *, immutable: bool) -> sqlite3.Connection:
    """A read-only connection to an existing file, returned only if the file is a healthy Walls database
    of a schema this version knows (or an empty file). Raises StoreError otherwise."""
    uri = path.as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        version = migrations.user_version(conn)
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        is_fresh = version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
        if application_id != APPLICATION_ID and not (application_id == 0 and is_fresh):
            raise StoreError(StoreErrorKind.NOT_WALLS, path, f"application_id {application_id}, v{version}")
        if application_id == APPLICATION_ID and version <= 0:
            # Walls stamps its id and the first version in one transaction: one without the other is damage.
            raise StoreError(StoreErrorKind.CORRUPT, path, f"Walls' application_id with schema v{version}")
        latest = migrations.latest_version()
        if version > latest:
            raise StoreError(StoreErrorKind.NEWER_SCHEMA, path, f"schema v{version}, newest known v{latest}")
        # The report quotes what it found damaged, which may itself be bytes that are not UTF-8 (in a row,
        # or in SQLite's own message about a damaged schema, which Python then cannot decode).
        conn.text_factory = _lenient_text
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
        except UnicodeDecodeError as exc:
            raise StoreError(StoreErrorKind.CORRUPT, path, f"quick_check: {exc}") from exc
        conn.text_factory = str
        if problems != ["ok"]:
            raise StoreError(StoreErrorKind.CORRUPT, path, "; ".join(problems))
    except BaseException as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, _LowLevelError):
            raise classify(exc, path) from exc
        raise
    return conn


def _needs_immutable(path: Path) -> bool:
    """A WAL database needs its ``-shm`` index; where the folder is read-only and the index is missing,
    only ``immutable=1`` lets SQLite read it."""
    if os.access(path.parent, os.W_OK):
        return False
    if Path(f"{path}-shm").exists() and Path(f"{path}-wal").exists():
        return False
    try:
        with path.open("rb") as file:
            header = file.read(20)
    except OSError:
        return False  # let SQLite report what is wrong
    return len(header) == 20 and header[18] == 2  # file format read version 2 means WAL


def _prove_writable(conn: sqlite3.Connection) -> None:
    """Fail now, not at the user's first save, when the file itself is read-only: SQLite then opens it
    read-only without a word, and even ``BEGIN IMMEDIATE`` succeeds. Rewriting user_version with its
    own value is a real write, rolled back, so nothing changes."""
    version = migrations.user_version(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


def _add_functions(conn: sqlite3.Connection) -> None:
    conn.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)
