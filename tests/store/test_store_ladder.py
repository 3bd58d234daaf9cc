"""Ladder's steps and tries against a real SQLite file: kept exactly, reordered, cascaded, announced."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.store.conftest import T0, FixedClock
from walls_desktop.core.ladder import LadderStep, LadderTry, Outcome
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.store.changes import Action, Change, Record
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.ladder import LadderRepository, TryColumns
from walls_desktop.store.moments import MomentRepository


@pytest.fixture
def repo(db: Database) -> LadderRepository:
    return LadderRepository(db, clock=FixedClock())


def a_step(action: str = "Say I missed you", **more) -> LadderStep:
    return LadderStep(action, more.pop("expected", 4), "They will pull away", 60, **more)


def a_try(step_id: int, days: int = 0, **more) -> LadderTry:
    fields = dict(expected_anxiety=4, feared="They will pull away", likelihood_before=60, peak_anxiety=5,
                  outcome=Outcome.NO, likelihood_after=30)  # fmt: skip
    fields.update(more)
    return LadderTry(step_id, T0 + timedelta(days=days, microseconds=5), **fields)


def test_steps_are_kept_exactly_each_new_one_at_the_top_of_the_own_order(repo: LadderRepository) -> None:
    first = repo.add_step(a_step("Tell them about my day", person="Sam"))
    second = repo.add_step(a_step("Ask for a hug", expected=6))
    assert (first.position, second.position) == (1, 2)
    assert repo.get_step(first.id) == first and first.created_at == T0 and first.person == "Sam"
    assert repo.steps() == [first, second]


def test_reordering_keeps_the_new_order_and_announces_it(db: Database, repo: LadderRepository) -> None:
    ids = [repo.add_step(a_step(f"step {n}")).id for n in range(4)]
    heard: list[Change] = []
    db.subscribe(heard.append)
    repo.reorder([ids[2], ids[0]])
    assert [s.id for s in repo.steps()] == [ids[2], ids[0], ids[1], ids[3]]
    assert heard == [Change(Record.LADDER_STEP, None, Action.CHANGED)]
    with pytest.raises(ValueError):
        repo.reorder([ids[0], ids[0]])


def test_editing_archiving_and_climbing(repo: LadderRepository) -> None:
    from dataclasses import replace

    step = repo.add_step(a_step())
    changed = repo.update_step(replace(step, feared="They will laugh", archived=True, climbed_at=T0))
    assert changed.feared == "They will laugh" and changed.archived and changed.climbed
    assert repo.steps() == [] and repo.steps(archived=True) == [changed]
    repo.delete_step(step.id)
    with pytest.raises(StoreError) as caught:
        repo.update_step(changed)
    assert caught.value.kind is StoreErrorKind.NOT_FOUND


def test_tries_are_kept_with_their_prediction_and_go_with_their_step(db: Database, repo: LadderRepository) -> None:
    moment = MomentRepository(db).add(Moment(T0, 6, ClosenessKind.AFFECTION))
    step = repo.add_step(a_step())
    later = repo.add_try(a_try(step.id, days=3, outcome=Outcome.PARTLY, what_happened="They smiled", learned="ok"))
    first = repo.add_try(a_try(step.id, moment_id=moment.id))
    assert first.tried_at == T0 and repo.get_try(first.id) == first
    assert repo.tries_of(step.id) == [first, later]
    assert repo.try_columns() == TryColumns(
        (int(T0.timestamp()), int(T0.timestamp()) + 3 * 86400), (4, 4), (5, 5), (first.id, later.id)
    )
    MomentRepository(db).delete(moment.id)
    assert repo.get_try(first.id).moment_id is None  # the link goes, the try stays
    assert repo.delete_step(step.id)
    assert repo.all_tries() == [] and repo.try_columns() == TryColumns((), (), (), ())


@pytest.mark.parametrize(
    "bad",
    [dict(peak_anxiety=11), dict(likelihood_after=101), dict(outcome="no"), dict(expected_anxiety=True),
     dict(what_happened="x" * 20_001), dict(learned="\ud800")],
)  # fmt: skip
def test_a_try_off_its_scales_is_refused_before_writing(db: Database, repo: LadderRepository, bad: dict) -> None:
    step = repo.add_step(a_step())
    with pytest.raises((StoreError, ValueError, TypeError)):
        repo.add_try(a_try(step.id, **bad))
    assert repo.all_tries() == []


@pytest.mark.parametrize("bad", [dict(action=" "), dict(feared=""), dict(expected=-1), dict(person="x" * 201)])
def test_a_step_without_words_or_off_its_scale_is_refused(repo: LadderRepository, bad: dict) -> None:
    action = bad.pop("action", "Ask for a hug")
    feared = bad.pop("feared", None)
    step = a_step(action, **bad)
    if feared is not None:
        from dataclasses import replace

        step = replace(step, feared=feared)
    with pytest.raises((StoreError, ValueError)):
        repo.add_step(step)
    assert repo.steps() == []


def test_every_write_announces(db: Database, repo: LadderRepository) -> None:
    heard: list[Change] = []
    db.subscribe(heard.append)
    step = repo.add_step(a_step())
    attempt = repo.add_try(a_try(step.id))
    repo.delete_try(attempt.id)
    assert heard == [
        Change(Record.LADDER_STEP, step.id, Action.ADDED),
        Change(Record.LADDER_TRY, attempt.id, Action.ADDED),
        Change(Record.LADDER_TRY, attempt.id, Action.REMOVED),
    ]
