"""Kind sentences: the defaults, checks on the user's own, and picking one to show."""

from __future__ import annotations

import pytest

from walls_desktop.core import kind_sentences as ks
from walls_desktop.core.kind_sentences import (
    DEFAULT_KIND_SENTENCES,
    KIND_SENTENCE_MAX,
    clean_sentence,
    pick,
    sentence_problem,
)
from walls_desktop.core.text import UNSTORABLE_MESSAGE


def test_a_few_defaults_each_fit_the_rules_for_own_sentences() -> None:
    assert 5 <= len(DEFAULT_KIND_SENTENCES) <= 7
    assert len({s.casefold() for s in DEFAULT_KIND_SENTENCES}) == len(DEFAULT_KIND_SENTENCES)
    for sentence in DEFAULT_KIND_SENTENCES:
        assert sentence_problem(sentence) is None
        assert sentence == clean_sentence(sentence)


def test_the_defaults_avoid_clinical_labels() -> None:
    words = " ".join(DEFAULT_KIND_SENTENCES).casefold()
    for label in ("avoidant", "attachment", "disorder", "symptom", "diagnos", "anxious attachment"):
        assert label not in words


@pytest.mark.parametrize("blank", ["", " ", "\n\t  \r\n", "\u3000"])
def test_a_blank_sentence_is_refused(blank: str) -> None:
    assert sentence_problem(blank) == ks.BLANK_MESSAGE


def test_the_length_limit_counts_the_trimmed_sentence() -> None:
    assert sentence_problem("a" * KIND_SENTENCE_MAX) is None
    assert sentence_problem("  " + "a" * KIND_SENTENCE_MAX + "\n") is None
    assert sentence_problem("a" * (KIND_SENTENCE_MAX + 1)) == ks.TOO_LONG_MESSAGE
    assert KIND_SENTENCE_MAX == 300
    assert "{max}" in ks.TOO_LONG_MESSAGE


def test_a_broken_character_is_refused_before_length() -> None:
    assert sentence_problem("I am allowed to rest \ud83d") == UNSTORABLE_MESSAGE
    assert sentence_problem("\udc00" * 400) == UNSTORABLE_MESSAGE


def test_the_same_sentence_twice_is_refused() -> None:
    existing = ["I can go slowly.", "One step is enough."]
    assert sentence_problem("  i can go SLOWLY. ", existing) == ks.DUPLICATE_MESSAGE
    assert sentence_problem("I can go slowly, and that's fine.", existing) is None


@pytest.mark.parametrize(
    "sentence", ["Ich darf langsam sein. 🌱", "מותר לי לקחת את הזמן", "e\u0301 n\u0303", "Line one\nline two"]
)
def test_own_sentences_in_any_script_are_fine(sentence: str) -> None:
    assert sentence_problem(sentence) is None


def test_pick_is_deterministic_and_an_int_seed_walks_the_list() -> None:
    sentences = ["a", "b", "c"]
    assert pick(sentences, 5) == pick(sentences, 5)
    assert [pick(sentences, seed) for seed in range(6)] == ["a", "b", "c", "a", "b", "c"]
    assert pick(sentences, -1) == "c"


def test_a_text_seed_is_stable_across_runs() -> None:
    sentences = ["a", "b", "c", "d", "e"]
    # crc32 of the UTF-8 text: the same on every machine and run (unlike hash(), which is salted).
    assert pick(sentences, "2024-05-06") == "b"
    assert pick(sentences, "2024-05-08") == "a"
    assert pick(sentences, "\ud83d broken") in sentences


def test_pick_skips_blanks_and_falls_back_to_the_defaults() -> None:
    assert pick(["", "  ", "only one"], 3) == "only one"
    assert pick([], 0) == DEFAULT_KIND_SENTENCES[0]
    assert pick(["\n"], 1) == DEFAULT_KIND_SENTENCES[1]
