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


def test_names_go_as_whole_words_in_any_case_longer_names_first() -> None:
    mask = NameMask(["Ann", "Ann Marie", "İrem", "Sam", " ", ""], "someone close")
    assert mask("Ann Marie came, then ann.") == "someone close came, then someone close."
    assert (
        mask("Samantha is not Sam; Sam's coat; SAM")
        == "Samantha is not someone close; someone close's coat; someone close"
    )
    assert mask("irem and İREM") == "someone close and someone close"
    assert NameMask(["Sam"], "x", active=False)("Sam") == "Sam"
    assert NameMask([], "x")("Sam") == "Sam"


NAMES = st.lists(st.text(min_size=1, max_size=12).filter(lambda n: "\u2063" not in n), max_size=6)


@given(NAMES, st.text(max_size=200))
def test_no_listed_name_survives_the_mask_and_odd_names_never_break_it(names, text) -> None:
    masked = NameMask(names, "\u2063")(text)  # a replacement no name can be part of
    for name in (n.strip() for n in names):
        if name:
            assert re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", masked, re.IGNORECASE) is None
