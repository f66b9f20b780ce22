"""The store's health check: SQLite's integrity check, then what only deskeditor can tell.

Used by ``deskeditor check`` (through ``Store.check``, which also recomputes
every revision's content hash) and on every backup copy before it gets a
backup's name. The check itself never fails on a
damaged file: what SQLite cannot read becomes one more problem in the list.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from typing import Any

from deskeditor.model import Figure, Status
from deskeditor.store.codec import content_hash, version_code
from deskeditor.store.content import article_from_content
from deskeditor.store.search import ORDER_KEY, TITLES


def problems(db: sqlite3.Connection, *, revisions: bool = False) -> list[str]:
    """Return the problems found in the store open on *db*; empty when it is sound.

    With *revisions* each revision's content is also checked against its
    content hash (``deskeditor check``: about 10 s for 50,000 revisions). A
    backup's copy is not: an edited revision is no reason to refuse a backup.
    """
    found: list[str] = []
    checks = (_sqlite_integrity, _foreign_keys, _photo_data, _consistency)
    for check in (*checks, _revisions) if revisions else checks:
        try:
            found += check(db)
        except sqlite3.DatabaseError as exc:
            found.append(f"{_NAMES[check]}: {exc}")
    return found


def _sqlite_integrity(db: sqlite3.Connection) -> list[str]:
    return [
        f"integrity: {row[0]}" for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"
    ]


def _foreign_keys(db: sqlite3.Connection) -> list[str]:
    return [
        f"{table} row {rowid} points at a missing {parent} row"
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check")
    ]


def _photo_data(db: sqlite3.Connection) -> list[str]:
    return [
        f"photo {photo_id} ({rendition}): the image data is damaged"
        for photo_id, rendition, digest, data in db.execute(
            "SELECT photo_id, rendition, sha256, data FROM photo_data"
        )
        if hashlib.sha256(data).hexdigest() != digest
    ]


def _consistency(db: sqlite3.Connection) -> list[str]:
    """Check what SQLite cannot: links between rows that a half-done write would break."""
    found = [
        f"article {row[0]} does not point at a revision of its own"
        for row in db.execute(
            "SELECT a.id FROM articles a LEFT JOIN revisions r"
            " ON r.id = a.current_revision_id AND r.article_id = a.id WHERE r.id IS NULL"
        )
    ]
    found += [
        f"photo {row[0]} has {row[1]} of its 3 renditions"
        for row in db.execute(
            "SELECT p.id, count(d.rendition) FROM photos p"
            " LEFT JOIN photo_data d ON d.photo_id = p.id GROUP BY p.id HAVING count(d.rendition) != 3"
        )
    ]
    found += [
        f"photo {row[0]}: its fingerprint does not match its master image"
        for row in db.execute(
            "SELECT p.id FROM photos p JOIN photo_data d ON d.photo_id = p.id"
            " AND d.rendition = 'master' WHERE d.sha256 != p.sha256"
        )
    ]
    indexed = db.execute("SELECT count(*) FROM article_search").fetchone()[0]
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if indexed != articles:
        found.append(f"the search index holds {indexed} articles, the store {articles}")
    found += [
        f"the title index lacks article {row[0]}; searches rank it among body matches"
        for row in _missing_titles(db)
    ]
    return found


def _missing_titles(db: sqlite3.Connection) -> list[tuple[int]]:
    """Return the articles whose title the title index (migration 0007) does not hold."""
    if not db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [TITLES]
    ).fetchone():
        return []  # a store read before 0007: its searches use the full index
    return db.execute(
        f"SELECT a.id FROM articles a WHERE NOT EXISTS"
        f" (SELECT 1 FROM {TITLES} t WHERE t.rowid = {ORDER_KEY}) ORDER BY a.id"
    ).fetchall()


def _revisions(db: sqlite3.Connection) -> list[str]:
    """Recompute each revision's content hash (form v1) and compare it with the stored one.

    A revision whose content was edited behind the program's back (with the
    sqlite3 shell, say) would otherwise still show its old version code, and
    an approval or a verified export would vouch for text nobody approved.
    """
    photo_hashes = dict(db.execute("SELECT id, sha256 FROM photos").fetchall())
    found = []
    rows = db.execute(
        "SELECT r.id, r.article_id, r.number, r.status, r.version_code, r.content_hash,"
        " r.content, a.title, a.published_at, a.lead, a.author, a.author_unit, a.source,"
        " a.tags, a.body FROM revisions r LEFT JOIN articles a"
        " ON a.id = r.article_id AND a.current_revision_id = r.id"
        " ORDER BY r.id"
    )
    for revision_id, article_id, number, status, code, digest, content, *current in rows:
        where = f"article {article_id} revision {number} (id {revision_id})"
        if current[0] is not None and _current_differs_from(current, content):
            found.append(
                f"article {article_id}: its current text differs from its revision {number}"
            )
        found += _revision_problems(where, article_id, status, code, digest, content, photo_hashes)
    if _has_table(db, "deleted_revisions"):  # migration 0008: deleted articles' signed revisions
        kept = db.execute(
            "SELECT id, article_id, number, status, version_code, content_hash, content"
            " FROM deleted_revisions ORDER BY id"
        )
        for kept_id, article_id, number, status, code, digest, content in kept:
            where = f"deleted article {article_id} revision {number} (kept copy {kept_id})"
            found += _revision_problems(where, article_id, status, code, digest, content,
                                        photo_hashes)  # fmt: skip
    return found


def _revision_problems(
    where: str,
    article_id: int,
    status: str,
    code: str,
    digest: str,
    content: str,
    photo_hashes: dict[Any, str],
) -> list[str]:
    """Recompute one revision's content hash and compare it with the stored hash and code."""
    try:
        data = json.loads(content)
        article = article_from_content(data, article_id, Status(status))
        hashes = [
            photo_hashes.get(block.photo_id, "")
            for block in article.body
            if isinstance(block, Figure)
        ]
        actual = content_hash(article, hashes)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        return [f"{where}: its content cannot be read ({type(exc).__name__}: {exc})"]
    if actual != digest:
        return [
            f"{where}: its content does not match its version code {code}"
            f" (the content now gives {version_code(actual)})"
        ]
    if code != version_code(digest):
        return [f"{where}: its version code {code} does not match its content hash"]
    return []


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return db.execute(query, [name]).fetchone() is not None


def _current_differs_from(current: list[Any], content: str) -> bool:
    """Tell whether an article's row differs from its revision's content (False if unreadable).

    An unreadable content is reported by :func:`_revision_problems`.
    """
    try:
        return _current_differs(current, json.loads(content))
    except (ValueError, KeyError, TypeError):
        return False


def _current_differs(current: list[Any], kept: dict[str, Any]) -> bool:
    """Tell whether an article's row (what is shown and exported) differs from its revision.

    The category is left out: renaming one changes the article, not its revisions.
    """
    title, published_at, lead, author, author_unit, source, tags, body = current
    return (
        [title, published_at or "", lead, author, author_unit, source]
        != [kept[name] for name in ("title", "published_at", "lead")]
        + [kept[name] for name in ("author", "author_unit", "source")]
        or json.loads(tags) != kept["tags"]
        or json.loads(body) != kept["body"]
    )


_NAMES: dict[Callable[[sqlite3.Connection], list[str]], str] = {
    _sqlite_integrity: "integrity",
    _foreign_keys: "references",
    _photo_data: "photos",
    _consistency: "consistency",
    _revisions: "revisions",
}
