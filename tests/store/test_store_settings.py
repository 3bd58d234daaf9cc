"""Settings in the store: read and written through their declarations, never by a loose key."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.store.strategies import DB_SETTINGS, any_text
from walls_desktop.core.settings import (
    BREATHE_VOLUME,
    KIND_SENTENCES,
    REFRAME_DRAFT,
    THEME,
    WINDOW_GEOMETRY,
    InvalidSetting,
    Rename,
    Retire,
    ThemeMode,
)
from walls_desktop.store.changes import Action, Change, Record
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.settings import SettingsRepository


@pytest.fixture
def repo(db: Database) -> SettingsRepository:
    return SettingsRepository(db)


def store_raw(db: Database, key: str, text: str) -> None:
    """Write a value behind the registry's back, as a hand edit or an older Walls might have."""
    with db.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, text))


def raw(db: Database, key: str) -> object:
    row = db.query_one("SELECT value FROM settings WHERE key = ?", (key,))
    return None if row is None else json.loads(row[0])


def test_default_then_set_overwrite_reset(db: Database, repo: SettingsRepository) -> None:
    assert repo.get(THEME) is ThemeMode.SYSTEM
    repo.set(THEME, ThemeMode.DARK)
    repo.set(THEME, ThemeMode.LIGHT)
    assert repo.get(THEME) is ThemeMode.LIGHT
    assert raw(db, "view.theme") == "light"  # kept as plain JSON
    assert repo.reset(THEME) is True and repo.reset(THEME) is False
    assert repo.get(THEME) is ThemeMode.SYSTEM
    with Database.open(db.path) as other:  # really in the file
        repo.set(BREATHE_VOLUME, 35)
        assert SettingsRepository(other).get(BREATHE_VOLUME) == 35


@pytest.mark.parametrize(
    ("setting", "stored"),
    [
        (THEME, '"purple"'),
        (THEME, "3"),
        (BREATHE_VOLUME, "101"),
        (BREATHE_VOLUME, "-1"),
        (BREATHE_VOLUME, "true"),
        (BREATHE_VOLUME, '"60"'),
        (BREATHE_VOLUME, "60.5"),
        (KIND_SENTENCES, '["fine", 7]'),
        (KIND_SENTENCES, '{"a": 1}'),
        (WINDOW_GEOMETRY, "[1, 2]"),
        (REFRAME_DRAFT, '"a string"'),
    ],
)
def test_an_invalid_stored_value_reads_as_the_default(db: Database, repo: SettingsRepository, setting, stored) -> None:
    store_raw(db, setting.key, stored)
    assert repo.get(setting) == setting.default


def test_writing_checks_before_anything_is_written(db: Database, repo: SettingsRepository) -> None:
    heard: list[Change] = []
    db.subscribe(heard.append)
    repo.set(BREATHE_VOLUME, 20)
    heard.clear()
    for bad in (101, -5, True, "60", 60.0, None):
        with pytest.raises(InvalidSetting):
            repo.set(BREATHE_VOLUME, bad)
    with pytest.raises(InvalidSetting):
        repo.set(THEME, "purple")
    with pytest.raises(InvalidSetting):
        repo.set(KIND_SENTENCES, ["fine", "broken \ud800"])
    with pytest.raises(InvalidSetting):  # inside a dict too
        repo.set(REFRAME_DRAFT, {"critic": "broken \udfff"})
    nested: list = []
    for _ in range(1000):
        nested = [nested]
    for bad in (nested, {"a": nested}, {1: "a"}, {"a": ("b", "c")}, {"a": float("nan")}):
        with pytest.raises(InvalidSetting):  # what JSON could not give back unchanged, or not at all
            repo.set(REFRAME_DRAFT, bad)
    with pytest.raises(InvalidSetting):
        repo.set(THEME, nested)  # the choice's message would once repr this without end
    assert repo.get(BREATHE_VOLUME) == 20 and raw(db, REFRAME_DRAFT.key) is None
    assert heard == []  # nothing written, nothing announced


def test_every_write_is_announced_with_its_key(db: Database, repo: SettingsRepository) -> None:
    heard: list[Change] = []
    db.subscribe(heard.append)
    repo.set(THEME, ThemeMode.DARK)
    repo.reset(THEME)
    repo.reset(THEME)  # nothing there: nothing changed
    assert heard == [
        Change(Record.SETTING, "view.theme", Action.CHANGED),
        Change(Record.SETTING, "view.theme", Action.REMOVED),
    ]


def test_upgrades_move_renamed_keys_and_drop_retired_ones(db: Database, repo: SettingsRepository) -> None:
    store_raw(db, "old.volume", "7")
    store_raw(db, "old.theme", '"Dark"')
    store_raw(db, "gone", '"x"')
    store_raw(db, "old.kept", '"light"')
    store_raw(db, "view.theme.new", '"system"')
    upgrades = (
        Rename("old.volume", BREATHE_VOLUME.key, lambda level: level * 10),
        Rename("old.theme", THEME.key, str.lower),
        Rename("old.kept", "view.theme.new"),  # a value already under the new key wins
        Rename("never.stored", "anything"),
        Retire("gone"),
    )
    repo.upgrade(upgrades)
    assert repo.get(BREATHE_VOLUME) == 70 and repo.get(THEME) is ThemeMode.DARK
    assert raw(db, "view.theme.new") == "system"
    for old in ("old.volume", "old.theme", "gone", "old.kept"):
        assert raw(db, old) is None
    repo.upgrade(upgrades)  # a second time changes nothing
    assert repo.get(BREATHE_VOLUME) == 70


def test_an_upgrade_whose_conversion_fails_leaves_the_default(db: Database, repo: SettingsRepository) -> None:
    store_raw(db, "old.volume", '"loud"')
    repo.upgrade((Rename("old.volume", BREATHE_VOLUME.key, lambda level: level * 10),))
    assert repo.get(BREATHE_VOLUME) == BREATHE_VOLUME.default and raw(db, "old.volume") is None


@DB_SETTINGS
@given(sentences=st.lists(any_text, max_size=8))
def test_text_lists_round_trip(repo: SettingsRepository, sentences: list[str]) -> None:
    repo.set(KIND_SENTENCES, sentences)
    assert repo.get(KIND_SENTENCES) == sentences


def test_a_read_only_store_refuses_writes(db_path, repo: SettingsRepository, db: Database) -> None:
    repo.set(THEME, ThemeMode.DARK)
    db.close()
    with Database.open_read_only(db_path) as read_only:
        settings = SettingsRepository(read_only)
        assert settings.get(THEME) is ThemeMode.DARK
        with pytest.raises(StoreError) as caught:
            settings.set(THEME, ThemeMode.LIGHT)
        assert caught.value.kind is StoreErrorKind.READ_ONLY
