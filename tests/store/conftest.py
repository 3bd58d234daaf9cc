"""Store tests run against real SQLite files in a temporary folder; nothing about SQLite is mocked."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from walls_desktop.core.breathing import PRESETS, BreathSessionRecord
from walls_desktop.store.database import Database
from walls_desktop.store.paths import DB_FILENAME

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class FixedClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / DB_FILENAME


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


def breath_session(**fields) -> BreathSessionRecord:
    """A plain finished box-breathing session, with ``fields`` changed."""
    values = dict(
        started_at=datetime(2025, 5, 1, 12, tzinfo=UTC),
        pattern_name="Box",
        phases=PRESETS[0].phases,
        planned_seconds=60,
        actual_seconds=60,
        planned_breaths=4,
        breaths_done=4,
        completed=True,
    )
    return BreathSessionRecord(**{**values, **fields})
