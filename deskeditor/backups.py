"""Automatic backups of the store, their rotation, listing and restore (no Qt).

Backups are consistent copies made with SQLite's online backup API, kept in a
folder next to the store (``<store folder>/backups/`` unless the user chose
another) and named by date and time:

- ``deskeditor-20250714-083000.db``: the daily copy made at start-up
  (:func:`auto_backup`), rotated by :func:`to_delete`;
- ``truoc-nang-cap-20250714-083000.db``: the copy made before a migration
  changes the store (:func:`backup_before_migration`);
- ``truoc-khoi-phuc-20250714-083000.db``: the store as it was before a restore
  replaced it (:func:`restore`);
- ``thu-cong-20250714-083000.db``: a copy the user asked for
  (:func:`manual_backup`, *Sao lưu ngay*);
- ``hong-20250714-083000.db``: the store a restore replaced, when it was
  damaged (kept byte for byte). No other copy of a damaged store is made.

Only the daily copies are rotated; the others are rare and are kept until the
user deletes them.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor import fileops
from deskeditor.errors import Message, StoreDamagedError, StoreError, os_reason
from deskeditor.safeio import new_temp_file, replace_file, sync_file

# The copy itself belongs to the store (Store.backup and the copy before a migration
# use it); the names stay importable from here for the callers of this module.
from deskeditor.store.copies import (  # noqa: F401  (BACKUP_FOLDER, backup_before_migration, backup_to)
    BACKUP_FOLDER,
    DAILY_PREFIX,
    DAMAGED_PREFIX,
    MANUAL_PREFIX,
    MIGRATION_PREFIX,
    RESTORE_PREFIX,
    STAMP,
    BackupError,
    backup_before_migration,
    backup_name,
    backup_to,
    copy_database,
    default_folder,
    file_mode,
    free_name,
    make_folder,
    read_only_connection,
    stage_copy,
)
from deskeditor.tempcopies import BACKUP_TEMP, RESTORE_TEMP, clean_stale_temps, temp_prefix

if TYPE_CHECKING:
    from deskeditor.store import Store

KEEP_DAILY = 7
KEEP_WEEKLY = 4
MIGRATION_SET = "deskeditor"
SQLITE_HEADER = b"SQLite format 3\x00"
_NAME = re.compile(r"^(?P<prefix>[a-z-]+?-)(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")
_KINDS = {
    DAILY_PREFIX: "daily",
    MIGRATION_PREFIX: "migration",
    RESTORE_PREFIX: "restore",
    MANUAL_PREFIX: "manual",
    DAMAGED_PREFIX: "damaged",
}
# Tables every deskeditor store has had since the first migration.
_STORE_TABLES = {"articles", "revisions", "photos", "photo_data", "_sqlite_migrations"}


@dataclass(frozen=True)
class BackupInfo:
    """One file in the backup folder, as the restore list shows it."""

    path: Path
    taken_at: dt.datetime
    size: int
    articles: int | None
    kind: str  # "daily", "migration", "restore", "manual", "damaged" or "other"
    problem: str = ""

    @property
    def damaged(self) -> bool:
        """Tell whether the file could not be read as a store."""
        return bool(self.problem)

    @property
    def date(self) -> dt.date:
        """The day the copy was made."""
        return self.taken_at.date()


# ------------------------------------------------------------------ names and rotation


def parse_name(name: str) -> tuple[str, dt.datetime] | None:
    """Return ``(kind, time)`` of a backup file name, or None if it is not one of ours."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        when = dt.datetime.strptime(match["stamp"], STAMP)
    except ValueError:
        return None
    return _KINDS.get(match["prefix"], "other"), when


def to_delete(backup_dates: Iterable[dt.date], today: dt.date) -> list[dt.date]:
    """Return the dates whose daily backups rotation removes, oldest first.

    Kept: the newest KEEP_DAILY dates that have a backup, then, for older
    dates, the newest date of each of the KEEP_WEEKLY newest ISO weeks that
    no kept daily copy already covers. The counts go by backups, not by the
    calendar, so a program left unused for a month still keeps its last
    copies. Dates after *today* (a clock that was wrong) are never deleted
    and count for nothing.
    """
    dates = sorted(set(backup_dates), reverse=True)
    past = [day for day in dates if day <= today]
    daily = past[:KEEP_DAILY]
    covered = {day.isocalendar()[:2] for day in daily}
    weekly: list[dt.date] = []
    for day in past[KEEP_DAILY:]:  # newest first, so the first of a week is its newest
        week = day.isocalendar()[:2]
        if week in covered:
            continue
        if len(weekly) == KEEP_WEEKLY:
            break
        covered.add(week)
        weekly.append(day)
    keep = set(daily) | set(weekly)
    return sorted(day for day in past if day not in keep)


