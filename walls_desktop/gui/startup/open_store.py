"""Opening the user's data at start-up, with a clear way through every classified failure."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from walls_desktop.core.settings import UPGRADES
from walls_desktop.gui.context import AppContext, StoreMode
from walls_desktop.gui.startup.store_choice import Choice
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, classify
from walls_desktop.store.paths import DB_FILENAME
from walls_desktop.store.private import make_private_folder
from walls_desktop.store.settings import SettingsRepository

Ask = Callable[[StoreError], Choice]


def ask_with_dialog(error: StoreError) -> Choice:
    from walls_desktop.gui.startup.store_error_dialog import StoreErrorDialog  # only when something went wrong

    dialog = StoreErrorDialog(error)
    dialog.exec()
    return dialog.choice


def set_aside(db_path: Path) -> Path:
    """Move the data file (and its WAL companions) unchanged into ``set-aside/`` beside it, under a name not
    taken yet. Raises StoreError when nothing can be moved (read-only media): the file is then where it was."""
    folder = db_path.parent / "set-aside"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        make_private_folder(folder)
        target = folder / f"{db_path.stem}-{stamp}{db_path.suffix}"
        counter = 2
        while any(target.with_name(target.name + suffix).exists() for suffix in ("", "-wal", "-shm")):
            target = folder / f"{db_path.stem}-{stamp}-{counter}{db_path.suffix}"
            counter += 1
        for suffix in ("", "-wal", "-shm"):
            source = db_path.with_name(db_path.name + suffix)
            if source.exists():
                shutil.move(source, target.with_name(target.name + suffix))
    except OSError as exc:
        raise classify(exc, db_path) from exc
    return target


def open_store(data_dir: Path, ask: Ask = ask_with_dialog, max_attempts: int = 20) -> AppContext | None:
    """Open the store in ``data_dir``; on failure ask the user what to do, and do it. Whatever the choice
    leads to, a failure of its own is explained in turn (so a choice that cannot work is not offered again
    as if it might). None means: quit."""
    db_path = data_dir / DB_FILENAME
    choice = Choice.RETRY
    for _ in range(max_attempts):
        try:
            if choice is Choice.QUIT:
                return None
            if choice is Choice.TEMPORARY:
                temporary = Path(tempfile.mkdtemp(prefix="walls-temporary-"))
                return AppContext(Database.open(temporary / DB_FILENAME), data_dir, StoreMode.TEMPORARY)
            if choice is Choice.READ_ONLY:
                return AppContext(Database.open_read_only(db_path), data_dir, StoreMode.READ_ONLY)
            if choice is Choice.SET_ASIDE:
                set_aside(db_path)
            return _open_writable(db_path, data_dir)
        except StoreError as error:
            choice = ask(error)
    return None


def _open_writable(db_path: Path, data_dir: Path) -> AppContext:
    database = Database.open(db_path)
    try:
        SettingsRepository(database).upgrade(UPGRADES)  # renamed and retired keys (core.settings)
    except BaseException:
        database.close()
        raise
    return AppContext(database, data_dir)
