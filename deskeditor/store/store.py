"""The one store: a single SQLite file, written through sqlite-utils.

Every public method that writes does so in one transaction, so a failure in
the middle leaves the file as it was. Reads use the store's own SQLite
connection, and sqlite-utils is loaded at the first write: the window opens
a store and shows its list without it. Nothing here imports Qt.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor.errors import StoreError, StoreReadOnlyError
from deskeditor.model import (
    Approval,
    Article,
    ArticleSummary,
    LinkGroup,
    Photo,
    Revision,
    SiteProfile,
    Status,
)
from deskeditor.store import opening
from deskeditor.store.articles import Articles, SaveResult
from deskeditor.store.categories import Categories
from deskeditor.store.deleted import DeletedSignoffs, KeptSignoff
from deskeditor.store.lock import StoreLock, acquire, network_warning
from deskeditor.store.maintenance import Maintenance
from deskeditor.store.office_words import OfficeWords
from deskeditor.store.photos import Photos
from deskeditor.store.recovery import Recoveries, Recovery
from deskeditor.store.revisions import Revisions
from deskeditor.store.signoff import SignOff
from deskeditor.store.site import Site

if TYPE_CHECKING:
    from sqlite_utils import Database

    from deskeditor.photos import ProcessedPhoto


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
        self._db: Database | None = None
        self._identity: tuple[int, int] | None = None  # the file a writable store opened
        self.immutable = False
        self.category_list = Categories(self)
        self.photos = Photos(self)
        self.recovery = Recoveries(self)
        self.site = Site(self)
        self.maintenance = Maintenance(self)
        self.office_words = OfficeWords(self)
        self.revision_list = Revisions(self)
        self.sign_off = SignOff(self)  # what the workflow's moves write (store/workflow.py)
        self.deleted = DeletedSignoffs(self)  # signed revisions of deleted articles
        self.articles = Articles(
            self, self.category_list, self.photos, self.revision_list, self.sign_off, self.deleted
        )
        if str(path) == ":memory:":
            self.conn = sqlite3.connect(":memory:")
            opening.prepare(self.conn)
            self.conn.execute("PRAGMA foreign_keys = ON")
            opening.migrate(self.conn)
            return
        try:
            if self.read_only:
                opened = opening.open_for_reading(self.path, snapshot)
            else:
                opened = opening.open_for_writing(
                    self.path, create, self._take_lock, verify, _backup_before_migration
                )
            self.conn, self.immutable, self._signature = (
                opened.conn,
                opened.immutable,
                opened.signature,
            )
            if not self.read_only:
                self._identity = opening.file_identity(self.path)
            self.pending_migrations = opened.state.pending
            self.newer_migrations = opened.state.unknown
            self.warnings += opened.warnings
            warning = network_warning(self.path)
            if warning:
                self.warnings.append(warning)
        except BaseException:
            self.close()
            raise

    @property
    def db(self) -> Database:
        """The store's database through sqlite-utils, made on first use (it loads sqlite-utils).

        It shares :attr:`conn`, the store's one connection, and so its transactions.
        """
        if self._db is None:
            from sqlite_utils import Database

            # No plugins: loading them scans every installed package's entry points.
            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    def _take_lock(self) -> None:
        self.lock = acquire(self.path, wait=2.0)

    def moved_while_open(self) -> bool:
        """Tell whether the file opened for writing is no longer at its path (moved or deleted).

        SQLite keeps the ``-wal`` by the old name: saves made after a move would be
        lost with it, so :meth:`transaction` refuses them, and :meth:`close` puts
        what was saved before the move into the file itself.
        """
        return self._identity is not None and opening.file_identity(self.path) != self._identity

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

    @contextmanager
    def errors_in_words(self) -> Iterator[None]:
        """Turn an SQLite error raised in the block into this store's named error, if it has one."""
        try:
            yield
        except sqlite3.Error as exc:
            translated = self.translate_error(exc)
            if translated is exc:
                raise
            raise translated from None

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the file and let other programs open it."""
        try:
            conn: sqlite3.Connection | None = getattr(
                self, "conn", None
            )  # absent if opening failed
            if conn is not None:
                moved = self.moved_while_open()
                if moved:
                    opening.checkpoint_moved(conn)
                conn.close()
                if moved:
                    opening.remove_orphan_side_files(self.path)
                if self.read_only and not self.immutable:
                    opening.tidy_after_reading(self.path)  # no -wal/-shm left beside it
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
        if self.moved_while_open():
            raise StoreError("store.moved_while_open", path=self.path)
        with self.errors_in_words(), self.db.atomic() as db:
            yield db

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
        """Save *article* as its current state and keep a revision of it (see :meth:`Articles.save`).

        A new article is always a draft; only the workflow's moves change a status.
        """
        return self.articles.save(article)

    def import_article(
        self,
        article: Article,
        progress: Callable[[int, int], None] | None = None,
        photos: list[ProcessedPhoto] | None = None,
    ) -> int:
        """Add an article whose figures point at image files, with its photos; return its id.

        With *photos* (processed already, one for each figure) no file is read.
        """
        return self.articles.import_(article, progress, photos)

    def get_article(self, article_id: int) -> Article:
        """Return the current state of an article."""
        return self.articles.get(article_id)

    def delete_article(self, article_id: int) -> None:
        """Remove an article with its revisions and approvals."""
        self.articles.delete(article_id)

    def count_articles(self, status: Status | None = None, category: str | None = None) -> int:
        """Return how many articles the store holds (with this status and category, if given)."""
        return self.articles.count(status, category)

    def list_articles(
        self,
        status: Status | None = None,
        category: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleSummary]:
        """Return article summaries, newest first (*limit* from *offset*); bodies and images are not read."""
        return self.articles.summaries(status, category, limit, offset)

    def search(
        self,
        query: str,
        status: Status | None = None,
        category: str | None = None,
        limit: int = 500,
    ) -> list[ArticleSummary]:
        """Return the articles matching *query*, best match first (tone-insensitive)."""
        return self.articles.search(query, status, category, limit)

    # ------------------------------------------------------------ revisions

    def revisions(self, article_id: int) -> list[Revision]:
        """Return an article's revisions, oldest first."""
        return self.revision_list.of_article(article_id)

    def revision_article(self, revision_id: int) -> Article:
        """Return the article as it was saved in one revision."""
        return self.revision_list.article(revision_id)

    def restore_revision(self, revision_id: int) -> SaveResult:
        """Make an old revision the current state again, as a new revision."""
        return self.articles.restore(revision_id)

    def find_revisions(self, code: str) -> list[Revision]:
        """Return the revisions whose version code is *code* (e.g. ``A3F9-12C7``)."""
        return self.revision_list.find(code)

    def archived_signoffs(self, code: str) -> list[KeptSignoff]:
        """Return the signed revisions of deleted articles whose version code is *code*."""
        return self.deleted.find(code)

    def current_version_code(self, article_id: int) -> str:
        """Return the version code of an article's current revision."""
        return self.revision_list.current_code(article_id)

    def approvals(self, article_id: int) -> list[Approval]:
        """Return every approval record of an article, oldest first."""
        return self.sign_off.approvals(article_id)

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

    def backup(self, dest: Path | str, *, overwrite: bool = False) -> Path:
        """Write a consistent, checked copy of the store to *dest* (a file, or a folder to name it in).

        The copy is made under a temporary name and renamed when complete, so
        *dest* is never a half-written file; a damaged store gets no copy
        (:class:`StoreDamagedError`). An existing file is replaced only with
        *overwrite*; the store itself never is.
        """
        return self.maintenance.backup(dest, overwrite=overwrite)

    def check(self) -> list[str]:
        """Return a list of problems found in the store; empty when it is sound."""
        return self.maintenance.check()


def _backup_before_migration(path: Path) -> None:
    """Keep a copy of the store as it was before migrations change it (see copies.py)."""
    from deskeditor.store.copies import backup_before_migration

    backup_before_migration(path)
