"""How a store file is opened: what it is, which version made it, and reading it without a trace.

A store is read without writing anything: not the file, not its mode, and
nothing beside it (no lock file, no ``-wal``/``-shm``). SQLite's ``mode=ro``
alone is not enough for that: on a store in WAL mode it creates both side
files and leaves them behind. When no other program has the store open (no
side file exists), a short read opens it ``immutable``: SQLite then takes no
locks and creates nothing. A program that starts writing during such a read
would go unnoticed by SQLite, so the caller compares :func:`signature` before
and after (see ``Store.changed_while_open``).

Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PureWindowsPath

from deskeditor.errors import (
    Message,
    NotAStoreError,
    StoreDamagedError,
    StoreError,
    StoreMissingError,
    StoreNeedsUpgradeError,
    StoreReadOnlyError,
    StoreTooNewError,
    os_reason,
)
from deskeditor.store.schema import known_migrations, migrations

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF).
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_NOTADB = 26
_SQLITE_READONLY_ROLLBACK = _SQLITE_READONLY | (3 << 8)  # a hot journal a reader cannot roll back


@dataclass(frozen=True)
class SchemaState:
    """Which migrations a store has: none at all (a new file), some missing, some unknown."""

    empty: bool
    pending: list[str]
    unknown: list[str]


def inspect(path: Path) -> int:
    """Return the size of the store file at *path*; raise if it cannot be a store at all."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise StoreMissingError(path) from None
    except OSError as exc:
        raise StoreError("store.cannot_read", path=path, reason=os_reason(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise StoreError("store.folder_not_store", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise NotAStoreError(path, Message("store.not_regular"))
    if info.st_size == 0:
        return 0
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError("store.cannot_read", path=path, reason=os_reason(exc)) from None
    if header != SQLITE_HEADER:
        raise NotAStoreError(path, Message("store.not_sqlite"))
    return info.st_size


def side_files(path: Path) -> list[Path]:
    """Return SQLite's files beside the store (``-wal``, ``-shm``, ``-journal``) that exist."""
    return [side for suffix in SIDE_SUFFIXES if (side := Path(f"{path}{suffix}")).exists()]


def signature(path: Path) -> tuple[int, int, int]:
    """Return what changes when any program writes the file: size, modification time, inode."""
    info = path.stat()
    return info.st_size, info.st_mtime_ns, info.st_ino


def file_identity(path: Path) -> tuple[int, int] | None:
    """Return what names the file itself, wherever it goes: its device and file number.

    None when nothing is at *path*, or when the file system gives no file numbers;
    also None on Windows, which lets no program move or delete a file SQLite has open
    (and where some network drives give numbers that are not stable).
    """
    if os.name == "nt":
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino) if info.st_ino else None


def sqlite_uri(path: PurePath, query: str) -> str:
    r"""Return the SQLite URI of the absolute *path* with *query* (e.g. ``mode=ro``).

    A Windows network path (``\\server\share\kho.db``, also what a mapped drive
    resolves to) would become ``file://server/share/...``, whose authority
    SQLite refuses; SQLite takes it as ``file:////server/share/...``.
    """
    if isinstance(path, PureWindowsPath):
        # The long-path forms (\\?\C:\..., \\?\UNC\server\share\...) that resolve()
        # may return for a deep folder are the same files without the prefix.
        text = str(path)
        if text.startswith("\\\\?\\UNC\\"):
            path = PureWindowsPath("\\\\" + text[8:])
        elif text.startswith("\\\\?\\"):
            path = PureWindowsPath(text[4:])
    uri = path.as_uri()
    if not uri.startswith("file:///"):
        uri = "file:////" + uri.removeprefix("file://")
    return f"{uri}?{query}"


def connect_read_only(path: Path, snapshot: bool) -> tuple[sqlite3.Connection, bool]:
    """Open *path* read-only; return the connection and whether it is an immutable snapshot.

    With *snapshot*, a store nobody else has open (no side files) is opened
    immutable, which creates nothing beside it. Otherwise SQLite's ordinary
    read-only mode shares the store safely with a program writing it.
    """
    # A file nobody may write (no other program will change it) is read the same way.
    immutable = (snapshot or not os.access(path, os.W_OK)) and not side_files(path)
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    try:
        conn = sqlite3.connect(sqlite_uri(path.resolve(), query), uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        raise StoreError("store.cannot_open", path=path, detail=str(exc)) from None
    return conn, immutable


def tidy_after_reading(path: Path) -> None:
    """Let SQLite remove the ``-wal``/``-shm`` that a closed read-only connection left.

    Reading a WAL store read-only (not immutable) makes SQLite create both
    side files, and only a connection that may write removes them, when it is
    the last one to close. So one is opened and closed here, writing nothing:
    with an empty ``-wal`` its checkpoint copies nothing into the store. While
    another program has the store open, SQLite leaves the files to it. A store
    with a ``-journal`` beside it is left alone (opening it would roll that back).
    """
    if Path(f"{path}-journal").exists() or not any(
        Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm")
    ):
        return
    if not os.access(path, os.W_OK):
        return
    try:
        conn = sqlite3.connect(sqlite_uri(path.resolve(), "mode=rw"), uri=True, timeout=0.5)
    except sqlite3.Error:
        return
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        pass
    finally:
        conn.close()


def checkpoint_moved(conn: sqlite3.Connection) -> None:
    """Copy what the ``-wal`` holds into a store file that was moved while open.

    SQLite does not checkpoint a moved file when it closes, and the ``-wal``
    keeps the old name: without this, the saves would stay behind in it.
    """
    with contextlib.suppress(sqlite3.Error):  # else left in the -wal, as SQLite would have
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def remove_orphan_side_files(path: Path) -> None:
    """Remove the emptied ``-wal``/``-shm`` a moved store left at its old path.

    Only while no file is there: a store put in its place would own them.
    """
    if path.exists():
        return
    wal = Path(f"{path}-wal")
    try:
        if wal.exists() and wal.stat().st_size:
            return  # not emptied: it holds saves, keep it
        wal.unlink(missing_ok=True)
        Path(f"{path}-shm").unlink(missing_ok=True)
    except OSError:
        pass


def prepare(conn: sqlite3.Connection) -> None:
    """Set what sqlite-utils' ``Database`` sets on a connection, so both see the same store."""
    conn.execute("PRAGMA recursive_triggers = ON")


def schema_state(conn: sqlite3.Connection, path: Path) -> SchemaState:
    """Tell which of this version's migrations the store has, and which it has from a newer one."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone() is None:
        return SchemaState(True, known_migrations(), [])
    applied = migrations.applied_names(conn)
    if not applied:
        raise NotAStoreError(path, Message("store.other_tables"))
    known = known_migrations()
    return SchemaState(
        empty=False,
        pending=[name for name in known if name not in applied],
        unknown=[name for name in applied if name not in known],
    )


def sqlite_problems(conn: sqlite3.Connection) -> list[str]:
    """Return what SQLite's integrity check finds wrong with the file (empty when it is sound).

    The full check, not the quick one: a damaged index (a row missing from
    it) passes the quick check, and writing through it breaks the store
    further. It reads the whole file: about 0.1 s for 300 MB of photos, 1 s
    for a 1 GB store of 50,000 articles (the quick check is not much faster).
    """
    return [row[0] for row in conn.execute("PRAGMA integrity_check(20)") if row[0] != "ok"]


def refuse_unwritable(path: Path) -> None:
    """Raise :class:`StoreReadOnlyError` when the file or its folder cannot be written."""
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreReadOnlyError(path, Message("store.file_read_only"))
    folder = path.parent
    if not os.access(folder, os.W_OK):
        raise StoreReadOnlyError(path, Message("store.folder_read_only", folder=folder))


def translate(exc: sqlite3.Error, path: Path, pending: list[str] | None = None) -> Exception:
    """Return the named error for an SQLite error met while using the store at *path*.

    Damage and read-only refusals get their own errors; "no such table" in a
    store that still needs migrations means it must be upgraded first. Any
    other error is returned as it was (a bug, not the user's file).
    """
    extended = getattr(exc, "sqlite_errorcode", 0) or 0
    code = extended & 0xFF
    message = str(exc)
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in message:
        return StoreDamagedError(path, Message("store.sqlite_says", detail=message))
    if extended == _SQLITE_READONLY_ROLLBACK:
        return StoreError("store.hot_journal", path=path, journal=f"{path.name}-journal")
    if code == _SQLITE_READONLY:
        return StoreReadOnlyError(path)
    if code == _SQLITE_FULL:  # the transaction was rolled back: the store is as it was
        return StoreError("store.disk_full", path=path)
    if code == _SQLITE_IOERR:  # a drive pulled out, a network drive gone
        return StoreError("store.io_error", path=path, detail=message)
    if pending and message.startswith(("no such table", "no such column")):
        return StoreNeedsUpgradeError(path, pending)
    return exc


@dataclass
class Opened:
    """A store file opened by :func:`open_for_reading` or :func:`open_for_writing`."""

    conn: sqlite3.Connection
    state: SchemaState
    immutable: bool = False
    signature: tuple[int, int, int] | None = None
    warnings: list[str] = field(default_factory=list)


def open_for_reading(path: Path, snapshot: bool) -> Opened:
    """Open the store at *path* to read it; nothing is written, nothing is created.

    A store that still needs migrations is opened (what can be read is read,
    see :func:`translate`); one from a newer version is opened with a warning.
    """
    if inspect(path) == 0:
        raise NotAStoreError(path, Message("store.empty_file"))
    before = signature(path) if snapshot else None
    conn, immutable = connect_read_only(path, snapshot)
    try:
        prepare(conn)
        state = schema_state(conn, path)
        if state.empty:
            raise NotAStoreError(path, Message("store.no_tables"))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise translate(exc, path) from None
    except BaseException:
        conn.close()
        raise
    # A store read through SQLite's locks needs no watching; an immutable one does.
    opened = Opened(conn, state, immutable, before if immutable else None)
    if state.unknown:
        opened.warnings.append(
            Message("store.too_new_read_only", path=path, migrations=", ".join(state.unknown))
        )
    return opened


def open_for_writing(
    path: Path,
    create: bool,
    lock: Callable[[], None],
    verify: bool = True,
    before_migration: Callable[[Path], object] | None = None,
) -> Opened:
    """Open the store at *path* to change it: checked, *lock* taken, migrated.

    *before_migration* is called with the path (lock held, nothing written
    yet) when migrations are about to change an existing store: the store
    passes the backup that keeps a copy of the file as it was.

    A missing file becomes a new store when *create* allows. Nothing is
    written to a store SQLite finds malformed, to one a newer version changed,
    or to a file or folder that cannot be written: each is refused by name.
    The integrity check reads the whole file (about 1 s for a 1 GB store of
    50,000 articles); without *verify* it is skipped, and only the damage
    SQLite meets while working is refused.
    """
    if path.exists() or not create:
        inspect(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                "store.cannot_make_folder", folder=path.parent, reason=os_reason(exc)
            ) from None
    refuse_unwritable(path)
    lock()
    conn = sqlite3.connect(str(path), timeout=5.0)
    try:
        prepare(conn)
        # Nothing is written before these checks pass.
        damage = sqlite_problems(conn) if verify else []
        if damage:
            raise StoreDamagedError(path, Message("store.check_reports", problem=damage[0]))
        # Every page read is checked for sane cell sizes, so more damage is met before it spreads.
        conn.execute("PRAGMA cell_size_check = ON")
        state = schema_state(conn, path)
        if state.unknown:
            raise StoreTooNewError(path, state.unknown)
        if state.pending and not state.empty and before_migration is not None:
            # A consistent copy first, since the migrations below will change the file.
            before_migration(path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit that has returned survives a power cut, not only a crash.
        conn.execute("PRAGMA synchronous = FULL")
        if state.pending:
            migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise translate(exc, path) from None
    except BaseException:
        conn.close()
        raise
    return Opened(conn, state)


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the migrations the store on *conn* lacks (this loads sqlite-utils, which runs them)."""
    from sqlite_utils import Database

    # No plugins: loading them scans every installed package's entry points, and the store uses none.
    migrations.apply(Database(conn, execute_plugins=False))
