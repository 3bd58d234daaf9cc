"""Reading back JSON-safe data that may have been damaged: each helper gives the value, or None. Never raises.

Shared by the drafts kept in settings (the reframe exercise's, the reflection's).
"""

from __future__ import annotations

import math
import re
from datetime import datetime

from walls_desktop.core.text import has_lone_surrogate

INTEGER_TEXT = re.compile(r"-?[0-9]+")


def storable(text: str) -> str:
    if not has_lone_surrogate(text):
        return text
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def aware_iso(value: object) -> str | None:
    if isinstance(value, datetime) and value.utcoffset() is not None:
        return value.isoformat()
    return None


def recover_int(value: object, minimum: int, maximum: int) -> int | None:
    number: int | None = None
    if type(value) is int:
        number = value
    elif type(value) is float and math.isfinite(value) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and len(value) <= 25 and INTEGER_TEXT.fullmatch(value.strip()):
        number = int(value.strip())
    if number is None or not minimum <= number <= maximum:
        return None
    return number


def recover_datetime(value: object) -> datetime | None:
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.utcoffset() is not None else None
