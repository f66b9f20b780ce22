"""Temporary files that a killed backup, restore or export left behind, and their removal.

A copy is written under a temporary name beside its destination and
renamed when complete (see :mod:`deskeditor.backups`). A process killed in
the middle leaves that file (and SQLite's journal beside it); nothing else
would ever remove them, and each is as large as the store. The names carry
the writer's process id, so a later run can tell an abandoned copy from one
still being written.

An export stages its outputs the same way, beside its targets, as
``~<short name>-<process id>-<random>.tmp`` (a file, or a folder for the
HTML pages and the JSON's photos): :func:`clean_stale_staging` removes the
ones an export killed while writing left in a folder, before the next export
into it stages anything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import stat
import sys
from pathlib import Path

from deskeditor import fileops

# "~", not ".": Windows shows dot-names like any other file (the copies are also
# hidden there while they exist).
BACKUP_TEMP = "~backup-"
RESTORE_TEMP = "~restore-"
# A temporary copy is abandoned when its process is gone, or in any case after this long.
STALE_TEMP_AGE = dt.timedelta(hours=12)
_LEGACY_TEMP_AGE = dt.timedelta(hours=1)  # a name without a process id: left by an older version
# Our temporary copies: "~backup-<process id>-<random>.tmp" (older versions wrote
# ".backup-...", the oldest with no id). SQLite may leave its journal beside one.
_TEMP_NAME = re.compile(
    r"^[.~](?:backup|restore)-(?:(?P<pid>\d+)-)?[a-z0-9_]+\.tmp(?:-journal|-wal|-shm)?$"
)


def temp_prefix(kind: str) -> str:
    """Return the prefix of a temporary copy made by this process (*kind*: BACKUP_TEMP...)."""
    return f"{kind}{os.getpid()}-"


def _process_alive(pid: int) -> bool:
    """Tell whether a process with id *pid* is running (when unsure, say yes)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0 only asks (never call this on Windows: it would end the process)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_stale_temps(folder: Path | str, now: dt.datetime | None = None) -> list[Path]:
    """Delete the temporary copies a killed backup or restore left in *folder*; return them.

    Only our own names are touched (``~backup-…tmp``, ``~restore-…tmp`` and the
    ``.backup-``/``.restore-`` names of earlier versions), and
    only when the process that wrote one is gone, or when it is older than
    :data:`STALE_TEMP_AGE` (or carries no process id, as older versions wrote).
    """
    folder = Path(folder)
    now = now or dt.datetime.now()
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        match = _TEMP_NAME.match(path.name)
        if match is None:
            continue
        try:
            info = path.lstat()
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        old = now - dt.datetime.fromtimestamp(info.st_mtime) > STALE_TEMP_AGE
        pid = match["pid"]
        if pid is not None and not old and _process_alive(int(pid)):
            continue
        if pid is None and now - dt.datetime.fromtimestamp(info.st_mtime) <= _LEGACY_TEMP_AGE:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


# A staged export output: "~<at most 24 characters of the target's name>-<process id>-<random>.tmp"
# (safeio.StagedFiles; mkstemp's random part is 8 of [a-z0-9_]), and an earlier output moved
# aside while the new one goes in: the same with 8 hexadecimal digits and ".old".
_STAGING_NAME = re.compile(
    r"^(?P<prefix>~[^/\\]{0,24}-)(?P<pid>\d{1,10})-"
    r"(?:[a-z0-9_]{8}\.(?P<tmp>tmp)|[0-9a-f]{8}\.(?P<old>old))$"
)
# Exports write in seconds; the age also keeps a staging file that another PC is writing
# into a shared folder (whose process id means nothing here) out of reach, clock skew allowed.
STALE_STAGING_AGE = dt.timedelta(minutes=30)


def clean_stale_staging(folder: Path | str, now: dt.datetime | None = None) -> list[Path]:
    """Delete the staged outputs a killed export left in *folder*; return them.

    Only names of exactly our staging pattern are touched. A staged output
    (``.tmp``) goes when it is older than :data:`STALE_STAGING_AGE` and its
    process is gone (or older than :data:`STALE_TEMP_AGE` in any case): it is
    never the only copy of anything, the target it was meant to replace was
    left as it was. An earlier output moved aside (``.old``) goes only when its
    process is gone and its target is there again: killed in the instant
    between the two renames, it is the only copy, and stays.
    """
    folder = Path(folder)
    now = now or dt.datetime.now()
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    targets = {fileops.temp_prefix(e.name) for e in entries if not e.name.startswith("~")}
    for entry in entries:
        match = _STAGING_NAME.match(entry.name) if entry.name.startswith("~") else None
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
            continue
        alive = _process_alive(int(match["pid"]))
        if match["old"]:
            if alive or match["prefix"] not in targets:
                continue
        else:
            age = now - dt.datetime.fromtimestamp(info.st_mtime)
            if age <= STALE_STAGING_AGE or (alive and age <= STALE_TEMP_AGE):
                continue
        path = Path(entry.path)
        try:
            if stat.S_ISDIR(info.st_mode):
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed
