"""The schema as SQLite sees it: STRICT tables, range checks, foreign keys, pragmas."""

from __future__ import annotations

import sqlite3

import pytest

from walls_desktop.store.database import Database
from walls_desktop.store.migrations import latest_version
from walls_desktop.store.schema_v1 import APPLICATION_ID

TABLES = {
    "settings",
    "moments",
    "breath_patterns",
    "breath_sessions",
    "reframes",
    "reflections",
    "reflection_answers",
    "ladder_steps",
    "ladder_tries",
    "check_ins",
    "practice_sessions",
}
MOMENT = "INSERT INTO moments (occurred_at, anxiety, kind, created_at, updated_at) VALUES (0, ?, 'other', 0, 0)"


def test_all_tables_exist_and_are_strict(db: Database) -> None:
    rows = db.connection.execute("SELECT name, strict FROM pragma_table_list WHERE schema = 'main'").fetchall()
    strict = {name: flag for name, flag in rows if not name.startswith("sqlite_")}
    assert set(strict) == TABLES
    assert all(strict.values()), strict


def test_connection_settings(db: Database) -> None:
    pragma = lambda name: db.connection.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 2000
    assert pragma("application_id") == APPLICATION_ID
    assert pragma("user_version") == db.schema_version == latest_version()


@pytest.mark.parametrize("value", [5.5, "7.5", "seven", b"7", 11, -1, None])
def test_anxiety_refuses_what_is_not_a_whole_number_from_0_to_10(db: Database, value: object) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.connection.execute(MOMENT, (value,))


def test_strict_stores_a_lossless_text_number_as_an_integer(db: Database) -> None:
    """STRICT does not refuse '7': it converts it losslessly, so the column still holds only integers.
    (The repositories refuse a str before SQL anyway.)"""
    db.connection.execute(MOMENT, ("7",))
    assert db.connection.execute("SELECT anxiety, typeof(anxiety) FROM moments").fetchall() == [(7, "integer")]


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("moments", "signs", 32),
        ("breath_sessions", "completed", 2),
        ("breath_sessions", "anxiety_after", 11),
        ("breath_sessions", "planned_seconds", -1.0),
        ("reframes", "belief_before", 101),
        ("reframes", "share_with_therapist", 2),
        ("reframes", "traps", "mind_reading;drop table"),
        ("settings", "value", "{not json"),
    ],
)
def test_range_checks(db: Database, table: str, column: str, value: object) -> None:
    valid = {
        "moments": {"occurred_at": 0, "anxiety": 1, "kind": "other", "created_at": 0, "updated_at": 0},
        "breath_sessions": {
            "started_at": 0, "pattern_name": "p", "phases": "[]", "planned_seconds": 1.0,
            "actual_seconds": 1.0, "breaths_done": 0, "completed": 0,
        },
        "reframes": {"created_at": 0, "critic": "c", "reframe": "r"},
        "settings": {"key": "k", "value": "1"},
    }[table]  # fmt: skip

    def insert(row: dict[str, object]) -> None:
        sql = f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
        db.connection.execute(sql, tuple(row.values()))

    insert(valid)  # the valid row goes in, so the failure below is the range check
    db.connection.execute(f"DELETE FROM {table}")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        insert({**valid, column: value})


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.connection.execute(
            "INSERT INTO reframes (created_at, critic, reframe, moment_id) VALUES (0, 'c', 'r', 12345)"
        )


def test_transactions_do_not_nest_and_the_outer_one_survives(db: Database) -> None:
    with db.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('outer', '1')")
        with pytest.raises(RuntimeError, match="nest"), db.transaction():
            pass
    assert db.query("SELECT key FROM settings") == [("outer",)]


def test_a_failing_transaction_rolls_back_everything_in_it(db: Database) -> None:
    with pytest.raises(ZeroDivisionError), db.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('half', '1')")
        1 / 0  # noqa: B018
    assert db.query("SELECT key FROM settings") == []
    assert not db.connection.in_transaction


@pytest.mark.parametrize("answer", [0, 8, 3.5, "four", None])
def test_an_answer_off_the_7_point_scale_is_refused(db: Database, answer: object) -> None:
    db.connection.execute("INSERT INTO reflections (id, taken_at) VALUES (1, 0)")
    with pytest.raises(sqlite3.IntegrityError):
        db.connection.execute("INSERT INTO reflection_answers VALUES (1, 'worry.tone', ?)", (answer,))


def test_deleting_a_reflection_deletes_its_answers(db: Database) -> None:
    db.connection.execute("INSERT INTO reflections (id, taken_at) VALUES (1, 0)")
    db.connection.execute("INSERT INTO reflection_answers VALUES (1, 'worry.tone', 4)")
    db.connection.execute("DELETE FROM reflections WHERE id = 1")
    assert db.query("SELECT count(*) FROM reflection_answers") == [(0,)]
