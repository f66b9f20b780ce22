"""The sign-off records: approvals, and the workflow's columns of articles and revisions.

Only the writes and reads live here; which status may become which, and
when, is :mod:`deskeditor.store.workflow`'s to say. Times are passed in as the
store writes them (ISO text to the second).
"""

from __future__ import annotations

import datetime as dt

from deskeditor.errors import NotFoundError
from deskeditor.model import Approval, Decision, Status
from deskeditor.store.repository import Repository, parse_dt


class SignOff(Repository):
    """Where each article stands in the sign-off, and every decision taken on it."""

    def position(self, article_id: int) -> tuple[Status, int]:
        """Return the article's status and current revision id."""
        row = self.query(
            "SELECT status, current_revision_id FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            raise NotFoundError("store.no_article", id=article_id)
        return Status(row[0]), int(row[1])

    def dates(self, article_id: int) -> tuple[dt.datetime | None, dt.datetime | None]:
        """Return when the article was last submitted and when it went on the portal."""
        row = self.query(
            "SELECT submitted_at, portal_published_at FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        if row is None:
            raise NotFoundError("store.no_article", id=article_id)
        return parse_dt(row[0]), parse_dt(row[1])

    def set_status(
        self,
        article_id: int,
        status: Status,
        *,
        submitted_at: str | None = None,
        portal_published_at: str | None = None,
    ) -> None:
        """Give the article *status* (and the time of its submission or publication, if given)."""
        columns = {"status": status.value}
        if submitted_at is not None:
            columns["submitted_at"] = submitted_at
        if portal_published_at is not None:
            columns["portal_published_at"] = portal_published_at
        assignments = ", ".join(f"{name} = ?" for name in columns)
        self.db.execute(
            f"UPDATE articles SET {assignments} WHERE id = ?", [*columns.values(), article_id]
        )

    def approvals(self, article_id: int) -> list[Approval]:
        """Return every approval record of an article, oldest first."""
        rows = self.query(
            "SELECT article_id, revision_id, approver_name, approver_position, decision, comment,"
            " decided_at, voided, id FROM approvals WHERE article_id = ? ORDER BY id",
            [article_id],
        )
        return [
            Approval(r[0], r[1], r[2], r[3], Decision(r[4]), r[5], parse_dt(r[6]), bool(r[7]), r[8])
            for r in rows
        ]

    def record_decision(
        self,
        article_id: int,
        revision_id: int,
        approver_name: str,
        approver_position: str,
        decision: Decision,
        comment: str,
        decided_at: str,
    ) -> int:
        """Keep a decision taken on a revision; return the record's id."""
        cursor = self.db.execute(
            "INSERT INTO approvals (article_id, revision_id, approver_name, approver_position,"
            " decision, comment, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                article_id,
                revision_id,
                approver_name,
                approver_position,
                decision.value,
                comment,
                decided_at,
            ],
        )
        return int(cursor.lastrowid or 0)

    def void_approvals(self, article_id: int) -> None:
        """Void every decision still in force on the article (its content or round changed)."""
        self.db.execute(
            "UPDATE approvals SET voided = 1 WHERE article_id = ? AND voided = 0", [article_id]
        )

    def mark_revision_published(self, revision_id: int, when: str) -> None:
        """Note when a revision went online (kept per revision: an older copy still verifies)."""
        self.db.execute("UPDATE revisions SET published_at = ? WHERE id = ?", [when, revision_id])

    def revision_publication_dates(self, article_id: int) -> dict[int, dt.datetime | None]:
        """Return, for each revision of the article by id, when it went online (or None)."""
        rows = self.query(
            "SELECT id, published_at FROM revisions WHERE article_id = ?", [article_id]
        )
        return {int(r[0]): parse_dt(r[1]) for r in rows}
