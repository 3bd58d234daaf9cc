"""Values the store cannot give back are refused before anything is written, so no later read can fail on them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.store.conftest import breath_session
from walls_desktop.core.breathing import Phase, PhaseKind
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
        SessionRepository(db).add(breath_session(**fields))
    assert rows(db, "breath_sessions") == 0


def test_a_phase_kind_given_as_plain_text_is_refused(db: Database) -> None:
    with pytest.raises(TypeError, match="PhaseKind"):
        SessionRepository(db).add(breath_session(phases=(Phase("inhale", 4.0),)))  # type: ignore[arg-type]
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


# ----- rows another program damaged -------------------------------------------------------------------


def _damage(db: Database, sql: str) -> None:
    other = sqlite3.connect(db.path)  # another program, writing what Walls never would
    with other:
        other.execute(sql)
    other.close()


def test_one_damaged_row_is_left_out_and_reported_while_the_rest_still_load(db: Database, db_path) -> None:
    from tests.store.conftest import file_hash

    moments = MomentRepository(db)
    kept = [
        moments.add(Moment(WHEN + timedelta(days=day), 3, ClosenessKind.OTHER, note=f"day {day}")) for day in range(3)
    ]
    _damage(db, f"UPDATE moments SET note = CAST(X'FF00FE' AS TEXT) WHERE id = {kept[1].id}")
    _damage(
        db,
        "INSERT INTO moments (occurred_at, anxiety, kind, person, signs, action, note, created_at, updated_at)"
        " VALUES (4611686018427387904, 3, 'other', '', 0, '', 'far away', 0, 0)",
    )
    before = file_hash(db_path)
    assert moments.list_all() == [kept[0], kept[2]]
    assert len(moments.list_between(WHEN - timedelta(days=1), WHEN + timedelta(days=9))) == 2
    assert {table for table, _ in db.damaged} == {"moments"} and len(db.damaged) == 2
    with pytest.raises(StoreError) as caught:
        moments.get(kept[1].id)
    assert caught.value.kind is StoreErrorKind.CORRUPT
    assert file_hash(db_path) == before  # reading reported the damage and changed nothing


def test_a_damaged_reframe_and_session_do_not_hide_the_others(db: Database) -> None:
    reframes, sessions = ReframeRepository(db), SessionRepository(db)
    good = reframes.add(Reframe(created_at=WHEN, critic="c", reframe="r"))
    bad = reframes.add(Reframe(created_at=WHEN, critic="c2", reframe="r2"))
    fine = sessions.add(breath_session())
    broken = sessions.add(breath_session())
    _damage(db, f"UPDATE reframes SET friend = CAST(X'C3' AS TEXT) WHERE id = {bad.id}")
    _damage(db, f"UPDATE breath_sessions SET phases = '[[\"hum\", 4]]' WHERE id = {broken.id}")
    assert reframes.list_newest_first() == [good]
    assert reframes.search("c") == [good]
    assert sessions.list_all() == [fine]
    assert db.damaged == {("reframes", bad.id), ("breath_sessions", broken.id)}
