"""Moments: round trips, ordering, completion labels, chart columns and what is refused before SQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.store.conftest import T0, FixedClock
from tests.store.strategies import DB_SETTINGS, VERY_LONG, any_text
from walls_desktop.core.breathing import BreathSessionRecord, Phase, PhaseKind
from walls_desktop.core.moments import ClosenessKind, Moment, Sign
from walls_desktop.core.reframe import Reframe
from walls_desktop.core.text import UNSTORABLE_MESSAGE
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.moments import MomentColumns, MomentRepository
from walls_desktop.store.reframes import ReframeRepository
from walls_desktop.store.sessions import SessionRepository


@pytest.fixture
def repo(db: Database, clock: FixedClock) -> MomentRepository:
    return MomentRepository(db, clock)


def moment(at: datetime = T0, anxiety: int = 5, **fields: object) -> Moment:
    return Moment(occurred_at=at, anxiety=anxiety, kind=fields.pop("kind", ClosenessKind.DEEP_TALK), **fields)


def test_add_then_get_gives_back_every_field(repo: MomentRepository) -> None:
    original = moment(
        anxiety=7,
        kind=ClosenessKind.COMMITMENT,
        person="Sam",
        signs=Sign.WITHDREW | Sign.FOUND_FAULT,
        action="went quiet",
        note="they asked about moving in",
    )
    stored = repo.add(original)
    assert stored.id is not None
    assert stored == replace(original, id=stored.id)
    assert repo.get(stored.id) == stored
    assert repo.get(stored.id + 1) is None


def test_times_come_back_in_utc_to_the_second(repo: MomentRepository) -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    local = datetime(2026, 3, 1, 17, 30, 15, 999_999, tzinfo=india)
    stored = repo.add(moment(at=local))
    assert stored.occurred_at == datetime(2026, 3, 1, 12, 0, 15, tzinfo=UTC)
    assert stored.occurred_at.tzinfo is UTC
    assert repo.get(stored.id) == stored


def test_before_1970_and_far_ahead(repo: MomentRepository) -> None:
    for at in (datetime(1969, 12, 31, 23, 59, 59, 500_000, tzinfo=UTC), datetime(9999, 12, 31, tzinfo=UTC)):
        stored = repo.add(moment(at=at))
        assert stored.occurred_at == at.replace(microsecond=0)
        assert repo.get(stored.id) == stored


def test_update_changes_fields_and_stamps_the_time(db: Database, repo: MomentRepository, clock: FixedClock) -> None:
    stored = repo.add(moment(note="first thoughts"))
    clock.now = T0 + timedelta(days=2)
    changed = repo.update(replace(stored, anxiety=3, note="later thoughts", signs=Sign.ALARM))
    assert repo.get(stored.id) == changed
    assert changed.note == "later thoughts" and changed.signs is Sign.ALARM
    created, updated = db.query_one("SELECT created_at, updated_at FROM moments WHERE id = ?", (stored.id,))
    assert updated - created == 2 * 86400


def test_update_of_a_deleted_moment_is_not_found(repo: MomentRepository) -> None:
    stored = repo.add(moment())
    assert repo.delete(stored.id) is True
    assert repo.delete(stored.id) is False
    with pytest.raises(StoreError) as caught:
        repo.update(stored)
    assert caught.value.kind is StoreErrorKind.NOT_FOUND


def test_deleting_a_moment_unlinks_its_sessions_and_reframes(db: Database, repo: MomentRepository) -> None:
    stored = repo.add(moment())
    session = SessionRepository(db).add(
        BreathSessionRecord(T0, "Box", (Phase(PhaseKind.INHALE, 4.0),), 60, 60, 4, True, moment_id=stored.id)
    )
    reframe = ReframeRepository(db).add(Reframe(T0, "critic", "kinder", moment_id=stored.id))
    repo.delete(stored.id)
    assert SessionRepository(db).get(session.id).moment_id is None
    assert ReframeRepository(db).get(reframe.id).moment_id is None


def test_lists_are_in_time_order_and_between_is_half_open(repo: MomentRepository) -> None:
    hour = timedelta(hours=1)
    late = repo.add(moment(at=T0 + 2 * hour, note="late"))
    early = repo.add(moment(at=T0, note="early"))
    same_time = repo.add(moment(at=T0, note="same time, added later"))
    end = repo.add(moment(at=T0 + 3 * hour, note="at the end bound"))
    assert repo.list_all() == [early, same_time, late, end]
    assert repo.list_between(T0, T0 + 3 * hour) == [early, same_time, late]
    assert repo.list_between(T0 + hour, T0 + 2 * hour) == []
    assert repo.count() == 4


def test_people_are_distinct_non_empty_and_most_recent_first(repo: MomentRepository) -> None:
    for days, person in [(1, "Sam"), (2, "Alex"), (3, ""), (4, "Sam"), (0, "Robin"), (5, "sam")]:
        repo.add(moment(at=T0 + timedelta(days=days), person=person))
    assert repo.people() == ["sam", "Sam", "Alex", "Robin"]
    assert repo.people(limit=2) == ["sam", "Sam"]


def test_columns_for_the_chart(repo: MomentRepository) -> None:
    assert repo.columns() == MomentColumns((), (), (), (), ())
    b = repo.add(moment(at=T0 + timedelta(hours=1), anxiety=8, kind=ClosenessKind.CONFLICT, signs=Sign.ALARM))
    a = repo.add(moment(at=T0, anxiety=2, signs=Sign(0)))
    columns = repo.columns()
    assert columns.occurred_at == (int(T0.timestamp()), int(T0.timestamp()) + 3600)
    assert columns.anxiety == (2, 8)
    assert columns.kind == ("deep_talk", "conflict")
    assert columns.signs == (0, 16)
    assert columns.id == (a.id, b.id)
    assert repo.columns(T0 + timedelta(minutes=1), T0 + timedelta(days=1)).id == (b.id,)


def test_a_kind_this_version_does_not_know_reads_as_other(db: Database, repo: MomentRepository) -> None:
    stored = repo.add(moment())
    with db.transaction() as conn:
        conn.execute("UPDATE moments SET kind = 'from_the_future' WHERE id = ?", (stored.id,))
    assert repo.get(stored.id).kind is ClosenessKind.OTHER


@pytest.mark.parametrize("field", ["person", "action", "note"])
def test_a_lone_surrogate_is_refused_with_the_core_message(repo: MomentRepository, field: str) -> None:
    with pytest.raises(StoreError) as caught:
        repo.add(moment(**{field: "pasted \ud83d half an emoji"}))
    assert caught.value.kind is StoreErrorKind.INVALID_TEXT
    assert caught.value.message == UNSTORABLE_MESSAGE
    assert caught.value.context == "core"
    assert field in caught.value.detail
    assert repo.count() == 0


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"anxiety": 11}, ValueError),
        ({"anxiety": -1}, ValueError),
        ({"anxiety": True}, TypeError),
        ({"anxiety": "7"}, TypeError),
        ({"anxiety": 5.0}, TypeError),
        ({"signs": 32}, ValueError),
        ({"kind": "not a kind"}, ValueError),
        ({"occurred_at": datetime(2026, 3, 1)}, ValueError),  # naive
        ({"person": None}, TypeError),
        ({"id": 2**63}, ValueError),
    ],
)
def test_values_out_of_range_are_refused_clearly(repo: MomentRepository, fields: dict, error: type) -> None:
    stored = repo.add(moment())
    with pytest.raises(error) as caught:
        repo.update(replace(stored, **fields))
    assert next(iter(fields)) in str(caught.value).lower()  # the message names the field
    assert repo.get(stored.id) == stored


def test_add_refuses_a_moment_that_already_has_an_id(repo: MomentRepository) -> None:
    with pytest.raises(ValueError, match="update"):
        repo.add(moment(id=5))


@DB_SETTINGS
@given(person=any_text, action=any_text, note=any_text, signs=st.integers(0, 31), anxiety=st.integers(0, 10))
@example(person="", action="", note=VERY_LONG, signs=31, anxiety=10)
def test_odd_text_round_trips(
    repo: MomentRepository, person: str, action: str, note: str, signs: int, anxiety: int
) -> None:
    stored = repo.add(moment(anxiety=anxiety, person=person, action=action, note=note, signs=Sign(signs)))
    back = repo.get(stored.id)
    assert back == stored
    assert (back.person, back.action, back.note) == (person, action, note)
