"""Temporary copies that a killed backup or restore left behind, and their removal.

A copy is written under a temporary name beside its destination and
renamed when complete (see :mod:`deskeditor.backups`). A process killed in
the middle leaves that file (and SQLite's journal beside it); nothing else
would ever remove them, and each is as large as the store. The names carry
the writer's process id, so a later run can tell an abandoned copy from one
still being written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
import sys
from pathlib import Path

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
