"""Settings live in the same file as everything else, so backup, export and encryption cover them too.
Values are JSON: anything ``json.dumps`` takes (no NaN or infinity)."""

from __future__ import annotations

import json
from typing import Any

from walls_desktop.store import values
from walls_desktop.store.database import Database


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.query_one("SELECT value FROM settings WHERE key = ?", (self._key(key),))
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        """Raises TypeError/ValueError for what JSON cannot hold, StoreError(INVALID_TEXT) for a broken
        character in a string."""
        key = self._key(key)
        encoded = json.dumps(value, ensure_ascii=False, allow_nan=False)
        values.text(encoded, f"setting {key}", self._db.path)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, encoded),
            )

    def delete(self, key: str) -> bool:
        key = self._key(key)
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM settings WHERE key = ?", (key,)).rowcount > 0

    def _key(self, key: str) -> str:
        key = values.text(key, "setting key", self._db.path)
        if not key:
            raise ValueError("a setting needs a key")
        return key
