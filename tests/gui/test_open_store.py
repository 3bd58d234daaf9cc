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


def test_a_second_damaged_file_is_set_aside_beside_the_first_under_a_free_name(qapp, data_dir: Path) -> None:
    digests = []
    for words in (b"first damage ", b"second damage "):
        path = damaged_file(data_dir)
        path.write_bytes(words * 300)
        digests.append(digest(path))
        ctx = open_store(data_dir, Script(Choice.SET_ASIDE))  # most likely within the same second
        assert ctx is not None
        ctx.close()
        (data_dir / DB_FILENAME).unlink()
        for companion in data_dir.glob(f"{DB_FILENAME}-*"):
            companion.unlink()
    kept = sorted((data_dir / "set-aside").glob("*.sqlite3"))
    assert sorted(digest(path) for path in kept) == sorted(digests)  # both kept, neither overwritten


def test_where_nothing_can_be_moved_it_says_so_and_offers_what_still_works(qapp, data_dir, monkeypatch) -> None:
    import errno
    import shutil

    path = damaged_file(data_dir)
    before = digest(path)

    def read_only_media(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(shutil, "move", read_only_media)
    ask = Script(Choice.SET_ASIDE, Choice.TEMPORARY)
    ctx = open_store(data_dir, ask)
    assert ask.asked == [StoreErrorKind.CORRUPT, StoreErrorKind.READ_ONLY]  # the move's failure, explained
    assert ctx is not None and ctx.mode is StoreMode.TEMPORARY
    assert digest(path) == before
    ctx.close()


def test_a_read_only_choice_that_fails_is_explained_and_not_offered_again(qtbot, tmp_path: Path) -> None:
    """An empty read-only folder has nothing to open read-only: the dialog does not offer it."""
    missing = tmp_path / "empty-read-only" / DB_FILENAME
    dialog = StoreErrorDialog(StoreError(StoreErrorKind.READ_ONLY, missing, "folder not writable"))
    qtbot.addWidget(dialog)
    assert Choice.READ_ONLY not in dialog.buttons and Choice.QUIT in dialog.buttons
    existing = tmp_path / DB_FILENAME
    existing.write_bytes(b"")
    dialog = StoreErrorDialog(StoreError(StoreErrorKind.READ_ONLY, existing, "folder not writable"))
    qtbot.addWidget(dialog)
    assert Choice.READ_ONLY in dialog.buttons


def test_after_a_failed_read_only_open_the_next_answer_is_followed(qapp, data_dir: Path, monkeypatch) -> None:
    from walls_desktop.store.database import Database

    damaged_file(data_dir)
    monkeypatch.setattr(
        Database,
        "open_read_only",
        classmethod(lambda cls, path: (_ for _ in ()).throw(StoreError(StoreErrorKind.CORRUPT, path))),
    )
    ask = Script(Choice.READ_ONLY, Choice.TEMPORARY)
    ctx = open_store(data_dir, ask)
    assert ask.asked == [StoreErrorKind.CORRUPT, StoreErrorKind.CORRUPT]
    assert ctx is not None and ctx.mode is StoreMode.TEMPORARY  # not asked the same question again and again
    ctx.close()
