"""The summary's pure parts: what makes a choice unusable, the default days, and the mask for names."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from walls_desktop.core.summary import NameMask, SummaryChoice, SummaryPart, choice_problem, default_range

TODAY = date(2026, 12, 2)


def test_a_choice_that_cannot_make_a_summary_names_its_problem() -> None:
    fine = SummaryChoice(TODAY - timedelta(days=30), TODAY, frozenset({SummaryPart.CHART}))
    assert choice_problem(fine, TODAY) is None
    assert "after the last" in choice_problem(SummaryChoice(TODAY, TODAY - timedelta(days=1), fine.parts), TODAY)
    assert "future" in choice_problem(SummaryChoice(TODAY + timedelta(days=1), TODAY + timedelta(2), fine.parts), TODAY)
    assert "Tick at least one" in choice_problem(SummaryChoice(TODAY, TODAY), TODAY)
    empty_note = SummaryChoice(TODAY, TODAY, frozenset({SummaryPart.NOTE}), note="  \n ")
    assert "empty" in choice_problem(empty_note, TODAY)
    huge_note = SummaryChoice(TODAY, TODAY, frozenset({SummaryPart.NOTE}), note="x" * 20_001)
    assert "too long" in choice_problem(huge_note, TODAY)


def test_the_days_are_whole_local_days_across_a_clock_change() -> None:
    zone = ZoneInfo("Europe/Istanbul")  # no daylight saving: and one that has it
    start, end = SummaryChoice(date(2026, 3, 28), date(2026, 3, 29)).bounds(ZoneInfo("Europe/Berlin"))
    assert (start.hour, end.hour) == (0, 0)
    assert end.timestamp() - start.timestamp() == 47 * 3600  # the spring night is an hour short
    start, _ = SummaryChoice(TODAY, TODAY).bounds(zone)
    assert start == datetime(2026, 12, 2, tzinfo=zone)


def test_the_default_is_about_three_months_up_to_today() -> None:
    first, last = default_range(TODAY)
    assert last == TODAY and (last - first).days == 90


def test_each_person_gets_a_letter_and_names_go_as_whole_words_as_written() -> None:
    mask = NameMask(["Ann", "Ann Marie", "İrem", "Sam", "Jordan (my partner)", "Will", " ", ""], "someone ({letter})")
    assert mask("Ann Marie came, then Ann.") == "someone (B) came, then someone (A)."
    assert mask("Samantha is not Sam; Sam's coat") == "Samantha is not someone (E); someone (E)'s coat"
    assert mask("SAM") == "someone (E)"
    assert mask("İrem and İREM") == "someone (C) and someone (C)"
    # A word of a longer entry is a name too; a name that is also a word is replaced only where capitalised.
    assert mask("Jordan said I will ask Will") == "someone (D) said I will ask someone (F)"
    assert NameMask(["Sam"], "x ({letter})", active=False)("Sam") == "Sam"
    assert NameMask([], "x ({letter})")("Sam") == "Sam"


@given(st.lists(st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True), max_size=5), st.text(max_size=200))
def test_no_listed_name_is_left_as_written(names, text) -> None:
    text = " ".join([text, *names])  # each name stands in the text at least once
    masked = NameMask(names, "\u2063{letter}")(text)
    for name in names:
        if not any(name != other and name in other for other in names):
            assert re.search(r"(?<!\w)" + name + r"(?!\w)", masked) is None


@given(st.lists(st.text(max_size=12), max_size=6), st.text(max_size=200))
def test_odd_names_never_break_the_mask(names, text) -> None:
    assert isinstance(NameMask(names, "someone ({letter})")(text), str)
