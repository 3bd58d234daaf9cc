"""Settings live in the same file as everything else, so whatever copies or protects that file covers them too.

Each is read and written through its declaration in ``core.settings`` (never by a loose key): reading gives
the default for a missing, unreadable or invalid value and never raises for the value itself; writing checks
the value first. Values are kept as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TypeVar

from walls_desktop.core.settings import InvalidSetting, Rename, Retire, Setting, Upgrade
from walls_desktop.store import values
from walls_desktop.store.changes import Action, Record
from walls_desktop.store.database import Database

T = TypeVar("T")
SETTING_TEXT_MAX = 1_000_000  # characters of JSON: an unfinished reframe, with every field full, is ~150 000


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the setting's default when there is none or it is not valid.
        Raises StoreError only when the file itself cannot be read."""
        raw = self._read(setting.key)
        if raw is _MISSING:
            return setting.default
        try:
            return setting.parse(raw)
        except InvalidSetting:
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        """Raises InvalidSetting for a value the setting cannot hold (nothing is written), StoreError when the
        store cannot be written."""
        encoded = json.dumps(setting.encode(value), ensure_ascii=False, allow_nan=False)
        values.text(encoded, f"setting {setting.key}", self._db.path, SETTING_TEXT_MAX)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (setting.key, encoded),
            )
        self._db.announce(Record.SETTING, setting.key, Action.CHANGED)

    def reset(self, setting: Setting[Any]) -> bool:
        """Forget the stored value, so the default applies again. True if there was one."""
        with self._db.transaction() as conn:
            removed = conn.execute("DELETE FROM settings WHERE key = ?", (setting.key,)).rowcount > 0
        if removed:
            self._db.announce(Record.SETTING, setting.key, Action.REMOVED)
        return removed

    def upgrade(self, upgrades: Iterable[Upgrade]) -> None:
        """Move renamed keys to their new names and drop retired ones, in one transaction. A value already
        kept under the new name wins over the old one."""
        upgrades = tuple(upgrades)
        if not upgrades:
            return
        with self._db.transaction() as conn:
            for step in upgrades:
                if isinstance(step, Retire):
                    conn.execute("DELETE FROM settings WHERE key = ?", (step.key,))
                    continue
                assert isinstance(step, Rename)
                row = conn.execute("SELECT value FROM settings WHERE key = ?", (step.old,)).fetchone()
                if row is None:
                    continue
                conn.execute("DELETE FROM settings WHERE key = ?", (step.old,))
                try:
                    converted = json.dumps(step.convert(json.loads(row[0])), ensure_ascii=False, allow_nan=False)
                except (ValueError, TypeError):
                    continue  # an old value that makes no sense now: the new setting starts at its default
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                    (step.new, converted),
                )

    def _read(self, key: str) -> Any:
        row = self._db.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        if row is None:
            return _MISSING
        try:
            return json.loads(row[0])
        except (ValueError, TypeError):
            return _MISSING


_MISSING = object()
