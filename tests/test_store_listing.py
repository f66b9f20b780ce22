"""The article list reads the newest rows from an index, with or without a filter.

Not a timer: the query plans. A plan that sorts ("USE TEMP B-TREE FOR ORDER BY")
reads every matching article before the first row is known (4.4 s for the
"published" filter in benchmarks/'s store of 50,000 articles).
"""

from __future__ import annotations

import datetime as dt

import pytest

from deskeditor.model import Article, Paragraph, Run, Status
from deskeditor.store import workflow

CATEGORIES = ["Thi đua - Khen thưởng", "Tin tức - Sự kiện"]


@pytest.fixture
def filled(store):
    start = dt.datetime(2026, 1, 5, 8, 30)
    for n in range(12):
        article = Article(
            title=f"Hội nghị giao ban tuần {n + 1}",
            category=CATEGORIES[n % 2],
            published_at=start + dt.timedelta(days=(n * 5) % 12),  # saved out of date order
            body=[Paragraph([Run("Các phòng ban báo cáo kết quả công tác.")])],
        )
        saved = store.save_article(article)
        if n % 3 == 0:
            workflow.submit(store, saved.article_id)
    return store


def _plan_of(store, read):
    """Return what *read* returns and the query plan of the one SELECT it runs."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        result = read()
    finally:
        store.db.conn.set_trace_callback(None)
    (select,) = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    return result, [row[3] for row in store.db.conn.execute(f"EXPLAIN QUERY PLAN {select}")]


def _plans(store, status, category):
    return _plan_of(store, lambda: store.list_articles(status, category, 5))


@pytest.mark.parametrize("status", [None, Status.DRAFT, Status.SUBMITTED])
@pytest.mark.parametrize("category", [None, CATEGORIES[0]])
def test_a_page_of_the_list_is_read_in_date_order_from_an_index(filled, status, category):
    listed, plan = _plans(filled, status, category)
    assert not any("TEMP B-TREE" in step for step in plan), plan
    assert all("USING" in step for step in plan), plan  # no step reads a whole table
    everything = filled.list_articles(status, category)
    assert listed == everything[:5]
    dates = [s.published_at for s in everything]
    assert dates == sorted(dates, reverse=True)
    assert all(status is None or s.status == status for s in everything)
    assert all(category is None or s.category == category for s in everything)


def test_the_unfiltered_list_never_reads_the_articles_rows(filled):
    _, plan = _plans(filled, None, None)
    assert any("COVERING INDEX articles_summary" in step for step in plan), plan


@pytest.mark.parametrize("status", [None, Status.SUBMITTED])
@pytest.mark.parametrize("category", [None, CATEGORIES[1]])
def test_the_count_under_the_list_reads_indexes_only(filled, status, category):
    counted, plan = _plan_of(filled, lambda: filled.count_articles(status, category))
    assert counted == len(filled.list_articles(status, category))
    articles_steps = [step for step in plan if " a " in f" {step} " or "articles" in step]
    assert articles_steps and all("COVERING INDEX" in step for step in articles_steps), plan
