"""One store, one writer: a lock file beside the store, and network-drive detection.

The lock is ``<store>.lock``. It holds who owns it (process id, computer and
user, for the message a second copy shows) and is locked with the operating
system's own file lock (``fcntl.flock``; ``msvcrt.locking`` on Windows). The
operating system drops that lock when the process ends, however it ends, so a
crashed or killed program never leaves a stale lock behind: the file may
remain, but nobody holds it.

SQLite's locking is not reliable on network file systems, hence
:func:`is_network_path`, which the store uses to warn.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
import time

# socket.gethostname is _socket's. Importing socket itself turns every constant of
# the platform's socket API into enums: 12 million instructions, 5% of what the
# domain adds to the window's start, for one name read once.
from _socket import gethostname
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from deskeditor.errors import DeskEditorError, Message, os_reason

LOCK_SUFFIX = ".lock"
PROGRAM = "deskeditor"
# On Windows the locked byte lies beyond the owner record: msvcrt's locks are
# mandatory, and a second copy must still be able to read who holds the store.
_WINDOWS_LOCK_OFFSET = 1 << 20
_MAX_RECORD = 4096
DRIVE_REMOTE = 4  # GetDriveTypeW
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p",
        "afs", "ncpfs", "davfs", "fuse.davfs2", "fuse.rclone", "ceph", "glusterfs",
        "fuse.glusterfs", "lustre", "gpfs", "webdav",
    }
)  # fmt: skip


@dataclass(frozen=True)
class LockOwner:
    """Who holds a store: written into the lock file, shown to a second copy."""

    pid: int
    host: str
    user: str
    program: str = PROGRAM

    def describe(self) -> str:
        """Return e.g. ``deskeditor (process 1234 on PC-NAME, user lan)``."""
        host = self.host or "?"
        if self.user:
            return Message(
                "lock.owner_user", program=self.program, pid=self.pid, host=host, user=self.user
            )
        return Message("lock.owner", program=self.program, pid=self.pid, host=host)


class StoreInUseError(DeskEditorError):
    """Another running copy of the program holds the store."""

    def __init__(self, store_path: Path, owner: LockOwner | None) -> None:
        self.store_path = store_path
        self.owner = owner
        self.who = owner.describe() if owner else Message("lock.another_copy")
        super().__init__("lock.in_use", path=store_path, who=self.who)


class LockError(DeskEditorError):
    """The lock file cannot be created (read-only folder, missing folder...)."""


def lock_path(store_path: Path | str) -> Path:
    """Return the lock file of a store: ``<store>.lock`` beside it."""
    store_path = Path(store_path)
    return store_path.with_name(store_path.name + LOCK_SUFFIX)


def current_owner() -> LockOwner:
    """Describe this process."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        user = ""
    return LockOwner(os.getpid(), gethostname(), user)


class StoreLock:
    """A held lock on a store; :meth:`release` it (or use ``with``) when closing the store."""

    def __init__(self, store_path: Path, path: Path, handle: IO[bytes]) -> None:
        self.store_path = store_path
        self.path = path
        self._handle: IO[bytes] | None = handle

    @property
    def held(self) -> bool:
        """Tell whether this lock is still held."""
        return self._handle is not None

    def release(self) -> None:
        """Give the store up; calling it again does nothing."""
        handle, self._handle = self._handle, None
        if handle is None:
            return
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                _unlock_windows(handle)
            handle.close()
            # Fails harmlessly while another copy has the file open.
            with contextlib.suppress(OSError):
                self.path.unlink()
        else:
            # Unlink while still holding the lock; a copy that opened the old
            # file notices that it no longer has this name and tries again.
            with contextlib.suppress(OSError):
                self.path.unlink()
            handle.close()  # closing drops the flock

    def __enter__(self) -> StoreLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def __repr__(self) -> str:
        return f"<StoreLock {self.path} {'held' if self.held else 'released'}>"


def acquire(store_path: Path | str, wait: float = 0.0) -> StoreLock:
    """Lock the store at *store_path* for this process, or raise :class:`StoreInUseError`.

    *wait* is how many seconds to keep trying while another process holds it:
    useful at start-up, since Windows may take a moment to drop the lock of a
    process that was just ended.
    """
    store_path = Path(store_path)
    path = lock_path(store_path)
    deadline = time.monotonic() + wait
    while True:
        lock = _try_acquire(store_path, path)
        if lock is not None:
            return lock
        if time.monotonic() >= deadline:
            raise StoreInUseError(store_path, read_owner(path))
        time.sleep(0.1)


