"""Vietnamese date lines for the web page and for official documents."""

from __future__ import annotations

import re
from datetime import date, datetime, time

# "10/07/2017 17:56", "10/7/2017 17h56", "10-07-2017", "10.07.2017 8:05".
_TYPED = re.compile(
    r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
    r"(?:\s*[ ,T-]\s*(\d{1,2})\s*[:hg.]\s*(\d{2}))?\s*$",
    re.IGNORECASE,
)

# Indexed by date.weekday(): Monday is 0.
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def short_date(d: date) -> str:
    """Return "10/07/2017": day and month zero-padded, as on the portal."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def short_datetime(moment: datetime) -> str:
    """Return "10/07/2017 17:56": the date as people here write it, then the time."""
    return f"{short_date(moment)} {moment.hour:02d}:{moment.minute:02d}"


def parse_short_datetime(text: str, default_time: time = time()) -> datetime:
    """Read a typed "dd/mm/yyyy hh:mm" (time optional: *default_time*); ValueError if not a date.

    Day first, as written in Vietnam; "31/02/2026" or "10/07/2017 25:00" is refused.
    """
    match = _TYPED.match(text)
    if match is None:
        raise ValueError(f"not a date in the form dd/mm/yyyy hh:mm: {text!r}")
    day, month, year, hour, minute = match.groups()
    if hour is None:
        return datetime.combine(date(int(year), int(month), int(day)), default_time)
    return datetime(int(year), int(month), int(day), int(hour), int(minute))


def web_date_line(dt: datetime) -> str:
    """Return the article date line of the portal: "Thứ Hai, 10/07/2017 - 17:56"."""
    return f"{WEEKDAYS[dt.weekday()]}, {short_date(dt)} - {dt.hour:02d}:{dt.minute:02d}"


def official_date_line(place: str | None, d: date) -> str:
    """Return "Lạng Sơn, ngày 07 tháng 7 năm 2017" (no place: "ngày 07 tháng 7 năm 2017").

    Nghị định 30/2020/NĐ-CP writes a leading zero for days below 10 and for
    months 1 and 2 only, so "tháng 02" cannot be misread as "tháng 12".
    """
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    line = f"ngày {d.day:02d} tháng {month} năm {d.year}"
    place = (place or "").strip()
    return f"{place}, {line}" if place else line
