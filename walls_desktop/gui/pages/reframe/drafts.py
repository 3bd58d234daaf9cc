"""The unfinished exercise, kept in settings as the user types, so closing Walls loses nothing."""

from __future__ import annotations

import dataclasses

from walls_desktop.core.reframe_draft_json import draft_from_dict, draft_to_dict
from walls_desktop.core.reframe_flow import ReframeDraft, Step
from walls_desktop.core.settings import REFRAME_DRAFT
from walls_desktop.gui.context import AppContext


def has_content(draft: ReframeDraft) -> bool:
    """True once the user has entered anything; an empty draft is not worth offering back."""
    return dataclasses.replace(draft, step=Step.MOMENT, started_at=None) != ReframeDraft()


def load_draft(ctx: AppContext) -> ReframeDraft | None:
    """The saved draft, or None. A link to a moment that has since been deleted is dropped."""
    stored = ctx.settings.get(REFRAME_DRAFT)
    if stored is None:
        return None
    draft = draft_from_dict(stored)
    if draft.moment_id is not None and ctx.moments.get(draft.moment_id) is None:
        # Read once more without the link, so the draft opens on the first step again if that now has a gap.
        draft = draft_from_dict(draft_to_dict(dataclasses.replace(draft, moment_id=None)))
    return draft if has_content(draft) else None


def save_draft(ctx: AppContext, draft: ReframeDraft) -> None:
    """Keep the draft (or forget it when it is empty). Raises StoreError when the store cannot be written."""
    if has_content(draft):
        ctx.settings.set(REFRAME_DRAFT, draft_to_dict(draft))
    else:
        ctx.settings.reset(REFRAME_DRAFT)


def discard_draft(ctx: AppContext) -> None:
    ctx.settings.reset(REFRAME_DRAFT)
