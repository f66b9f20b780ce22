"""Revisions of articles and their version codes (the decisions on them: :mod:`.signoff`)."""

from __future__ import annotations

import json

from deskeditor.errors import NotFoundError
from deskeditor.model import Article, Revision, Status
from deskeditor.store.content import article_from_content
from deskeditor.store.repository import Repository


class Revisions(Repository):
    """Each save's content, kept for history, restore and verification."""

    def of_article(self, article_id: int) -> list[Revision]:
        """Return an article's revisions, oldest first."""
        rows = self.query(
            "SELECT id, article_id, number, created_at, version_code, status FROM revisions"
            " WHERE article_id = ? ORDER BY number",
            [article_id],
        )
        return [Revision(r[0], r[1], r[2], r[3], r[4], Status(r[5])) for r in rows]

    def article(self, revision_id: int) -> Article:
        """Return the article as it was saved in one revision."""
        row = self.query(
            "SELECT article_id, content, status FROM revisions WHERE id = ?", [revision_id]
        ).fetchone()
        if row is None:
            raise NotFoundError("store.no_revision", id=revision_id)
        return article_from_content(json.loads(row[1]), row[0], Status(row[2]))

    def find(self, code: str) -> list[Revision]:
        """Return the revisions whose version code is *code* (e.g. ``A3F9-12C7``)."""
        rows = self.query(
            "SELECT id, article_id, number, created_at, version_code, status FROM revisions"
            " WHERE version_code = ? ORDER BY id",
            [code.strip().upper()],
        )
        return [Revision(r[0], r[1], r[2], r[3], r[4], Status(r[5])) for r in rows]

    def current_code(self, article_id: int) -> str:
        """Return the version code of an article's current revision."""
        code = self.one(
            "SELECT r.version_code FROM articles a JOIN revisions r"
            " ON r.id = a.current_revision_id WHERE a.id = ?",
            [article_id],
        )
        if code is None:
            raise NotFoundError("store.no_article", id=article_id)
        return str(code)
