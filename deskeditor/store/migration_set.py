"""The store's numbered migrations, registered without loading sqlite-utils.

sqlite-utils' ``Migrations`` runs them, but importing it imports all of
sqlite-utils (click, dateutil, pluggy...): a third of the window's start-up
on a bare window. Opening a store that has every migration needs only their
names and the names recorded in ``_sqlite_migrations``, which plain SQL reads;
sqlite-utils is loaded when a migration is actually applied.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MigrationFunction = Callable[["Database"], None]


@dataclass(frozen=True)
class _Registered:
    name: str
    function: MigrationFunction
    transactional: bool


class MigrationSet:
    """Migrations registered with ``@migrations(name=...)``, run by sqlite-utils when needed."""

    # Where sqlite-utils records what it applied (``Migrations.migrations_table``).
    TABLE = "_sqlite_migrations"

    def __init__(self, name: str) -> None:
        self.name = name
        self._registered: list[_Registered] = []
        self._runner: Migrations | None = None

    def __call__(
        self, *, name: str, transactional: bool = True
    ) -> Callable[[MigrationFunction], MigrationFunction]:
        """Register the decorated function as the migration *name*, after those before it."""

        def register(function: MigrationFunction) -> MigrationFunction:
            if self._runner is not None:
                raise RuntimeError(f"migration {name} registered after the set was first run")
            if name in self.names():
                raise ValueError(f"migration {name} is registered twice")
            self._registered.append(_Registered(name, function, transactional))
            return function

        return register

    def names(self) -> list[str]:
        """Return the names of the registered migrations, in order."""
        return [migration.name for migration in self._registered]

    def applied_names(self, conn: sqlite3.Connection) -> list[str]:
        """Return the migrations of this set recorded in the database, in the order applied."""
        exists = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [self.TABLE]
        ).fetchone()
        if exists is None:
            return []
        rows = conn.execute(
            f"SELECT name FROM [{self.TABLE}] WHERE migration_set = ? ORDER BY rowid", [self.name]
        )
        return [row[0] for row in rows]

    def apply(self, db: Database) -> None:
        """Apply the migrations *db* does not have yet, each in its own transaction."""
        self._sqlite_utils().apply(db)

    def _sqlite_utils(self) -> Migrations:
        if self._runner is None:
            from sqlite_utils.migrations import Migrations

            runner = Migrations(self.name)
            for migration in self._registered:
                runner(name=migration.name, transactional=migration.transactional)(
                    migration.function
                )
            self._runner = runner
        return self._runner
