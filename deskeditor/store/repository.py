"""What every repository of the store shares: the open database and its transactions.

A repository holds one kind of record (categories, photos, …) and reaches
the file through the :class:`~deskeditor.store.store.Store` that owns it, so
that a store reopened or opened read-only is seen by all of them at once.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlite_utils import Database


class Owner(Protocol):
    """The part of the store a repository uses."""

    path: Path
    read_only: bool
    conn: sqlite3.Connection

    @property
    def db(self) -> Database: ...

    def transaction(self) -> AbstractContextManager[Database]: ...

    def changed_while_open(self) -> bool: ...


class Repository:
    """A set of records kept in the store's tables.

    Reads go through :meth:`query`, on the store's own SQLite connection;
    writes go through :attr:`db` in a :meth:`transaction`. Opening the store
    and showing its list so never load sqlite-utils (a third of the window's
    start-up); the first write does.
    """

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @property
    def db(self) -> Database:
        """The owning store's database, through sqlite-utils: for writes, in a transaction."""
        return self._owner.db

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> sqlite3.Cursor:
        """Run a read (SELECT or PRAGMA) on the owning store's connection."""
        return self._owner.conn.execute(sql, params)

    def transaction(self) -> AbstractContextManager[Database]:
        """The owning store's transaction (read-only stores refuse it)."""
        return self._owner.transaction()

    def one(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        """Return the first column of the first row, or None."""
        row = self.query(sql, params).fetchone()
        return row[0] if row else None


def now() -> str:
    """The local time to the second, as the store writes it."""
    return dt.datetime.now().isoformat(timespec="seconds")


def parse_dt(value: str | None) -> dt.datetime | None:
    """Read a time the store wrote (None stays None)."""
    return dt.datetime.fromisoformat(value) if value else None
