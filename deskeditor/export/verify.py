"""Was this copy approved? An export read back and compared with the store's revisions.

The version code a file carries only finds the revision; the file's content
is then compared with that revision rendered the same way
(:mod:`deskeditor.export.readback`). The answer names the approval, the
publication, or why there is none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from deskeditor.errors import DeskEditorError, Message
from deskeditor.export import readback
from deskeditor.export.context import context_for
from deskeditor.export.readback import VerifyError
from deskeditor.model import Approval, Decision
from deskeditor.store import Store
from deskeditor.store.workflow import DECIDED, HistoryEntry, history
from deskeditor.text.dates import short_date

__all__ = ["VerifyError", "VerifyResult", "verify_file"]


_DIFFERS = {
    readback.HTML_PAGE: "verify.page_differs",
    readback.HTML_FRAGMENT: "verify.fragment_differs",
    readback.DOCX: "verify.docx_differs",
}


@dataclass(frozen=True)
class VerifyResult:
    """The answer to "was this copy approved?"."""

    ok: bool
    code: str
    article_id: int | None = None
    revision: int | None = None
    approver: str = ""
    decided_at: dt.datetime | None = None
    message: str = ""


def verify_file(store: Store, path: Path) -> VerifyResult:
    """Tell whether an export's content is an approved (or published) revision in *store*.

    The version code the file carries only finds the revision; the file is then
    read back (text, marks, links, captions, alt text, byline, source and the
    bytes of every photo) and compared with that revision rendered the same way.
    """
    copy = readback.read_export(Path(path))
    code = copy.code
    candidates = store.find_revisions(code)
    if not candidates:
        message = Message("verify.no_revision", code=code)
        return VerifyResult(False, code, message=message)
    entries = []
    for revision in candidates:
        entry = next(e for e in history(store, revision.article_id) if e.revision.id == revision.id)
        entries.append(entry)
    # The same text can be saved twice (a restore, a copy): any approved one answers.
    entries.sort(key=lambda e: not _approved(e))
    mismatch: tuple[HistoryEntry, list[str]] | None = None
    matching = []
    for entry in entries:
        revision = entry.revision
        try:
            ctx = context_for(store, revision.article_id, revision.id)
            expected = readback.expected_items(copy.form, ctx, single_file=copy.single_file)
        except DeskEditorError as exc:
            found: list[str] = [Message("verify.not_comparable", error=exc)]
        else:
            names = readback.labels(copy.form, ctx.article)
            found = list(readback.differences(expected, names, copy.items))
        if found:
            mismatch = mismatch or (entry, found)
        else:
            matching.append(entry)
    if not matching:
        assert mismatch is not None
        entry, found = mismatch
        message = Message(
            _DIFFERS[copy.form],
            code=code,
            revision=entry.revision.number,
            article=entry.revision.article_id,
            differences=Message("text.lines", lines=tuple(found)),
        )
        return VerifyResult(False, code, entry.revision.article_id, entry.revision.number,
                            message=message)  # fmt: skip
    for entry in matching:
        if _approved(entry):
            approved = [
                a for a in entry.approvals if a.decision is Decision.APPROVE and not a.voided
            ]
            # Published but since voided by an edit: the approval that let it go online.
            signed = approved or [a for a in entry.approvals if a.decision is Decision.APPROVE]
            return _answer(True, code, entry, signed[-1] if signed else None)
    entry = matching[-1]
    record = entry.approvals[-1] if entry.approvals else None
    return _answer(False, code, entry, record)


def _approved(entry: HistoryEntry) -> bool:
    approved = any(a.decision is Decision.APPROVE and not a.voided for a in entry.approvals)
    return approved or entry.published_at is not None


def _answer(ok: bool, code: str, entry: HistoryEntry, record: Approval | None) -> VerifyResult:
    revision = entry.revision
    where = {"revision": revision.number, "article": revision.article_id}
    if record is None:
        text = Message("verify.never_approved", **where)
        if ok and entry.published_at:
            text = Message("verify.published", **where, on=short_date(entry.published_at))
    else:
        who = record.approver_name
        if record.approver_position:
            who += f" ({record.approver_position})"
        on = short_date(record.decided_at) if record.decided_at else Message("verify.unknown_date")
        if ok:
            text = Message("verify.approved", **where, who=who, on=on)
        elif record.decision is Decision.APPROVE:
            text = Message("verify.approval_voided", **where, who=who, on=on)
        else:
            text = Message(
                "verify.decided", **where, decided=DECIDED[record.decision], who=who, on=on
            )
    return VerifyResult(
        ok=ok,
        code=code,
        article_id=revision.article_id,
        revision=revision.number,
        approver=record.approver_name if record else "",
        decided_at=record.decided_at if record else None,
        message=text,
    )
