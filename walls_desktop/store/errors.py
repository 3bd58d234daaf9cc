"""What can go wrong with the data file, told apart so the GUI can say something clear and helpful.

SQLite reports a precise reason in ``sqlite3.Error.sqlite_errorname`` (Python 3.11+); the file system reports
``errno``. :func:`classify` turns either into a :class:`StoreError` with a kind and a plain message.
"""

from __future__ import annotations

import enum
import errno
import os
import sqlite3
from pathlib import Path

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP
from walls_desktop.core.text import TOO_LONG_MESSAGE, UNSTORABLE_MESSAGE

TRANSLATION_CONTEXT = "store"


class StoreErrorKind(enum.Enum):
    CORRUPT = "corrupt"  # not a database, or damaged
    NEWER_SCHEMA = "newer_schema"  # written by a newer Walls; left untouched
    READ_ONLY = "read_only"  # folder or file not writable, or read-only media
    DISK_FULL = "disk_full"
    LOCKED = "locked"  # another program (or Walls window) holds the file
    INVALID_TEXT = "invalid_text"  # text that cannot be encoded (a lone surrogate)
    TOO_LONG = "too_long"  # text longer than its field may hold (checked before SQLite sees it)
    NOT_A_FOLDER = "not_a_folder"  # the data folder's path (or a folder above it) is a file
    CANNOT_READ = "cannot_read"  # the data folder or file may not be read by this user
    NOT_WALLS = "not_walls"  # a database, but not one Walls made
    NOT_FOUND = "not_found"  # the entry to change is gone
    DUPLICATE_NAME = "duplicate_name"  # a custom breathing pattern with this name exists
    OTHER = "other"


_MESSAGES = {
    StoreErrorKind.CORRUPT: QT_TRANSLATE_NOOP(
        "store",
        "Walls could not read your data file because it seems to be damaged. "
        "Walls has left the file exactly as it was.",
    ),
    StoreErrorKind.NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "store",
        "Your data was saved by a newer version of Walls. To keep it safe, this version will not change it. "
        "Please update Walls to open it.",
    ),
    StoreErrorKind.READ_ONLY: QT_TRANSLATE_NOOP(
        "store",
        "Walls cannot save to your data folder right now. It may be read-only or on protected media. "
        "What you saved before is still there.",
    ),
    StoreErrorKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "store",
        "The disk is full, so this change could not be saved. Everything you saved before is safe. "
        "Please free up some space and try again.",
    ),
    StoreErrorKind.LOCKED: QT_TRANSLATE_NOOP(
        "store",
        "Your data file is being used by another program, perhaps another Walls window. Please close it and try again.",
    ),
    StoreErrorKind.INVALID_TEXT: UNSTORABLE_MESSAGE,  # context "core", see StoreError.context
    StoreErrorKind.TOO_LONG: TOO_LONG_MESSAGE,  # context "core" too
    StoreErrorKind.NOT_WALLS: QT_TRANSLATE_NOOP(
        "store",
        "The data file in this folder was not made by Walls, so Walls has left it alone. "
        "Please choose another folder for your data.",
    ),
    StoreErrorKind.NOT_FOUND: QT_TRANSLATE_NOOP(
        "store", "This entry could not be found. It may have been deleted already."
    ),
    StoreErrorKind.DUPLICATE_NAME: QT_TRANSLATE_NOOP(
        "store", "You already have a breathing pattern with this name. Please choose another name."
    ),
    StoreErrorKind.NOT_A_FOLDER: QT_TRANSLATE_NOOP(
        "store", "The place chosen for your data is a file, not a folder, so Walls cannot keep your data there."
    ),
    StoreErrorKind.CANNOT_READ: QT_TRANSLATE_NOOP(
        "store", "Walls is not allowed to read your data folder or file. Nothing in it has been changed."
    ),
    StoreErrorKind.OTHER: QT_TRANSLATE_NOOP(
        "store",
        "Something unexpected went wrong with your data file. What you saved before has not been changed.",
    ),
}


class StoreError(Exception):
    """A failure the user may meet. ``message`` is untranslated English for the GUI to translate with
    ``QCoreApplication.translate(error.context, error.message)``; ``detail`` is technical, for logs."""

    def __init__(self, kind: StoreErrorKind, path: Path | None = None, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.path = path
        self.detail = detail

    @property
    def message(self) -> str:
        return _MESSAGES[self.kind]

    @property
    def context(self) -> str:
        """The translation context of ``message``: the texts about text are shared with the core's checks."""
        return "core" if self.kind in (StoreErrorKind.INVALID_TEXT, StoreErrorKind.TOO_LONG) else TRANSLATION_CONTEXT


_SQLITE_PREFIXES: tuple[tuple[str, StoreErrorKind], ...] = (
    ("SQLITE_CONSTRAINT_FOREIGNKEY", StoreErrorKind.NOT_FOUND),  # the linked entry was deleted meanwhile
    ("SQLITE_CORRUPT", StoreErrorKind.CORRUPT),
    ("SQLITE_NOTADB", StoreErrorKind.CORRUPT),
    ("SQLITE_READONLY", StoreErrorKind.READ_ONLY),
    ("SQLITE_PERM", StoreErrorKind.READ_ONLY),
    ("SQLITE_FULL", StoreErrorKind.DISK_FULL),
    # The shared-memory index of an existing store could not grow: a full disk by another name.
    ("SQLITE_IOERR_SHMSIZE", StoreErrorKind.DISK_FULL),
    ("SQLITE_BUSY", StoreErrorKind.LOCKED),
    ("SQLITE_LOCKED", StoreErrorKind.LOCKED),
)

_ERRNO_KINDS = {
    errno.ENOSPC: StoreErrorKind.DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): StoreErrorKind.DISK_FULL,  # over quota; not on every platform
    errno.EROFS: StoreErrorKind.READ_ONLY,
    errno.EACCES: StoreErrorKind.READ_ONLY,
    errno.EPERM: StoreErrorKind.READ_ONLY,
}


def classify(exc: sqlite3.Error | OSError | UnicodeEncodeError, path: Path | None) -> StoreError:
    """The StoreError for a low-level failure on the database at ``path``; raise it ``from exc``."""
    if isinstance(exc, UnicodeEncodeError):
        return StoreError(StoreErrorKind.INVALID_TEXT, path, str(exc))
    if isinstance(exc, OSError):
        kind = _ERRNO_KINDS.get(exc.errno or 0, StoreErrorKind.OTHER)
        return StoreError(kind, path, f"{type(exc).__name__}: {exc}")
    name = getattr(exc, "sqlite_errorname", None) or ""
    detail = f"{name or type(exc).__name__}: {exc}"
    for prefix, kind in _SQLITE_PREFIXES:
        if name.startswith(prefix):
            return StoreError(kind, path, detail)
    if name.startswith("SQLITE_CANTOPEN") and path is not None and not _writable(path):
        # SQLite says only "unable to open" both for read-only media and for a folder it may not write in.
        return StoreError(StoreErrorKind.READ_ONLY, path, detail)
    return StoreError(StoreErrorKind.OTHER, path, detail)


def _writable(path: Path) -> bool:
    """Whether SQLite could create or change the file: the file if it exists, and always its folder
    (for the journal files)."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)
