"""The one store: a single SQLite file reached through sqlite-utils.

Every public method that writes does so in one transaction, so a failure in
the middle leaves the file as it was. Nothing here imports Qt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from deskeditor.errors import NotFoundError, StoreError, StoreReadOnlyError
from deskeditor.jsonio import format_datetime
from deskeditor.model import (
    Approval,
    Article,
    ArticleSummary,
    Decision,
    LinkGroup,
    Photo,
    Revision,
    SiteProfile,
    Status,
)
from deskeditor.store import opening
from deskeditor.store.categories import Categories
from deskeditor.store.codec import (
    body_from_storage,
    body_to_storage,
    content_hash,
    normalise,
    version_code,
)
from deskeditor.store.content import article_from_content, revision_content
from deskeditor.store.copies import backup_before_migration
from deskeditor.store.lock import StoreLock, acquire, network_warning
from deskeditor.store.maintenance import Maintenance
from deskeditor.store.photos import Photos
from deskeditor.store.recovery import Recoveries, Recovery
from deskeditor.store.repository import now as current_time
from deskeditor.store.repository import parse_dt
from deskeditor.store.schema import migrations
from deskeditor.store.search import match_expression, ranked_rows, search_row
from deskeditor.store.site import Site
from deskeditor.text import nfc

if TYPE_CHECKING:
    from deskeditor.photos import ProcessedPhoto

_SUMMARY_SQL = """
    SELECT a.id, a.status, a.published_at, a.title, coalesce(c.name, '') AS category, a.author
    FROM articles a LEFT JOIN categories c ON c.id = a.category_id
