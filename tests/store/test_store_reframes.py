"""Reframes: every field round trips; search ignores case in every script and takes % and _ literally."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.store.conftest import T0, FixedClock
from tests.store.strategies import AWKWARD, DB_SETTINGS, VERY_LONG, any_text
from walls_desktop.core.moments import ClosenessKind, Moment
from walls_desktop.core.reframe import Reframe, ThinkingTrap
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.reframes import ReframeRepository

SEARCHED = ("critic", "reframe", "situation", "feeling", "friend", "not_alone")


@pytest.fixture
def repo(db: Database, clock: FixedClock) -> ReframeRepository:
    return ReframeRepository(db, clock)


def reframe(days: int = 0, **fields: object) -> Reframe:
    values: dict = {"created_at": T0 + timedelta(days=days), "critic": "I ruin everything", "reframe": "I can repair"}
    return Reframe(**{**values, **fields})


def test_every_field_round_trips(db: Database, repo: ReframeRepository) -> None:
    moment = MomentRepository(db).add(Moment(T0, 8, ClosenessKind.CONFLICT))
    full = reframe(
        situation="we argued about plans",
        moment_id=moment.id,
        belief_before=90,
        feeling="ashamed",
        feeling_intensity=75,
        not_alone="many people freeze when it gets close",
        traps=frozenset({ThinkingTrap.LABELLING, ThinkingTrap.ALL_OR_NOTHING, ThinkingTrap.CLOSENESS_HURTS}),
        friend="you were scared, not bad",
        belief_after=40,
        reframe_belief=70,
        share_with_therapist=True,
        updated_at=T0 + timedelta(hours=1),
    )
    stored = repo.add(full)
    assert stored == replace(full, id=stored.id)
    assert repo.get(stored.id) == stored
    assert stored.belief_change == -50
    traps = db.query_one("SELECT traps FROM reframes WHERE id = ?", (stored.id,))[0]
    assert traps == "all_or_nothing,labelling,closeness_hurts"  # the core's order, whatever the set's


def test_empty_optional_fields(repo: ReframeRepository) -> None:
    stored = repo.add(reframe())
    assert repo.get(stored.id) == stored
    assert stored.traps == frozenset() and stored.updated_at is None and stored.belief_before is None


def test_update_stamps_updated_at(repo: ReframeRepository, clock: FixedClock) -> None:
    stored = repo.add(reframe())
    clock.now = T0 + timedelta(days=3, microseconds=500)
    changed = repo.update(replace(stored, reframe="I can repair, and I have before", share_with_therapist=True))
    assert changed.updated_at == T0 + timedelta(days=3)
    assert changed.created_at == stored.created_at
    assert repo.get(stored.id) == changed


def test_delete_and_not_found(repo: ReframeRepository) -> None:
    stored = repo.add(reframe())
    assert repo.delete(stored.id) is True
    assert repo.get(stored.id) is None
    with pytest.raises(StoreError) as caught:
        repo.update(stored)
    assert caught.value.kind is StoreErrorKind.NOT_FOUND


def test_lists(repo: ReframeRepository) -> None:
    old = repo.add(reframe(days=0, share_with_therapist=True))
    new = repo.add(reframe(days=2))
    middle = repo.add(reframe(days=1, share_with_therapist=True))
    assert repo.list_newest_first() == [new, middle, old]
    assert repo.shared_with_therapist() == [middle, old]
    assert repo.list_between(T0 + timedelta(hours=1), T0 + timedelta(days=2)) == [middle]


@pytest.mark.parametrize("field", SEARCHED)
def test_search_looks_in_each_text_field(repo: ReframeRepository, field: str) -> None:
    plain = {"critic": "nothing here", "reframe": "nor here"}
    repo.add(reframe(**plain))
    target = repo.add(reframe(**{**plain, field: "the Needle is here"}))
    assert repo.search("needle") == [target]


def test_search_ignores_case_in_every_script_and_unicode_form(repo: ReframeRepository) -> None:
    german = repo.add(reframe(critic="Die STRASSE macht mir ÄRGER"))
    greek = repo.add(reframe(critic="ΦΟΒΟΣ"))
    accent = repo.add(reframe(critic="cafe\u0301 talk"))  # e + combining acute
    assert repo.search("straße") == [german]
    assert repo.search("ärger") == [german]
    assert repo.search("φοβος") == [greek]
    assert repo.search("CAFÉ") == [accent]


def test_search_takes_percent_underscore_and_backslash_literally(repo: ReframeRepository) -> None:
    percent = repo.add(reframe(critic="I am 100% sure they will leave"))
    underscore = repo.add(reframe(critic="file_name"))
    plain = repo.add(reframe(critic="filename, 1000 sure, a\\b"))
    assert repo.search("%") == [percent]
    assert repo.search("100%") == [percent]
    assert repo.search("_") == [underscore]
    assert repo.search("e_n") == [underscore]
    assert repo.search("file%name") == []
    assert repo.search("a\\b") == [plain]
    assert repo.search("   ") == [plain, underscore, percent]  # blank: everything, newest first by id


def test_search_refuses_a_broken_character(repo: ReframeRepository) -> None:
    with pytest.raises(StoreError) as caught:
        repo.search("\ud800")
    assert caught.value.kind is StoreErrorKind.INVALID_TEXT


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"belief_before": 101}, ValueError),
        ({"feeling_intensity": -1}, ValueError),
        ({"reframe_belief": 50.5}, TypeError),
        ({"share_with_therapist": 1}, TypeError),
        ({"traps": frozenset({"not_a_trap"})}, ValueError),
        ({"created_at": datetime(2026, 1, 1)}, ValueError),
        ({"moment_id": 0}, ValueError),
        ({"friend": "\udfff"}, StoreError),
    ],
)
def test_refused_before_sql(repo: ReframeRepository, fields: dict, error: type) -> None:
    with pytest.raises(error):
        repo.add(reframe(**fields))
    assert repo.list_newest_first() == []


def test_very_long_text(repo: ReframeRepository) -> None:
    stored = repo.add(reframe(critic=VERY_LONG, reframe=VERY_LONG[::-1]))
    assert repo.get(stored.id) == stored
    assert repo.search(VERY_LONG[1000:1100].upper()) == [stored]


@DB_SETTINGS
@given(
    texts=st.tuples(*[any_text] * 6),
    traps=st.frozensets(st.sampled_from(list(ThinkingTrap))),
    picked=st.integers(0, 5),
)
def test_odd_text_round_trips_and_is_found(
    repo: ReframeRepository, texts: tuple[str, ...], traps: frozenset, picked: int
) -> None:
    fields = dict(zip(SEARCHED, texts, strict=True))
    stored = repo.add(Reframe(created_at=datetime(2026, 1, 1, tzinfo=UTC), traps=traps, **fields))
    assert repo.get(stored.id) == stored
    needle = texts[picked][:20]
    if needle.strip():
        assert stored in repo.search(needle)


def test_awkward_samples_are_found_by_themselves(repo: ReframeRepository) -> None:
    stored = [repo.add(reframe(critic=sample)) for sample in AWKWARD]
    for sample, item in zip(AWKWARD, stored, strict=True):
        assert item in repo.search(sample)
