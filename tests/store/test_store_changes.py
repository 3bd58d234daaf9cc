"""Every write the store commits is announced, once, after the commit; a refused write announces nothing."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.store.conftest import breath_session
from walls_desktop.core.breath_patterns import build_pattern
from walls_desktop.core.breathing import PRESETS, BreathSessionRecord, Phase, PhaseKind
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.reframe import Reframe
from walls_desktop.store.changes import Action, Change, Record
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.patterns import PatternRepository
from walls_desktop.store.reframes import ReframeRepository
from walls_desktop.store.sessions import SessionRepository

STORE = Path(__file__).resolve().parents[2] / "walls_desktop" / "store"
WHEN = datetime(2025, 5, 1, 12, tzinfo=UTC)


@pytest.fixture
def heard(db: Database) -> list[Change]:
    changes: list[Change] = []
    db.subscribe(changes.append)
    return changes


def test_moments(db: Database, heard: list[Change]) -> None:
    repo = MomentRepository(db)
    stored = repo.add(Moment(WHEN, 4, ClosenessKind.DEEP_TALK))
    repo.update(Moment(WHEN, 6, ClosenessKind.DEEP_TALK, id=stored.id))
    assert repo.delete(stored.id) and not repo.delete(stored.id)
    assert heard == [
        Change(Record.MOMENT, stored.id, Action.ADDED),
        Change(Record.MOMENT, stored.id, Action.CHANGED),
        Change(Record.MOMENT, stored.id, Action.REMOVED),
    ]


def test_deleting_a_moment_tells_the_sessions_and_reframes_it_unlinks(db: Database, heard: list[Change]) -> None:
    """The schema unlinks them on its own; the pages showing "after a moment" must hear of it too."""
    moment = MomentRepository(db).add(Moment(WHEN, 4, ClosenessKind.DEEP_TALK))
    session = SessionRepository(db).add(breath_session(moment_id=moment.id))
    reframe = ReframeRepository(db).add(Reframe(created_at=WHEN, critic="c", reframe="r", moment_id=moment.id))
    heard.clear()
    assert MomentRepository(db).delete(moment.id)
    assert heard == [
        Change(Record.MOMENT, moment.id, Action.REMOVED),
        Change(Record.BREATH_SESSION, session.id, Action.CHANGED),
        Change(Record.REFRAME, reframe.id, Action.CHANGED),
    ]
    assert ReframeRepository(db).get(reframe.id).moment_id is None


def test_sessions(db: Database, heard: list[Change]) -> None:
    repo = SessionRepository(db)
    record = BreathSessionRecord(
        started_at=WHEN,
        pattern_name="Box",
        phases=PRESETS[0].phases,
        planned_seconds=60,
        actual_seconds=60,
        planned_breaths=4,
        breaths_done=4,
        completed=True,
    )
    stored = repo.add(record)
    repo.delete(stored.id)
    assert heard == [
        Change(Record.BREATH_SESSION, stored.id, Action.ADDED),
        Change(Record.BREATH_SESSION, stored.id, Action.REMOVED),
    ]


def test_patterns_and_a_refused_name(db: Database, heard: list[Change]) -> None:
    repo = PatternRepository(db)
    phases = (Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.EXHALE, 6))
    stored = repo.add(build_pattern("Evening", phases))
    with pytest.raises(StoreError):
        repo.add(build_pattern("Evening", phases))  # the name is taken: nothing written, nothing said
    repo.update(build_pattern("Evening slow", phases, id=stored.id))
    repo.delete(stored.id)
    assert [(c.record, c.id, c.action) for c in heard] == [
        (Record.PATTERN, stored.id, Action.ADDED),
        (Record.PATTERN, stored.id, Action.CHANGED),
        (Record.PATTERN, stored.id, Action.REMOVED),
    ]


def test_reframes(db: Database, heard: list[Change]) -> None:
    repo = ReframeRepository(db)
    stored = repo.add(Reframe(created_at=WHEN, critic="I spoil things", reframe="I am learning"))
    repo.update(Reframe(created_at=WHEN, critic="I spoil things", reframe="I am learning, slowly", id=stored.id))
    repo.delete(stored.id)
    assert [c.action for c in heard] == [Action.ADDED, Action.CHANGED, Action.REMOVED]
    assert {c.record for c in heard} == {Record.REFRAME}


def test_a_listener_hears_only_after_the_commit(db: Database) -> None:
    seen_in_file: list[int] = []

    def listener(change: Change) -> None:
        with Database.open_read_only(db.path) as other:  # another connection sees committed data only
            seen_in_file.append(other.query_one("SELECT count(*) FROM moments")[0])

    db.subscribe(listener)
    MomentRepository(db).add(Moment(WHEN, 4, ClosenessKind.DEEP_TALK))
    assert seen_in_file == [1]


def test_every_store_function_that_writes_announces() -> None:
    """A write without an announcement would leave some page showing old data: every function in the store
    that opens a transaction also announces, except the settings upgrade (run at open, before any view)."""
    allowed = {"upgrade"}
    silent = []
    for path in sorted(STORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.FunctionDef) or node.name in allowed | {"transaction"}:
                continue
            calls = {
                c.func.attr for c in ast.walk(node) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
            }
            if "transaction" in calls and "announce" not in calls:
                silent.append(f"{path.name}:{node.name}")
    assert not silent
