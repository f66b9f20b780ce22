"""What "best match first" means (store/search.py), pinned on a small Vietnamese store.

Best first: a title that begins with the query; the query as a phrase further
on in the title; (three words or more) every word in the title in pieces of
two or more; the phrase elsewhere; every word anywhere. Within the title tiers
the newest date first, within the others the most recently added.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from deskeditor.model import Article, Paragraph, Run, Status
from deskeditor.store import Store


def _day(year: int, month: int, day: int = 1) -> dt.datetime:
    return dt.datetime(year, month, day, 9, 0)


def _article(title: str, when: dt.datetime | None, body: str = "", **fields) -> Article:
    paragraphs = [Paragraph([Run(body)])] if body else []
    return Article(title=title, published_at=when, body=paragraphs, **fields)


# Saved in this order (ids 1…), dated so that id order and date order disagree.
SAMPLE = [
    ("Hội nghị tổng kết năm 2025", _day(2025, 12), "Tổng kết công tác năm."),
    ("Hội nghị sơ kết thi đua khen thưởng", _day(2024, 1), "Sơ kết sáu tháng."),
    ("Thông báo hội nghị trực tuyến", _day(2025, 3), "Lịch họp của Sở."),
    ("Nghị quyết của Hội đồng nhân dân tỉnh", _day(2025, 5), "Kỳ họp thứ mười."),
    ("Tin hoạt động trong tuần", _day(2025, 6), "Sở tổ chức hội nghị tập huấn."),
    ("Lịch công tác của lãnh đạo Sở", _day(2025, 7), "Họp tại hội trường; kiến nghị của cử tri."),
    ("Chuyển đổi số trong cơ quan nhà nước", _day(2025, 8), "Ứng dụng phần mềm mới."),
]
BEGINS, BEGINS_OLDER, IN_TITLE, WORDS_IN_TITLE, IN_BODY, WORDS_APART, OTHER = SAMPLE


@pytest.fixture
def sample(store):
    for title, when, body in SAMPLE:
        store.save_article(_article(title, when, body))
    return store


def titles(found) -> list[str]:
    return [summary.title for summary in found]


def test_best_match_first(sample):
    assert titles(sample.search("hoi nghi")) == [
        BEGINS[0],  # the title begins with the phrase; newest date first…
        BEGINS_OLDER[0],  # …although it was added later
        IN_TITLE[0],  # the phrase further on in the title
        IN_BODY[0],  # the phrase in the body
        # Both words somewhere, most recently added first: syllables scattered over
        # a title ("Nghị quyết của Hội đồng") are not a "hội nghị".
        WORDS_APART[0],
        WORDS_IN_TITLE[0],
    ]


def test_longer_queries_match_titles_in_pieces(store):
    for title, body in [
        ("Hội đồng thi đua họp bàn kiến nghị của cử tri", "Kỳ họp thường lệ."),
        ("Thi đua khen thưởng: hội nghị điển hình tiên tiến", "Biểu dương tập thể."),
        ("Tin trong tuần", "Sở tổ chức hội nghị thi đua cụm số hai."),
        ("Hội nghị thi đua năm 2025", "Tổng kết."),
    ]:
        store.save_article(_article(title, _day(2025, 6), body))
    assert titles(store.search("hoi nghi thi dua")) == [
        "Hội nghị thi đua năm 2025",  # the phrase
        "Thi đua khen thưởng: hội nghị điển hình tiên tiến",  # "hội nghị" and "thi đua"
        "Tin trong tuần",  # the phrase in the body
        "Hội đồng thi đua họp bàn kiến nghị của cử tri",  # "hội" and "nghị" apart
    ]


def test_the_same_order_with_tones_marks_and_capitals(sample):
    expected = titles(sample.search("hoi nghi"))
    for query in ("Hội nghị", "HỘI NGHỊ", "hoi  nghi", "hội nghi"):
        assert titles(sample.search(query)) == expected, query


def test_a_status_or_category_filter_keeps_the_order(store):
    for title, when, body in SAMPLE:
        store.save_article(_article(title, when, body, category="Tin tức - Sự kiện"))
    store.save_article(_article("Hội nghị cán bộ", _day(2026, 1), "", category="Văn bản"))
    found = store.search("hoi nghi", status=Status.DRAFT, category="Tin tức - Sự kiện")
    assert titles(found) == titles(store.search("hoi nghi"))[1:]
    assert titles(store.search("hoi nghi", category="Văn bản")) == ["Hội nghị cán bộ"]


def test_the_last_word_may_be_unfinished_the_others_are_whole(store):
    store.save_article(_article("Trần Thị Hoa nhận bằng khen", _day(2025, 1)))
    store.save_article(_article("Trang thiết bị cho trạm y tế", _day(2024, 1)))
    # Typing: the last word is the start of one.
    assert titles(store.search("tran th")) == ["Trần Thị Hoa nhận bằng khen"]
    assert titles(store.search("tran")) == [
        "Trần Thị Hoa nhận bằng khen",
        "Trang thiết bị cho trạm y tế",
    ]
    # "tran" before another word is the whole word: "Trang thiết bị" is no match.
    assert titles(store.search("tran thi")) == ["Trần Thị Hoa nhận bằng khen"]


def test_words_scattered_over_a_title_count_only_as_typed(store):
    store.save_article(
        _article("Lao động trong cải cách hành chính", _day(2025, 9), "Hội thảo chuyên đề.")
    )
    store.save_article(_article("Tin từ cơ sở", _day(2025, 1), "Đồng chí Bí thư dự lễ."))
    store.save_article(_article("Đồng chí Giám đốc thăm cơ sở", _day(2024, 1), "Thăm hỏi."))
    # "chi" as a prefix matches "chính", but that title is no better than the phrase
    # "đồng chí" in a body; it is still found, last, among every-word matches.
    assert titles(store.search("dong chi")) == [
        "Đồng chí Giám đốc thăm cơ sở",
        "Tin từ cơ sở",
        "Lao động trong cải cách hành chính",
    ]


def test_lead_author_and_tags_rank_with_the_body(store):
    store.save_article(_article("Tin một", _day(2025, 1), lead="Lễ khánh thành cầu mới."))
    store.save_article(_article("Tin hai", _day(2025, 2), author="Lê Khánh Thành"))
    store.save_article(_article("Khánh thành nhà văn hóa", _day(2020, 1)))
    store.save_article(_article("Tin ba", _day(2025, 3), tags=["khánh thành"]))
    assert titles(store.search("khanh thanh")) == [
        "Khánh thành nhà văn hóa",  # the title first, though oldest
        "Tin ba",  # then the most recently added
        "Tin hai",
        "Tin một",
    ]


def test_articles_without_a_date_follow_dated_ones_as_in_the_list(store):
    store.save_article(_article("Hội nghị chưa có ngày", None))
    store.save_article(_article("Hội nghị năm 2019", _day(2019, 5)))
    store.save_article(_article("Hội nghị năm 2018", _day(2018, 5)))
    listed = titles(store.list_articles())
    assert (
        titles(store.search("hoi nghi"))
        == listed
        == [
            "Hội nghị năm 2019",
            "Hội nghị năm 2018",
            "Hội nghị chưa có ngày",
        ]
    )


def test_a_new_date_title_or_deletion_is_searched_at_once(sample):
    saved = sample.save_article(_article("Hội nghị cán bộ công chức", _day(2020, 1)))
    article = sample.get_article(saved.article_id)
    assert titles(sample.search("hoi nghi"))[2] == "Hội nghị cán bộ công chức"
    article.published_at = _day(2026, 2)
    sample.save_article(article)
    assert titles(sample.search("hoi nghi"))[0] == "Hội nghị cán bộ công chức"
    article.title = "Gặp mặt cán bộ công chức"
    sample.save_article(article)
    assert "Gặp mặt cán bộ công chức" not in titles(sample.search("hoi nghi"))
    assert titles(sample.search("gap mat")) == ["Gặp mặt cán bộ công chức"]
    sample.delete_article(saved.article_id)
    assert sample.search("gap mat") == []
    one = sample.db.execute
    assert one("SELECT count(*) FROM article_titles").fetchone() == (len(SAMPLE),)


def test_title_tiers_read_the_title_index_without_scoring(sample):
    statements: list[str] = []
    sample.db.conn.set_trace_callback(statements.append)
    try:
        sample.search("hoi nghi")
    finally:
        sample.db.conn.set_trace_callback(None)
    searches = [s for s in statements if "MATCH" in s]
    assert any("article_titles" in s for s in searches)
    assert not any("bm25" in s or "rank" in s for s in searches)


def _before_0007(path) -> None:
    """Make the store at *path* look as one written before migration 0007."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE article_titles")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0007_title_search'")
    conn.commit()
    conn.close()


