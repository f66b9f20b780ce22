"""Accent-insensitive full-text search: folded shadow text in FTS5 tables.

What "best match" means, best first:

1. a title that begins with the query: its words in the order typed, next to
   each other ("Hội nghị sơ kết thi đua" for "hoi nghi");
2. the query as such a phrase further on in the title ("Thông báo hội nghị");

   in both, a title where the last word typed is a whole word comes before one
   where it only begins a longer word ("Hoà nhập" before "Kế hoạch" for "hoa");
3. (three words or more) every word in the title, in pieces of two or more
   of the query's words in their order, the pieces in any order ("Thi đua
   khen thưởng: hội nghị điển hình" for "hoi nghi thi dua");
4. the phrase anywhere else: lead, body, captions, author or tags;
5. every word somewhere in the article.

A Vietnamese word is often two syllables, so syllables scattered over a title
are no match there: "Nghị quyết của Hội đồng" is not about a "hội nghị", nor
"Chi cục … Đồng Đăng" about a "đồng chí"; such articles come in tier 5.
The last word typed may be the start of a word, so results come while it is
being typed; the others are whole words. Within tiers 1 to 3 the newest
article comes first (its date to the minute, then the most recently added),
as in the article list; within tiers 4 and 5 the most recently added. There
is no relevance score: in a title each word occurs once, so bm25() ranked
title matches by the length of the body, which means nothing to an editor
looking for an article, and it had to score every match first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from deskeditor.model import FIGURE_TEXTS, Article, body_texts
from deskeditor.text import fold

if TYPE_CHECKING:
    from sqlite_utils import Database

_WORD = re.compile(r"\w+")
_CAPTIONS = (*FIGURE_TEXTS, "table-caption")  # a table's cells are body text

# The folded titles again, alone (migration 0007): their word lists are a few
# per cent of the full index's, whose every word carries its positions in the
# body too. The rowid is ORDER_KEY, so the index itself yields the newest first.
TITLES = "article_titles"
TITLES_DEFINITION = (
    f"CREATE VIRTUAL TABLE {TITLES} USING fts5("
    "title, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3',"
    " columnsize = 0)"  # no bm25(), so no per-row lengths
)
# An article's date in minutes since 1900 (0 without a date, as the list puts those
# last; clamped to 31 bits), then its id in the low 32 bits: a unique rowid in date
# order, then id order, as ``ORDER BY published_at DESC, id DESC`` lists them.
ID_MASK = 0xFFFFFFFF
ORDER_KEY = (
    "((max(0, min(2147483647, coalesce(CAST(round("
    "(julianday(a.published_at) - 2415020.5) * 1440) AS INTEGER), 0))) << 32) + a.id)"
)


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


def query_words(query: str) -> list[str]:
    """Return the folded words of what the user typed."""
    return _WORD.findall(fold(query))


def match_expressions(words: list[str]) -> tuple[str, str, str]:
    """Return FTS5 MATCH expressions for *words*: the phrase, all words, all in pieces.

    Words are quoted so that FTS5 operators typed by the user mean nothing; the
    last word is a prefix. "In pieces": each word next to the one before or
    after it in the query, so every word is in a piece of two or more.
    """
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += "*"
    pairs = [f"{first} + {second}" for first, second in zip(quoted, quoted[1:], strict=False)]
    pieces = []
    for index in range(len(words)):
        around = pairs[max(0, index - 1) : index + 1]  # the pairs this word is in
        pieces.append(f"({' OR '.join(around)})")
    return " + ".join(quoted), " ".join(quoted), " AND ".join(pieces)


def ranked_rows(
    db: Database,
    summary_sql: str,
    words: list[str],
    where: str,
    params: list[Any],
    limit: int,
    titles: bool,
    floor: int = 0,
) -> list[tuple[Any, ...]]:
    """Return up to *limit* rows of *summary_sql* matching *words*, best first.

    *where* is a ``WHERE …`` clause on the summary's aliases (``a``, ``c``), or
    empty. *titles* says whether the store has the title index (a store read
    before migration 0007 has not: its title tiers come from the full index,
    most recently added first). *floor* is the lowest id that passes the
    filters: the full index is read no further back (drafts are few and new,
    and the phrase tier reads every match's positions in the body).

    Each tier is read newest first from an index and stops once the list is
    full, so no match is scored and common words cost no more than rare ones.
    The filters sit inside each query, so an old match in a rare category is
    still found.
    """
    phrase, every, pieces = match_expressions(words)
    whole = phrase.removesuffix("*")  # the last word as typed, not the start of a longer one
    filters = where.replace("WHERE", "AND", 1)
    title_tiers = [f"^{whole}", f"^{phrase}", whole, phrase]
    if len(words) > 2:  # of two words, the only piece is the phrase
        title_tiers.append(pieces)
    if titles:
        tiers = [(TITLES, expression) for expression in title_tiers]
    else:
        tiers = [("article_search", f"{{title}} : ({e})") for e in title_tiers]
    tiers.append(("article_search", phrase))
    if len(words) > 1:
        tiers.append(("article_search", every))
    rows: list[tuple[Any, ...]] = []
    seen: set[int] = set()
    for table, expression in tiers:
        # Without filters only the rows wanted are read from the index; with them,
        # SQLite walks the matches in key order and stops once enough have passed.
        bound = " AND rowid >= ?" if filters and table != TITLES else ""
        hits = f"SELECT rowid AS k FROM {table} WHERE {table} MATCH ?{bound} ORDER BY rowid DESC"
        hits += "" if filters else " LIMIT ?"
        sql = (
            f"{summary_sql} JOIN ({hits}) s ON a.id = s.k & {ID_MASK}"
            f" WHERE 1 {filters} ORDER BY s.k DESC" + (" LIMIT ?" if filters else "")
        )
        args = [expression, floor] if bound else [expression]
        for row in db.execute(sql, [*args, *params, limit + len(seen)]):
            if row[0] not in seen:
                seen.add(row[0])
                rows.append(row)
                if len(rows) == limit:
                    return rows
    return rows
