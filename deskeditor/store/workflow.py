"""The sign-off workflow: submit, decide, publish, and the approvals that travel with an article.

Draft (Nháp) → Chờ duyệt (submit) → Đã duyệt (approve) → Đã đăng (publish).
"Sửa lại" and "Không đăng" send the article back as Trả lại: a draft the
editor can change and submit again, with the approver's comment shown.
A new article starts as a draft (:data:`INITIAL`). Editing a submitted,
approved or published article (``Store.save_article``) makes it a draft again
(:func:`status_after_edit`): a submission is withdrawn, since the board must
decide on the revision whose code is on the slip it read, and approvals are
voided. This module is the only place that
says which status may become which; what a move writes goes through the
store's sign-off records (:mod:`deskeditor.store.signoff`), and no SQL is
written here. Checking an exported copy against the approved revisions is
:mod:`deskeditor.export.verify`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from deskeditor.errors import DeskEditorError, Message
from deskeditor.model import Approval, CarriedApproval, Decision, Revision, Status
from deskeditor.text import nfc

if TYPE_CHECKING:
    from deskeditor.store.store import Store


class WorkflowError(DeskEditorError):
    """A workflow move is not allowed from the article's current status."""


class Move(StrEnum):
    """A step of the workflow, as offered in the menu."""

    SUBMIT = "submit"
    DECIDE = "decide"
    PUBLISH = "publish"

    @property
    def label(self) -> str:
        """The Vietnamese menu wording."""
        return {"submit": "Gửi duyệt", "decide": "Duyệt / Trả lại", "publish": "Đánh dấu đã đăng"}[
            self.value
        ]


_MOVES: dict[Status, frozenset[Move]] = {
    Status.DRAFT: frozenset({Move.SUBMIT}),
    Status.RETURNED: frozenset({Move.SUBMIT}),
    Status.SUBMITTED: frozenset({Move.DECIDE}),
    Status.APPROVED: frozenset({Move.PUBLISH}),
    Status.PUBLISHED: frozenset(),
}
# "…; this one is a draft"
IS = {
    Status.DRAFT: Message("status.is_draft"),
    Status.SUBMITTED: Message("status.is_submitted"),
    Status.APPROVED: Message("status.is_approved"),
    Status.PUBLISHED: Message("status.is_published"),
    Status.RETURNED: Message("status.is_returned"),
}
DECIDED = {
    Decision.APPROVE: Message("decision.approved"),
    Decision.REVISE: Message("decision.revised"),
    Decision.REJECT: Message("decision.rejected"),
}


def allowed_moves(status: Status) -> frozenset[Move]:
    """Return the moves an article in *status* may make."""
    return _MOVES[Status(status)]


INITIAL = Status.DRAFT  # every new article, whatever status its caller gave it
# An edit takes these back to a draft: the submitted or signed revision is no longer the current one.
_WITHDRAWN_BY_EDIT = frozenset({Status.SUBMITTED, Status.APPROVED, Status.PUBLISHED})


def status_after_edit(status: Status) -> Status:
    """Return the status an article has once its content changes.

    A submitted or signed article is a draft again: the board decides on the
    revision it was sent, never on a later one.
    """
    return INITIAL if Status(status) in _WITHDRAWN_BY_EDIT else Status(status)


@dataclass(frozen=True)
class WorkflowState:
    """Where an article stands in the sign-off workflow."""

    article_id: int
    status: Status
    revision_id: int
    submitted_at: dt.datetime | None = None
    published_at: dt.datetime | None = None
    approval: Approval | None = None  # the latest decision still in force
    last_return: Approval | None = None  # the latest "Sửa lại" / "Không đăng", even if voided

    @property
    def return_comment(self) -> str:
        """The approver's comment while the article is back with its author, else ''."""
        if self.status is Status.RETURNED and self.last_return is not None:
            return self.last_return.comment
        return ""

    @property
    def rejected(self) -> bool:
        """Tell whether the article is back because the board decided not to publish it."""
        return (
            self.status is Status.RETURNED
            and self.last_return is not None
            and self.last_return.decision is Decision.REJECT
        )

    @property
    def slip_approval(self) -> Approval | None:
        """The decision to print on the slip: only one made on the current revision."""
        if self.approval is not None and self.approval.revision_id == self.revision_id:
            return self.approval
        return None


@dataclass(frozen=True)
class HistoryEntry:
    """One revision with the decisions taken on it, for the history view."""

    revision: Revision
    approvals: list[Approval] = field(default_factory=list)
    published_at: dt.datetime | None = None


# ---------------------------------------------------------------- moves


def _stamp(when: dt.datetime | None) -> str:
    return (when or dt.datetime.now()).replace(microsecond=0).isoformat()


def _refuse(what: Message, status: Status) -> WorkflowError:
    return WorkflowError("workflow.refused", what=what, status=IS[status])


def submit(store: Store, article_id: int, when: dt.datetime | None = None) -> None:
    """Send a draft (or a returned article) to the approver: Nháp/Trả lại → Chờ duyệt."""
    with store.transaction():
        status, _ = store.sign_off.position(article_id)
        if Move.SUBMIT not in allowed_moves(status):
            raise _refuse(Message("workflow.submit_only"), status)
        # What export refuses must not reach the board: it could be approved but never published.
        missing = store.get_article(article_id).photos_without_alt()
        if missing:
            photos = ", ".join(str(number) for _index, number in missing)
            raise WorkflowError("workflow.submit_needs_alt", photos=photos)
        # A new round of sign-off: an earlier "Sửa lại" must not show on the new slip.
        store.sign_off.void_approvals(article_id)
        store.sign_off.set_status(article_id, Status.SUBMITTED, submitted_at=_stamp(when))


