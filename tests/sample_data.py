"""Sample data for screenshots and benchmarks: a few weeks of a plausible user's practice."""

from __future__ import annotations


def seed(ctx) -> None:
    """Fill a fresh store with sample data. Each practice adds its own part here."""
    ctx.settings.set("welcome.seen", True)
