"""A table on a 375 px phone in Chromium: it scrolls inside its own box, never the page.

Two pages: the long sample (a four-column table) and a twelve-column
schedule wider than any phone, the case that would push the whole page
sideways if the table were not in its box.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from samples import write_long_article

from deskeditor.export import context_for
from deskeditor.export.html import write_html_folder
from deskeditor.jsonio import article_from_dict, read_article
from deskeditor.store import Store

MONTHS = [f"Tháng {n}" for n in range(1, 12)]
WIDE = {
    "title": "Lịch tiếp công dân năm 2026 của lãnh đạo Sở Nội vụ",
    "body": [
        {"type": "paragraph", "text": "Lịch tiếp công dân định kỳ được công bố như sau."},
        {
            "type": "table",
            "caption": "Lịch tiếp công dân theo tháng",
            "header_rows": 1,
            "rows": [
                ["Lãnh đạo", *MONTHS],
                ["Giám đốc Nguyễn Văn Bình", *(f"Ngày {10 + n % 5}" for n in range(11))],
                ["Phó Giám đốc Đặng Quốc Huy", *(f"Ngày {15 + n % 3}" for n in range(11))],
            ],
        },
        {"type": "paragraph", "text": "Công dân đến đúng giờ và mang theo giấy tờ tùy thân."},
    ],
}


@pytest.fixture(scope="module")
def phones(tmp_path_factory, browser) -> dict[str, dict]:
    work = tmp_path_factory.mktemp("phone-work")
    pages = []
    with Store(work / "kho.db") as store:
        (work / "nguon").mkdir()
        for name, article in (
            ("dai", read_article(write_long_article(work / "nguon"))),
            ("rong", article_from_dict(WIDE)),
        ):
            write_html_folder(context_for(store, store.import_article(article)), work / name)
            pages.append(f"/work/{name}/index.html")
    result = browser(work, phone=pages)
    return {Path(entry["page"]).parent.name: entry for entry in result["phones"]}


@pytest.mark.parametrize("name", ["dai", "rong"])
def test_the_page_never_scrolls_sideways_on_a_phone(phones, name):
    phone = phones[name]
    assert phone["view_width"] == 375
    assert phone["page_width"] <= phone["view_width"], phone
    assert len(phone["tables"]) == 1
    box = phone["tables"][0]
    assert box["right"] <= 375 and box["box_width"] < 375, box


def test_a_wide_table_scrolls_inside_its_box(phones):
    box = phones["rong"]["tables"][0]
    assert box["table_width"] > box["box_width"] * 2, box  # twelve columns do not fit
    assert box["scroll_width"] == box["table_width"]
    assert box["scrolled"] > 0, box  # the box itself scrolls to show the last month
