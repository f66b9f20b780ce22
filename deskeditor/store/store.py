"""The one store: a single SQLite file reached through sqlite-utils.

Every public method that writes does so in one transaction, so a failure in
the middle leaves the file as it was. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from deskeditor.errors import NotFoundError, StoreError, StoreReadOnlyError
from deskeditor.jsonio import article_to_dict, format_datetime
from deskeditor.model import (
    Approval,
    Article,
    ArticleSummary,
    Decision,
    Figure,
    Link,
    LinkGroup,
    Photo,
    Revision,
    SiteProfile,
    Status,
)
from deskeditor.store import integrity, opening
from deskeditor.store.codec import (
    body_from_storage,
    body_to_storage,
    content_hash,
    normalise,
    version_code,
)
from deskeditor.store.lock import StoreLock, acquire, network_warning
from deskeditor.store.schema import migrations
from deskeditor.store.search import match_expression, ranked_rows, search_row
from deskeditor.text import nfc

if TYPE_CHECKING:
    from deskeditor.photos import ProcessedPhoto

_SUMMARY_SQL = """
    SELECT a.id, a.status, a.published_at, a.title, coalesce(c.name, '') AS category, a.author
    FROM articles a LEFT JOIN categories c ON c.id = a.category_id
"""


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _parse_dt(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _article_from_content(data: dict[str, Any], article_id: int | None, status: Status) -> Article:
    return Article(
        id=article_id,
        title=data["title"],
        category=data["category"],
        published_at=_parse_dt(data["published_at"]),
        lead=data["lead"],
        author=data["author"],
        author_unit=data["author_unit"],
        source=data["source"],
        tags=data["tags"],
        body=body_from_storage(json.dumps(data["body"])),
        status=status,
    )


@dataclass(frozen=True)
class Recovery:
    """Unsaved work kept by autosave, offered back after a crash."""

    key: str
    saved_at: str
    article: Article


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
        if str(path) == ":memory:":
            self.db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
            self.db.execute("PRAGMA foreign_keys = ON")
            migrations.apply(self.db)
            return
        try:
            if self.read_only:
                opened = opening.open_for_reading(self.path, snapshot)
            else:
                opened = opening.open_for_writing(self.path, create, self._take_lock, verify)
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
        return [
            row[0] for row in self.db.execute("SELECT name FROM categories ORDER BY position, id")
        ]

    def ensure_category(self, name: str) -> int | None:
        """Return the id of category *name*, adding it at the end if new."""
        name = nfc(name).strip()
        if not name:
            return None
        found = self._one("SELECT id FROM categories WHERE name = ?", [name])
        if found is not None:
            return int(found)
        if self.read_only:
            raise StoreReadOnlyError(self.path)
        position = self._one("SELECT coalesce(max(position), -1) + 1 FROM categories")
        cursor = self.db.execute(
            "INSERT INTO categories (name, position) VALUES (?, ?)", [name, position]
        )
        return int(cursor.lastrowid or 0)

    def category_usage(self, name: str) -> int:
        """Return how many articles are in category *name*."""
        return int(
            self._one(
                "SELECT count(*) FROM articles a JOIN categories c ON c.id = a.category_id"
                " WHERE c.name = ?",
                [nfc(name)],
            )
        )

    def rename_category(self, old: str, new: str) -> None:
        """Rename a category; its articles follow it."""
        new = nfc(new).strip()
        if not new:
            raise StoreError("a category needs a name")
        with self.transaction():
            if nfc(old) != new and self._one("SELECT 1 FROM categories WHERE name = ?", [new]):
                raise StoreError(f"there is already a category named {new!r}")
            if self.db.execute("UPDATE categories SET name = ? WHERE name = ?", [new, nfc(old)]).rowcount == 0:
                raise NotFoundError(f"there is no category named {old!r}")

    def reorder_categories(self, names: list[str]) -> None:
        """Put the categories in the order of *names* (every category, once)."""
        names = [nfc(n) for n in names]
        if sorted(names) != sorted(self.categories()):
            raise StoreError("the new order must list every category exactly once")
        with self.transaction():
            for position, name in enumerate(names):
                self.db.execute("UPDATE categories SET position = ? WHERE name = ?", [position, name])

    def remove_category(self, name: str, move_to: str | None = None) -> None:
        """Remove a category; its articles move to *move_to* (or to no category)."""
        with self.transaction():
            old_id = self._one("SELECT id FROM categories WHERE name = ?", [nfc(name)])
            if old_id is None:
                raise NotFoundError(f"there is no category named {name!r}")
            new_id = None
            if move_to:
                new_id = self._one("SELECT id FROM categories WHERE name = ?", [nfc(move_to)])
                if new_id is None or new_id == old_id:
                    raise StoreError(f"cannot move the articles to {move_to!r}")
            self.db.execute("UPDATE articles SET category_id = ? WHERE category_id = ?", [new_id, old_id])
            self.db.execute("DELETE FROM categories WHERE id = ?", [old_id])

    # ------------------------------------------------------------ photos

    def add_photo(self, photo: ProcessedPhoto) -> int:
        """Store a processed photo and its renditions; the same picture is kept once."""
        with self.transaction():
            found = self._one("SELECT id FROM photos WHERE sha256 = ?", [photo.sha256])
            if found is not None:
                return int(found)
            cursor = self.db.execute(
                "INSERT INTO photos (original_name, sha256, width, height, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                [nfc(photo.original_name), photo.sha256, photo.width, photo.height, _now()],
            )
            photo_id = int(cursor.lastrowid or 0)
            for rendition in photo.renditions.values():
                self.db.execute(
                    "INSERT INTO photo_data (photo_id, rendition, mime, width, height, sha256, data)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        photo_id,
                        rendition.name,
                        rendition.mime,
                        rendition.width,
                        rendition.height,
                        hashlib.sha256(rendition.data).hexdigest(),
                        rendition.data,
                    ],
                )
            return photo_id

    def photo(self, photo_id: int) -> Photo:
        """Return a photo's metadata."""
        row = self.db.execute(
            "SELECT id, original_name, sha256, width, height, created_at FROM photos WHERE id = ?",
            [photo_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no photo with id {photo_id}")
        return Photo(*row)

    def photo_rendition(self, photo_id: int, rendition: str) -> tuple[bytes, str, int, int]:
        """Return bytes, MIME type, width and height of one rendition of a photo."""
        row = self.db.execute(
            "SELECT data, mime, width, height FROM photo_data WHERE photo_id = ? AND rendition = ?",
            [photo_id, rendition],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"photo {photo_id} has no {rendition} rendition")
        return bytes(row[0]), str(row[1]), int(row[2]), int(row[3])

    def _photo_hashes(self, article: Article) -> list[str]:
        hashes = []
        for index, block in enumerate(article.body):
            if not isinstance(block, Figure):
                continue
            digest = self._one("SELECT sha256 FROM photos WHERE id = ?", [block.photo_id])
            if digest is None:
                raise StoreError(f"body[{index}]: the photo is not in the store")
            hashes.append(str(digest))
        return hashes

    # ------------------------------------------------------------ articles

    def save_article(self, article: Article) -> SaveResult:
        """Save *article* as its current state and keep a revision of it.

        Saving content identical to the current revision makes no new
        revision. An existing article keeps the status the store has for it
        (only the workflow moves it); changing an approved or published one
        turns it back into a draft and voids its approval.
        """
        normalise(article)
        with self.transaction():
            digest = content_hash(article, self._photo_hashes(article))
            code = version_code(digest)
            status = article.status
            now = _now()
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
            content = self._revision_content(article, row[8])
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

    @staticmethod
    def _revision_content(article: Article, stored_body: str) -> str:
        data = article_to_dict(article)
        data["body"] = json.loads(stored_body)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

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
            published_at=_parse_dt(row[3]),
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
        return ArticleSummary(row[0], Status(row[1]), _parse_dt(row[2]), row[3], row[4], row[5])

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
        return _article_from_content(json.loads(row[1]), row[0], Status(row[2]))

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
                r[0], r[1], r[2], r[3], Decision(r[4]), r[5], _parse_dt(r[6]), bool(r[7]), r[8]
            )
            for r in rows
        ]

    # ------------------------------------------------------------ autosave

    def save_recovery(self, key: str, article: Article) -> None:
        """Keep *article* as unsaved work under *key* (replacing what was kept)."""
        normalise(article)
        content = self._revision_content(article, body_to_storage(article.body))
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO recovery (key, article_id, status, saved_at, content)"
                " VALUES (?, ?, ?, ?, ?)",
                [key, article.id, article.status.value, _now(), content],
            )

    def recoveries(self) -> list[Recovery]:
        """Return the unsaved work left by autosave, oldest first."""
        rows = self.db.execute(
            "SELECT key, article_id, status, saved_at, content FROM recovery ORDER BY saved_at"
        )
        return [
            Recovery(r[0], r[3], _article_from_content(json.loads(r[4]), r[1], Status(r[2])))
            for r in rows
        ]

    def discard_recovery(self, key: str) -> None:
        """Forget the unsaved work kept under *key*."""
        with self.transaction():
            self.db.execute("DELETE FROM recovery WHERE key = ?", [key])

    # ------------------------------------------------------------ link list

    def link_groups(self) -> list[LinkGroup]:
        """Return every link group with its links, in order (hidden ones included)."""
        groups = {
            row[0]: LinkGroup(row[1], [], bool(row[2]), row[0])
            for row in self.db.execute(
                "SELECT id, name, visible FROM link_groups ORDER BY position, id"
            )
        }
        for row in self.db.execute(
            "SELECT id, group_id, name, url, visible FROM links ORDER BY group_id, position, id"
        ):
            groups[row[1]].links.append(Link(row[2], row[3], bool(row[4]), row[0]))
        return list(groups.values())

    def replace_link_groups(self, groups: list[LinkGroup]) -> None:
        """Store *groups* as the whole link list, in the given order."""
        with self.transaction():
            self.db.execute("DELETE FROM links")
            self.db.execute("DELETE FROM link_groups")
            for position, group in enumerate(groups):
                cursor = self.db.execute(
                    "INSERT INTO link_groups (name, position, visible) VALUES (?, ?, ?)",
                    [nfc(group.name), position, int(group.visible)],
                )
                group.id = int(cursor.lastrowid or 0)
                for link_position, link in enumerate(group.links):
                    cursor = self.db.execute(
                        "INSERT INTO links (group_id, name, url, position, visible)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [group.id, nfc(link.name), link.url, link_position, int(link.visible)],
                    )
                    link.id = int(cursor.lastrowid or 0)

    # ------------------------------------------------------------ site profile

    def site_profile(self) -> SiteProfile:
        """Return the department's details kept in the store."""
        data = json.loads(self._one("SELECT data FROM site_profile WHERE id = 1") or "{}")
        known = {f.name for f in fields(SiteProfile)}
        return SiteProfile(**{k: v for k, v in data.items() if k in known})

    def save_site_profile(self, profile: SiteProfile) -> None:
        """Store the department's details."""
        data = {k: nfc(v) if isinstance(v, str) else v for k, v in asdict(profile).items()}
        with self.transaction():
            self.db.execute(
                "UPDATE site_profile SET data = ? WHERE id = 1",
                [json.dumps(data, ensure_ascii=False)],
            )

    # ------------------------------------------------------------ maintenance

    def backup(self, dest: Path | str) -> Path:
        """Write a consistent, checked copy of the store to *dest* (a file, or a folder to name it in).

        The copy is made under a temporary name and renamed when complete, so
        *dest* is never a half-written file; a damaged store gets no copy
        (:class:`StoreDamagedError`).
        """
        from deskeditor.backups import backup_to

        dest = Path(dest)
        if not dest.is_dir() and not dest.parent.is_dir():
            raise StoreError(f"the folder {dest.parent} does not exist")
        copy = backup_to(self.db.conn, self.path, dest)
        if self.changed_while_open():
            copy.unlink(missing_ok=True)
            raise StoreError(
                f"the store {self.path} was changed by another program while it was copied;"
                " try again"
            )
        return copy

    def check(self) -> list[str]:
        """Return a list of problems found in the store; empty when it is sound."""
        return integrity.problems(self.db)
