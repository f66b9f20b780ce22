"""Unsaved work kept by autosave, offered back after a crash."""

from __future__ import annotations

import json
from dataclasses import dataclass

from deskeditor.model import Article, Status
from deskeditor.store.codec import body_to_storage, normalise
from deskeditor.store.content import article_from_content, revision_content
from deskeditor.store.repository import Repository, now


@dataclass(frozen=True)
class Recovery:
    """Unsaved work kept by autosave, offered back after a crash."""

    key: str
    saved_at: str
    article: Article


class Recoveries(Repository):
    """The recovery table: one piece of unsaved work per key."""

    def save(self, key: str, article: Article) -> None:
        """Keep *article* as unsaved work under *key* (replacing what was kept)."""
        normalise(article)
        content = revision_content(article, body_to_storage(article.body))
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO recovery (key, article_id, status, saved_at, content)"
                " VALUES (?, ?, ?, ?, ?)",
                [key, article.id, article.status.value, now(), content],
            )

    def all(self) -> list[Recovery]:
        """Return the unsaved work left by autosave, oldest first."""
        rows = self.query(
            "SELECT key, article_id, status, saved_at, content FROM recovery ORDER BY saved_at"
        )
        return [
            Recovery(r[0], r[3], article_from_content(json.loads(r[4]), r[1], Status(r[2])))
            for r in rows
        ]

    def discard(self, key: str) -> None:
        """Forget the unsaved work kept under *key*."""
        with self.transaction():
            self.db.execute("DELETE FROM recovery WHERE key = ?", [key])
