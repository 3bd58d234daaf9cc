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
from walls_desktop.store.errors import StoreError
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
    """Move the data file (and its WAL companions) unchanged into ``set-aside/`` beside it."""
    folder = db_path.parent / "set-aside"
    make_private_folder(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}{db_path.suffix}"
    for suffix in ("", "-wal", "-shm"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            shutil.move(source, target.with_name(target.name + suffix))
    return target


def open_store(data_dir: Path, ask: Ask = ask_with_dialog, max_attempts: int = 20) -> AppContext | None:
    """Open the store in ``data_dir``; on failure ask the user what to do. None means: quit."""
    db_path = data_dir / DB_FILENAME
    for _ in range(max_attempts):
        try:
            database = Database.open(db_path)
            try:
                SettingsRepository(database).upgrade(UPGRADES)  # renamed and retired keys (core.settings)
            except BaseException:
                database.close()
                raise
            return AppContext(database, data_dir)
        except StoreError as error:
            choice = ask(error)
        if choice is Choice.QUIT:
            return None
        if choice is Choice.SET_ASIDE:
            set_aside(db_path)
        elif choice is Choice.TEMPORARY:
            temporary = Path(tempfile.mkdtemp(prefix="walls-temporary-"))
            return AppContext(Database.open(temporary / DB_FILENAME), data_dir, StoreMode.TEMPORARY)
        elif choice is Choice.READ_ONLY:
            try:
                return AppContext(Database.open_read_only(db_path), data_dir, StoreMode.READ_ONLY)
            except StoreError as error:
                if ask(error) is Choice.QUIT:
                    return None
    return None
