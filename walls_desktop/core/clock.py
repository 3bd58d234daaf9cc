"""The one wall clock Walls reads. Code that needs the time takes a clock argument defaulting to this, so tests
can pass a fixed one."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
