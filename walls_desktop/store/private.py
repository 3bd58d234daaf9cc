"""Files only their owner may read: on Linux and macOS the data folder is created 0700 and the database, its
``-wal``/``-shm``, backups and exports are 0600, whatever the umask. (Windows keeps a user's app data private
through the profile's own permissions; there these calls change nothing.)"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and any missing parents) with only the owner let in. An existing folder is left as
    the person set it up, except that a folder Walls made itself keeps its mode."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if POSIX:
        with contextlib.suppress(OSError):
            folder.chmod(FOLDER_MODE)  # mkdir's mode is masked by the umask


def keep_private(*files: Path) -> None:
    """Narrow each existing file to 0600 when it lets others read it. Failing to (a read-only medium, a file
    someone else owns) is not an error: the file is read all the same."""
    if not POSIX:
        return
    for file in files:
        with contextlib.suppress(OSError):
            if file.stat().st_mode & 0o077:
                file.chmod(FILE_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty ``path`` readable by its owner only, if it does not exist yet (SQLite then gives its
    ``-wal`` and ``-shm`` files the same mode)."""
    if not POSIX or path.exists():
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
