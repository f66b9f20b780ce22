"""File operations that hold up on an office PC: files held open, temporary names.

- Word keeps a document it has open locked, and an antivirus holds a file it is
  scanning for a moment: :func:`replace` and :func:`remove` try again briefly,
  then raise :class:`FileInUseError`, which says so.
- Temporary files are named ``~name-xxxx.tmp`` (never a dot-name, which Windows
  shows like any other file) and are hidden on Windows while they exist.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from deskeditor.errors import DeskEditorError

T = TypeVar("T")

ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
# About 1.5 s in all: long enough for an antivirus scan, short enough to wait for.
RETRY_DELAYS = (0.05, 0.1, 0.15, 0.25, 0.4, 0.55)
TEMP_PREFIX = "~"
TEMP_SUFFIX = ".tmp"
_TEMP_STEM = 24  # characters of the target's name kept in a temporary name
FILE_ATTRIBUTE_HIDDEN = 0x2


class FileInUseError(DeskEditorError):
    """Another program (Word, an antivirus) holds the file open, and kept it."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__("file.in_use", path=self.path)


def is_locked_error(error: OSError) -> bool:
    """Tell whether *error* is Windows refusing because another program holds the file."""
    if getattr(error, "winerror", None) in (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION):
        return True
    return sys.platform == "win32" and isinstance(error, PermissionError)


def retry_while_locked(action: Callable[[], T], path: Path | str) -> T:
    """Run *action*; while the file is held by another program, wait a little and retry.

    Raises :class:`FileInUseError` (naming *path*) when it is still held after
    the last try; any other error is raised as it is, at once.
    """
    for delay in (*RETRY_DELAYS, None):
        try:
            return action()
        except OSError as exc:
            if not is_locked_error(exc):
                raise
            if delay is None:
                raise FileInUseError(path) from exc
            time.sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def replace(source: Path | str, target: Path | str, blame: Path | str | None = None) -> None:
    """``os.replace`` that waits out a brief lock on *source* or *target*.

    The :class:`FileInUseError` names *blame* (by default *target*): the file a
    person would have open, when moving it aside is what fails.
    """
    show(source)
    retry_while_locked(lambda: os.replace(source, target), target if blame is None else blame)


def remove(path: Path | str) -> None:
    """Delete the file *path* (if it is there), waiting out a brief lock."""
    retry_while_locked(lambda: Path(path).unlink(missing_ok=True), path)


def temp_prefix(target_name: str) -> str:
    """The prefix of a temporary file written for *target_name*: ``~`` and a short stem."""
    stem = target_name.rsplit(".", 1)[0] if "." in target_name[1:] else target_name
    return f"{TEMP_PREFIX}{stem.lstrip('.~')[:_TEMP_STEM]}-"


def is_temp_name(name: str) -> bool:
    """Tell whether *name* is one of this program's temporary files or folders."""
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


def hide(path: Path | str) -> None:
    """Give *path* the hidden attribute on Windows (nothing elsewhere; failures ignored)."""
    _set_hidden(path, True)


def show(path: Path | str) -> None:
    """Take the hidden attribute off again (a renamed file keeps its attributes)."""
    _set_hidden(path, False)


def _set_hidden(path: Path | str, hidden: bool) -> None:
    if sys.platform != "win32":
        return
    import ctypes

    kernel32 = ctypes.windll.kernel32
    name = str(path)
    attributes = kernel32.GetFileAttributesW(name)
    if attributes == -1 or attributes == 0xFFFFFFFF:
        return
    wanted = (attributes | FILE_ATTRIBUTE_HIDDEN) if hidden else attributes & ~FILE_ATTRIBUTE_HIDDEN
    if wanted != attributes:
        kernel32.SetFileAttributesW(name, wanted)
