"""Breath session records: round trips, newest-first and time-range lists, links to moments."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import given

from tests.store.conftest import T0
from tests.store.strategies import DB_SETTINGS, any_text
from walls_desktop.core.breathing import PRESETS, BreathSessionRecord, Phase, PhaseKind
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.text import SHORT_TEXT_MAX
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.sessions import SessionRepository

BOX = PRESETS[0]


@pytest.fixture
def repo(db: Database) -> SessionRepository:
    return SessionRepository(db)


def record(minutes: int = 0, **fields: object) -> BreathSessionRecord:
    values: dict = {
        "started_at": T0 + timedelta(minutes=minutes),
        "pattern_name": BOX.name,
        "phases": BOX.phases,
        "planned_seconds": 120.0,
        "actual_seconds": 95.25,
        "breaths_done": 6,
        "completed": False,
    }
    return BreathSessionRecord(**{**values, **fields})


def test_round_trip_with_every_field(db: Database, repo: SessionRepository) -> None:
    moment = MomentRepository(db).add(Moment(T0, 7, ClosenessKind.AFFECTION))
    full = record(planned_breaths=10, anxiety_before=7, anxiety_after=4, completed=True, moment_id=moment.id)
    stored = repo.add(full)
    assert stored == replace(full, id=stored.id)
    assert repo.get(stored.id) == stored
    assert stored.anxiety_change == -3


def test_optional_fields_stay_empty(repo: SessionRepository) -> None:
    stored = repo.add(record())
    back = repo.get(stored.id)
    assert (back.planned_breaths, back.anxiety_before, back.anxiety_after, back.moment_id) == (None,) * 4


def test_history_keeps_phases_that_no_custom_pattern_may_have(repo: SessionRepository) -> None:
    """A session's phases are read back as they were breathed, even outside today's pattern rules."""
    odd = (Phase(PhaseKind.EXHALE, 0.3), Phase(PhaseKind.INHALE, 45.0))
    assert repo.get(repo.add(record(phases=odd)).id).phases == odd


def test_recent_all_and_between(repo: SessionRepository) -> None:
    third = repo.add(record(minutes=30))
    first = repo.add(record(minutes=0))
    second = repo.add(record(minutes=10))
    assert repo.recent(2) == [third, second]
    assert repo.recent() == [third, second, first]
    assert repo.list_all() == [first, second, third]
    assert repo.list_between(T0 + timedelta(minutes=1), T0 + timedelta(minutes=30)) == [second]
    assert repo.delete(second.id) is True
    assert repo.list_all() == [first, third]


def test_a_link_to_a_moment_deleted_meanwhile_is_not_found(db: Database, repo: SessionRepository) -> None:
    moment = MomentRepository(db).add(Moment(T0, 7, ClosenessKind.AFFECTION))
    MomentRepository(db).delete(moment.id)
    with pytest.raises(StoreError) as caught:
        repo.add(record(moment_id=moment.id))
    assert caught.value.kind is StoreErrorKind.NOT_FOUND
    assert repo.list_all() == []


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"actual_seconds": math.nan}, ValueError),
        ({"planned_seconds": math.inf}, ValueError),
        ({"planned_seconds": -1}, ValueError),
        ({"breaths_done": -1}, ValueError),
        ({"completed": 1}, TypeError),
        ({"anxiety_before": 11}, ValueError),
        ({"phases": (Phase(PhaseKind.INHALE, math.nan),)}, ValueError),
        ({"phases": (("inhale", 4.0),)}, TypeError),
        ({"id": 3}, ValueError),
        ({"pattern_name": "x" * (SHORT_TEXT_MAX + 1)}, StoreError),
    ],
)
def test_refused_before_sql(repo: SessionRepository, fields: dict, error: type) -> None:
    with pytest.raises(error):
        repo.add(record(**fields))
    assert repo.list_all() == []


@DB_SETTINGS
@given(name=any_text.filter(lambda text: len(text) <= SHORT_TEXT_MAX))  # a name's limit (longer: refused, above)
def test_odd_pattern_names_round_trip(repo: SessionRepository, name: str) -> None:
    stored = repo.add(record(pattern_name=name))
    assert repo.get(stored.id).pattern_name == name
