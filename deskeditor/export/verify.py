"""Was this copy approved? An export read back and compared with the store's revisions.

The version code a file carries only finds the revision; the file's content
is then compared with that revision rendered the same way
(:mod:`deskeditor.export.readback`). The answer names the approval, the
publication, or why there is none.

A copy that also holds what its reader does not see as such (hidden, white or
tiny text; tracked changes in Word, which show two texts at once) is not the
document that was signed, even when what shows matches: it fails, naming them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from deskeditor.errors import DeskEditorError, Message
from deskeditor.export import readback
from deskeditor.export.context import ExportContext, context_for, kept_context
from deskeditor.export.readback import VerifyError
from deskeditor.model import Approval, Decision
from deskeditor.store import Store
from deskeditor.store.workflow import DECIDED, IS, HistoryEntry, history
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
    return _verify_copy(store, copy, _unseen(copy))


_SHOWN = 3  # hidden texts or tracked changes named, the first ones
# What a tracked change did (readback's name): its message with its text, and without.
_TRACKED = {
    "inserted": ("verify.tracked_inserted", "verify.tracked_inserted_no_text"),
    "deleted": ("verify.tracked_deleted", "verify.tracked_deleted_no_text"),
    "moved_away": ("verify.tracked_moved_away", "verify.tracked_moved_away_no_text"),
    "moved_here": ("verify.tracked_moved_here", "verify.tracked_moved_here_no_text"),
    "formatting": ("verify.tracked_formatting", "verify.tracked_formatting_no_text"),
}


def _unseen(copy: readback.ExportCopy) -> list[Message]:
    """Name what the file holds that its reader does not see as the approved text.

    Hidden text shows as soon as the text is copied elsewhere, and the signer did
    not see it either; a tracked change shows in Word in colour, a deletion
    struck out, until someone accepts or rejects it.
    """
    lines = []
    if copy.tracked:
        changes = "; ".join(
            Message(_TRACKED[what][0], text=_shortened(text))
            if text
            else Message(_TRACKED[what][1])
            for what, text in copy.tracked[:_SHOWN]
        )
        lines.append(Message("verify.tracked_changes", changes=changes))
    if copy.hidden:
        shown = "; ".join(f'"{_shortened(text)}"' for text in copy.hidden[:_SHOWN])
        lines.append(Message("verify.hidden_text", text=shown))
    return lines


def _shortened(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class _Candidate:
    """A revision the copy's code names, and how to render it for comparison."""

    entry: HistoryEntry
    context: Callable[[], ExportContext]
    deleted_at: dt.datetime | None = None  # a deleted article's kept revision (store/deleted.py)


def _candidates(store: Store, code: str) -> list[_Candidate]:
    found = []
    for revision in store.find_revisions(code):
        entry = next(e for e in history(store, revision.article_id) if e.revision.id == revision.id)
        found.append(_Candidate(entry, partial(context_for, store, entry.revision.article_id,
                                               revision.id)))  # fmt: skip
    for kept in store.archived_signoffs(code):
        entry = HistoryEntry(kept.revision, kept.approvals, kept.published_at)
        context = partial(kept_context, store, kept.article, kept.revision.version_code)
        found.append(_Candidate(entry, context, kept.deleted_at))
    # The same text can be saved twice (a restore, a copy): any approved one answers,
    # an article still in the store before a deleted one.
    found.sort(key=lambda c: (not _approved(c.entry), c.deleted_at is not None))
    return found


def _verify_copy(store: Store, copy: readback.ExportCopy, unseen: list[Message]) -> VerifyResult:
    """Compare *copy* with each revision its code names; *unseen* lines count as differences."""
    code = copy.code
    candidates = _candidates(store, code)
    if not candidates:
        message = Message("verify.no_revision", code=code)
        return _with_lines(VerifyResult(False, code, message=message), unseen)
    mismatch: tuple[_Candidate, list[str]] | None = None
    matching = []
    for candidate in candidates:
        try:
            ctx = candidate.context()
            expected = readback.expected_items(copy.form, ctx, single_file=copy.single_file)
        except DeskEditorError as exc:
            found: list[str] = [Message("verify.not_comparable", error=exc), *unseen]
        else:
            names = readback.labels(copy.form, ctx.article)
            found = [*unseen, *readback.differences(expected, names, copy.items)]
        if found:
            mismatch = mismatch or (candidate, found)
        else:
            matching.append(candidate)
    if not matching:
        assert mismatch is not None
        candidate, found = mismatch
        revision = candidate.entry.revision
        message = Message(
            _DIFFERS[copy.form],
            code=code,
            revision=revision.number,
            article=revision.article_id,
            differences=Message("text.lines", lines=tuple(found)),
        )
        answer = VerifyResult(False, code, revision.article_id, revision.number, message=message)
        return _with_lines(answer, _deleted(candidate))
    for candidate in matching:
        entry = candidate.entry
        if _approved(entry):
            approved = [
                a for a in entry.approvals if a.decision is Decision.APPROVE and not a.voided
            ]
            # Published but since voided by an edit: the approval that let it go online.
            signed = approved or [a for a in entry.approvals if a.decision is Decision.APPROVE]
            answer = _answer(True, code, entry, signed[-1] if signed else None)
            since = _since(store, entry) if candidate.deleted_at is None else []
            return _with_lines(answer, since + _deleted(candidate))
    candidate = matching[-1]
    entry = candidate.entry
    record = entry.approvals[-1] if entry.approvals else None
    return _with_lines(_answer(False, code, entry, record), _deleted(candidate))


def _with_lines(answer: VerifyResult, lines: list[Message]) -> VerifyResult:
    if not lines:
        return answer
    return dataclasses.replace(
        answer, message=Message("text.lines", lines=(answer.message, *lines))
    )


def _deleted(candidate: _Candidate) -> list[Message]:
    if candidate.deleted_at is None:
        return []
    article = candidate.entry.revision.article_id
    return [Message("verify.deleted_since", article=article, on=short_date(candidate.deleted_at))]


def _since(store: Store, entry: HistoryEntry) -> list[Message]:
    """What became of the article after the revision a copy matches: one line each.

    A copy of an approved or published revision stays approved, but whoever
    holds it must learn that the article has moved on (a later edit voids
    that approval; the board may have turned the next revision down).
    """
    article_id = entry.revision.article_id
    later = [e for e in history(store, article_id) if e.revision.number > entry.revision.number]
    if not later:
        return []
    status, _ = store.sign_off.position(article_id)
    latest = max(later, key=lambda e: e.revision.number)
    lines = [Message("verify.changed_since", revision=latest.revision.number, status=IS[status])]
    decisions = [(a.decided_at, e, a) for e in later for a in e.approvals if a.decided_at]
    if decisions:
        when, decided_on, record = max(decisions, key=lambda item: item[0])
        params = {
            "revision": decided_on.revision.number,
            "decided": DECIDED[record.decision],
            "who": _who(record),
            "on": short_date(when),
        }
        if record.comment:
            lines.append(Message("verify.later_decision_comment", **params, comment=record.comment))
        else:
            lines.append(Message("verify.later_decision", **params))
    return lines


def _who(record: Approval) -> str:
    if record.approver_position:
        return f"{record.approver_name} ({record.approver_position})"
    return record.approver_name


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
        who = _who(record)
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