def decide(
    store: Store,
    article_id: int,
    approver_name: str,
    approver_position: str,
    decision: Decision,
    comment: str = "",
    when: dt.datetime | None = None,
    *,
    version_code: str | None = None,
) -> Approval:
    """Record the approver's decision on the current revision; return the record.

    Đồng ý đăng → Đã duyệt; Sửa lại or Không đăng → Trả lại. With
    *version_code* (the code on the signed paper) the decision is refused
    when the article has changed since that copy was printed.
    """
    decision = Decision(decision)
    name = nfc(approver_name).strip()
    if not name:
        raise WorkflowError("workflow.approver_needed")
    stamp = _stamp(when)
    position, remark = nfc(approver_position).strip(), nfc(comment).strip()
    with store.transaction():
        status, revision_id = store.sign_off.position(article_id)
        if Move.DECIDE not in allowed_moves(status):
            if status is Status.DRAFT and store.sign_off.dates(article_id)[0] is not None:
                # Only an edit makes a submitted article a draft: the slip shows an older code.
                raise WorkflowError(
                    "workflow.changed_after_submit",
                    decided=DECIDED[decision],
                    current=store.current_version_code(article_id),
                )
            raise _refuse(Message("workflow.decide_only", decided=DECIDED[decision]), status)
        if version_code is not None:
            current = store.current_version_code(article_id)
            if version_code.strip().upper() != current:
                raise WorkflowError(
                    "workflow.signed_other", signed=version_code.strip().upper(), current=current
                )
        record_id = store.sign_off.record_decision(
            article_id, revision_id, name, position, decision, remark, stamp
        )
        new_status = Status.APPROVED if decision is Decision.APPROVE else Status.RETURNED
        store.sign_off.set_status(article_id, new_status)
    decided_at = dt.datetime.fromisoformat(stamp)
    return Approval(
        article_id, revision_id, name, position, decision, remark, decided_at, False, record_id
    )


def publish(store: Store, article_id: int, when: dt.datetime | None = None) -> None:
    """Mark an approved article as put on the portal: Đã duyệt → Đã đăng."""
    stamp = _stamp(when)
    with store.transaction():
        status, revision_id = store.sign_off.position(article_id)
        if Move.PUBLISH not in allowed_moves(status):
            raise _refuse(Message("workflow.publish_only"), status)
        store.sign_off.set_status(article_id, Status.PUBLISHED, portal_published_at=stamp)
        # Kept per revision, so a copy of an older published version still verifies.
        store.sign_off.mark_revision_published(revision_id, stamp)


# ---------------------------------------------------------------- reading


def workflow_state(store: Store, article_id: int) -> WorkflowState:
    """Return the article's status, dates and the decisions that matter now."""
    status, revision_id = store.sign_off.position(article_id)
    submitted, published = store.sign_off.dates(article_id)
    approvals = store.sign_off.approvals(article_id)
    in_force = [a for a in approvals if not a.voided]
    returns = [a for a in approvals if a.decision is not Decision.APPROVE]
    return WorkflowState(
        article_id=article_id,
        status=status,
        revision_id=revision_id,
        submitted_at=submitted,
        published_at=published,
        approval=in_force[-1] if in_force else None,
        last_return=returns[-1] if returns else None,
    )


def submitted_at(store: Store, article_id: int) -> dt.datetime | None:
    """Return when the article was last submitted for sign-off (for the slip)."""
    return workflow_state(store, article_id).submitted_at


def history(store: Store, article_id: int) -> list[HistoryEntry]:
    """Return every revision, oldest first, with who decided what on it."""
    approvals = store.sign_off.approvals(article_id)
    published = store.sign_off.revision_publication_dates(article_id)
    return [
        HistoryEntry(
            revision,
            [a for a in approvals if a.revision_id == revision.id],
            published.get(revision.id),
        )
        for revision in store.revisions(article_id)
    ]


# ---------------------------------------------------------------- approvals that travel


def carried_approval(store: Store, article_id: int) -> CarriedApproval | None:
    """Return the approval in force on the current revision, to travel with an export."""
    state = workflow_state(store, article_id)
    record = state.slip_approval
    if record is None or record.decision is not Decision.APPROVE:
        return None
    return CarriedApproval(
        version_code=store.current_version_code(article_id),
        approver_name=record.approver_name,
        approver_position=record.approver_position,
        comment=record.comment,
        decided_at=record.decided_at,
        submitted_at=state.submitted_at,
        published_at=state.published_at if state.status is Status.PUBLISHED else None,
    )


def keep_carried_approval(store: Store, article_id: int, carried: CarriedApproval) -> str:
    """Record an approval that came with an imported article, if it still applies.

    It applies only while the article's content has the code that was
    approved; then the article makes the moves it made where it came from
    (submit, approve and, if it went online, publish), with their dates.
    Return "" when kept, else the reason in words.
    """
    code = store.current_version_code(article_id)
    if carried.version_code != code:
        return Message(
            "workflow.approval_not_kept",
            approver=carried.approver_name,
            approved=carried.version_code,
            current=code,
        )
    with store.transaction():
        decided = carried.decided_at
        submit(store, article_id, carried.submitted_at or decided)
        decide(
            store,
            article_id,
            carried.approver_name,
            carried.approver_position,
            Decision.APPROVE,
            carried.comment,
            decided,
            version_code=carried.version_code,
        )
        if carried.published_at is not None:
            publish(store, article_id, carried.published_at)
    return ""
