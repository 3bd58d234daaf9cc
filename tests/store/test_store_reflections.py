"""Reflect's results against a real SQLite file: kept exactly, per focus, deleted with their answers."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.store.conftest import T0
from walls_desktop.core.reflection import Reflection
from walls_desktop.store.changes import Action, Change, Record
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.reflections import FocusSummary, ReflectionRepository

ANSWERS = {"worry.tone": 6, "unease.boxes": 2, "worry.busy": 1}


@pytest.fixture
def repo(db: Database) -> ReflectionRepository:
    return ReflectionRepository(db)


def test_a_reflection_is_kept_exactly_to_the_second(repo: ReflectionRepository) -> None:
    stored = repo.add(Reflection(T0 + timedelta(microseconds=700), "Sam", ANSWERS))
    assert stored.id is not None and stored.taken_at == T0 and stored.answers == ANSWERS
    assert repo.get(stored.id) == stored


def test_results_are_kept_and_listed_per_focus(repo: ReflectionRepository) -> None:
    general = [repo.add(Reflection(T0 + timedelta(days=d), "", ANSWERS)) for d in (0, 30)]
    sam = repo.add(Reflection(T0 + timedelta(days=10), "Sam", {}))
    assert repo.about("") == general
    assert repo.about("Sam") == [sam]
    assert repo.about("sam") == []  # a name is the person's own spelling, as in Moments
    assert repo.foci() == [FocusSummary("", 2, T0 + timedelta(days=30)), FocusSummary("Sam", 1, sam.taken_at)]
    assert repo.last_taken_at() == T0 + timedelta(days=30)


def test_an_empty_store_has_no_foci(repo: ReflectionRepository) -> None:
    assert repo.foci() == [] and repo.last_taken_at() is None and repo.list_all() == []


def test_deleting_removes_the_answers_and_announces(db: Database, repo: ReflectionRepository) -> None:
    heard: list[Change] = []
    db.subscribe(heard.append)
    stored = repo.add(Reflection(T0, "", ANSWERS))
    assert repo.delete(stored.id) is True
    assert repo.delete(stored.id) is False  # already gone: nothing announced the second time
    assert repo.get(stored.id) is None
    assert db.query("SELECT count(*) FROM reflection_answers") == [(0,)]
    assert heard == [
        Change(Record.REFLECTION, stored.id, Action.ADDED),
        Change(Record.REFLECTION, stored.id, Action.REMOVED),
    ]


@pytest.mark.parametrize(
    ("answers", "error"),
    [({"worry.nope": 3}, ValueError), ({"worry.tone": 8}, ValueError), ({"worry.tone": True}, TypeError),
     ({"worry.tone": "5"}, TypeError)],
)  # fmt: skip
def test_answers_are_checked_before_anything_is_written(
    db: Database, repo: ReflectionRepository, answers: dict, error: type
) -> None:
    with pytest.raises(error):
        repo.add(Reflection(T0, "", answers))
    assert db.query("SELECT count(*) FROM reflections") == [(0,)]


def test_a_focus_too_long_or_broken_is_refused_with_a_message(db: Database, repo: ReflectionRepository) -> None:
    with pytest.raises(StoreError) as caught:
        repo.add(Reflection(T0, "x" * 201, ANSWERS))
    assert caught.value.kind is StoreErrorKind.TOO_LONG
    with pytest.raises(StoreError) as caught:
        repo.add(Reflection(T0, "S\ud800m", ANSWERS))
    assert caught.value.kind is StoreErrorKind.INVALID_TEXT
    assert db.query("SELECT count(*) FROM reflections") == [(0,)]


def test_odd_unicode_names_are_kept_as_typed(repo: ReflectionRepository) -> None:
    for name in ("Zoë", "Zoe\u0308", "😊 Aylin", "İlkay", "שרה"):
        stored = repo.add(Reflection(T0, name, ANSWERS))
        assert repo.about(name) == [stored]


def test_a_damaged_row_is_left_out_of_lists(db: Database, repo: ReflectionRepository) -> None:
    good = repo.add(Reflection(T0, "", ANSWERS))
    db.connection.execute("INSERT INTO reflections (taken_at, person) VALUES (?, '')", (2**62,))  # no datetime
    assert repo.about("") == [good]
    assert repo.foci() == [FocusSummary("", 1, T0)]
    assert ("reflections", good.id + 1) in db.damaged


def test_a_retired_statement_is_left_out_when_read(db: Database, repo: ReflectionRepository) -> None:
    stored = repo.add(Reflection(T0, "", ANSWERS))
    db.connection.execute("INSERT INTO reflection_answers VALUES (?, 'worry.retired', 4)", (stored.id,))
    assert repo.get(stored.id).answers == ANSWERS
