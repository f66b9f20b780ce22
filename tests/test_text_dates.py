"""Vietnamese date lines: web portal style and Nghị định 30/2020 style."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from deskeditor.text import WEEKDAYS, official_date_line, short_date, web_date_line


def test_weekday_names() -> None:
    assert WEEKDAYS == ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2017, 7, 10, 17, 56), "Thứ Hai, 10/07/2017 - 17:56"),
        (datetime(2017, 7, 11, 8, 5), "Thứ Ba, 11/07/2017 - 08:05"),
        (datetime(2017, 7, 12, 0, 0), "Thứ Tư, 12/07/2017 - 00:00"),
        (datetime(2017, 7, 13, 23, 59), "Thứ Năm, 13/07/2017 - 23:59"),
        (datetime(2017, 7, 14, 12, 30), "Thứ Sáu, 14/07/2017 - 12:30"),
        (datetime(2017, 7, 15, 9, 9), "Thứ Bảy, 15/07/2017 - 09:09"),
        (datetime(2017, 7, 16, 6, 45), "Chủ nhật, 16/07/2017 - 06:45"),
        (datetime(2026, 1, 1, 7, 0), "Thứ Năm, 01/01/2026 - 07:00"),
        (datetime(2024, 2, 29, 14, 15), "Thứ Năm, 29/02/2024 - 14:15"),
        (datetime(2025, 12, 31, 22, 1, 59), "Thứ Tư, 31/12/2025 - 22:01"),
    ],
)
def test_web_date_line(moment: datetime, expected: str) -> None:
    assert web_date_line(moment) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2017, 7, 7), "ngày 07 tháng 7 năm 2017"),
        (date(2026, 2, 7), "ngày 07 tháng 02 năm 2026"),
        (date(2025, 12, 15), "ngày 15 tháng 12 năm 2025"),
        (date(2025, 1, 1), "ngày 01 tháng 01 năm 2025"),
        (date(2025, 1, 31), "ngày 31 tháng 01 năm 2025"),
        (date(2025, 2, 9), "ngày 09 tháng 02 năm 2025"),
        (date(2025, 2, 10), "ngày 10 tháng 02 năm 2025"),
        (date(2025, 3, 1), "ngày 01 tháng 3 năm 2025"),
        (date(2025, 3, 10), "ngày 10 tháng 3 năm 2025"),
        (date(2025, 10, 9), "ngày 09 tháng 10 năm 2025"),
        (date(2025, 10, 31), "ngày 31 tháng 10 năm 2025"),
        (date(2025, 11, 20), "ngày 20 tháng 11 năm 2025"),
    ],
)
def test_official_date_line_without_place(day: date, expected: str) -> None:
    assert official_date_line("", day) == expected
    assert official_date_line(None, day) == expected


def test_official_date_line_with_place() -> None:
    assert official_date_line("Lạng Sơn", date(2017, 7, 7)) == "Lạng Sơn, ngày 07 tháng 7 năm 2017"
    assert official_date_line(" Hà Nội ", date(2026, 2, 7)) == "Hà Nội, ngày 07 tháng 02 năm 2026"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2017, 7, 10), "10/07/2017"),
        (date(2025, 1, 1), "01/01/2025"),
        (date(2025, 2, 9), "09/02/2025"),
        (date(2025, 10, 31), "31/10/2025"),
        (datetime(2025, 3, 10, 17, 56), "10/03/2025"),
    ],
)
def test_short_date(day: date, expected: str) -> None:
    assert short_date(day) == expected


def test_typed_dates_read_day_first_and_impossible_ones_are_refused():
    import datetime as dt

    import pytest

    from deskeditor.text.dates import parse_short_datetime, short_datetime

    assert parse_short_datetime("10/07/2017 17:56") == dt.datetime(2017, 7, 10, 17, 56)
    assert parse_short_datetime(" 5/8/2017 9h05 ") == dt.datetime(2017, 8, 5, 9, 5)
    assert parse_short_datetime("15-08-2017", dt.time(7, 30)) == dt.datetime(2017, 8, 15, 7, 30)
    for bad in ("31/02/2026 08:00", "10/07/2017 25:00", "10/07/17", "", "hôm nay"):
        with pytest.raises(ValueError):
            parse_short_datetime(bad)
    assert short_datetime(dt.datetime(2026, 11, 30, 22, 56, 35)) == "30/11/2026 22:56"
