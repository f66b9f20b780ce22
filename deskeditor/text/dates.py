"""Vietnamese date lines for the web page and for official documents."""

from __future__ import annotations

from datetime import date, datetime

# Indexed by date.weekday(): Monday is 0.
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def short_date(d: date) -> str:
    """Return "10/07/2017": day and month zero-padded, as on the portal."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


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
