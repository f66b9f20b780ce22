"""The store's health check: SQLite's integrity check, then what only deskeditor can tell.

Used by ``deskeditor check`` (through ``Store.check``) and on every backup
copy before it gets a backup's name. The check itself never fails on a
damaged file: what SQLite cannot read becomes one more problem in the list.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable


def problems(db: sqlite3.Connection) -> list[str]:
    """Return the problems found in the store open on *db*; empty when it is sound."""
    found: list[str] = []
    for check in (_sqlite_integrity, _foreign_keys, _photo_data, _consistency):
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
    return found


_NAMES: dict[Callable[[sqlite3.Connection], list[str]], str] = {
    _sqlite_integrity: "integrity",
    _foreign_keys: "references",
    _photo_data: "photos",
    _consistency: "consistency",
}
