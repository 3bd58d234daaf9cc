"""Kind sentences: one is shown after a reframe, to take along.

A few come with Walls; the user can add their own. The defaults are marked for translation. The usual way to
show one: pass the (untranslated) defaults plus the user's own sentences to :func:`pick`, then translate the
result with ``tr_core`` — a default comes back translated, and the user's own text has no translation, so Qt
returns it unchanged.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP
from walls_desktop.core.text import UNSTORABLE_MESSAGE, has_lone_surrogate

KIND_SENTENCE_MAX = 300  # characters, after trimming spaces at either end

DEFAULT_KIND_SENTENCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "core", "Pulling back once kept me safe. I can thank that old habit and still stay a little longer."
    ),
    QT_TRANSLATE_NOOP("core", "I don't have to get closeness right all at once. One honest step is enough today."),
    QT_TRANSLATE_NOOP("core", "Feeling scared when someone comes near doesn't make me broken. It shows this matters."),
    QT_TRANSLATE_NOOP("core", "Lots of people find closeness hard. I'm learning something many are learning."),
    QT_TRANSLATE_NOOP("core", "I can feel uneasy and still be kind — to them, and to myself."),
    QT_TRANSLATE_NOOP("core", "My walls went up for a reason. I can lower them at my own pace."),
    QT_TRANSLATE_NOOP("core", "A hard moment is one moment. It doesn't decide how this story goes."),
)

BLANK_MESSAGE = QT_TRANSLATE_NOOP("core", "Write a few words first.")
TOO_LONG_MESSAGE = QT_TRANSLATE_NOOP(
    "core", "Please keep it to {max} characters or fewer, so it fits on the screen after an exercise."
)
DUPLICATE_MESSAGE = QT_TRANSLATE_NOOP("core", "This sentence is already in your list.")


def clean_sentence(text: str) -> str:
    """The sentence as it is kept: without spaces or line breaks at either end."""
    return text.strip()


def sentence_problem(text: str, existing: Iterable[str] = ()) -> str | None:
    """An untranslated message when the user's own sentence cannot be kept, else None.

    ``TOO_LONG_MESSAGE`` has a ``{max}`` placeholder for the GUI to fill after translating. ``existing``
    holds the sentences already kept (leave out the one being edited); the same sentence again, ignoring case
    and outer spaces, is refused.
    """
    cleaned = clean_sentence(text)
    if not cleaned:
        return BLANK_MESSAGE
    if has_lone_surrogate(cleaned):
        return UNSTORABLE_MESSAGE
    if len(cleaned) > KIND_SENTENCE_MAX:
        return TOO_LONG_MESSAGE
    key = cleaned.casefold()
    if any(clean_sentence(other).casefold() == key for other in existing):
        return DUPLICATE_MESSAGE
    return None


def pick(sentences: Sequence[str], seed: int | str) -> str:
    """One sentence, the same for the same list and seed.

    With an int seed (say, how many reframes are done) consecutive seeds walk through the list in order, so
    nothing repeats until every sentence has been shown. A str seed (say, a date) is hashed, stably across
    runs. Blank entries are skipped; with nothing usable left the defaults are used instead.
    """
    usable = [s for s in sentences if s.strip()] or list(DEFAULT_KIND_SENTENCES)
    if isinstance(seed, int):
        index = seed % len(usable)
    else:
        index = zlib.crc32(seed.encode("utf-8", "surrogatepass")) % len(usable)
    return usable[index]
