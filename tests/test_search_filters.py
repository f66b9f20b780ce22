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