"""


@dataclass(frozen=True)
class SaveResult:
    """What a save did: the article id, its current revision and version code."""

    article_id: int
    revision_id: int
    version_code: str
    new_revision: bool
    approval_voided: bool = False


class Store:
    """An open deskeditor store; use as a context manager or call :meth:`close`."""

    def __init__(
        self,
        path: Path | str,
        *,
        read_only: bool = False,
        snapshot: bool = False,
        create: bool = True,
        verify: bool = True,
    ) -> None:
        """Open the store at *path* (a missing file becomes a new store, unless *create* is False).

        A writable store is locked for this process: a second program, or a
        second writable Store on the same file, gets :class:`StoreInUseError`
        naming the holder, and may open it with *read_only* instead. A store
        SQLite finds malformed (its integrity check, skipped without
        *verify*), or one a newer version changed, is not opened for writing. *read_only* writes nothing at all; *snapshot* (which
        implies it) suits a short read such as a command: when no other
        program has the store open, it leaves nothing beside the file (see
        :mod:`deskeditor.store.opening`). Warnings the user should see (a
        store on a network drive, from a newer version) are in ``warnings``.
        """
        self.path = Path(path)
        self.read_only = read_only or snapshot
        self.lock: StoreLock | None = None
        self.warnings: list[str] = []
        self.pending_migrations: list[str] = []
        self.newer_migrations: list[str] = []
        self._signature: tuple[int, int, int] | None = None
        self.immutable = False
        self.category_list = Categories(self)
        self.photos = Photos(self)
        self.recovery = Recoveries(self)
        self.site = Site(self)
        self.maintenance = Maintenance(self)
        if str(path) == ":memory:":
            self.db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
            self.db.execute("PRAGMA foreign_keys = ON")
            migrations.apply(self.db)
            return
        try:
            if self.read_only:
                opened = opening.open_for_reading(self.path, snapshot)
            else:
                opened = opening.open_for_writing(
                    self.path, create, self._take_lock, verify, backup_before_migration
                )
            self.db, self.immutable, self._signature = opened.db, opened.immutable, opened.signature
            self.pending_migrations = opened.state.pending
            self.newer_migrations = opened.state.unknown
            self.warnings += opened.warnings
            warning = network_warning(self.path)
            if warning:
                self.warnings.append(warning)
        except BaseException:
            self.close()
            raise

    def _take_lock(self) -> None:
        self.lock = acquire(self.path, wait=2.0)

    def changed_while_open(self) -> bool:
        """Tell whether another program changed a store opened as a snapshot while it was read."""
        if self._signature is None:
            return False
        try:
            return opening.signature(self.path) != self._signature
        except OSError:
            return True

    def translate_error(self, exc: sqlite3.Error) -> Exception:
        """Return the named error for an SQLite error met while using this store."""
        return opening.translate(exc, self.path, self.pending_migrations)

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the file and let other programs open it."""
        try:
            db = getattr(self, "db", None)  # absent when opening failed
            if db is not None:
                db.close()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Run a block of writes atomically (nested blocks become savepoints).

        A store opened read-only refuses with :class:`StoreReadOnlyError`;
        damage SQLite meets on the way becomes :class:`StoreDamagedError`.
        """
        if self.read_only:
            raise StoreReadOnlyError(self.path)
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.DatabaseError as exc:
            translated = self.translate_error(exc)
            if translated is exc:
                raise
            raise translated from None

    def _one(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------ categories

    def categories(self) -> list[str]:
        """Return the category pick list in the user's order."""
        return self.category_list.names()

    def ensure_category(self, name: str) -> int | None:
        """Return the id of category *name*, adding it at the end if new."""
        return self.category_list.ensure(name)

    def category_usage(self, name: str) -> int:
        """Return how many articles are in category *name*."""
        return self.category_list.usage(name)

    def rename_category(self, old: str, new: str) -> None:
        """Rename a category; its articles follow it."""
        self.category_list.rename(old, new)

    def reorder_categories(self, names: list[str]) -> None:
        """Put the categories in the order of *names* (every category, once)."""
        self.category_list.reorder(names)

    def remove_category(self, name: str, move_to: str | None = None) -> None:
        """Remove a category; its articles move to *move_to* (or to no category)."""
        self.category_list.remove(name, move_to)

    # ------------------------------------------------------------ photos

    def add_photo(self, photo: ProcessedPhoto) -> int:
        """Store a processed photo and its renditions; the same picture is kept once."""
        return self.photos.add(photo)

    def photo(self, photo_id: int) -> Photo:
        """Return a photo's metadata."""
        return self.photos.get(photo_id)

    def photo_rendition(self, photo_id: int, rendition: str) -> tuple[bytes, str, int, int]:
        """Return bytes, MIME type, width and height of one rendition of a photo."""
        return self.photos.rendition(photo_id, rendition)

    # ------------------------------------------------------------ articles

    def save_article(self, article: Article) -> SaveResult:
        """Save *article* as its current state and keep a revision of it.

        Saving content identical to the current revision makes no new
        revision. A new article is always a draft, whatever status *article*
        says, and an existing one keeps the status the store has for it: only
        the workflow's moves change a status. Changing an approved or
        published article turns it back into a draft and voids its approval.
        """
        normalise(article)
        with self.transaction():
            digest = content_hash(article, self.photos.hashes(article))
            code = version_code(digest)
            status = Status.DRAFT  # a new article; an existing one keeps its own below
            now = current_time()
            row = self._article_columns(article)
            voided = False
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
                current = self.db.execute(
                    "SELECT a.status, r.content_hash, r.id FROM articles a"
                    " LEFT JOIN revisions r ON r.id = a.current_revision_id WHERE a.id = ?",
                    [article_id],
                ).fetchone()
                if current is None:
                    raise NotFoundError(f"there is no article with id {article_id}")
                old_status, old_hash, old_revision = Status(current[0]), current[1], current[2]
                # Status changes only through the workflow; an editor's copy may be stale.
                status = old_status
                if old_hash == digest:
                    article.status = status
                    return SaveResult(article_id, old_revision, code, new_revision=False)
                if old_hash != digest and old_status in (Status.APPROVED, Status.PUBLISHED):
                    status = Status.DRAFT
                    voided = True
                    self.db.execute(
                        "UPDATE approvals SET voided = 1 WHERE article_id = ? AND voided = 0",
                        [article_id],
                    )
                self.db.execute(
                    "UPDATE articles SET title=?, category_id=?, published_at=?, lead=?, author=?,"
                    " author_unit=?, source=?, tags=?, body=?, status=?, updated_at=? WHERE id=?",
                    [*row, status.value, now, article_id],
                )
            number = self._one(
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
            self._index(article_id, article)
            article.id = article_id
            article.status = status
            return SaveResult(article_id, revision_id, code, True, voided)

    def _article_columns(self, article: Article) -> list[Any]:
        return [
            nfc(article.title),
            self.ensure_category(article.category),
            format_datetime(article.published_at) if article.published_at else None,
            nfc(article.lead),
            nfc(article.author),
            nfc(article.author_unit),
            nfc(article.source),
            json.dumps([nfc(tag) for tag in article.tags], ensure_ascii=False),
            body_to_storage(article.body),
        ]

    def _index(self, article_id: int, article: Article) -> None:
        self.db.execute("DELETE FROM article_search WHERE rowid = ?", [article_id])
        columns = search_row(article)
        self.db.execute(
            f"INSERT INTO article_search (rowid, {', '.join(columns)})"
            f" VALUES (?, {', '.join('?' * len(columns))})",
            [article_id, *columns.values()],
        )

    def import_article(
        self, article: Article, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Add an article whose figures point at image files; return its id.

        Photos are processed first (the slow part, outside any transaction);
        then photos and article are stored together, so a refused photo or a
        failed save stores nothing at all.
        """
        figures = article.figures()
        processed = []
        if figures:
            from deskeditor.photos import ingest_files  # Pillow loads only when needed

            sources = []
            for number, figure in enumerate(figures, 1):
                if figure.source is None:
                    raise StoreError(f"photo {number} has no image file")
                sources.append(figure.source)
            processed = ingest_files(sources, progress=progress)
        with self.transaction():
            ids: dict[int, int] = {}  # the same processed photo is stored once
            for figure, photo in zip(figures, processed, strict=True):
                if id(photo) not in ids:
                    ids[id(photo)] = self.add_photo(photo)
                figure.photo_id = ids[id(photo)]
            article.id = None
            return self.save_article(article).article_id

    def get_article(self, article_id: int) -> Article:
        """Return the current state of an article."""
        row = self.db.execute(
            "SELECT a.id, a.title, coalesce(c.name, ''), a.published_at, a.lead, a.author,"
            " a.author_unit, a.source, a.tags, a.body, a.status FROM articles a"
            " LEFT JOIN categories c ON c.id = a.category_id WHERE a.id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no article with id {article_id}")
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

    def delete_article(self, article_id: int) -> None:
        """Remove an article with its revisions and approvals."""
        with self.transaction():
            self.db.execute("DELETE FROM article_search WHERE rowid = ?", [article_id])
            if self.db.execute("DELETE FROM articles WHERE id = ?", [article_id]).rowcount == 0:
                raise NotFoundError(f"there is no article with id {article_id}")

    def count_articles(self, status: Status | None = None, category: str | None = None) -> int:
        """Return how many articles the store holds (with this status and category, if given)."""
        where, params = self._filters(status, category)
        return int(
            self._one(
                f"SELECT count(*) FROM articles a LEFT JOIN categories c ON c.id = a.category_id {where}",
                params,
            )
        )

    @staticmethod
    def _summary(row: tuple[Any, ...]) -> ArticleSummary:
        return ArticleSummary(row[0], Status(row[1]), parse_dt(row[2]), row[3], row[4], row[5])

    def list_articles(
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
            sql += " LIMIT ? OFFSET ?"  # the listing index yields the newest rows first: no full read
            params += [limit, offset]
        return [self._summary(row) for row in self.db.execute(sql, params)]

    @staticmethod
    def _filters(status: Status | None, category: str | None) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if status is not None:
            clauses.append("a.status = ?")
            params.append(status.value)
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
        """Return the articles matching *query*, best match first (tone-insensitive)."""
        expression = match_expression(query)
        if expression is None:
            return self.list_articles(status, category, limit)
        where, params = self._filters(status, category)
        rows = ranked_rows(self.db, _SUMMARY_SQL, expression, where, params, limit)
        return [self._summary(row) for row in rows]

    # ------------------------------------------------------------ revisions

    def revisions(self, article_id: int) -> list[Revision]:
        """Return an article's revisions, oldest first."""
        rows = self.db.execute(
            "SELECT id, article_id, number, created_at, version_code, status FROM revisions"
            " WHERE article_id = ? ORDER BY number",
            [article_id],
        )
        return [Revision(r[0], r[1], r[2], r[3], r[4], Status(r[5])) for r in rows]

    def revision_article(self, revision_id: int) -> Article:
        """Return the article as it was saved in one revision."""
        row = self.db.execute(
            "SELECT article_id, content, status FROM revisions WHERE id = ?", [revision_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no revision with id {revision_id}")
        return article_from_content(json.loads(row[1]), row[0], Status(row[2]))

    def restore_revision(self, revision_id: int) -> SaveResult:
        """Make an old revision the current state again, as a new revision."""
        article = self.revision_article(revision_id)
        article.status = self.get_article(article.id or 0).status
        return self.save_article(article)

    def find_revisions(self, code: str) -> list[Revision]:
        """Return the revisions whose version code is *code* (e.g. ``A3F9-12C7``)."""
        rows = self.db.execute(
            "SELECT id, article_id, number, created_at, version_code, status FROM revisions"
            " WHERE version_code = ? ORDER BY id",
            [code.strip().upper()],
        )
        return [Revision(r[0], r[1], r[2], r[3], r[4], Status(r[5])) for r in rows]

    def current_version_code(self, article_id: int) -> str:
        """Return the version code of an article's current revision."""
        code = self._one(
            "SELECT r.version_code FROM articles a JOIN revisions r"
            " ON r.id = a.current_revision_id WHERE a.id = ?",
            [article_id],
        )
        if code is None:
            raise NotFoundError(f"there is no article with id {article_id}")
        return str(code)

    def approvals(self, article_id: int) -> list[Approval]:
        """Return every approval record of an article, oldest first."""
        rows = self.db.execute(
            "SELECT article_id, revision_id, approver_name, approver_position, decision, comment,"
            " decided_at, voided, id FROM approvals WHERE article_id = ? ORDER BY id",
            [article_id],
        )
        return [
            Approval(
                r[0], r[1], r[2], r[3], Decision(r[4]), r[5], parse_dt(r[6]), bool(r[7]), r[8]
            )
            for r in rows
        ]

    # ------------------------------------------------------------ autosave

    def save_recovery(self, key: str, article: Article) -> None:
        """Keep *article* as unsaved work under *key* (replacing what was kept)."""
        self.recovery.save(key, article)

    def recoveries(self) -> list[Recovery]:
        """Return the unsaved work left by autosave, oldest first."""
        return self.recovery.all()

    def discard_recovery(self, key: str) -> None:
        """Forget the unsaved work kept under *key*."""
        self.recovery.discard(key)

    # ------------------------------------------------------------ link list and site profile

    def link_groups(self) -> list[LinkGroup]:
        """Return every link group with its links, in order (hidden ones included)."""
        return self.site.link_groups()

    def replace_link_groups(self, groups: list[LinkGroup]) -> None:
        """Store *groups* as the whole link list, in the given order."""
        self.site.replace_link_groups(groups)

    def site_profile(self) -> SiteProfile:
        """Return the department's details kept in the store."""
        return self.site.profile()

    def save_site_profile(self, profile: SiteProfile) -> None:
        """Store the department's details."""
        self.site.save_profile(profile)

    # ------------------------------------------------------------ maintenance

    def backup(self, dest: Path | str) -> Path:
        """Write a consistent, checked copy of the store to *dest* (a file, or a folder to name it in).

        The copy is made under a temporary name and renamed when complete, so
        *dest* is never a half-written file; a damaged store gets no copy
        (:class:`StoreDamagedError`).
        """
        return self.maintenance.backup(dest)

    def check(self) -> list[str]:
        """Return a list of problems found in the store; empty when it is sound."""
        return self.maintenance.check()
