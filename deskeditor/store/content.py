"""The JSON an article is kept in: each revision's content and autosaved work."""

from __future__ import annotations

import json
from typing import Any

from deskeditor.jsonio import article_to_dict
from deskeditor.model import Article, Status
from deskeditor.store.codec import body_from_storage
from deskeditor.store.repository import parse_dt


def article_from_content(data: dict[str, Any], article_id: int | None, status: Status) -> Article:
    """Rebuild an article from kept content."""
    return Article(
        id=article_id,
        title=data["title"],
        category=data["category"],
        published_at=parse_dt(data["published_at"]),
        lead=data["lead"],
        author=data["author"],
        author_unit=data["author_unit"],
        source=data["source"],
        tags=data["tags"],
        body=body_from_storage(data["body"]),
        status=status,
    )


def revision_content(article: Article, stored_body: str) -> str:
    """Return the content to keep for *article*, its body as the store encodes it."""
    data = article_to_dict(article)
    data["body"] = json.loads(stored_body)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