def _daily_backups(folder: Path) -> dict[dt.date, list[Path]]:
    found: dict[dt.date, list[Path]] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        parsed = parse_name(path.name)
        if parsed is not None and parsed[0] == "daily" and path.is_file():
            found.setdefault(parsed[1].date(), []).append(path)
    return found


def rotate(folder: Path | str, today: dt.date) -> list[Path]:
    """Delete the daily backups in *folder* that rotation drops; return what was deleted."""
    folder = Path(folder)
    daily = _daily_backups(folder)
    deleted = []
    for day in to_delete(daily, today):
        for path in daily[day]:
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise BackupError(
                    "backup.cannot_delete", path=path, reason=os_reason(exc)
                ) from None
            deleted.append(path)
    return deleted


def copy_store(store_path: Path | str, dest: Path | str) -> Path:
    """Copy a store file consistently through a read-only connection; return the copy.

    For a store another copy of the program holds: a backup only reads, so
    ``deskeditor backup`` and a read-only window can still make one. The
    store file and its folder are left exactly as they were.
    *dest* may be a folder (the copy is then named like a daily backup).
    A damaged store gets no copy (:class:`StoreDamagedError`).
    """
    from deskeditor.store import Store

    store_path, dest = Path(store_path), Path(dest)
    if not store_path.is_file():
        raise BackupError("store.missing", path=store_path)
    if not dest.is_dir() and not dest.parent.is_dir():
        raise BackupError("write.no_folder", folder=dest.parent)
    with Store(store_path, snapshot=True) as store:
        return store.backup(dest)


def manual_backup(
    store_path: Path | str, folder: Path | str, now: dt.datetime | None = None
) -> Path:
    """Copy the store into *folder* at the user's request; return the copy.

    Named as a manual copy, so the list says so and the daily rotation leaves it.
    """
    folder = Path(folder)
    make_folder(folder)
    name = backup_name(now or dt.datetime.now(), MANUAL_PREFIX)
    return copy_store(store_path, free_name(folder, name))


def auto_backup(
    store: Store | Path | str, folder: Path | str | None = None, now: dt.datetime | None = None
) -> Path | None:
    """Make today's backup unless there is one; rotate; return the new copy (or None).

    Call it at start-up. *store* is an open :class:`Store` (its own connection
    makes the copy) or a store's path (a read-only connection of its own, so
    the call may run on a background thread). Returns None when today's copy
    already exists (the rotation still runs) or the store lives in memory.
    """
    path = Path(store) if isinstance(store, str | Path) else store.path
    if str(path) == ":memory:":
        return None
    now = now or dt.datetime.now()
    folder = Path(folder) if folder is not None else default_folder(path)
    make_folder(folder)
    clean_stale_temps(folder)  # even on a day that needs no copy
    made = None
    if now.date() not in _daily_backups(folder):
        dest = free_name(folder, backup_name(now))
        if isinstance(store, str | Path):
            made = copy_store(path, dest)
        else:
            try:
                made = store.backup(dest)
            except StoreError as exc:
                raise BackupError("backup.automatic_failed", error=exc) from None
    rotate(folder, now.date())
    return made


# ------------------------------------------------------------------ listing


def _describe_file(path: Path) -> tuple[int | None, str]:
    """Return (article count, problem) of a backup file read read-only."""
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as exc:
        return None, Message("backup.info_cannot_open", detail=str(exc))
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "articles" not in tables:
            return None, Message("backup.info_not_store")
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0]), ""
    except sqlite3.Error as exc:
        return None, Message("backup.info_damaged", detail=str(exc))
    finally:
        conn.close()


