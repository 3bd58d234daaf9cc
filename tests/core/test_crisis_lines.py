"""The crisis lines as data: every entry names its country, and none goes unchecked for more than a year."""

from __future__ import annotations

from datetime import date

from walls_desktop.core.crisis_lines import (
    COUNTRIES,
    CRISIS_LINES,
    EMERGENCY_NUMBERS,
    STALE_AFTER_DAYS,
    emergency_for,
    known_country,
    lines_for,
    stale_lines,
)


def test_no_line_was_last_checked_more_than_a_year_ago() -> None:
    # Fails on the day an entry turns stale: check it against the service's own page, then move its date.
    assert stale_lines(date.today()) == (), "crisis lines due for checking: " + ", ".join(
        f"{line.country} {line.service} (checked {line.checked})" for line in stale_lines(date.today())
    )


def test_staleness_is_counted_from_each_entrys_own_date() -> None:
    newest = max(line.checked for line in CRISIS_LINES)
    assert stale_lines(newest) == ()
    a_year_and_a_day = date.fromordinal(newest.toordinal() + STALE_AFTER_DAYS + 1)
    assert len(stale_lines(a_year_and_a_day)) == len(CRISIS_LINES)


def test_every_line_names_a_listed_country_its_hours_and_what_it_was_checked_against() -> None:
    for line in CRISIS_LINES:
        assert line.country in COUNTRIES and len(line.country) == 2 and line.country.isupper()
        assert line.hours and line.contact and line.source
        assert line.checked <= date.today()


def test_every_listed_country_has_a_line_and_an_emergency_number() -> None:
    # Türkiye is here for the Turkish translation; English's countries are here too.
    assert {"TR", "US", "GB", "IE", "CA", "AU", "NZ"} <= set(COUNTRIES)
    for code in COUNTRIES:
        assert any(line.country == code for line in CRISIS_LINES), code
        assert any(code in number.countries for number in EMERGENCY_NUMBERS), code


def test_the_chosen_countrys_lines_and_emergency_number_come_first_and_nothing_is_dropped() -> None:
    turkey = lines_for("TR")
    assert turkey[0].country == "TR" and "112" in turkey[0].contact
    assert sorted(turkey, key=id) == sorted(CRISIS_LINES, key=id)
    assert emergency_for("TR")[0].number == "112"
    assert emergency_for("AU")[0].number == "000"
    assert set(emergency_for("AU")) == set(EMERGENCY_NUMBERS)
    assert lines_for(None) == CRISIS_LINES and emergency_for(None) == EMERGENCY_NUMBERS


def test_a_country_is_known_in_any_case_and_anything_else_is_somewhere_else() -> None:
    assert known_country("tr") == "TR"
    assert known_country("BR") is None and known_country("") is None and known_country(None) is None
