"""An article's way to publication: show its state, submit, decide, publish."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from deskeditor.cli.opening import open_for_reading, open_store
from deskeditor.cli.output import UsageError, say
from deskeditor.errors import DeskEditorError
from deskeditor.model import Approval, Status


def _format_when(value: object) -> str:
    from deskeditor.jsonio import format_datetime

    return format_datetime(value) if value is not None else ""  # type: ignore[arg-type]


def _decision_line(record: Approval) -> str:
    who = record.approver_name + (
        f" ({record.approver_position})" if record.approver_position else ""
    )
    from deskeditor.store.workflow import DECIDED

    decided = f"{DECIDED[record.decision]} ({record.decision.label})"
    line = f"{decided} by {who} on {_format_when(record.decided_at)}"
    if record.comment:
        line += f": {record.comment}"
    return line + (" [voided]" if record.voided else "")


def cmd_show(args: argparse.Namespace) -> int:
    from deskeditor.store.workflow import history, workflow_state

    with open_for_reading(args) as store:
        state = workflow_state(store, args.id)
        article = store.get_article(args.id)
        entries = history(store, args.id)
        code = store.current_version_code(args.id)
    number = {entry.revision.id: entry.revision.number for entry in entries}
    lines = [
        f"article: {args.id}",
        f"title: {article.title}",
        f"status: {state.status.value} ({state.status.label})",
        f"version code: {code}",
        f"revision: {number.get(state.revision_id, '?')}",
    ]
    if state.submitted_at:
        lines.append(f"submitted: {_format_when(state.submitted_at)}")
    if state.approval is not None:
        decided_on = number.get(state.approval.revision_id, "?")
        lines.append(f"approval: {_decision_line(state.approval)} (revision {decided_on})")
    if state.published_at:
        line = f"published: {_format_when(state.published_at)}"
        if state.status is not Status.PUBLISHED:
            # An edit after publication: the portal still shows the earlier revision.
            online = [number[e.revision.id] for e in entries if e.published_at]
            earlier = f"revision {online[-1]}" if online else "an earlier revision"
            line += f" ({earlier}; the current revision is not on the portal)"
        lines.append(line)
    for entry in entries:
        revision = entry.revision
        line = f"revision {revision.number}: {revision.version_code} saved {revision.created_at}"
        for record in entry.approvals:
            line += f"; {_decision_line(record)}"
        if entry.published_at:
            line += f"; published {_format_when(entry.published_at)}"
        lines.append(line)
    for line in lines:
        say(line)
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    from deskeditor.store.workflow import submit

    with open_store(args) as store:
        _move(args.id, "submit", lambda: submit(store, args.id))
        say(f"article {args.id}: submitted, version {store.current_version_code(args.id)}")
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    from deskeditor.model import Decision
    from deskeditor.store.workflow import decide

    if args.decision != "approve" and not args.comment.strip():
        raise UsageError("cli.comment_needed", decision=args.decision)
    with open_store(args) as store:
        position = args.position
        if position is None:
            position = store.site_profile().approver_position
        verb = {"approve": "approve", "revise": "send back", "reject": "reject"}[args.decision]
        _move(
            args.id,
            verb,
            lambda: decide(
                store, args.id, args.by, position, Decision(args.decision), args.comment
            ),
        )
        status = store.get_article(args.id).status
    say(f"article {args.id}: {status.value} ({status.label})")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from deskeditor.store.workflow import publish

    with open_store(args) as store:
        _move(args.id, "publish", lambda: publish(store, args.id))
    say(f"article {args.id}: published")
    return 0


def _move(article_id: int, verb: str, move: Callable[[], object]) -> object:
    """Make a workflow move; a refusal names the article and the reason."""
    from deskeditor.store.workflow import WorkflowError

    try:
        return move()
    except WorkflowError as exc:
        raise DeskEditorError("cli.move_refused", verb=verb, id=article_id, error=exc) from None
