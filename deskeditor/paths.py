"""Where the store lives when no ``--db`` is given, and moving it out of the roaming profile.

On Windows the data folder is ``%LOCALAPPDATA%\\deskeditor``: a roaming profile
would copy a store of a gigabyte at every sign-in, and with folder redirection
``%APPDATA%`` is a network share, where SQLite's locking is not to be trusted.
Versions before 0.2 kept it in ``%APPDATA%\\deskeditor``; a store found only
there is moved on first use (:func:`locate_default_store`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_FOLDER = "deskeditor"
DB_FILE_NAME = "deskeditor.db"


def user_data_dir() -> Path:
    """Return the per-user data folder (``%LOCALAPPDATA%\\deskeditor`` on Windows).

    On Linux ``$XDG_DATA_HOME/deskeditor``, on macOS ``~/Library/Application Support``.
    """
    return Path(platformdirs.user_data_dir(APP_FOLDER, appauthor=False, roaming=False))


def legacy_data_dirs() -> list[Path]:
    """Return the folders earlier versions kept the store in (Windows: the roaming one)."""
    if sys.platform != "win32":
        return []
    return [Path(platformdirs.user_data_dir(APP_FOLDER, appauthor=False, roaming=True))]


def default_db_path() -> Path:
    """Return the store path: ``DESKEDITOR_DB`` if set, else the user data folder."""
    override = os.environ.get("DESKEDITOR_DB")
    if override:
        return Path(override)
    return user_data_dir() / DB_FILE_NAME


@dataclass(frozen=True)
class StoreMove:
    """A store found in an old folder: moved to *new*, or left in *old* because of *reason*."""

    old: Path
    new: Path
    reason: str | None = None

    @property
    def moved(self) -> bool:
        return self.reason is None

    def __str__(self) -> str:
        if self.moved:
            return f"moved the store from {self.old} to {self.new} (not the roaming profile)"
        return f"the store stays in {self.old} this time: {self.reason}"


def locate_default_store(
    data_dir: Path | None = None, old_dirs: list[Path] | None = None
) -> tuple[Path, StoreMove | None]:
    """Return the default store path, first moving a store found only in an old folder.

    Returns the path to use and what happened to an old store (``None``: nothing
    to do). When the move cannot be made (the store is open in another copy of the
    program, a file is locked) the old store is used where it is, this time.
    """
    override = os.environ.get("DESKEDITOR_DB")
    if override:
        return Path(override), None
    folder = data_dir if data_dir is not None else user_data_dir()
    target = folder / DB_FILE_NAME
    if target.exists():
        return target, None
    for old_folder in old_dirs if old_dirs is not None else legacy_data_dirs():
        old = old_folder / DB_FILE_NAME
        if old.is_file() and old_folder != folder:
            move = move_data_folder(old_folder, folder)
            return (target if move.moved else old), move
    return target, None


def move_data_folder(old: Path, new: Path) -> StoreMove:
    """Move the store, its backups and logs from folder *old* into folder *new*.

    The store's lock is held meanwhile, so a copy of the program still running on
    the old store stops the move instead of losing its writes. A move that fails
    half-way is put back.
    """
    from deskeditor.errors import DeskEditorError, os_reason
    from deskeditor.store.lock import acquire, lock_path

    old_store = old / DB_FILE_NAME
    record = StoreMove(old_store, new / DB_FILE_NAME)
    try:
        lock = acquire(old_store)
    except DeskEditorError as exc:  # in use by another copy, or the lock cannot be made
        return StoreMove(record.old, record.new, exc.message)
    moved: list[tuple[Path, Path]] = []
    try:
        new.mkdir(parents=True, exist_ok=True)
        entries = sorted(old.iterdir(), key=lambda p: p.name != DB_FILE_NAME)  # the store first
        for entry in entries:
            if entry == lock_path(old_store) or (new / entry.name).exists():
                continue
            shutil.move(str(entry), str(new / entry.name))
            moved.append((entry, new / entry.name))
    except OSError as exc:
        for source, dest in reversed(moved):
            shutil.move(str(dest), str(source))
        return StoreMove(record.old, record.new, os_reason(exc))
    finally:
        lock.release()  # and removes the lock file
    with contextlib.suppress(OSError):
        old.rmdir()  # only when nothing else is left in it
    return record
