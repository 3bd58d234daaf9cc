"""Every repository's inputs, fuzzed: each value is kept and read back exactly, or refused with StoreError (or
ValueError/TypeError, a caller's mistake) before anything is written. Never another exception, never a half-
written row. ``WALLS_FUZZ_EXAMPLES`` sets the examples per repository (2,500 by default: 22,500 in all)."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from walls_desktop.core.breathing import BreathSessionRecord, Phase, PhaseKind
from walls_desktop.core.check_ins import CheckIn
from walls_desktop.core.ladder import LadderStep, LadderTry, Outcome
from walls_desktop.core.moments import ClosenessKind, Moment, Sign
from walls_desktop.core.practices import PracticeKind, PracticeSession
from walls_desktop.core.reflection import Reflection
from walls_desktop.core.reflection_statements import STATEMENTS
from walls_desktop.core.reframe import Reframe
from walls_desktop.core.settings import ALL_SETTINGS, InvalidSetting
from walls_desktop.store.check_ins import CheckInRepository
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError
from walls_desktop.store.ladder import LadderRepository
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.practices import PracticeRepository
from walls_desktop.store.reflections import ReflectionRepository
from walls_desktop.store.reframes import ReframeRepository
from walls_desktop.store.sessions import SessionRepository
from walls_desktop.store.settings import SettingsRepository

EXAMPLES = int(os.environ.get("WALLS_FUZZ_EXAMPLES", "2500"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
REFUSED = (StoreError, ValueError, TypeError)

offsets = st.integers(-23 * 60, 23 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))
times = st.one_of(
    st.datetimes(timezones=st.just(UTC)),
    st.datetimes(timezones=offsets),  # year 1 east of UTC, 9999 west of it: times that would not read back
    st.datetimes(),  # naive: a caller's mistake
)
numbers = st.one_of(
    st.integers(-(2**70), 2**70), st.floats(allow_nan=True, allow_infinity=True), st.just(10**400), st.booleans()
)
# Short odd text (lone surrogates included), and text either side of the longest field's limit.
texts = st.one_of(
    st.text(max_size=300),
    st.builds(lambda char, extra: char * (19_990 + extra), st.characters(), st.integers(0, 20)),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Database:
    """One store for the whole module: each example adds one row (or none) and is checked on its own."""
    database = Database.open(tmp_path_factory.mktemp("fuzz") / "walls.sqlite3")
    yield database
    database.close()


def rows(db: Database, table: str) -> int:
    return sqlite3.connect(db.path).execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def kept_or_refused(db: Database, table: str, add, get) -> None:
    before = rows(db, table)
    try:
        stored = add()
    except REFUSED:
        assert rows(db, table) == before  # refused before anything was written
        return
    assert rows(db, table) == before + 1
    assert get(stored.id) == stored  # read back exactly


@FUZZ
@given(
    when=times,
    anxiety=numbers,
    kind=st.sampled_from(list(ClosenessKind)),
    person=texts,
    note=texts,
    signs=st.integers(-5, 40),
)
def test_moments(store: Database, when, anxiety, kind, person, note, signs) -> None:
    repo = MomentRepository(store)
    kept_or_refused(
        store,
        "moments",
        lambda: repo.add(
            Moment(when, anxiety, kind, person=person, note=note, signs=Sign(signs) if 0 <= signs < 32 else signs)
        ),
        repo.get,
    )


@FUZZ
@given(
    when=times,
    planned=numbers,
    actual=numbers,
    seconds=numbers,
    kind=st.sampled_from([*PhaseKind, "inhale"]),
    name=texts,
    breaths=numbers,
)
def test_sessions(store: Database, when, planned, actual, seconds, kind, name, breaths) -> None:
    repo = SessionRepository(store)

    def add():
        return repo.add(
            BreathSessionRecord(
                started_at=when,
                pattern_name=name,
                phases=(Phase(kind, seconds),),
                planned_seconds=planned,
                actual_seconds=actual,
                planned_breaths=breaths,
                breaths_done=breaths,
                completed=True,
            )
        )

    kept_or_refused(store, "breath_sessions", add, repo.get)


@FUZZ
@given(when=times, critic=texts, kinder=texts, before=numbers, after=numbers, share=st.one_of(st.booleans(), numbers))
def test_reframes(store: Database, when, critic, kinder, before, after, share) -> None:
    repo = ReframeRepository(store)
    kept_or_refused(
        store,
        "reframes",
        lambda: repo.add(
            Reframe(
                created_at=when,
                critic=critic,
                reframe=kinder,
                belief_before=before,
                belief_after=after,
                share_with_therapist=share,
            )
        ),
        repo.get,
    )


json_like = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(st.one_of(st.text(max_size=8), st.integers()), inner, max_size=4),
    ),
    max_leaves=20,
)


@FUZZ
@given(
    when=times,
    focus=texts,
    answers=st.dictionaries(
        st.one_of(st.sampled_from([statement.key for statement in STATEMENTS]), st.text(max_size=20)),
        st.one_of(st.integers(0, 8), numbers),
        max_size=24,
    ),
)
def test_reflections(store: Database, when, focus, answers) -> None:
    repo = ReflectionRepository(store)
    before = rows(store, "reflection_answers")
    kept_or_refused(store, "reflections", lambda: repo.add(Reflection(when, focus, answers)), repo.get)
    assert rows(store, "reflection_answers") in (before, before + len(answers))  # all the answers, or none


@FUZZ
@given(
    action=texts, person=texts, expected=numbers, feared=texts, likelihood=numbers, climbed=st.one_of(st.none(), times)
)
def test_ladder_steps(store: Database, action, person, expected, feared, likelihood, climbed) -> None:
    repo = LadderRepository(store)
    step = LadderStep(action, expected, feared, likelihood, person=person, climbed_at=climbed)
    kept_or_refused(store, "ladder_steps", lambda: repo.add_step(step), repo.get_step)


@FUZZ
@given(
    when=times,
    scores=st.tuples(numbers, numbers, numbers, numbers),
    outcome=st.one_of(st.sampled_from(list(Outcome)), st.text(max_size=5)),
    words=st.tuples(texts, texts, texts),
)
def test_ladder_tries(store: Database, when, scores, outcome, words) -> None:
    repo = LadderRepository(store)
    steps = repo.steps() or [repo.add_step(LadderStep("a step", 3, "a fear", 50))]
    expected, before, peak, after = scores
    feared, happened, learned = words
    attempt = LadderTry(steps[0].id, when, expected, feared, before, peak, outcome, after, happened, learned)
    kept_or_refused(store, "ladder_tries", lambda: repo.add_try(attempt), repo.get_try)


@FUZZ
@given(when=times, anxiety=numbers, happening=texts, person=texts, critic=st.one_of(st.booleans(), numbers))
def test_check_ins(store: Database, when, anxiety, happening, person, critic) -> None:
    repo = CheckInRepository(store)
    check_in = CheckIn(when, anxiety, happening, person, critic)
    kept_or_refused(store, "check_ins", lambda: repo.add(check_in), repo.get)


@FUZZ
@given(
    kind=st.one_of(st.sampled_from(list(PracticeKind)), st.text(max_size=12)),
    when=times,
    counts=st.tuples(numbers, numbers, numbers),
    ratings=st.tuples(st.one_of(st.none(), numbers), st.one_of(st.none(), numbers)),
    completed=st.one_of(st.booleans(), numbers),
)
def test_practice_sessions(store: Database, kind, when, counts, ratings, completed) -> None:
    repo = PracticeRepository(store)
    seconds, done, total = counts
    session = PracticeSession(kind, when, seconds, done, total, completed, *ratings)
    kept_or_refused(store, "practice_sessions", lambda: repo.add(session), repo.get)


@FUZZ
@given(setting=st.sampled_from(ALL_SETTINGS), value=json_like)
def test_settings(store: Database, setting, value) -> None:
    repo = SettingsRepository(store)
    before = repo.get(setting)
    try:
        repo.set(setting, value)
    except (InvalidSetting, *REFUSED):
        assert repo.get(setting) == before  # nothing written
        return
    assert repo.get(setting) == setting.parse(value)  # what was kept is what comes back
