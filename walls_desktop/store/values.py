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
# The seconds Python's datetime can give back: a time outside them would be stored, then fail every read.
UNIX_MIN = (datetime(1, 1, 1, tzinfo=UTC) - EPOCH) // timedelta(seconds=1)
UNIX_MAX = (datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC) - EPOCH) // timedelta(seconds=1)
SECONDS_MAX = 10**9  # about 31 years: more than any breath, session or pause could last


def text(value: object, field: str, path: Path | None, max_length: int) -> str:
    """``value`` if it can be kept in a field of at most ``max_length`` characters. Checked here as well as in
    the forms, so no caller can put text in the file that the app could not show (or SQLite could not take)."""
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a str, not {type(value).__name__}")
    if len(value) > max_length:  # first: a gigabyte of text is refused without being read through
        raise StoreError(StoreErrorKind.TOO_LONG, path, f"{field} has {len(value)} characters, at most {max_length}")
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
    if isinstance(value, int) and not 0 <= value <= SECONDS_MAX:  # before float(), which overflows past 1e308
        raise ValueError(f"{field} must be between 0 and {SECONDS_MAX} seconds")
    number = float(value)
    if not (math.isfinite(number) and 0 <= number <= SECONDS_MAX):
        raise ValueError(f"{field} must be a finite number of seconds from 0 to {SECONDS_MAX}, not {number!r}")
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
    seconds = (value - EPOCH) // timedelta(seconds=1)
    if not UNIX_MIN <= seconds <= UNIX_MAX:
        raise ValueError(f"{field} must fall between the years 1 and 9999 in UTC, not {value.isoformat()}")
    return seconds


def optional_to_unix(value: object, field: str) -> int | None:
    return None if value is None else to_unix(value, field)


def from_unix(value: int) -> datetime:
    """Raises OverflowError (or TypeError) for a value no Walls wrote: the caller reports the row as damaged."""
    return EPOCH + timedelta(seconds=value)


def optional_from_unix(value: int | None) -> datetime | None:
    return None if value is None else from_unix(value)
