"""What every repository of the store shares: the open database and its transactions.

A repository holds one kind of record (categories, photos, …) and reaches
the file through the :class:`~deskeditor.store.store.Store` that owns it, so
that a store reopened or opened read-only is seen by all of them at once.
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from sqlite_utils import Database


class Owner(Protocol):
    """The part of the store a repository uses."""

    path: Path
    read_only: bool
    db: Database

    def transaction(self) -> AbstractContextManager[Database]: ...

    def changed_while_open(self) -> bool: ...


class Repository:
    """A set of records kept in the store's tables."""

    def __init__(self, owner: Owner) -> None:
        self._owner = owner

    @property
    def db(self) -> Database:
        """The open database of the owning store."""
        return self._owner.db

    def transaction(self) -> AbstractContextManager[Database]:
        """The owning store's transaction (read-only stores refuse it)."""
        return self._owner.transaction()

    def one(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        """Return the first column of the first row, or None."""
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None


def now() -> str:
    """The local time to the second, as the store writes it."""
    return dt.datetime.now().isoformat(timespec="seconds")


def parse_dt(value: str | None) -> dt.datetime | None:
    """Read a time the store wrote (None stays None)."""
    return dt.datetime.fromisoformat(value) if value else None