def list_backups(folder: Path | str) -> list[BackupInfo]:
    """Return the backups in *folder*, newest first; unreadable files are marked damaged."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.suffix.lower() != ".db" or not path.is_file() or path.name.startswith((".", "~")):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        parsed = parse_name(path.name)
        kind, when = parsed if parsed else ("other", dt.datetime.fromtimestamp(stat.st_mtime))
        if stat.st_size == 0:
            articles, problem = None, "the file is empty"
        else:
            articles, problem = _describe_file(path)
        if kind == "damaged" and not problem:
            problem = "kept from a damaged store"  # readable, but never to be restored as good
        found.append(
            BackupInfo(path, when.replace(microsecond=0), stat.st_size, articles, kind, problem)
        )
    found.sort(key=lambda info: (info.taken_at, info.path.name), reverse=True)
    return found


# ------------------------------------------------------------------ restore


def check_backup(backup_path: Path | str) -> int:
    """Check that *backup_path* is a sound deskeditor store; return its article count."""
    from deskeditor.store.schema import known_migrations

    path = Path(backup_path)
    if not path.exists():
        raise BackupError("backup.missing", path=path)
    if not path.is_file():
        raise BackupError("backup.not_a_file", path=path)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupError("backup.cannot_read", path=path, reason=os_reason(exc)) from None
    if not header:
        raise BackupError("backup.empty", path=path)
    if header != SQLITE_HEADER:
        raise BackupError("backup.not_sqlite", path=path)
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as exc:
        raise BackupError("backup.cannot_open", path=path, detail=str(exc)) from None
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise BackupError("backup.damaged", path=path, detail=result[0])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if not _STORE_TABLES.issubset(tables):
            raise BackupError("backup.not_store", path=path)
        applied = {
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
        known = set(known_migrations())
        if applied - known:
            raise BackupError("backup.too_new", path=path)
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error as exc:
        raise BackupError("backup.damaged", path=path, detail=str(exc)) from None
    finally:
        conn.close()


def _safety_copy(store_path: Path, folder: Path, now: dt.datetime) -> Path:
    """Copy the store about to be replaced; a damaged one is kept byte for byte under a damaged name."""
    dest = free_name(folder, backup_name(now, RESTORE_PREFIX))
    mode = file_mode(store_path)
    try:
        conn = read_only_connection(store_path)
    except sqlite3.Error:
        conn = None
    damaged = conn is None
    if conn is not None:
        try:
            return copy_database(conn, dest, store_path=store_path, mode=mode)
        except (StoreDamagedError, BackupError):
            # Damaged, or beyond SQLite's reading (a full disk would fail the byte copy
            # below as well): keep its bytes, named so that nobody takes them for a good copy.
            damaged = True
        finally:
            conn.close()
    if damaged:
        dest = free_name(folder, backup_name(now, DAMAGED_PREFIX))
    clean_stale_temps(folder)
    temp = None
    try:
        temp = new_temp_file(folder, temp_prefix(BACKUP_TEMP))
        with open(temp, "wb") as out, open(store_path, "rb") as source:
            shutil.copyfileobj(source, out, 1 << 20)
        sync_file(temp, mode)
        replace_file(temp, dest)
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise BackupError("backup.no_safety_copy", folder=folder, reason=os_reason(exc)) from None
    return dest


def restore(
    store_path: Path | str,
    backup_path: Path | str,
    folder: Path | str | None = None,
    now: dt.datetime | None = None,
) -> Path | None:
    """Put a backup in place of the store; return the copy kept of what it replaced.

    The backup is checked first (SQLite integrity check, a deskeditor store).
    The current store, if any, is copied to ``truoc-khoi-phuc-<time>.db`` in
    the backup folder; then the store file is replaced atomically. The caller
    must have closed the store: the store lock is taken here, so a store open
    in another copy of the program is refused. Returns None when there was no
    store to replace.
    """
    from deskeditor.store.lock import acquire

    store_path = Path(store_path)
    backup_path = Path(backup_path)
    check_backup(backup_path)
    if store_path.exists() and store_path.resolve() == backup_path.resolve():
        raise BackupError("backup.is_the_store", path=backup_path)
    if store_path.is_dir():
        raise BackupError("store.folder_not_store", path=store_path)
    if not store_path.parent.is_dir():
        raise BackupError("write.no_folder", folder=store_path.parent)
    now = now or dt.datetime.now()
    target_folder = Path(folder) if folder is not None else default_folder(store_path)
    with acquire(store_path):
        make_folder(target_folder)
        safety = _safety_copy(store_path, target_folder, now) if store_path.exists() else None
        _replace(store_path, backup_path)
    return safety


def _replace(store_path: Path, backup_path: Path) -> None:
    """Copy the backup beside the store, then rename it over the store."""
    folder = store_path.parent
    mode = file_mode(store_path) if store_path.exists() else None
    source = read_only_connection(backup_path)
    try:
        staged = stage_copy(
            source, folder, prefix=RESTORE_TEMP, mode=mode
        )  # the store keeps its mode
    finally:
        source.close()
    try:
        # A -wal left by a crash would be replayed into the restored file.
        for suffix in ("-wal", "-shm", "-journal"):
            fileops.remove(f"{store_path}{suffix}")
        replace_file(staged, store_path)
    except fileops.FileInUseError as exc:
        staged.unlink(missing_ok=True)
        raise BackupError("backup.in_use", error=exc) from None
    except OSError as exc:
        staged.unlink(missing_ok=True)
        raise BackupError("backup.cannot_replace", path=store_path, reason=os_reason(exc)) from None