def _try_acquire(store_path: Path, path: Path) -> StoreLock | None:
    """Take the lock once; None if another process holds it."""
    for _ in range(20):
        try:
            handle = open(path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        except OSError as exc:
            raise LockError("lock.cannot_create", path=path, reason=os_reason(exc)) from None
        try:
            locked = _try_lock(handle)
        except OSError as exc:
            handle.close()
            raise LockError("lock.cannot_lock", path=path, reason=os_reason(exc)) from None
        if not locked:
            handle.close()
            return None
        if _still_named(handle, path):
            _write_owner(handle)
            return StoreLock(store_path, path, handle)
        handle.close()  # the holder removed this file as we opened it: start again
    raise LockError("lock.replaced", path=path)


def read_owner(path: Path | str, attempts: int = 5) -> LockOwner | None:
    """Return who holds the lock file at *path*, or None if it cannot be told."""
    for attempt in range(attempts):
        try:
            with open(path, "rb") as handle:
                raw = handle.read(_MAX_RECORD)
            data = json.loads(raw.decode("utf-8"))
            return LockOwner(int(data["pid"]), str(data["host"]), str(data["user"]))
        except (OSError, ValueError, KeyError, TypeError):
            # The holder may be writing its record right now.
            if attempt + 1 < attempts:
                time.sleep(0.05)
    return None


def _write_owner(handle: IO[bytes]) -> None:
    owner = current_owner()
    record = json.dumps(
        {"program": owner.program, "pid": owner.pid, "host": owner.host, "user": owner.user},
        ensure_ascii=False,
    ).encode("utf-8")[:_MAX_RECORD]
    handle.seek(0)
    handle.truncate()
    handle.write(record)
    handle.flush()


def _still_named(handle: IO[bytes], path: Path) -> bool:
    if sys.platform == "win32":
        return True  # an open file cannot be removed there, so the name cannot move
    try:
        here, there = os.fstat(handle.fileno()), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _try_lock(handle: IO[bytes]) -> bool:
    """Take the OS lock without waiting; return False if someone else holds it."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except PermissionError:
            return False
        except OSError as exc:
            if getattr(exc, "errno", None) in (13, 36):  # EACCES, EDEADLOCK
                return False
            raise
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock_windows(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # a branch, so that type checkers elsewhere skip it
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


# ------------------------------------------------------------------ network drives


def is_unc_path(path: str) -> bool:
    r"""Tell whether *path* is a Windows network path (``\\server\share``, ``\\?\UNC\...``)."""
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return True
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        return False  # extended-length local path or a device
    return text.startswith("\\\\") and len(text) > 2 and text[2] != "\\"


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """Return ``(mount point, file system type)`` pairs from /proc/mounts text."""

    def unescape(field: str) -> str:  # spaces and tabs are written as \040, \011
        return field.encode("latin-1", "backslashreplace").decode("unicode_escape")

    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append((unescape(parts[1]), parts[2]))
    return mounts


def parse_mount_output(text: str) -> list[tuple[str, str]]:
    """Return ``(mount point, type)`` pairs from macOS/BSD ``mount`` output lines.

    Lines look like ``//lan@nas/share on /Volumes/share (smbfs, nodev, nosuid)``.
    """
    mounts = []
    for line in text.splitlines():
        head, sep, options = line.rpartition(" (")
        _, on, point = head.partition(" on ")
        if sep and on:
            mounts.append((point, options.split(",")[0].strip(" )")))
    return mounts


def mount_type(path: str, mounts: Iterable[tuple[str, str]]) -> str | None:
    """Return the file system type of the longest mount point holding *path*."""
    target = PurePosixPath(path)
    best, best_type = -1, None
    for point, fs_type in mounts:
        mount = PurePosixPath(point)
        if (target == mount or mount in target.parents) and len(mount.parts) > best:
            best, best_type = len(mount.parts), fs_type
    return best_type


def _system_mounts(platform: str) -> list[tuple[str, str]]:
    if platform.startswith("linux"):
        try:
            return parse_proc_mounts(
                Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            )
        except OSError:
            return []
    if platform == "darwin" or "bsd" in platform:
        import subprocess

        try:
            out = subprocess.run(
                ["/sbin/mount"],
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=5,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        return parse_mount_output(out)
    return []


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def is_network_path(
    path: Path | str,
    *,
    platform: str | None = None,
    mounts: Iterable[tuple[str, str]] | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> bool:
    """Tell whether *path* is on a network drive, where SQLite's locking is unreliable.

    Windows: UNC paths and mapped network drives. Elsewhere: a mount of a
    network file system (NFS, SMB/CIFS, SSHFS, 9p...). *platform*, *mounts*
    and *drive_type* replace what the running system would report (for tests).
    """
    platform = platform or sys.platform
    text = os.fspath(path)
    if platform == "win32":
        if is_unc_path(text):
            return True
        if drive_type is None and sys.platform != "win32":
            return False
        full = text if (len(text) >= 2 and text[1] == ":") else os.path.abspath(text)
        if len(full) >= 2 and full[1] == ":":
            get_type = drive_type or _windows_drive_type
            try:
                return get_type(full[:2].upper() + "\\") == DRIVE_REMOTE
            except Exception:  # an unusual path is not worth failing the open over
                return False
        return False
    table = list(mounts) if mounts is not None else _system_mounts(platform)
    resolved = text if mounts is not None else os.path.realpath(text)
    fs_type = mount_type(resolved, table)
    return fs_type is not None and _is_network_type(fs_type)


def _is_network_type(fs_type: str) -> bool:
    fs_type = fs_type.lower()
    return fs_type in NETWORK_FILE_SYSTEMS or fs_type.split(".")[-1] in NETWORK_FILE_SYSTEMS


def network_warning(path: Path | str) -> str | None:
    """Return the warning to show for a store on a network drive, or None."""
    if not is_network_path(path):
        return None
    return Message("lock.network_drive", path=path)