def test_an_upgraded_store_searches_as_a_new_one(tmp_path):
    path = tmp_path / "kho.db"
    with Store(path) as store:
        for title, when, body in SAMPLE:
            store.save_article(_article(title, when, body))
        wanted = {q: store.search(q) for q in ("hoi nghi", "hoi", "so", "chuyen doi so")}
    _before_0007(path)
    with Store(path, snapshot=True) as older:  # read as it is: no title index
        for query, found in wanted.items():
            assert sorted(s.id for s in older.search(query)) == sorted(s.id for s in found)
    with Store(path) as upgraded:
        applied = "SELECT count(*) FROM _sqlite_migrations WHERE name = '0007_title_search'"
        assert upgraded.db.execute(applied).fetchone() == (1,)
        assert {q: upgraded.search(q) for q in wanted} == wanted
        assert titles(upgraded.search("hoi nghi"))[:2] == [BEGINS[0], BEGINS_OLDER[0]]
        assert upgraded.check() == []


def test_a_whole_word_comes_before_a_word_it_begins(store):
    """Outside testing: "hòa" listed "Kế hoạch hoạt động" first and the only "Hoà" third,
    because the last word typed is also the start of longer words ("hoạch", "Hoàng")."""
    for title, when in (
        ("Bà Hoàng Thị Lan dự hội nghị", _day(2025, 1)),
        ("Tặng hoa chúc mừng ngày Nhà giáo", _day(2025, 2)),
        ("Chương trình Hoà nhập cộng đồng", _day(2025, 3)),
        ("Kế hoạch hoạt động năm 2027", _day(2025, 4)),
    ):
        store.save_article(_article(title, when))
    expected = [
        "Chương trình Hoà nhập cộng đồng",  # "hoa" as a word, newest first…
        "Tặng hoa chúc mừng ngày Nhà giáo",
        "Kế hoạch hoạt động năm 2027",  # …then words that begin with it
        "Bà Hoàng Thị Lan dự hội nghị",
    ]
    assert titles(store.search("hoa")) == expected
    # Typed with its tone, the words with that tone come first ("Hoàng" begins with "hòa").
    assert titles(store.search("hòa")) == [*expected[:2], expected[3], expected[2]]
    # Typing on: "hoa n" finds the word being typed, "Hoà nhập" first.
    assert titles(store.search("hoa n"))[0] == "Chương trình Hoà nhập cộng đồng"


