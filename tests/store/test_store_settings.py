"""Settings: any JSON value, kept in the same file as the data."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.store.strategies import DB_SETTINGS, any_text
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.settings import SettingsRepository


@pytest.fixture
def repo(db: Database) -> SettingsRepository:
    return SettingsRepository(db)


def test_get_set_overwrite_delete(db: Database, repo: SettingsRepository) -> None:
    assert repo.get("theme") is None
    assert repo.get("theme", "light") == "light"
    repo.set("theme", "dark")
    repo.set("theme", "system")
    assert repo.get("theme") == "system"
    repo.set("window", {"geometry": "AdnQywADAAA=", "page": 3, "sizes": [1.5, 2], "seen": True, "none": None})
    assert repo.get("window") == {"geometry": "AdnQywADAAA=", "page": 3, "sizes": [1.5, 2], "seen": True, "none": None}
    assert repo.delete("theme") is True
    assert repo.delete("theme") is False
    assert repo.get("theme", 1) == 1
    with Database.open(db.path) as other:  # really in the file
        assert SettingsRepository(other).get("window")["page"] == 3


def test_a_stored_null_is_not_the_default(repo: SettingsRepository) -> None:
    repo.set("last_pattern", None)
    assert repo.get("last_pattern", "box") is None


def test_refused(repo: SettingsRepository) -> None:
    with pytest.raises(ValueError):
        repo.set("volume", math.nan)
    with pytest.raises(TypeError):
        repo.set("when", object())
    with pytest.raises(ValueError):
        repo.set("", 1)
    with pytest.raises(StoreError) as caught:
        repo.set("name", ["fine", "broken \ud800"])
    assert caught.value.kind is StoreErrorKind.INVALID_TEXT
    with pytest.raises(StoreError):
        repo.get("key \udfff")


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | any_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(any_text, children, max_size=4),
    max_leaves=12,
)


@DB_SETTINGS
@given(key=any_text.filter(bool), value=json_values)
def test_json_values_round_trip(repo: SettingsRepository, key: str, value: object) -> None:
    repo.set(key, value)
    assert repo.get(key) == value
