"""Where the data lives: --data-dir, then WALLS_DATA_DIR, then the platform's user data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from walls_desktop.store.paths import DB_FILENAME, ENV_VAR, backups_dir, database_path, resolve_data_dir


def test_cli_beats_environment_beats_platform(tmp_path: Path) -> None:
    cli, env = tmp_path / "cli", tmp_path / "env"
    assert resolve_data_dir(str(cli), {ENV_VAR: str(env)}) == cli
    assert resolve_data_dir(None, {ENV_VAR: str(env)}) == env
    assert resolve_data_dir(None, {}) == Path(platformdirs.user_data_dir("Walls", appauthor=False))


def test_empty_values_count_as_not_given(tmp_path: Path) -> None:
    assert resolve_data_dir("", {ENV_VAR: str(tmp_path)}) == tmp_path
    assert resolve_data_dir(None, {ENV_VAR: ""}) == Path(platformdirs.user_data_dir("Walls", appauthor=False))


def test_home_and_relative_paths_become_absolute(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("~/walls", {}) == tmp_path / "walls"
    assert resolve_data_dir("relative", {}) == tmp_path / "relative"


def test_nothing_is_created(tmp_path: Path) -> None:
    resolve_data_dir(str(tmp_path / "not yet"), {})
    assert not (tmp_path / "not yet").exists()


def test_file_names(tmp_path: Path) -> None:
    assert DB_FILENAME == "walls.sqlite3" and ENV_VAR == "WALLS_DATA_DIR"
    assert database_path(tmp_path) == tmp_path / DB_FILENAME
    assert backups_dir(tmp_path / DB_FILENAME) == tmp_path / "backups"
