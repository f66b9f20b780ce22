"""Search with a status or category filter finds every match, however old."""

from __future__ import annotations

from deskeditor.model import Article, Paragraph, Run, Status
from deskeditor.store import workflow

NEWER_MATCHES = 130  # more than limit × 20 with the limit below


def _article(title: str, category: str, text: str) -> Article:
    return Article(title=title, category=category, body=[Paragraph([Run(text)])])


def test_an_old_match_in_the_chosen_category_is_found_under_many_newer_ones(store):
    old = store.save_article(
        _article("Khen thưởng năm 2019", "Thi đua - Khen thưởng", "Hội nghị tổng kết thi đua.")
    )
    for n in range(NEWER_MATCHES):
        store.save_article(
            _article(f"Tin số {n}", "Tin tức - Sự kiện", f"Hội nghị giao ban tuần {n}.")
        )
    found = store.search("hoi nghi", category="Thi đua - Khen thưởng", limit=5)
    assert [s.id for s in found] == [old.article_id]
    # Without the filter the limit still holds, newest first.
    assert len(store.search("hoi nghi", limit=5)) == 5


def test_an_old_match_with_the_chosen_status_is_found(store):
    old = store.save_article(_article("Bài cũ", "Tin tức - Sự kiện", "Hội nghị cán bộ."))
    workflow.submit(store, old.article_id)
    for n in range(NEWER_MATCHES):
        store.save_article(_article(f"Nháp {n}", "Tin tức - Sự kiện", "Hội nghị chuyên đề."))
    found = store.search("hoi nghi", status=Status.SUBMITTED, limit=5)
    assert [s.id for s in found] == [old.article_id]


def test_filtered_results_respect_the_limit(store):
    for n in range(12):
        store.save_article(_article(f"Tin {n}", "Thi đua - Khen thưởng", "Hội nghị điển hình."))
    assert len(store.search("hoi nghi", category="Thi đua - Khen thưởng", limit=5)) == 5


def test_counts_agree_with_the_listing_for_every_filter(store):
    for n, category in enumerate(["Thi đua - Khen thưởng", "Tin tức - Sự kiện", ""] * 3):
        saved = store.save_article(_article(f"Bài {n}", category, "Hội nghị điển hình."))
        if n % 2:
            workflow.submit(store, saved.article_id)
    for status in (None, Status.DRAFT, Status.SUBMITTED):
        for category in (None, "Thi đua - Khen thưởng", "Tin tức - Sự kiện"):
            listed = store.list_articles(status, category)
            assert store.count_articles(status, category) == len(listed), (status, category)
    assert store.count_articles() == 9


def test_an_old_title_match_in_the_chosen_category_comes_first(store):
    # Title matches are ranked before body matches; newer title matches elsewhere
    # outnumber the limit many times over and must not crowd the old one out.
    old = store.save_article(
        _article("Hội nghị điển hình tiên tiến", "Thi đua - Khen thưởng", "Tuyên dương.")
    )
    body_only = store.save_article(
        _article("Tuyên dương tập thể", "Thi đua - Khen thưởng", "Sau hội nghị, khen thưởng.")
    )
    for n in range(NEWER_MATCHES):
        store.save_article(_article(f"Hội nghị giao ban {n}", "Tin tức - Sự kiện", "Giao ban."))
    found = store.search("hoi nghi", category="Thi đua - Khen thưởng", limit=5)
    assert [s.id for s in found] == [old.article_id, body_only.article_id]
    assert len(store.search("hoi nghi", limit=5)) == 5


def _mixed_store(store):
    """Titles and bodies that match, in two categories and three statuses."""
    for n in range(24):
        title = f"Hội nghị chuyên đề số {n}" if n % 3 == 0 else f"Tin ngắn số {n}"
        saved = store.save_article(
            _article(title, ["Thi đua - Khen thưởng", "Tin tức - Sự kiện"][n % 2], "Hội nghị.")
        )
        if n % 3 == 1:  # in both categories
            workflow.submit(store, saved.article_id)
    return store


FILTERS = [
    (Status.DRAFT, None),
    (Status.SUBMITTED, None),
    (None, "Tin tức - Sự kiện"),
    (Status.SUBMITTED, "Thi đua - Khen thưởng"),
]


def test_a_filtered_search_checks_each_match_in_an_index_not_its_row(store):
    _mixed_store(store)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        for status, category in FILTERS:
            store.search("hoi nghi", status, category, limit=5)
    finally:
        store.db.conn.set_trace_callback(None)
    searches = [s for s in statements if "MATCH" in s and "FROM articles a" in s]
    assert searches
    for sql in searches:
        plan = [row[3] for row in store.db.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
        assert any("INDEX articles_filters" in step for step in plan), plan


def test_a_store_without_the_filter_index_finds_the_same(tmp_path):
    from deskeditor.store import Store

    path = tmp_path / "kho.db"
    with Store(path) as store:
        _mixed_store(store)
        wanted = {f: store.search("hoi nghi", *f, limit=5) for f in FILTERS}
        wanted_all = store.search("hoi nghi", limit=50)
        store.db.execute("DROP INDEX articles_filters")  # as in a store read before 0005
    with Store(path, snapshot=True) as older:
        assert {f: older.search("hoi nghi", *f, limit=5) for f in FILTERS} == wanted
        assert older.search("hoi nghi", limit=50) == wanted_all
    assert all(wanted.values())


def test_a_filter_that_no_article_passes_finds_nothing(store):
    _mixed_store(store)
    assert store.search("hoi nghi", status=Status.PUBLISHED) == []
    assert store.search("hoi nghi", category="Văn bản chỉ đạo") == []


def test_only_matches_as_new_as_the_oldest_filtered_article_are_read(store):
    # Drafts are few and new: the full index is read back to the oldest one only.
    for n in range(30):
        saved = store.save_article(_article(f"Tin {n}", "Tin tức - Sự kiện", "Hội nghị."))
        if n < 27:
            workflow.submit(store, saved.article_id)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        found = store.search("hoi nghi", status=Status.DRAFT, limit=5)
    finally:
        store.db.conn.set_trace_callback(None)
    assert [s.title for s in found] == ["Tin 29", "Tin 28", "Tin 27"]
    full_index = [s for s in statements if "article_search MATCH" in s]
    assert full_index and all(f"rowid >= {found[-1].id}" in s for s in full_index)
