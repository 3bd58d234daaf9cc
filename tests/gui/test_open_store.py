"""Opening the user's data: each classified failure leads to a clear choice and never harms the file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from walls_desktop.core.settings import BREATHE_VOLUME
from walls_desktop.gui.context import StoreMode
from walls_desktop.gui.startup.open_store import open_store
from walls_desktop.gui.startup.store_error_dialog import Choice, StoreErrorDialog
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.paths import DB_FILENAME
from walls_desktop.store.schema_v1 import APPLICATION_ID


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Script:
    """Answers the store's questions like a user would, and remembers what was asked."""

    def __init__(self, *answers: Choice) -> None:
        self.answers = list(answers)
        self.asked: list[StoreErrorKind] = []

    def __call__(self, error: StoreError) -> Choice:
        self.asked.append(error.kind)
        return self.answers.pop(0)


def damaged_file(data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILENAME
    path.write_bytes(b"this is not a database, just some words that landed here " * 100)
    return path


def test_fresh_folder_opens_without_asking(qapp, data_dir: Path) -> None:
    ask = Script()
    ctx = open_store(data_dir, ask)
    assert ctx is not None and ctx.mode is StoreMode.NORMAL and ask.asked == []
    assert (data_dir / DB_FILENAME).exists()
    ctx.close()


def test_damaged_file_set_aside_unchanged_and_fresh_store_opened(qapp, data_dir: Path) -> None:
    path = damaged_file(data_dir)
    before = digest(path)
    ask = Script(Choice.SET_ASIDE)
    ctx = open_store(data_dir, ask)
    assert ask.asked == [StoreErrorKind.CORRUPT]
    assert ctx is not None and ctx.mode is StoreMode.NORMAL
    kept = list((data_dir / "set-aside").glob("*.sqlite3"))
    assert len(kept) == 1 and digest(kept[0]) == before
    ctx.settings.set(BREATHE_VOLUME, 10)
    assert ctx.settings.get(BREATHE_VOLUME) == 10
    ctx.close()


def test_damaged_file_quit_leaves_it_untouched(qapp, data_dir: Path) -> None:
    path = damaged_file(data_dir)
    before = digest(path)
    assert open_store(data_dir, Script(Choice.QUIT)) is None
    assert digest(path) == before


def test_newer_schema_offers_a_temporary_store_and_leaves_the_file(qapp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a Walls file ...
    conn.execute("PRAGMA user_version = 999")  # ... from a much newer Walls
    conn.commit()
    conn.close()
    before = digest(path)
    ask = Script(Choice.TEMPORARY)
    ctx = open_store(data_dir, ask)
    assert ask.asked == [StoreErrorKind.NEWER_SCHEMA]
    assert ctx is not None and ctx.mode is StoreMode.TEMPORARY
    ctx.settings.set(BREATHE_VOLUME, 10)
    temporary_folder = ctx.db_path.parent
    ctx.close()
    assert digest(path) == before
    assert not temporary_folder.exists()


def test_a_strangers_database_is_left_alone(qapp, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    ask = Script(Choice.QUIT)
    assert open_store(data_dir, ask) is None
    assert ask.asked == [StoreErrorKind.NOT_WALLS] and digest(path) == before


def test_locked_file_can_be_retried_once_the_other_program_lets_go(qapp, data_dir: Path) -> None:
    ctx = open_store(data_dir, Script())
    ctx.close()
    other = sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")

    def answer(error: StoreError) -> Choice:
        asked.append(error.kind)
        other.execute("ROLLBACK")
        other.close()  # the other program closes before the user clicks "Try again"
        return Choice.RETRY

    asked: list[StoreErrorKind] = []
    ctx = open_store(data_dir, answer)
    assert asked == [StoreErrorKind.LOCKED]
    assert ctx is not None and ctx.mode is StoreMode.NORMAL
    ctx.close()


@pytest.mark.parametrize("kind", list(StoreErrorKind))
def test_error_dialog_explains_and_offers_a_safe_way_out(qtbot, tmp_path: Path, kind: StoreErrorKind) -> None:
    dialog = StoreErrorDialog(StoreError(kind, tmp_path / DB_FILENAME, "detail"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.headline.text() and dialog.ui.explanation.text() and dialog.ui.advice.text()
    assert str(tmp_path / DB_FILENAME) == dialog.ui.path.text()
    assert Choice.QUIT in dialog.buttons
    first = next(iter(dialog.buttons))
    qtbot.mouseClick(dialog.buttons[first], Qt.MouseButton.LeftButton)
    assert dialog.choice is first and not dialog.isVisible()


def test_escape_in_the_error_dialog_means_quit(qtbot, tmp_path: Path) -> None:
    dialog = StoreErrorDialog(StoreError(StoreErrorKind.CORRUPT, tmp_path / DB_FILENAME))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is Choice.QUIT
