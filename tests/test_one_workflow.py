"""Status changes only through the workflow's moves (issue 12, "One workflow").

Whatever a caller puts in ``Article.status``, no public path of the store
makes an approved or published article that lacks the approval it was
signed with: a new article is a draft, and only submit, decide and publish
move it.
"""

from __future__ import annotations

import pytest

from deskeditor.errors import ArticleFormatError
from deskeditor.jsonio import loads_article
from deskeditor.model import Article, Decision, Paragraph, Run, Status
from deskeditor.store import workflow


def _article(
    title: str, status: Status = Status.DRAFT, text: str = "Nội dung bài viết."
) -> Article:
    return Article(title=title, body=[Paragraph([Run(text)])], status=status)


def _signed_without_approval(store) -> list[tuple[int, str]]:
    """Articles approved or published with no approval in force on their current revision."""
    return store.db.execute(
        "SELECT a.id, a.status FROM articles a WHERE a.status IN ('approved', 'published')"
        " AND NOT EXISTS (SELECT 1 FROM approvals p WHERE p.article_id = a.id"
        " AND p.revision_id = a.current_revision_id AND p.decision = 'approve' AND p.voided = 0)"
    ).fetchall()


@pytest.mark.parametrize("status", list(Status))
def test_a_new_article_is_a_draft_whatever_status_it_carries(store, status):
    result = store.save_article(_article("Thông báo lịch tiếp công dân", status))
    assert store.get_article(result.article_id).status is Status.DRAFT
    assert [r.status for r in store.revisions(result.article_id)] == [Status.DRAFT]
    assert _signed_without_approval(store) == []


def test_saving_a_draft_as_published_keeps_it_a_draft(store):
    article = _article("Hội nghị tổng kết năm")
    store.save_article(article)
    article.status = Status.PUBLISHED
    article.lead = "Sáng nay, Sở tổ chức hội nghị."
    store.save_article(article)
    assert store.get_article(article.id).status is Status.DRAFT
    assert _signed_without_approval(store) == []


@pytest.mark.parametrize("status", [Status.APPROVED, Status.PUBLISHED])
def test_an_imported_article_is_a_draft(store, status):
    article_id = store.import_article(_article("Quyết định khen thưởng", status))
    assert store.get_article(article_id).status is Status.DRAFT
    assert _signed_without_approval(store) == []


def test_interchange_json_carries_no_status():
    with pytest.raises(ArticleFormatError, match="status"):
        loads_article('{"title": "Tin đã đăng", "status": "published"}')


def test_restoring_an_old_revision_of_a_published_article_is_a_draft_again(store):
    article = _article("Kế hoạch chuyển đổi số", text="Bản đầu tiên.")
    store.save_article(article)
    first = store.revisions(article.id)[0].id
    article.body = [Paragraph([Run("Bản được duyệt.")])]
    store.save_article(article)
    workflow.submit(store, article.id)
    workflow.decide(store, article.id, "Nguyễn Văn Minh", "Giám đốc", Decision.APPROVE)
    workflow.publish(store, article.id)
    assert _signed_without_approval(store) == []
    store.restore_revision(first)
    assert store.get_article(article.id).status is Status.DRAFT
    assert _signed_without_approval(store) == []


def test_the_moves_make_a_signed_article_with_its_approval(store):
    article_id = store.save_article(_article("Thông cáo báo chí")).article_id
    workflow.submit(store, article_id)
    workflow.decide(store, article_id, "Trần Thị Hoa", "Phó Giám đốc", Decision.APPROVE)
    assert store.get_article(article_id).status is Status.APPROVED
    workflow.publish(store, article_id)
    assert store.get_article(article_id).status is Status.PUBLISHED
    assert _signed_without_approval(store) == []
    # and the check does see an article signed behind the workflow's back
    store.db.execute("UPDATE approvals SET voided = 1 WHERE article_id = ?", [article_id])
    assert _signed_without_approval(store) == [(article_id, "published")]


@pytest.mark.parametrize("status", list(Status))
def test_an_edit_moves_a_status_only_as_the_workflow_says(store, status):
    """The store asks the state machine; editing a signed article is the one move it makes itself."""
    article = _article("Lịch làm việc tuần")
    store.save_article(article)
    store.db.execute("UPDATE articles SET status = ? WHERE id = ?", [status.value, article.id])
    article.lead = "Thay đổi địa điểm họp."
    result = store.save_article(article)
    assert store.get_article(article.id).status is workflow.status_after_edit(status)
    assert result.approval_voided == (workflow.status_after_edit(status) is not status)


@pytest.mark.parametrize("changed", [False, True])
def test_json_import_is_signed_only_with_the_approval_of_its_version(store, tmp_path, changed):
    """An imported article is approved only through the moves, and only for the approved code."""
    import json

    from deskeditor.interchange import export_json, import_json
    from deskeditor.store import Store

    article_id = store.save_article(_article("Báo cáo kết quả tiếp dân")).article_id
    workflow.submit(store, article_id)
    workflow.decide(store, article_id, "Lê Văn Tâm", "Chánh Văn phòng", Decision.APPROVE)
    path = export_json(store, article_id, tmp_path / "chuyen" / "bai.json")
    if changed:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["title"] += " (sửa)"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "kho-moi.db") as target:
        result = import_json(target, path)
        status = target.get_article(result.article_id).status
        assert status is (Status.DRAFT if changed else Status.APPROVED)
        assert _signed_without_approval(target) == []
