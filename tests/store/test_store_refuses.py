"""Values the store cannot give back are refused before anything is written, so no later read can fail on them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest

from walls_desktop.core.breathing import PRESETS, BreathSessionRecord, Phase, PhaseKind
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.reframe import Reframe
from walls_desktop.core.text import LONG_TEXT_MAX, SHORT_TEXT_MAX
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.reframes import ReframeRepository
from walls_desktop.store.sessions import SessionRepository

WHEN = datetime(2025, 5, 1, 12, tzinfo=UTC)


def rows(db: Database, table: str) -> int:
    return sqlite3.connect(db.path).execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def session(**fields) -> BreathSessionRecord:
    values = dict(
        started_at=WHEN,
        pattern_name="Box",
        phases=PRESETS[0].phases,
        planned_seconds=60,
        actual_seconds=60,
        planned_breaths=4,
        breaths_done=4,
        completed=True,
    )
    return BreathSessionRecord(**{**values, **fields})


@pytest.mark.parametrize(
    "when",
    [
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))),  # before year 1 in UTC
        datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-5))),  # after 9999 in UTC
    ],
    ids=["year-1-east-of-utc", "year-9999-west-of-utc"],
)
def test_a_time_that_could_not_be_read_back_is_refused_and_the_list_still_reads(db: Database, when) -> None:
    repo = MomentRepository(db)
    kept = repo.add(Moment(WHEN, 3, ClosenessKind.OTHER))
    with pytest.raises(ValueError, match="between the years 1 and 9999"):
        repo.add(Moment(when, 3, ClosenessKind.OTHER))
    assert repo.list_all() == [kept] and rows(db, "moments") == 1


def test_the_first_and_last_second_python_can_hold_are_kept(db: Database) -> None:
    repo = MomentRepository(db)
    for when in (datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)):
        stored = repo.add(Moment(when, 3, ClosenessKind.OTHER))
        assert repo.get(stored.id).occurred_at == when


@pytest.mark.parametrize(
    "fields",
    [
        {"planned_seconds": 10**400},
        {"actual_seconds": 10**400},
        {"planned_seconds": 1e308},
        {"phases": (Phase(PhaseKind.INHALE, 1e308),)},
        {"phases": (Phase(PhaseKind.INHALE, float("inf")),)},
        {"phases": (Phase(PhaseKind.INHALE, float("nan")),)},
    ],
    ids=["planned-10^400", "actual-10^400", "planned-1e308", "phase-1e308", "phase-inf", "phase-nan"],
)
def test_numbers_beyond_range_are_refused_before_writing(db: Database, fields: dict) -> None:
    with pytest.raises(ValueError):
        SessionRepository(db).add(session(**fields))
    assert rows(db, "breath_sessions") == 0


def test_a_phase_kind_given_as_plain_text_is_refused(db: Database) -> None:
    with pytest.raises(TypeError, match="PhaseKind"):
        SessionRepository(db).add(session(phases=(Phase("inhale", 4.0),)))  # type: ignore[arg-type]
    assert rows(db, "breath_sessions") == 0


@pytest.mark.parametrize(
    ("make", "table"),
    [
        (lambda: Moment(WHEN, 3, ClosenessKind.OTHER, note="x" * (LONG_TEXT_MAX + 1)), "moments"),
        (lambda: Moment(WHEN, 3, ClosenessKind.OTHER, person="x" * (SHORT_TEXT_MAX + 1)), "moments"),
        (lambda: Reframe(created_at=WHEN, critic="c" * (LONG_TEXT_MAX + 1), reframe="r"), "reframes"),
        (lambda: Moment(WHEN, 3, ClosenessKind.OTHER, note="x" * 50_000_000), "moments"),  # far past any form
    ],
    ids=["note", "person", "critic", "50-million-characters"],
)
def test_text_longer_than_its_field_is_refused_with_a_clear_message(db: Database, make, table: str) -> None:
    repo = MomentRepository(db) if table == "moments" else ReframeRepository(db)
    with pytest.raises(StoreError) as caught:
        repo.add(make())
    assert caught.value.kind is StoreErrorKind.TOO_LONG
    assert "longer than Walls can keep" in caught.value.message
    assert rows(db, table) == 0


def test_text_exactly_at_the_limit_is_kept(db: Database) -> None:
    repo = MomentRepository(db)
    stored = repo.add(Moment(WHEN, 3, ClosenessKind.OTHER, person="p" * SHORT_TEXT_MAX, note="n" * LONG_TEXT_MAX))
    assert repo.get(stored.id) == stored
