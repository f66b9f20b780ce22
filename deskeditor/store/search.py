"""Accent-insensitive full-text search: folded shadow text in an FTS5 table."""

from __future__ import annotations

import re

from deskeditor.model import Article, Figure, ListBlock, plain_text
from deskeditor.text import fold

# Column weights for bm25(): a match in the title counts most.
WEIGHTS = (10.0, 4.0, 1.0, 2.0, 3.0, 3.0)
_WORD = re.compile(r"\w+")


def search_row(article: Article) -> dict[str, str]:
    """Return the folded text of each indexed column for *article*."""
    body_parts: list[str] = []
    captions: list[str] = []
    for block in article.body:
        if isinstance(block, Figure):
            captions += [block.caption, block.credit, block.alt]
        elif isinstance(block, ListBlock):
            body_parts += [plain_text(item) for item in block.items]
        else:
            body_parts.append(plain_text(block.runs))
    return {
        "title": fold(article.title),
        "lead": fold(article.lead),
        "body": fold("\n".join(body_parts)),
        "captions": fold("\n".join(captions)),
        "author": fold(f"{article.author}\n{article.author_unit}"),
        "tags": fold("\n".join(article.tags)),
    }


def match_expression(query: str) -> str | None:
    """Turn what the user typed into an FTS5 MATCH expression, or None if empty.

    Every word must match, as a prefix, after the same folding as the index;
    words are quoted so that FTS5 operators typed by the user mean nothing.
    """
    words = _WORD.findall(fold(query))
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)
