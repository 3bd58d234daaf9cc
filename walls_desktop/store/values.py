"""Checks and conversions between dataclass values and SQLite values, done before any SQL runs.

Text that cannot be encoded is the user's (pasted) doing, so it raises a StoreError with a message for
them. Everything else refused here (a wrong type, a number out of range, a naive datetime) is a bug in the
caller, which the GUI's own validation should have caught, so it raises ValueError or TypeError.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

from walls_desktop.core.ratings import Scale
from walls_desktop.core.text import has_lone_surrogate
from walls_desktop.store.errors import StoreError, StoreErrorKind

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SQLITE_INT_MAX = 2**63 - 1  # larger ints raise OverflowError inside sqlite3
SQLITE_INT_MIN = -(2**63)


def text(value: object, field: str, path: Path | None) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a str, not {type(value).__name__}")
    if has_lone_surrogate(value):
        raise StoreError(StoreErrorKind.INVALID_TEXT, path, f"{field} holds a lone surrogate")
    return value


def integer(value: object, field: str, minimum: int = 0, maximum: int = SQLITE_INT_MAX) -> int:
    # bool is an int subclass, but True stored as an anxiety of 1 would be a silent bug.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{field} must be an int, not {type(value).__name__}")
    number = int(value)
    if not minimum <= number <= maximum:
        raise ValueError(f"{field} must be between {minimum} and {maximum}, not {number}")
    return number


def optional_integer(value: object, field: str, minimum: int = 0, maximum: int = SQLITE_INT_MAX) -> int | None:
    return None if value is None else integer(value, field, minimum, maximum)


def rating(value: object, field: str, scale: Scale) -> int:
    return integer(value, field, scale.minimum, scale.maximum)


def optional_rating(value: object, field: str, scale: Scale) -> int | None:
    return None if value is None else rating(value, field, scale)


def row_id(value: object, field: str = "id") -> int:
    return integer(value, field, 1, SQLITE_INT_MAX)


def optional_row_id(value: object, field: str) -> int | None:
    return None if value is None else row_id(value, field)


def seconds(value: object, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{field} must be a number of seconds, not {type(value).__name__}")
    number = float(value)
    if not (math.isfinite(number) and number >= 0):
        raise ValueError(f"{field} must be a finite number of seconds, at least 0, not {value!r}")
    return number


def flag(value: object, field: str) -> int:
    if not isinstance(value, bool):
        raise TypeError(f"{field} must be a bool, not {type(value).__name__}")
    return int(value)


def to_unix(value: object, field: str) -> int:
    """Whole seconds since 1970 UTC, rounded down. Exact integer arithmetic: no float rounding."""
    if not isinstance(value, datetime):
        raise TypeError(f"{field} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{field} must be timezone-aware")
    return (value - EPOCH) // timedelta(seconds=1)


def optional_to_unix(value: object, field: str) -> int | None:
    return None if value is None else to_unix(value, field)


def from_unix(value: int) -> datetime:
    return EPOCH + timedelta(seconds=value)


def optional_from_unix(value: int | None) -> datetime | None:
    return None if value is None else from_unix(value)
