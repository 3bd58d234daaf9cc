"""Text matching for search boxes: case- and form-insensitive across all scripts, not only ASCII.

SQLite's LIKE folds ASCII letters only and treats ``%`` and ``_`` as wildcards. Instead, both the stored
text and the query are folded in Python (registered as the SQL function ``walls_fold``) and compared with
``instr``, where every character of the query is literal.
"""

from __future__ import annotations

import unicodedata

FOLD_FUNCTION = "walls_fold"


def fold(value: str | None) -> str | None:
    """Caseless, compatibility-normalised form: "É", "é" and "e" followed by a combining acute accent all
    fold to the same "é"; "ß" folds to "ss"."""
    if value is None:
        return None
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", value).casefold())
