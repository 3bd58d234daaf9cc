"""Custom breathing patterns: kept as the core cleans them, names unique, damage reported."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.store.conftest import T0
from tests.store.strategies import AWKWARD, DB_SETTINGS
from walls_desktop.core.breath_patterns import NAME_MAX, PatternError
from walls_desktop.core.breathing import PRESETS, BreathPattern, BreathSessionRecord, Phase, PhaseKind
from walls_desktop.core.text import UNSTORABLE_MESSAGE
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.patterns import PatternRepository
from walls_desktop.store.sessions import SessionRepository

CALM = (Phase(PhaseKind.INHALE, 4.0), Phase(PhaseKind.HOLD_FULL, 2.0), Phase(PhaseKind.EXHALE, 6.5))


@pytest.fixture
def repo(db: Database) -> PatternRepository:
    return PatternRepository(db)


def pattern(name: str = "Evening calm", phases: tuple[Phase, ...] = CALM, **fields: object) -> BreathPattern:
    return BreathPattern(name=name, phases=phases, **fields)


def test_round_trip(repo: PatternRepository) -> None:
    stored = repo.add(pattern(description="slow, for after work"))
    assert stored.id is not None
    assert stored == pattern(description="slow, for after work", id=stored.id)
    assert repo.get(stored.id) == stored
    assert repo.list_all() == [stored]


def test_kept_as_the_core_cleans_it(repo: PatternRepository) -> None:
    messy = pattern(name="  Sunday  ", phases=(Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.HOLD_FULL, 0), *CALM[2:]))
    stored = repo.add(messy)
    assert stored.name == "Sunday"
    assert stored.phases == (Phase(PhaseKind.INHALE, 4.0), Phase(PhaseKind.EXHALE, 6.5))  # 0 s hold left out
    assert repo.get(stored.id) == stored


def test_a_taken_name_is_refused_ignoring_case(repo: PatternRepository) -> None:
    first = repo.add(pattern(name="Box for me"))
    with pytest.raises(StoreError) as caught:
        repo.add(pattern(name="box FOR me "))
    assert caught.value.kind is StoreErrorKind.DUPLICATE_NAME
    assert "pattern" in caught.value.message and "name" in caught.value.message
    assert repo.name_taken("BOX for me")
    assert not repo.name_taken("Box for me", except_id=first.id)
    other = repo.add(pattern(name="Another"))
    with pytest.raises(StoreError) as caught:
        repo.update(replace(other, name="Box for me"))
    assert caught.value.kind is StoreErrorKind.DUPLICATE_NAME
    assert repo.get(other.id).name == "Another"
    assert repo.update(replace(first, name="BOX for me")).name == "BOX for me"  # its own name, new case


def test_update_delete_and_not_found(repo: PatternRepository) -> None:
    stored = repo.add(pattern())
    longer = replace(stored, phases=(Phase(PhaseKind.INHALE, 5.0), Phase(PhaseKind.EXHALE, 8.0)))
    assert repo.update(longer) == longer
    assert repo.get(stored.id) == longer
    assert repo.delete(stored.id) is True
    assert repo.get(stored.id) is None
    with pytest.raises(StoreError) as caught:
        repo.update(longer)
    assert caught.value.kind is StoreErrorKind.NOT_FOUND


def test_listed_by_name(repo: PatternRepository) -> None:
    names = ["b slow", "A quick", "c even"]
    for name in names:
        repo.add(pattern(name=name))
    assert [p.name for p in repo.list_all()] == ["A quick", "b slow", "c even"]


def test_sessions_keep_their_copy_when_the_pattern_goes(db: Database, repo: PatternRepository) -> None:
    stored = repo.add(pattern())
    session = SessionRepository(db).add(BreathSessionRecord(T0, stored.name, stored.phases, 60, 60, 5, True))
    repo.delete(stored.id)
    assert SessionRepository(db).get(session.id) == session


def test_refused_before_sql(repo: PatternRepository) -> None:
    with pytest.raises(ValueError, match="preset"):
        repo.add(PRESETS[0])
    with pytest.raises(PatternError):
        repo.add(pattern(phases=(Phase(PhaseKind.EXHALE, 4.0),)))  # must start by breathing in
    with pytest.raises(PatternError):
        repo.add(pattern(name="x" * (NAME_MAX + 1)))
    with pytest.raises(StoreError) as caught:
        repo.add(pattern(name="half \udc00"))
    assert caught.value.kind is StoreErrorKind.INVALID_TEXT and caught.value.message == UNSTORABLE_MESSAGE
    with pytest.raises(StoreError) as caught:
        repo.add(pattern(description="half \udc00"))
    assert caught.value.kind is StoreErrorKind.INVALID_TEXT
    assert repo.list_all() == []


def test_damaged_phases_are_reported_as_damage(db: Database, repo: PatternRepository) -> None:
    stored = repo.add(pattern())
    with db.transaction() as conn:
        conn.execute("UPDATE breath_patterns SET phases = '[[\"exhale\", 99]]' WHERE id = ?", (stored.id,))
    with pytest.raises(StoreError) as caught:
        repo.get(stored.id)
    assert caught.value.kind is StoreErrorKind.CORRUPT
    assert f"breath pattern {stored.id}" in caught.value.detail


names = st.one_of(st.sampled_from(AWKWARD), st.text(st.characters(codec="utf-8"), min_size=1, max_size=NAME_MAX))


@DB_SETTINGS
@given(name=names, description=st.sampled_from(AWKWARD))
def test_odd_names_round_trip(repo: PatternRepository, name: str, description: str) -> None:
    name = name[:NAME_MAX]
    if not name.strip() or repo.name_taken(name):
        return
    stored = repo.add(pattern(name=name, description=description))
    assert stored.name == name.strip()
    assert repo.get(stored.id) == stored
