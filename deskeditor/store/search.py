"""Accent-insensitive full-text search: folded shadow text in FTS5 tables.

What "best match" means, best first:

1. a title that begins with the query: its words in the order typed, next to
   each other ("Hội nghị sơ kết thi đua" for "hoi nghi");
2. the query as such a phrase further on in the title ("Thông báo hội nghị");

   in both, a title where the last word typed is a whole word comes before one
   where it only begins a longer word ("Hoà nhập" before "Kế hoạch" for "hoa");
   and when words were typed with their marks, the titles with those words
   as typed come before all other title matches ("Hoà nhập" before "Hóa chất"
   and "Tặng hoa" for "hòa": another tone is another word; "hòa" and "hoà"
   are the same word); the others keep this order;
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

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from deskeditor.model import FIGURE_TEXTS, Article, body_texts
from deskeditor.text import fold
from deskeditor.text.normalize import nfc

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


# The five tone marks, as combining characters (NFD): "hòa" and "hoà" have the same tone.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
MarkedWord = tuple[str, str] | None  # (letters without the tone, tone) of a word typed with marks


@functools.lru_cache(maxsize=8192)
def _letters_and_tone(word: str) -> tuple[str, str]:
    decomposed = unicodedata.normalize("NFD", word)
    tone = "".join(c for c in decomposed if c in _TONES)
    letters = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return letters, tone


def marked_words(query: str) -> list[MarkedWord]:
    """Return each word of *query* with its marks, or None where it was typed without any.

    An empty list when no word carries a mark: a query typed plainly asks for
    no particular marks.
    """
    words = _WORD.findall(nfc(query).lower())
    marked: list[MarkedWord] = [
        None if fold(word) == word else _letters_and_tone(word) for word in words
    ]
    return marked if any(marked) else []


def title_words(title: str) -> list[tuple[str, str]]:
    """Return the words of *title* as (letters without the tone, tone) pairs."""
    return [_letters_and_tone(word) for word in _WORD.findall(title.lower())]


def has_marks_as_typed(
    found: Sequence[tuple[str, str]], marked: Sequence[MarkedWord], *, unfinished: bool
) -> bool:
    """Tell whether a title's words (:func:`title_words`) hold every word typed with marks.

    *unfinished*: the last word may be the start of a title word with its
    letters and its tone (if one was typed), as while it is being typed.
    """
    last = len(marked) - 1
    for index, word in enumerate(marked):
        if word is None:
            continue
        letters, tone = word
        if index == last and unfinished:
            ok = any(t.startswith(letters) and (not tone or tn == tone) for t, tn in found)
        else:
            ok = word in found
        if not ok:
            return False
    return True


def _marks_first(
    rows: list[tuple[Any, ...]], tier_of: dict[Any, int], marked: Sequence[MarkedWord]
) -> None:
    """Sort the title tiers' *rows*: the words as typed (marks and all) first.

    Another tone is another word, so a title with the words exactly as typed
    comes before every other title match; the others keep their tiers, and
    within a tier a word that begins with the last one as typed comes first
    ("Hoàng" before "hoạch" for "hòa"). row[3] is the title (stored NFC).
    """

    def key(row: tuple[Any, ...]) -> tuple[bool, int, bool]:
        found = title_words(row[3])
        exact = has_marks_as_typed(found, marked, unfinished=False)
        begun = exact or has_marks_as_typed(found, marked, unfinished=True)
        return not exact, tier_of[row[0]], not begun

    rows.sort(key=key)


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
    marked: Sequence[MarkedWord] = (),
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
    still found. *marked* (see :func:`marked_words`): the titles with the words
    as typed, marks and all, come before the other title matches
    (:func:`_marks_first`).
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
    tier_of: dict[Any, int] = {}
    for number, (table, expression) in enumerate(tiers):
        tier: list[tuple[Any, ...]] = []
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
                tier_of[row[0]] = number
                tier.append(row)
                if len(rows) + len(tier) == limit:
                    break
        rows.extend(tier)
        last_title_tier = number == len(title_tiers) - 1
        if marked and number < len(title_tiers) and (last_title_tier or len(rows) == limit):
            _marks_first(rows, tier_of, marked)
        if len(rows) == limit:
            break
    return rows
