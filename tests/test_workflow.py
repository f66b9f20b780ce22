"""The sign-off workflow: every move from every status, approvals, and verifying copies."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from deskeditor.errors import NotFoundError
from deskeditor.export import context_for
from deskeditor.export.docx import write_docx
from deskeditor.export.html import write_html_single
from deskeditor.export.verify import VerifyError, verify_file
from deskeditor.jsonio import article_from_dict
from deskeditor.model import Decision, Paragraph, Run, SiteProfile, Status
from deskeditor.store.workflow import (
    Move,
    WorkflowError,
    allowed_moves,
    decide,
    history,
    publish,
    submit,
    workflow_state,
)

SUBMITTED = dt.datetime(2025, 7, 14, 9, 5)
DECIDED = dt.datetime(2025, 7, 14, 15, 30)
PUBLISHED = dt.datetime(2025, 7, 15, 8, 0)
APPROVER = ("Nguyễn Văn Bình", "Trưởng Ban biên tập")
NO_CODE = "holds no deskeditor version code"

MOVES = {
    "submit": lambda store, aid: submit(store, aid, SUBMITTED),
    "approve": lambda store, aid: decide(store, aid, *APPROVER, Decision.APPROVE, "", DECIDED),
    "revise": lambda store, aid: decide(store, aid, *APPROVER, Decision.REVISE, "Sửa tít"),
    "reject": lambda store, aid: decide(store, aid, *APPROVER, Decision.REJECT, "Trùng tin"),
    "publish": lambda store, aid: publish(store, aid, PUBLISHED),
}
# How to bring a fresh draft into each status.
ROUTE = {
    Status.DRAFT: [],
    Status.SUBMITTED: ["submit"],
    Status.APPROVED: ["submit", "approve"],
    Status.PUBLISHED: ["submit", "approve", "publish"],
    Status.RETURNED: ["submit", "revise"],
}
ALLOWED = {
    (Status.DRAFT, "submit"): Status.SUBMITTED,
    (Status.RETURNED, "submit"): Status.SUBMITTED,
    (Status.SUBMITTED, "approve"): Status.APPROVED,
    (Status.SUBMITTED, "revise"): Status.RETURNED,
    (Status.SUBMITTED, "reject"): Status.RETURNED,
    (Status.APPROVED, "publish"): Status.PUBLISHED,
}
REFUSAL = {
    "submit": "only a draft or a returned article can be submitted",
    "approve": "only a submitted article can be approved",
    "revise": "only a submitted article can be sent back for changes",
    "reject": "only a submitted article can be rejected",
    "publish": "only an approved article can be published",
}
IS = {
    Status.DRAFT: "a draft",
    Status.SUBMITTED: "submitted",
    Status.APPROVED: "approved",
    Status.PUBLISHED: "published",
    Status.RETURNED: "returned",
}


@pytest.fixture
def article_id(store, sample_dict):
    return store.save_article(article_from_dict(sample_dict)).article_id


def bring_to(store, article_id, status):
    for move in ROUTE[status]:
        MOVES[move](store, article_id)
    assert workflow_state(store, article_id).status is status


def edit(store, article_id, text="Một đoạn mới thêm vào."):
    article = store.get_article(article_id)
    article.body.append(Paragraph([Run(text)]))
    return store.save_article(article)


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("move", list(MOVES))
def test_every_move_from_every_status(store, article_id, status, move):
    bring_to(store, article_id, status)
    approvals_before = len(store.approvals(article_id))
    if (status, move) in ALLOWED:
        MOVES[move](store, article_id)
        assert workflow_state(store, article_id).status is ALLOWED[status, move]
    else:
        with pytest.raises(WorkflowError, match=f"^{REFUSAL[move]}; this one is {IS[status]}"):
            MOVES[move](store, article_id)
        assert workflow_state(store, article_id).status is status
        assert len(store.approvals(article_id)) == approvals_before


def test_allowed_moves_match_the_state_machine():
    menu_move = {"submit": Move.SUBMIT, "publish": Move.PUBLISH}  # the rest are decisions
    for status in Status:
        expected = {
            menu_move.get(move, Move.DECIDE) for source, move in ALLOWED if source is status
        }
        assert allowed_moves(status) == expected
    assert Move.SUBMIT.label == "Gửi duyệt"


def test_refusal_message_reads_as_a_sentence(store, article_id):
    with pytest.raises(WorkflowError) as caught:
        decide(store, article_id, *APPROVER, Decision.APPROVE)
    assert str(caught.value) == "only a submitted article can be approved; this one is a draft"


def test_submit_records_the_date(store, article_id):
    submit(store, article_id, SUBMITTED)
    state = workflow_state(store, article_id)
    assert state.status is Status.SUBMITTED and state.submitted_at == SUBMITTED
    assert store.get_article(article_id).status is Status.SUBMITTED


def test_a_decision_is_recorded_on_the_current_revision(store, article_id):
    submit(store, article_id)
    record = decide(
        store,
        article_id,
        " Nguyễn Văn Bình ",
        "Trưởng Ban biên tập",
        Decision.APPROVE,
        "Đồng ý đăng.",
        DECIDED,
    )
    [stored] = store.approvals(article_id)
    assert stored == record
    assert stored.approver_name == "Nguyễn Văn Bình"
    assert stored.decided_at == DECIDED and stored.comment == "Đồng ý đăng."
    assert stored.revision_id == store.revisions(article_id)[-1].id
    state = workflow_state(store, article_id)
    assert state.approval == stored and state.slip_approval == stored


def test_publish_records_the_date_on_article_and_revision(store, article_id):
    bring_to(store, article_id, Status.PUBLISHED)
    assert workflow_state(store, article_id).published_at == PUBLISHED
    [entry] = history(store, article_id)
    assert entry.published_at == PUBLISHED
    assert [a.decision for a in entry.approvals] == [Decision.APPROVE]


def test_a_returned_article_shows_the_comment_until_submitted_again(store, article_id):
    bring_to(store, article_id, Status.RETURNED)
    state = workflow_state(store, article_id)
    assert state.return_comment == "Sửa tít"
    assert Move.SUBMIT in allowed_moves(state.status)
    edit(store, article_id)  # the author works on it: still returned, comment still shown
    state = workflow_state(store, article_id)
    assert state.status is Status.RETURNED and state.return_comment == "Sửa tít"
    assert state.slip_approval is None  # the decision was on the previous revision
    submit(store, article_id)
    state = workflow_state(store, article_id)
    assert state.return_comment == "" and state.approval is None
    assert state.last_return is not None and state.last_return.comment == "Sửa tít"


def test_resubmitting_without_changes_gives_a_blank_slip(store, article_id):
    bring_to(store, article_id, Status.RETURNED)
    submit(store, article_id)
    assert context_for(store, article_id).approval is None


@pytest.mark.parametrize("status", [Status.APPROVED, Status.PUBLISHED])
def test_editing_an_approved_article_voids_the_approval(store, article_id, status):
    bring_to(store, article_id, status)
    approved_revision = store.revisions(article_id)[-1].number
    result = edit(store, article_id)
    assert result.approval_voided and result.new_revision
    state = workflow_state(store, article_id)
    assert state.status is Status.DRAFT and state.approval is None
    assert all(a.voided for a in store.approvals(article_id))
    # The history still says which revision was approved, and by whom.
    entries = {e.revision.number: e for e in history(store, article_id)}
    assert [a.approver_name for a in entries[approved_revision].approvals] == [APPROVER[0]]
    assert entries[max(entries)].approvals == []


def test_saving_an_approved_article_unchanged_keeps_the_approval(store, article_id):
    bring_to(store, article_id, Status.APPROVED)
    article = store.get_article(article_id)
    assert not store.save_article(article).new_revision
    assert workflow_state(store, article_id).approval is not None


def test_a_decision_needs_the_approver_name(store, article_id):
    submit(store, article_id)
    with pytest.raises(WorkflowError, match="approver's name"):
        decide(store, article_id, "  ", "", Decision.APPROVE)
    assert workflow_state(store, article_id).status is Status.SUBMITTED


def test_editing_a_submitted_article_withdraws_it_from_sign_off(store, article_id):
    """F20: the board decides on the revision it was sent, never on a later one."""
    bring_to(store, article_id, Status.SUBMITTED)
    submitted_revision = store.revisions(article_id)[-1].id
    result = edit(store, article_id, "Bổ sung sau khi gửi.")
    assert result.new_revision
    assert workflow_state(store, article_id).status is Status.DRAFT
    for decision in (Decision.APPROVE, Decision.REVISE):
        with pytest.raises(WorkflowError, match="changed after it was submitted") as refused:
            decide(store, article_id, *APPROVER, decision, "Sửa tít")
        assert result.version_code in str(refused.value)
    assert store.approvals(article_id) == []
    submit(store, article_id)  # a new round, on the new revision
    record = decide(store, article_id, *APPROVER, Decision.APPROVE)
    assert record.revision_id == result.revision_id != submitted_revision


def test_a_decision_on_an_outdated_printout_is_refused(store, article_id):
    printed = store.current_version_code(article_id)
    edit(store, article_id)  # changed after printing, before submitting
    submit(store, article_id)
    with pytest.raises(WorkflowError, match=f"signed copy has version code {printed}"):
        decide(store, article_id, *APPROVER, Decision.APPROVE, version_code=printed)
    current = store.current_version_code(article_id)
    decide(store, article_id, *APPROVER, Decision.APPROVE, version_code=current.lower())
    assert workflow_state(store, article_id).status is Status.APPROVED


def test_moves_on_a_missing_article_name_it(store):
    with pytest.raises(NotFoundError, match="no article with id 99"):
        submit(store, 99)


def test_sign_off_context_fills_the_slip_fields(store, article_id):
    submit(store, article_id, SUBMITTED)
    ctx = context_for(store, article_id)
    assert ctx.submitted_at == SUBMITTED and ctx.approval is None
    decide(store, article_id, *APPROVER, Decision.APPROVE, "", DECIDED)
    ctx = context_for(store, article_id)
    assert ctx.approval is not None and ctx.approval.decision is Decision.APPROVE


# ---------------------------------------------------------------- verify


def html_with(path, code):
    """A page carrying *code* and nothing of the article (a label without the content)."""
    path.write_text(
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        f'<meta content="{code}" name="deskeditor-version"><title>Tin</title></head>'
        "<body><p>Hội nghị</p></body></html>",
        encoding="utf-8",
    )
    return path


def page_of(store, article_id, path):
    """The real single-file page of the article as it is now."""
    return write_html_single(context_for(store, article_id), path)


def test_verify_html_of_an_approved_revision(store, article_id, tmp_path):
    code = store.current_version_code(article_id)
    bring_to(store, article_id, Status.APPROVED)
    result = verify_file(store, page_of(store, article_id, tmp_path / "index.html"))
    assert result.ok and result.code == code
    assert (result.article_id, result.revision) == (article_id, 1)
    assert result.approver == APPROVER[0] and result.decided_at == DECIDED
    assert result.message == (
        f"matches revision 1 of article {article_id}, approved by Nguyễn Văn Bình"
        " (Trưởng Ban biên tập) on 14/07/2025"
    )
    # The folder form of the HTML export is accepted as it is.
    assert verify_file(store, tmp_path).ok


def test_verify_unknown_code(store, article_id, tmp_path):
    result = verify_file(store, html_with(tmp_path / "a.html", "ABCD-1234"))
    assert not result.ok and result.article_id is None
    assert result.message == "version code ABCD-1234 matches no revision in this store"


def test_verify_never_approved(store, article_id, tmp_path):
    result = verify_file(store, page_of(store, article_id, tmp_path / "a.html"))
    assert not result.ok
    assert result.message == f"matches revision 1 of article {article_id}, which was never approved"


def test_verify_sent_back_and_voided(store, article_id, tmp_path):
    page = page_of(store, article_id, tmp_path / "a.html")
    bring_to(store, article_id, Status.RETURNED)
    result = verify_file(store, page)
    assert not result.ok and "sent back for changes by Nguyễn Văn Bình" in result.message
    submit(store, article_id)
    decide(store, article_id, *APPROVER, Decision.APPROVE)
    edit(store, article_id)
    result = verify_file(store, page)
    assert not result.ok and "was voided when the article changed" in result.message


def test_a_published_version_still_verifies_after_later_edits(store, article_id, tmp_path):
    page = page_of(store, article_id, tmp_path / "a.html")
    bring_to(store, article_id, Status.PUBLISHED)
    edit(store, article_id)
    result = verify_file(store, page)
    assert result.ok and result.approver == APPROVER[0]


def test_verify_says_what_happened_to_an_article_since_its_approved_version(
    store, article_id, tmp_path
):
    """Outside testing: an old page whose approval was voided by an edit, and whose next
    revision the board rejected, was still reported as simply "approved" (exit 0)."""
    page = page_of(store, article_id, tmp_path / "a.html")
    bring_to(store, article_id, Status.PUBLISHED)
    # Nothing changed since: the answer is the one line it always was.
    assert "\n" not in verify_file(store, page).message
    edit(store, article_id)
    submit(store, article_id)
    decide(
        store, article_id, *APPROVER, Decision.REJECT, "Không đăng: số liệu chưa xác minh.", DECIDED
    )
    result = verify_file(store, page)
    assert result.ok and result.revision == 1  # this content was signed and went online
    lines = result.message.split("\n")
    assert lines[0].startswith(f"matches revision 1 of article {article_id}, approved by")
    assert lines[1:] == [
        "the article has changed since: it is now revision 2, returned to its author",
        "revision 2 was rejected by Nguyễn Văn Bình (Trưởng Ban biên tập) on 14/07/2025:"
        ' "Không đăng: số liệu chưa xác minh."',
    ]


def test_verify_names_a_later_revision_that_is_still_a_draft(store, article_id, tmp_path):
    page = page_of(store, article_id, tmp_path / "a.html")
    bring_to(store, article_id, Status.PUBLISHED)
    edit(store, article_id)
    result = verify_file(store, page)
    assert result.ok
    assert result.message.split("\n")[1:] == [
        "the article has changed since: it is now revision 2, a draft"
    ]


def test_verify_a_docx_export(store, article_id, tmp_path):
    store.save_site_profile(SiteProfile(agency_name="Sở Nội vụ", place_name="Lạng Sơn"))
    submit(store, article_id, SUBMITTED)
    path = write_docx(context_for(store, article_id), tmp_path / "duyet.docx")
    assert not verify_file(store, path).ok
    decide(store, article_id, *APPROVER, Decision.APPROVE, "", DECIDED)
    result = verify_file(store, path)  # the paper printed before the decision is the same text
    assert result.ok and result.revision == 1


def test_verify_a_docx_whose_header_disagrees(store, article_id, tmp_path):
    path = write_docx(context_for(store, article_id), tmp_path / "a.docx")
    code = store.current_version_code(article_id)
    altered = tmp_path / "b.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(altered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("word/header"):
                data = data.replace(code.encode(), b"ABCD-1234")
            dst.writestr(item, data)
    with pytest.raises(VerifyError, match="two version codes"):
        verify_file(store, altered)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), NO_CODE),
        ("notes.txt", "Ghi chú: không phải bản xuất".encode(), NO_CODE),
        ("broken.docx", b"PK\x03\x04 this is not really a zip", "not a readable Word file"),
        ("bad.html", b'<meta name="deskeditor-version" content="nonsense">', "malformed"),
    ],
)
def test_verify_refuses_other_files(store, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(VerifyError, match=message):
        verify_file(store, path)


def test_verify_refuses_a_zip_that_is_not_word(store, tmp_path):
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "x")
    with pytest.raises(VerifyError, match="not a Word document"):
        verify_file(store, path)


def test_verify_a_missing_file_or_a_plain_folder(store, tmp_path):
    with pytest.raises(VerifyError, match="does not exist"):
        verify_file(store, tmp_path / "missing.html")
    with pytest.raises(VerifyError, match="folder without an index.html"):
        verify_file(store, tmp_path)
