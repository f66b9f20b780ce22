"""The signed revisions of deleted articles: what still proves an export once the article is gone.

Deleting an article removes its revisions and decisions with it (the tables
cascade). A revision the board approved, or that went on the portal, has
copies outside the store (the signed Word document, the published page) that
``verify`` must still be able to answer for, so those revisions and their
decisions are kept here first, with the time of the deletion. Nothing else
reads them: a deleted article is in no list, search or export.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from deskeditor.model import Approval, Article, Decision, Revision, Status
from deskeditor.store.content import article_from_content
from deskeditor.store.repository import Repository, parse_dt

_REVISION_COLUMNS = "article_id, number, created_at, status, version_code, content_hash, content"
_APPROVAL_COLUMNS = "approver_name, approver_position, decision, comment, decided_at, voided"


@dataclass(frozen=True)
class KeptSignoff:
    """One signed revision of a deleted article, with the decisions taken on it."""

    revision: Revision  # its id is the kept copy's own, not the deleted revision's
    article: Article
    approvals: list[Approval]
    published_at: dt.datetime | None
    deleted_at: dt.datetime


class DeletedSignoffs(Repository):
    """Signed revisions kept from deleted articles (migration 0008)."""

    def keep(self, article_id: int, when: str) -> None:
        """Copy the article's signed revisions and their decisions; inside the delete's transaction.

        Signed: a decision to approve was recorded on it (voided later or not),
        or it went on the portal.
        """
        signed = self.query(
            f"SELECT id, {_REVISION_COLUMNS}, published_at FROM revisions r"
            " WHERE r.article_id = ? AND (r.published_at IS NOT NULL OR EXISTS"
            " (SELECT 1 FROM approvals p WHERE p.revision_id = r.id AND p.decision = ?))"
            " ORDER BY r.number",
            [article_id, Decision.APPROVE.value],
        ).fetchall()
        for revision_id, *columns, published_at in signed:
            kept = self.db.execute(
                f"INSERT INTO deleted_revisions ({_REVISION_COLUMNS}, published_at, deleted_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [*columns, published_at, when],
            ).lastrowid
            self.db.execute(
                f"INSERT INTO deleted_approvals (article_id, revision_id, {_APPROVAL_COLUMNS})"
                f" SELECT article_id, ?, {_APPROVAL_COLUMNS} FROM approvals"
                " WHERE revision_id = ? ORDER BY id",
                [kept, revision_id],
            )

    def find(self, code: str) -> list[KeptSignoff]:
        """Return the kept revisions whose version code is *code*, oldest first."""
        if not self.one("SELECT 1 FROM sqlite_master WHERE name = 'deleted_revisions'"):
            return []  # a store read before migration 0008
        rows = self.query(
            f"SELECT id, {_REVISION_COLUMNS}, published_at, deleted_at FROM deleted_revisions"
            " WHERE version_code = ? ORDER BY id",
            [code.strip().upper()],
        ).fetchall()
        found = []
        for kept_id, article_id, number, created, status, code_, _hash, content, pub, gone in rows:
            approvals = [
                Approval(
                    article_id,
                    kept_id,
                    r[0],
                    r[1],
                    Decision(r[2]),
                    r[3],
                    parse_dt(r[4]),
                    bool(r[5]),
                    r[6],
                )  # fmt: skip
                for r in self.query(
                    f"SELECT {_APPROVAL_COLUMNS}, id FROM deleted_approvals"
                    " WHERE revision_id = ? ORDER BY id",
                    [kept_id],
                )
            ]
            found.append(
                KeptSignoff(
                    revision=Revision(kept_id, article_id, number, created, code_, Status(status)),
                    article=article_from_content(json.loads(content), article_id, Status(status)),
                    approvals=approvals,
                    published_at=parse_dt(pub),
                    deleted_at=parse_dt(gone) or dt.datetime.min,
                )
            )
        return found
