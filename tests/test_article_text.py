"""One walk from an article to plain text (issue 12): search, history and recovery agree.

The expected values are what the three separate traversals produced before
they were merged; the search index in particular must not change, or every
existing store would need reindexing.
"""

from __future__ import annotations

import datetime as dt

from deskeditor.model import (
    Article,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Run,
    body_texts,
)
from deskeditor.store.search import search_row


def _article() -> Article:
    return Article(
        title="Hội nghị sơ kết",
        category="Tin hoạt động",
        published_at=dt.datetime(2026, 11, 30, 9, 30),
        lead="Sáng nay, Sở Nội vụ tổ chức hội nghị.",
        author="Trần Văn Ba",
        author_unit="Văn phòng Sở",
        source="Báo Mẫu",
        tags=["hội nghị", "sơ kết"],
        body=[
            Paragraph([Run("Đồng chí "), Run("Giám đốc", bold=True), Run(" phát biểu.")]),
            Figure(caption="Quang cảnh hội nghị", credit="Ảnh: Lê Thị Hoa", alt="", photo_id=1),
            Heading([Run("Nhiệm vụ")]),
            ListBlock([[Run("Cải cách "), Run("hành chính", italic=True)], [Run("Thi đua")]]),
            ListBlock([]),
            Quote([Run("Đoàn kết là sức mạnh.")]),
            Figure(caption="Đại biểu", credit="", alt="Đại biểu biểu quyết", photo_id=2),
        ],
    )


def test_the_walk_yields_every_text_in_order():
    assert list(body_texts(_article().body)) == [
        (0, "text", "Đồng chí Giám đốc phát biểu."),
        (1, "caption", "Quang cảnh hội nghị"),
        (1, "credit", "Ảnh: Lê Thị Hoa"),
        (1, "alt", ""),
        (2, "text", "Nhiệm vụ"),
        (3, "item", "Cải cách hành chính"),
        (3, "item", "Thi đua"),
        (5, "text", "Đoàn kết là sức mạnh."),
        (6, "caption", "Đại biểu"),
        (6, "credit", ""),
        (6, "alt", "Đại biểu biểu quyết"),
    ]


def test_the_search_index_row_is_unchanged():
    assert search_row(_article()) == {
        "title": "hoi nghi so ket",
        "lead": "sang nay, so noi vu to chuc hoi nghi.",
        "body": "dong chi giam doc phat bieu.\nnhiem vu\ncai cach hanh chinh\nthi dua\n"
        "doan ket la suc manh.",
        "captions": "quang canh hoi nghi\nanh: le thi hoa\n\ndai bieu\n\ndai bieu bieu quyet",
        "author": "tran van ba\nvan phong so",
        "tags": "hoi nghi\nso ket",
    }


def test_history_and_recovery_show_the_same_text_as_before():
    from deskeditor.gui.recovery import article_text

    assert article_text(_article()) == "\n".join(
        [
            "Hội nghị sơ kết",
            "Category: Tin hoạt động",
            "Date: 30/11/2026 09:30",
            "Sáng nay, Sở Nội vụ tổ chức hội nghị.",
            "Đồng chí Giám đốc phát biểu.",
            "[Quang cảnh hội nghị | Ảnh: Lê Thị Hoa]",
            "Nhiệm vụ",
            "• Cải cách hành chính",
            "• Thi đua",
            "Đoàn kết là sức mạnh.",
            "[Đại biểu | alt text: Đại biểu biểu quyết]",
            "Author: Trần Văn Ba — Văn phòng Sở",
            "Source: Báo Mẫu",
            "Keywords: hội nghị, sơ kết",
        ]
    )


def _with_table() -> Article:
    from deskeditor.model import Table

    article = _article()
    article.body.insert(
        1,
        Table(
            [
                [[Run("Đơn vị")], [Run("Xếp loại")]],
                [[Run("Sở "), Run("Tư pháp", bold=True)], [Run("Xuất sắc")]],
                [[Run("Sở Y tế")], []],
            ],
            "Kết quả bình xét",
            1,
        ),
    )
    return article


def test_a_table_is_searched_caption_with_the_captions_cells_with_the_body():
    row = search_row(_with_table())
    assert row["body"].startswith(
        "dong chi giam doc phat bieu.\ndon vi\nxep loai\nso tu phap\nxuat sac\nso y te\n\nnhiem vu"
    )
    assert row["captions"].startswith("ket qua binh xet\nquang canh hoi nghi")


def test_the_store_finds_an_article_by_a_word_in_a_table_cell(store):
    article = _with_table()
    article.body = [b for b in article.body if not isinstance(b, Figure)]
    article_id = store.save_article(article).article_id
    assert [s.id for s in store.search("xuat sac")] == [article_id]
    assert [s.id for s in store.search("binh xet")] == [article_id]


def test_history_and_recovery_show_a_table_row_by_row():
    from deskeditor.gui.recovery import article_text

    lines = article_text(_with_table()).splitlines()
    start = lines.index("Đồng chí Giám đốc phát biểu.") + 1
    assert lines[start : start + 4] == [
        "[Table: Kết quả bình xét]",
        "Đơn vị | Xếp loại",
        "Sở Tư pháp | Xuất sắc",
        "Sở Y tế | ",
    ]
