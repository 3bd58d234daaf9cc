"""Hypothesis strategies for text that has broken other apps: right-to-left, emoji, combining marks, long."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from walls_desktop.core.text import LONG_TEXT_MAX

# Fixed samples mixed into the generated text, so the awkward cases show up in every run.
AWKWARD = (
    "שלום, אני כאן",  # right-to-left
    "مرحبا \u200f(RLM) \u202eoverride\u202c",  # Arabic, bidi controls
    "👩\u200d👩\u200d👧 family, 🏳️\u200d🌈 flag, 👍🏽",  # ZWJ sequences, skin tone
    "e\u0301 vs é, Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",  # combining marks
    "tab\there\r\nnew line\x00nul",
    "'; DROP TABLE moments; --",
    "100% _sure_ \\ back",
)

# Every Unicode character UTF-8 can carry: lone surrogates are excluded (they cannot be stored at all).
any_text = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(AWKWARD),
    st.lists(st.sampled_from(AWKWARD), min_size=1, max_size=4).map("".join),
)

# The same database is reused across examples: each example adds its own rows and reads them back by id.
DB_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

VERY_LONG = ("Ünïcödé 👋🏽 " * 2_000)[:LONG_TEXT_MAX]  # as long as a long field may be, every kind of character
