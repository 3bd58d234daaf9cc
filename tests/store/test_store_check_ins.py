"""Check-ins and the practice sessions beside breathing, against a real SQLite file."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from tests.store.conftest import T0
from walls_desktop.core.check_ins import CheckIn
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.practices import PracticeKind, PracticeSession
from walls_desktop.store.changes import Action, Change, Record
from walls_desktop.store.check_ins import CheckInColumns, CheckInRepository
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.practices import PracticeRepository


def test_a_check_in_is_kept_exactly_and_listed_by_time(db: Database) -> None:
    repo = CheckInRepository(db)
    later = repo.add(CheckIn(T0 + timedelta(hours=2), 3))
    first = repo.add(CheckIn(T0 + timedelta(microseconds=7), 8, "they asked to move in", "Sam", critic_loud=True))
    assert first.at == T0 and repo.get(first.id) == first
    assert repo.list_between(T0, T0 + timedelta(days=1)) == [first, later]
    assert repo.list_between(T0 + timedelta(hours=1), T0 + timedelta(days=1)) == [later]
    assert repo.latest() == later
    assert repo.columns() == CheckInColumns((int(T0.timestamp()), int(T0.timestamp()) + 7200), (8, 3))


def test_a_check_in_turned_into_a_moment_keeps_the_link_until_the_moment_goes(db: Database) -> None:
    repo, moments = CheckInRepository(db), MomentRepository(db)
    check_in = repo.add(CheckIn(T0, 6, "a long hug"))
    moment = moments.add(Moment(T0, 6, ClosenessKind.AFFECTION, note="a long hug"))
    heard: list[Change] = []
    db.subscribe(heard.append)
    repo.link_moment(check_in.id, moment.id)
    assert repo.get(check_in.id).moment_id == moment.id
    assert heard == [Change(Record.CHECK_IN, check_in.id, Action.CHANGED)]
    moments.delete(moment.id)
    assert repo.get(check_in.id).moment_id is None  # the check-in stays; only the link goes
    repo.delete(check_in.id)
    with pytest.raises(StoreError) as caught:
        repo.link_moment(check_in.id, moment.id)
    assert caught.value.kind is StoreErrorKind.NOT_FOUND


def test_out_of_range_and_odd_values_are_refused_before_anything_is_written(db: Database) -> None:
    repo = CheckInRepository(db)
    for bad in (CheckIn(T0, 11), CheckIn(T0, -1), CheckIn(T0, 5, "x" * 201), CheckIn(T0, 5, person="\ud800")):
        with pytest.raises((StoreError, ValueError)):
            repo.add(bad)
    assert repo.columns() == CheckInColumns((), ())


def test_empty_store_reads_nothing(db: Database) -> None:
    assert CheckInRepository(db).latest() is None
    assert PracticeRepository(db).list_all() == [] and PracticeRepository(db).recent() == []


def test_practice_sessions_are_kept_exactly_and_announced(db: Database) -> None:
    repo = PracticeRepository(db)
    heard: list[Change] = []
    db.subscribe(heard.append)
    grounding = repo.add(PracticeSession(PracticeKind.GROUNDING, T0, 184.5, 7, 7, True, 7, 4))
    pause = repo.add(PracticeSession(PracticeKind.COMPASSION, T0 + timedelta(days=1), 40.0, 2, 3, False))
    assert repo.get(grounding.id) == grounding and grounding.kind is PracticeKind.GROUNDING
    assert repo.list_all() == [grounding, pause] and repo.recent(1) == [pause]
    assert repo.list_between(T0, T0 + timedelta(hours=1)) == [grounding]
    assert repo.delete(pause.id) and not repo.delete(pause.id)
    assert heard == [
        Change(Record.PRACTICE_SESSION, grounding.id, Action.ADDED),
        Change(Record.PRACTICE_SESSION, pause.id, Action.ADDED),
        Change(Record.PRACTICE_SESSION, pause.id, Action.REMOVED),
    ]


def test_more_steps_done_than_there_are_is_refused(db: Database) -> None:
    repo = PracticeRepository(db)
    with pytest.raises(ValueError):
        repo.add(PracticeSession(PracticeKind.COMPASSION, T0, 40.0, 4, 3, True))
    assert repo.list_all() == []


def test_a_kind_of_practice_from_a_newer_walls_is_left_out_of_lists(db: Database) -> None:
    """The schema only admits today's kinds; a row written past that check (another program) is skipped."""
    repo = PracticeRepository(db)
    kept = repo.add(PracticeSession(PracticeKind.GROUNDING, T0, 10.0, 1, 7, False))
    raw = sqlite3.connect(db.path)
    raw.execute("PRAGMA ignore_check_constraints = ON")
    raw.execute(
        "INSERT INTO practice_sessions (kind, started_at, seconds, steps_done, steps_total, completed)"
        " VALUES ('humming', 0, 1, 1, 1, 1)"
    )
    raw.commit()
    raw.close()
    assert repo.list_all() == [kept]
