"""Where the data file lives: a command-line value, else an environment variable, else the platform's
user data folder. Nothing here creates folders; opening the database does that."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

DB_FILENAME = "walls.sqlite3"
ENV_VAR = "WALLS_DATA_DIR"
BACKUPS_DIRNAME = "backups"


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str]) -> Path:
    """The data folder, as an absolute path. An empty value counts as not given, so ``WALLS_DATA_DIR=``
    in a shell does not point the app at the current folder."""
    for value in (cli_value, environ.get(ENV_VAR)):
        if value:
            return Path(value).expanduser().absolute()
    import platformdirs  # only here: migrations import this module, and --data-dir needs no platformdirs

    return Path(platformdirs.user_data_dir("Walls", appauthor=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def backups_dir(db_path: Path) -> Path:
    """Backups made before migrations sit beside the database, so they move with the data folder."""
    return db_path.parent / BACKUPS_DIRNAME
