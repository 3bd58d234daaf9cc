"""The user's list of kind sentences, kept in settings, and the one to show right now.

The list starts as Walls' defaults (untranslated, so a language change still translates them) and becomes the
user's own once they edit it. Shown after a reframe, on Today and, if the user likes, after a breath session.
"""

from __future__ import annotations

import contextlib

from walls_desktop.core.kind_sentences import DEFAULT_KIND_SENTENCES, pick
from walls_desktop.core.settings import KIND_SENTENCES, KIND_SENTENCES_SHOWN
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.context import AppContext
from walls_desktop.store.errors import StoreError


def load(ctx: AppContext) -> list[str]:
    stored = ctx.settings.get(KIND_SENTENCES)
    return list(DEFAULT_KIND_SENTENCES) if stored is None else stored


def save(ctx: AppContext, sentences: list[str]) -> None:
    """Keep the user's list (raises StoreError when it cannot be saved)."""
    ctx.settings.set(KIND_SENTENCES, list(sentences))


def next_sentence(ctx: AppContext) -> str:
    """A different kind sentence each time, translated when it is one of Walls' own."""
    shown = ctx.settings.get(KIND_SENTENCES_SHOWN)
    sentence = pick(load(ctx), shown)
    if ctx.writable:
        with contextlib.suppress(StoreError):  # only the rotation is lost: the same sentence may come again
            ctx.settings.set(KIND_SENTENCES_SHOWN, (shown + 1) % KIND_SENTENCES_SHOWN.maximum)
    return tr_core(sentence)
