"""Moments as spreadsheet rows: every field, one sign per column, local ISO time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from walls_desktop.core.moment_export import header, moment_row, moment_rows
from walls_desktop.core.moments import ALL_SIGNS, ClosenessKind, Moment, Sign

BERLIN_SUMMER = timezone(timedelta(hours=2))


def test_header_has_every_field_and_one_column_per_sign() -> None:
    names = header()
    assert names[:6] == ["id", "local time", "anxiety (0-10)", "kind", "kind of closeness", "with whom"]
    assert names[6:11] == [sign.label for sign in ALL_SIGNS]
    assert names[11:] == ["what I did", "note"]


def test_row_holds_local_time_labels_and_sign_flags() -> None:
    moment = Moment(
        datetime(2024, 6, 1, 21, 30, tzinfo=UTC),
        7,
        ClosenessKind.COMMITMENT,
        person="Sam",
        signs=Sign.WITHDREW | Sign.ALARM,
        action="went quiet",
        note='a, "b"\nc',
        id=12,
    )
    row = moment_row(moment, BERLIN_SUMMER, translate=str.upper)
    assert row[:6] == ["12", "2024-06-01T23:30:00+02:00", "7", "commitment", "TALK OF COMMITMENT", "Sam"]
    assert row[6:11] == ["1", "0", "0", "0", "1"]
    assert row[11:] == ["went quiet", 'a, "b"\nc']


def test_rows_start_with_the_header_and_keep_the_order() -> None:
    moments = [Moment(datetime(2024, 1, day, tzinfo=UTC), day, ClosenessKind.OTHER, id=day) for day in (3, 1, 2)]
    rows = list(moment_rows(moments, UTC))
    assert rows[0] == header()
    assert [row[0] for row in rows[1:]] == ["3", "1", "2"]
    assert list(moment_rows([], UTC)) == [header()]
