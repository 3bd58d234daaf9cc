"""What Today reads to look back: this week and last, and an earlier kinder thought to bring back."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Today imports this module at start-up; what it reads loads after the first frame
    from walls_desktop.core.reframe import Reframe
    from walls_desktop.core.week_review import WeekFigures
    from walls_desktop.gui.context import AppContext

RESURFACE_AFTER = timedelta(days=7)  # an earlier thought, not one from this week


def this_week_and_last(ctx: AppContext, now: datetime, zone: tzinfo) -> tuple[WeekFigures, WeekFigures]:
    from walls_desktop.core.week_review import week_bounds, week_figures

    last_start, this_start, next_start = week_bounds(now, zone)
    return tuple(  # type: ignore[return-value]
        week_figures(
            ctx.moments.list_between(start, end),
            ctx.sessions.list_between(start, end),
            ctx.practices.list_between(start, end),
            ctx.reframes.list_between(start, end),
            ctx.ladder.tries_between(start, end),
        )
        for start, end in ((this_start, next_start), (last_start, this_start))
    )


def earlier_reframes(ctx: AppContext, now: datetime) -> list[Reframe]:
    return [r for r in ctx.reframes.list_newest_first() if r.created_at <= now - RESURFACE_AFTER]


def todays_pick(earlier: list[Reframe], now: datetime, zone: tzinfo) -> Reframe:
    """The same one all day, another the next."""
    return earlier[now.astimezone(zone).toordinal() % len(earlier)]


def reframe_draft_waiting(ctx: AppContext) -> bool:
    """What Reframe would offer back; its drafts' code loads only when there is a draft at all."""
    from walls_desktop.gui.pages.reframe.drafts import load_draft

    return load_draft(ctx) is not None


def reflection_draft_waiting(stored: object) -> bool:
    """What Reflect would offer back (something answered)."""
    from walls_desktop.core.reflection_draft import offered_draft

    return offered_draft(stored) is not None
