"""The user's list of kind sentences, kept in settings, and the one to show right now.

The list starts as Walls' defaults (untranslated, so a language change still translates them) and becomes the
user's own once they edit it. Shown after a reframe, on Today and, if the user likes, after a breath session.
"""

from __future__ import annotations

import contextlib

from walls_desktop.core.kind_sentences import DEFAULT_KIND_SENTENCES, pick
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.text import tr_core
from walls_desktop.store.errors import StoreError

SENTENCES_KEY = "kind_sentences.list"
SHOWN_KEY = "kind_sentences.shown"  # how many have been shown, so each next one is a different one


def load(ctx: AppContext) -> list[str]:
    stored = ctx.settings.get(SENTENCES_KEY, None)
    if isinstance(stored, list) and all(isinstance(s, str) for s in stored):
        return stored
    return list(DEFAULT_KIND_SENTENCES)


def save(ctx: AppContext, sentences: list[str]) -> None:
    """Keep the user's list (raises StoreError when it cannot be saved)."""
    ctx.settings.set(SENTENCES_KEY, list(sentences))


def next_sentence(ctx: AppContext) -> str:
    """A different kind sentence each time, translated when it is one of Walls' own."""
    shown = ctx.settings.get(SHOWN_KEY, 0)
    shown = shown if isinstance(shown, int) and shown >= 0 else 0
    sentence = pick(load(ctx), shown)
    if ctx.writable:
        with contextlib.suppress(StoreError):  # only the rotation is lost: the same sentence may come again
            ctx.settings.set(SHOWN_KEY, shown + 1)
    return tr_core(sentence)