def test_words_typed_with_their_marks_rank_those_marks_first(store):
    """Outside testing: "hòa" should list the real "Hoà" before "hoa" and "Hóa"; a query
    typed without marks keeps the plain newest-first order of each tier."""
    for title, when in (
        ("Chương trình Hoà nhập cộng đồng", _day(2025, 1)),
        ("Tặng hoa chúc mừng ngày Nhà giáo", _day(2025, 2)),
        ("Hóa chất an toàn trong nông nghiệp", _day(2025, 3)),
        ("Kế hoạch hoạt động năm 2027", _day(2025, 4)),
        ("Bà Hoàng Thị Lan dự hội nghị", _day(2025, 5)),
    ):
        store.save_article(_article(title, when))
    assert titles(store.search("hòa")) == [
        "Chương trình Hoà nhập cộng đồng",  # the word as typed: "hòa" and "hoà" are one
        "Hóa chất an toàn trong nông nghiệp",
        "Tặng hoa chúc mừng ngày Nhà giáo",
        "Bà Hoàng Thị Lan dự hội nghị",  # words it begins: with its tone first
        "Kế hoạch hoạt động năm 2027",
    ]
    assert titles(store.search("hoá"))[:3] == [
        "Hóa chất an toàn trong nông nghiệp",
        "Tặng hoa chúc mừng ngày Nhà giáo",  # the other tones: newest first
        "Chương trình Hoà nhập cộng đồng",
    ]
    assert titles(store.search("hoa")) == [
        "Hóa chất an toàn trong nông nghiệp",  # no marks typed: newest first
        "Tặng hoa chúc mừng ngày Nhà giáo",
        "Chương trình Hoà nhập cộng đồng",
        "Bà Hoàng Thị Lan dự hội nghị",
        "Kế hoạch hoạt động năm 2027",
    ]
    # Marks on some words only: those words are compared, the others are not.
    assert titles(store.search("hoà nhap"))[0] == "Chương trình Hoà nhập cộng đồng"
