"""Articles: saving (with a revision and its version code), reading, listing and search."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from deskeditor.errors import NotFoundError, StoreError
from deskeditor.jsonio import format_datetime
from deskeditor.model import Article, ArticleSummary, Status
from deskeditor.store import workflow
from deskeditor.store.categories import Categories
from deskeditor.store.codec import (
    body_from_storage,
    body_to_storage,
    content_hash,
    normalise,
    version_code,
)
from deskeditor.store.content import revision_content
from deskeditor.store.deleted import DeletedSignoffs
from deskeditor.store.photos import Photos
from deskeditor.store.repository import Owner, Repository, parse_dt
from deskeditor.store.repository import now as current_time
from deskeditor.store.revisions import Revisions
from deskeditor.store.search import (
    ORDER_KEY,
    TITLES,
    marked_words,
    query_words,
    ranked_rows,
    search_row,
)
from deskeditor.store.signoff import SignOff
from deskeditor.text import nfc

if TYPE_CHECKING:
    from deskeditor.photos import ProcessedPhoto

_SUMMARY_SQL = """
    SELECT a.id, a.status, a.published_at, a.title, coalesce(c.name, '') AS category, a.author
    FROM articles a LEFT JOIN categories c ON c.id = a.category_id
"""
# Filtered search: each match's status and category are read from this index
# (migration 0005), not from its row, where the status sits after the body.
# SQLite would look the row up by id instead, so the index is named.
_FILTER_INDEX = "articles_filters"
_FILTERED_SUMMARY_SQL = _SUMMARY_SQL.replace(
    "FROM articles a", f"FROM articles a INDEXED BY {_FILTER_INDEX}"
)


@dataclass(frozen=True)
class SaveResult:
    """What a save did: the article id, its current revision and version code."""

    article_id: int
    revision_id: int
    version_code: str
    new_revision: bool
    approval_voided: bool = False


class Articles(Repository):
    """The articles table, its search index, and the revision each save keeps."""

    def __init__(
        self,
        owner: Owner,
        categories: Categories,
        photos: Photos,
        revisions: Revisions,
        sign_off: SignOff,
        deleted: DeletedSignoffs,
    ) -> None:
        super().__init__(owner)
        self._categories = categories
        self._photos = photos
        self._revisions = revisions
        self._sign_off = sign_off
        self._deleted = deleted

    def save(self, article: Article) -> SaveResult:
        """Save *article* as its current state and keep a revision of it.

        Saving content identical to the current revision makes no new
        revision. A new article is always a draft, whatever status *article*
        says, and an existing one keeps the status the store has for it: only
        the workflow's moves change a status. Changing an approved or
        published article turns it back into a draft and voids its approval.
        """
        normalise(article)
        self._photos.check_edits(article)
        with self.transaction():
            self._photos.make_edits(article)
            digest = content_hash(article, self._photos.hashes(article))
            code = version_code(digest)
            status = workflow.INITIAL  # a new article; an existing one keeps its own below
            now = current_time()
            row = self._article_columns(article)
            voided = False
            old_key = None  # the article's row in the title index, keyed by its date
            if article.id is None:
                cursor = self.db.execute(
                    "INSERT INTO articles (title, category_id, published_at, lead, author,"
                    " author_unit, source, tags, body, status, created_at, updated_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [*row, status.value, now, now],
                )
                article_id = int(cursor.lastrowid or 0)
            else:
                article_id = article.id
                current = self.query(
                    f"SELECT a.status, r.content_hash, r.id, {ORDER_KEY} FROM articles a"
                    " LEFT JOIN revisions r ON r.id = a.current_revision_id WHERE a.id = ?",
                    [article_id],
                ).fetchone()
                if current is None:
                    raise NotFoundError("store.no_article", id=article_id)
                old_status, old_hash, old_revision = Status(current[0]), current[1], current[2]
                old_key = current[3]
                # Status changes only through the workflow; an editor's copy may be stale.
                status = old_status
                if old_hash == digest:
                    article.status = status
                    return SaveResult(article_id, old_revision, code, new_revision=False)
                status = workflow.status_after_edit(old_status)
                if status is not old_status:
                    voided = True
                    self._sign_off.void_approvals(article_id)
                self.db.execute(
                    "UPDATE articles SET title=?, category_id=?, published_at=?, lead=?, author=?,"
                    " author_unit=?, source=?, tags=?, body=?, status=?, updated_at=? WHERE id=?",
                    [*row, status.value, now, article_id],
                )
            number = self.one(
                "SELECT coalesce(max(number), 0) + 1 FROM revisions WHERE article_id = ?",
                [article_id],
            )
            content = revision_content(article, row[8])
            cursor = self.db.execute(
                "INSERT INTO revisions (article_id, number, created_at, status, version_code,"
                " content_hash, content) VALUES (?,?,?,?,?,?,?)",
                [article_id, number, now, status.value, code, digest, content],
            )
            revision_id = int(cursor.lastrowid or 0)
            self.db.execute(
                "UPDATE articles SET current_revision_id = ? WHERE id = ?",
                [revision_id, article_id],
            )
            self._index(article_id, article, old_key)
            article.id = article_id
            article.status = status
            return SaveResult(article_id, revision_id, code, True, voided)

    def _article_columns(self, article: Article) -> list[Any]:
        return [
            nfc(article.title),
            self._categories.ensure(article.category),
            format_datetime(article.published_at) if article.published_at else None,
            nfc(article.lead),
            nfc(article.author),
            nfc(article.author_unit),
            nfc(article.source),
            json.dumps([nfc(tag) for tag in article.tags], ensure_ascii=False),
            body_to_storage(article.body),
        ]

    def _index(self, article_id: int, article: Article, old_key: int | None) -> None:
        self.db.execute("DELETE FROM article_search WHERE rowid = ?", [article_id])
        columns = search_row(article)
        self.db.execute(
            f"INSERT INTO article_search (rowid, {', '.join(columns)})"
            f" VALUES (?, {', '.join('?' * len(columns))})",
            [article_id, *columns.values()],
        )
        # The title index's key holds the date, which this save may have changed.
        if old_key is not None:
            self.db.execute(f"DELETE FROM {TITLES} WHERE rowid = ?", [old_key])
        self.db.execute(
            f"INSERT INTO {TITLES} (rowid, title) SELECT {ORDER_KEY}, ? FROM articles a"
            " WHERE a.id = ?",
            [columns["title"], article_id],
        )

    def import_(
        self,
        article: Article,
        progress: Callable[[int, int], None] | None = None,
        photos: list[ProcessedPhoto] | None = None,
    ) -> int:
        """Add an article whose figures point at image files; return its id.

        Photos are processed first (the slow part, outside any transaction);
        then photos and article are stored together, so a refused photo or a
        failed save stores nothing at all. *photos*, when given, are the
        figures' photos already processed (one for each figure, in order).
        """
        figures = article.figures()
        processed = photos if photos is not None else []
        if figures and photos is None:
            from deskeditor.photos import ingest_files  # Pillow loads only when needed

            sources = []
            for number, figure in enumerate(figures, 1):
                if figure.source is None:
                    raise StoreError("store.photo_no_file", number=number)
                sources.append(figure.source)
            processed = ingest_files(sources, progress=progress)
        with self.transaction():
            ids: dict[int, int] = {}  # the same processed photo is stored once
            for figure, photo in zip(figures, processed, strict=True):
                if id(photo) not in ids:
                    ids[id(photo)] = self._photos.add(photo)
                figure.photo_id = ids[id(photo)]
            article.id = None
            return self.save(article).article_id

    def get(self, article_id: int) -> Article:
        """Return the current state of an article."""
        row = self.query(
            "SELECT a.id, a.title, coalesce(c.name, ''), a.published_at, a.lead, a.author,"
            " a.author_unit, a.source, a.tags, a.body, a.status FROM articles a"
            " LEFT JOIN categories c ON c.id = a.category_id WHERE a.id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise NotFoundError("store.no_article", id=article_id)
        return Article(
            id=row[0],
            title=row[1],
            category=row[2],
            published_at=parse_dt(row[3]),
            lead=row[4],
            author=row[5],
            author_unit=row[6],
            source=row[7],
            tags=json.loads(row[8]),
            body=body_from_storage(row[9]),
            status=Status(row[10]),
        )

    def delete(self, article_id: int) -> None:
        """Remove an article with its revisions and approvals, keeping the signed ones aside.

        A revision that was approved or published is copied first
        (:mod:`deskeditor.store.deleted`): its exports must still verify.
        """
        with self.transaction():
            self._deleted.keep(article_id, current_time())
            self.db.execute("DELETE FROM article_search WHERE rowid = ?", [article_id])
            self.db.execute(
                f"DELETE FROM {TITLES} WHERE rowid IN"
                f" (SELECT {ORDER_KEY} FROM articles a WHERE a.id = ?)",
                [article_id],
            )
            if self.db.execute("DELETE FROM articles WHERE id = ?", [article_id]).rowcount == 0:
                raise NotFoundError("store.no_article", id=article_id)

    def count(self, status: Status | None = None, category: str | None = None) -> int:
        """Return how many articles the store holds (with this status and category, if given)."""
        where, params = self._filters(status, category)
        # The join never changes the count; without a category to match it only costs
        # a lookup per article (4 ms of every list refresh in a store of 50,000).
        join = "LEFT JOIN categories c ON c.id = a.category_id" if category else ""
        return int(self.one(f"SELECT count(*) FROM articles a {join} {where}", params))

    @staticmethod
    def _summary(row: tuple[Any, ...]) -> ArticleSummary:
        return ArticleSummary(row[0], Status(row[1]), parse_dt(row[2]), row[3], row[4], row[5])

    def summaries(
        self,
        status: Status | None = None,
        category: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        """Return article summaries, newest first (*limit* from *offset*); bodies and images are not read."""
        where, params = self._filters(status, category)
        sql = f"{_SUMMARY_SQL} {where} ORDER BY a.published_at DESC, a.id DESC"
        if limit is not None:
            sql += (
                " LIMIT ? OFFSET ?"  # the listing index yields the newest rows first: no full read
            )
            params += [limit, offset]
        return [self._summary(row) for row in self.query(sql, params)]

    @staticmethod
    def _filters(status: Status | None, category: str | None) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if status is not None:
            clauses.append("a.status = ?")
            params.append(Status(status).value)  # a plain "draft" from a caller too
        if category:
            clauses.append("c.name = ?")
            params.append(nfc(category))
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def search(
        self,
        query: str,
        status: Status | None = None,
        category: str | None = None,
        limit: int = 500,
    ) -> list[ArticleSummary]:
        """Return the articles matching *query*, best match first (tone-insensitive).

        What "best" means is in ``store/search.py``: the query as a phrase in the
        title, then all its words in the title, then the phrase elsewhere, then
        all its words anywhere; newest first within each.
        """
        words = query_words(query)
        if not words:
            return self.summaries(status, category, limit)
        where, params = self._filters(status, category)
        summary_sql, floor = _SUMMARY_SQL, 0
        if where and self._has("index", _FILTER_INDEX):
            summary_sql = _FILTERED_SUMMARY_SQL  # same rows: 110 ms to 19 ms among drafts
            # The oldest article that passes the filters, from the same index in id
            # order: the full index need not be read further back than it.
            oldest = self.one(
                f"SELECT min(a.id) FROM articles a INDEXED BY {_FILTER_INDEX}"
                f" LEFT JOIN categories c ON c.id = a.category_id {where}",
                params,
            )
            if oldest is None:
                return []
            floor = int(oldest)
        titles = self._has("table", TITLES)
        marked = marked_words(query)
        rows = ranked_rows(self.db, summary_sql, words, where, params, limit, titles, floor, marked)
        return [self._summary(row) for row in rows]

    def _has(self, kind: str, name: str) -> bool:
        """Tell whether the store has this index or table (one read before 0005/0007 has not)."""
        found = "SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?"
        return self.one(found, [kind, name]) is not None

    def restore(self, revision_id: int) -> SaveResult:
        """Make an old revision the current state again, as a new revision."""
        article = self._revisions.article(revision_id)
        article.status = self.get(article.id or 0).status
        return self.save(article)
