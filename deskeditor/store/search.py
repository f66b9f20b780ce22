"""Accent-insensitive full-text search: folded shadow text in an FTS5 table."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from deskeditor.model import FIGURE_TEXTS, Article, body_texts
from deskeditor.text import fold

if TYPE_CHECKING:
    from sqlite_utils import Database

# Column weights for bm25(): a match in the title counts most.
WEIGHTS = (10.0, 4.0, 1.0, 2.0, 3.0, 3.0)
_WORD = re.compile(r"\w+")
_CAPTIONS = (*FIGURE_TEXTS, "table-caption")  # a table's cells are body text


def search_row(article: Article) -> dict[str, str]:
    """Return the folded text of each indexed column for *article*."""
    body_parts: list[str] = []
    captions: list[str] = []
    for _, part, text in body_texts(article.body):
        (captions if part in _CAPTIONS else body_parts).append(text)
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


def ranked_rows(
    db: Database,
    summary_sql: str,
    expression: str,
    where: str,
    params: list[Any],
    limit: int,
) -> list[tuple[Any, ...]]:
    """Return up to *limit* rows of *summary_sql* matching *expression*, best first.

    Articles with every word in the title come first, ranked by bm25() with
    WEIGHTS; the other matches follow, most recently added first. *where* is
    a ``WHERE …`` clause on the summary's aliases (``a``, ``c``), or empty.

    Why two steps: bm25() costs about 2 µs per matching row and must rank
    every match before the first row is known, while common syllables match
    nearly every article ("dong chi" matches 49,999 of 50,000 generated
    articles: 75 ms to rank them all). Title matches are a few percent of
    that, and the rest are read from the index newest first (rowid order),
    which stops after *limit* rows: 10 ms instead of 50 ms for the median of
    benchmarks/ case 4, and the order a person scans a long list in anyway.
    """
    filters = where.replace("WHERE", "AND", 1)
    weights = ", ".join(str(w) for w in WEIGHTS)
    # Without filters only the best *limit* are joined to their articles (reading an
    # article row costs more than ranking it); filters need the article, so all are.
    top = "" if filters else " ORDER BY rank LIMIT ?"
    in_title = (
        f"{summary_sql} JOIN (SELECT rowid AS hit, bm25(article_search, {weights}) AS rank"
        f" FROM article_search WHERE article_search MATCH ?{top}) s ON s.hit = a.id"
        f" WHERE 1 {filters} ORDER BY s.rank, a.published_at DESC LIMIT ?"
    )
    title_match = f"{{title}} : ({expression})"
    args = [title_match, *params, limit] if filters else [title_match, limit, limit]
    rows = list(db.execute(in_title, args))
    if len(rows) >= limit:
        return rows
    seen = {row[0] for row in rows}
    # The rest, newest first. The filters sit inside the query that reads the index,
    # so an old match in a rare category is still found; SQLite walks the matches in
    # rowid order and stops once *limit* rows have passed the filters.
    newest = (
        f"{summary_sql} JOIN article_search s ON s.rowid = a.id"
        f" WHERE article_search MATCH ? {filters} ORDER BY s.rowid DESC LIMIT ?"
    )
    for row in db.execute(newest, [expression, *params, limit + len(rows)]):
        if row[0] not in seen:
            rows.append(row)
            if len(rows) == limit:
                break
    return rows
