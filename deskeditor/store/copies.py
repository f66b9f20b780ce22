"""Consistent copies of a store file: the store's own part of backups (no Qt).

A copy is written under a temporary name with SQLite's online backup API,
checked, then renamed into place, so a half-written file never carries a
backup's name. The store uses this for ``Store.backup`` and for the copy it
makes before a migration; :mod:`deskeditor.backups` builds rotation, listing
and restore on top of it. Nothing here imports :mod:`deskeditor.backups`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

from deskeditor.errors import DeskEditorError, Message, StoreDamagedError, StoreError, os_reason
from deskeditor.safeio import new_temp_file, replace_file, sync_file
from deskeditor.store import integrity, opening
from deskeditor.store.opening import connect_read_only, sqlite_uri
from deskeditor.tempcopies import BACKUP_TEMP, clean_stale_temps

BACKUP_FOLDER = "backups"
DAILY_PREFIX = "deskeditor-"
MIGRATION_PREFIX = "truoc-nang-cap-"
RESTORE_PREFIX = "truoc-khoi-phuc-"
MANUAL_PREFIX = "thu-cong-"
DAMAGED_PREFIX = "hong-"
STAMP = "%Y%m%d-%H%M%S"


class BackupError(DeskEditorError):
    """A backup cannot be made, read or restored."""


def default_folder(store_path: Path | str) -> Path:
    """Return the default backup folder: ``backups`` beside the store file."""
    return Path(store_path).parent / BACKUP_FOLDER


def backup_name(when: dt.datetime, prefix: str = DAILY_PREFIX) -> str:
    """Return the file name of a backup made at *when*."""
    return f"{prefix}{when:{STAMP}}.db"


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            "backup.cannot_make_folder", folder=folder, reason=os_reason(exc)
        ) from None
    if not folder.is_dir():
        raise BackupError("backup.not_a_folder", folder=folder)


def free_name(folder: Path, name: str) -> Path:
    """Return folder/name, or folder/name with -2, -3... if that exists."""
    path = folder / name
    number = 2
    while path.exists():
        path = folder / f"{Path(name).stem}-{number}.db"
        number += 1
    return path


def stage_copy(
    source: sqlite3.Connection, folder: Path, prefix: str = BACKUP_TEMP, mode: int | None = None
) -> Path:
    """Write a consistent copy of an open database to a temporary file in *folder*.

    The temporary name carries this process's id, so that a later run can
    tell a copy abandoned by a killed process from one still being written
    (:func:`clean_stale_temps`). *mode* is given to the copy (by default the
    mode a new file gets), since the temporary file is private to its owner.
    """
    clean_stale_temps(folder)
    try:
        temp = new_temp_file(folder, f"{prefix}{os.getpid()}-")
    except OSError as exc:
        raise BackupError("write.cannot_write_in", folder=folder, reason=os_reason(exc)) from None
    try:
        target = sqlite3.connect(temp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        sync_file(temp, mode)
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        reason = (
            os_reason(exc) if isinstance(exc, OSError) else Message("store.sqlite_says", detail=exc)
        )
        raise BackupError("backup.copy_into_failed", folder=folder, reason=reason) from None
    return temp


def file_mode(path: Path) -> int | None:
    """Return the permission bits of *path*, or None if it cannot be told."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def _copy_problems(copy: Path) -> list[str]:
    """Return what the store's health check finds in a staged copy (empty when sound)."""

    try:
        conn = sqlite3.connect(sqlite_uri(copy.resolve(), "mode=ro&immutable=1"), uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        return integrity.problems(conn)
    finally:
        conn.close()


def copy_database(
    source: sqlite3.Connection,
    dest: Path,
    *,
    store_path: Path | None = None,
    verify: bool = True,
    mode: int | None = None,
) -> Path:
    """Write a consistent copy of an open database to *dest*, renamed into place when complete.

    With *verify*, the copy is health-checked first (as ``deskeditor check``
    does, all but the revisions' content hashes) and a copy of a damaged store is not kept at all: under a backup's
    name it would pass for a good one and push good ones out of rotation.
    """
    temp = stage_copy(source, dest.parent, mode=mode)
    if verify:
        problems = _copy_problems(temp)
        if problems:
            temp.unlink(missing_ok=True)
            more = f"; {len(problems)} problems in all" if len(problems) > 1 else ""
            raise StoreDamagedError(
                store_path or Message("backup.being_copied"),
                Message("backup.source_damaged", problem=problems[0], more=more),
            )
    try:
        replace_file(temp, dest)
    except OSError as exc:
        raise BackupError("backup.copy_to_failed", dest=dest, reason=os_reason(exc)) from None
    return dest


def backup_to(
    source: sqlite3.Connection, store_path: Path, dest: Path | str, *, overwrite: bool = False
) -> Path:
    """Copy the open store at *store_path* to *dest*, a file or a folder (then named like a daily backup).

    *dest* written with a separator at the end (``D:\\SaoLuu\\``) must be a
    folder. The store itself (or its journal) is never a destination, and an
    existing file is replaced only with *overwrite*.
    """
    meant_folder = str(dest).endswith(("/", "\\"))
    dest = Path(dest)
    if dest.is_dir():
        dest = free_name(dest, backup_name(dt.datetime.now()))
    elif meant_folder:
        raise BackupError("write.no_folder", folder=dest)
    if not dest.parent.is_dir():
        raise BackupError("write.no_folder", folder=dest.parent)
    if is_store_file(dest, store_path):
        raise BackupError("backup.onto_store", path=dest)
    if (dest.exists() or dest.is_symlink()) and not overwrite:
        raise BackupError("backup.exists", path=dest)
    return copy_database(source, dest, store_path=store_path, mode=file_mode(store_path))


def is_store_file(path: Path, store_path: Path) -> bool:
    """Tell whether *path* is the store file at *store_path* or one of SQLite's files beside it."""
    for own in (store_path, *(Path(f"{store_path}{s}") for s in opening.SIDE_SUFFIXES)):
        if os.path.normcase(os.path.abspath(path)) == os.path.normcase(os.path.abspath(own)):
            return True
        with contextlib.suppress(OSError):  # either missing: not the same file
            if os.path.samefile(path, own):
                return True
    return False


def read_only_connection(path: Path) -> sqlite3.Connection:
    """Open a file to read it; one nobody has open is read without creating anything beside it."""

    try:
        return connect_read_only(path, snapshot=True)[0]
    except StoreError as exc:
        raise sqlite3.OperationalError(str(exc)) from None


def backup_before_migration(
    store_path: Path | str, folder: Path | str | None = None, now: dt.datetime | None = None
) -> Path | None:
    """Copy the store before migrations change it; return the copy, or None if none is needed.

    Nothing is copied for a new or empty file, for a file that is not a store
    (opening it will say so), or when no migration is pending. Call it with
    the store file not yet opened for writing (and the store lock held).
    """

    store_path = Path(store_path)
    if str(store_path) == ":memory:" or not store_path.is_file():
        return None
    if store_path.stat().st_size == 0:
        return None
    try:
        conn = read_only_connection(store_path)
    except sqlite3.Error:
        return None
    try:
        try:
            state = opening.schema_state(conn, store_path)
            if state.empty or not state.pending:
                return None
        except (sqlite3.Error, StoreError):
            return None  # not a store, or damaged: Store() reports that
        now = now or dt.datetime.now()
        target = Path(folder) if folder is not None else default_folder(store_path)
        make_folder(target)
        # Opening for writing has just passed SQLite's integrity check.
        dest = free_name(target, backup_name(now, MIGRATION_PREFIX))
        return copy_database(conn, dest, verify=False, mode=file_mode(store_path))
    finally:
        conn.close()
