"""Deleting a signed article keeps its sign-off record, so that its exports still verify.

Outside testing: an approved and published article was deleted, and its signed
Word document and its page on the portal then "matched no revision in this
store": the proof of who approved what went with the article.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from samples import import_long_article

from deskeditor.export import context_for
from deskeditor.export.docx import write_docx
from deskeditor.export.html import write_html_single
from deskeditor.export.verify import verify_file
from deskeditor.model import Decision, Paragraph, Run
from deskeditor.store import Store
from deskeditor.store.workflow import decide, publish, submit

APPROVER = ("Nông Thị Hường", "Trưởng Ban biên tập")
DECIDED = dt.datetime(2026, 11, 20, 15, 0)


def _signed(store, tmp_path, *, published: bool):
    article_id = import_long_article(store, tmp_path / "nguon")
    submit(store, article_id)
    decide(store, article_id, *APPROVER, Decision.APPROVE, "Đồng ý đăng.", DECIDED)
    if published:
        publish(store, article_id)
    ctx = context_for(store, article_id)
    word = write_docx(ctx, tmp_path / "phieu-duyet.docx")
    page = write_html_single(ctx, tmp_path / "trang.html")
    return article_id, word, page


def test_the_exports_of_a_deleted_published_article_still_verify(store, tmp_path):
    article_id, word, page = _signed(store, tmp_path, published=True)
    before = verify_file(store, word).message
    store.delete_article(article_id)
    assert store.count_articles() == 0  # gone from the list and from search
    assert store.search("thi đua") == []
    for path in (word, page):
        result = verify_file(store, path)
        assert result.ok, result.message
        first, second = result.message.split("\n")
        assert first == before
        assert second.startswith(f"article {article_id} has since been deleted (on ")
        assert second.endswith("); its sign-off record was kept")


def test_a_changed_copy_of_a_deleted_article_is_still_caught(store, tmp_path):
    article_id, _, page = _signed(store, tmp_path, published=False)
    store.delete_article(article_id)
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("Đặng Quốc Huy", "Đặng Quốc Hùng", 1), encoding="utf-8")
    result = verify_file(store, page)
    assert not result.ok and "text differs" in result.message


def test_a_deleted_draft_leaves_nothing_behind(store, tmp_path):
    article_id = import_long_article(store, tmp_path / "nguon")
    page = write_html_single(context_for(store, article_id), tmp_path / "nhap.html")
    store.delete_article(article_id)
    result = verify_file(store, page)
    assert not result.ok and "matches no revision" in result.message
    assert store.archived_signoffs(result.code) == []


def test_only_the_signed_revisions_are_kept(store, tmp_path):
    article_id, word, _ = _signed(store, tmp_path, published=False)
    article = store.get_article(article_id)
    article.body.append(Paragraph([Run("Một đoạn viết thêm sau khi duyệt.")]))
    store.save_article(article)  # revision 2: a draft again, nobody signed it
    store.delete_article(article_id)
    kept = store.archived_signoffs(verify_file(store, word).code)
    assert [entry.revision.number for entry in kept] == [1]
    assert [a.decision for a in kept[0].approvals] == [Decision.APPROVE]
    assert kept[0].approvals[0].voided  # the edit voided it: verify says so
    assert not verify_file(store, word).ok


def test_check_recomputes_a_kept_revision(tmp_path):
    path = tmp_path / "kho.db"
    with Store(path) as store:
        article_id, _, _ = _signed(store, tmp_path, published=True)
        store.delete_article(article_id)
        assert store.check() == []
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE deleted_revisions SET content = replace(content, 'Huy', 'Hùng')")
    with Store(path) as store:
        problems = store.check()
    assert len(problems) == 1
    assert problems[0].startswith(f"deleted article {article_id} revision 1")
    assert "does not match its version code" in problems[0]
