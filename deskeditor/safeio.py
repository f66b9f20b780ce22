"""Reading and writing files safely.

Reading: only regular files, and never more than a stated number of bytes
(``/dev/zero``, a FIFO or a growing file would otherwise hang or fill memory).
Writing: temporary name first, rename when complete; several outputs are
staged together and put in place only when all of them are written
(:class:`StagedFiles`). This is the program's one implementation of an
atomic write: exports, the link list's CSV and the backups (whose copies
SQLite writes into the temporary file: :func:`new_temp_file`,
:func:`sync_file`, :func:`replace_file`) all go through it. File names are
made safe for Windows; the names a user gives are checked by the same rules
(:mod:`deskeditor.filenames`).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from deskeditor import fileops
from deskeditor.errors import DeskEditorError, Message, os_reason
from deskeditor.filenames import WINDOWS_RESERVED
from deskeditor.tempcopies import clean_stale_staging
from deskeditor.text import nfc, slugify

# Bidi controls (U+061C, U+200E-F, U+202A-E, U+2066-9) make "photo\u202egpj.exe.jpg"
# display as "photoexe.jpg.jpg"; they are never part of a file name we write.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]')
MAX_NAME = 80


class WriteError(DeskEditorError):
    """A file could not be written; nothing partial was left behind."""


class ReadError(DeskEditorError):
    """A file could not be read; *reason* says why in a few words ("it is a folder")."""

    def __init__(self, path: Path, reason: str, kind: str) -> None:
        self.path = path
        self.reason = Message.of(reason)
        self.kind = kind  # missing, folder, special, too_large, permission, unreadable
        super().__init__(Message.of(self.reason, path))


def read_regular_file(path: Path, limit: int, *, head_only: bool = False) -> bytes:
    """Return the bytes of the regular file at *path*, refusing anything else or over *limit*.

    Devices, FIFOs and sockets are refused before they are opened (opening a
    FIFO waits for a writer), and at most ``limit + 1`` bytes are ever read,
    whatever the file's size claims to be. With *head_only* a longer file is
    not refused: its first *limit* bytes are returned.
    """
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(path, Message("file.folder_not_file"), "folder")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(path, Message("file.special"), "special")
        if info.st_size > limit and not head_only:
            raise ReadError(path, _too_large(info.st_size, limit), "too_large")
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since the stat
                raise ReadError(path, Message("file.special"), "special")
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ReadError(path, Message("file.missing"), "missing") from None
    except PermissionError:
        raise ReadError(path, Message("file.permission"), "permission") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = os_reason(exc)
        raise ReadError(path, Message("file.unreadable", reason=reason), "unreadable") from None
    if len(data) > limit:
        if head_only:
            return data[:limit]
        raise ReadError(path, _too_large(len(data), limit), "too_large")
    return data


def _too_large(size: int, limit: int) -> Message:
    if limit >= 2**20:
        return Message("file.too_large_mb", size=size // 2**20, limit=limit // 2**20)
    return Message("file.too_large_bytes", size=size, limit=limit)


def safe_file_name(name: str, default: str = "tep", ascii_only: bool = False) -> str:
    """Return *name* usable as a file name on Windows (no reserved names, no trailing dots).

    With *ascii_only* the Vietnamese letters are folded ("Hội nghị" -> "hoi-nghi").
    """
    stem, dot, ext = nfc(name).rpartition(".")
    if not dot or not ext.isalnum() or len(ext) > 5:
        stem, ext = nfc(name), ""
    if ascii_only:
        stem = slugify(stem, MAX_NAME)
        ext = ext.lower()
    ext = _FORBIDDEN.sub("", ext)
    stem = _FORBIDDEN.sub(_replacement, stem).strip().lstrip(".").rstrip(". ")
    stem = stem[:MAX_NAME].rstrip(". ")
    if not stem:
        stem = default
    if stem.split(".")[0].rstrip(" ").lower() in WINDOWS_RESERVED:
        stem = f"{stem}_"
    return f"{stem}.{ext}" if ext else stem


def _replacement(found: re.Match[str]) -> str:
    """Bidi controls go without a trace; other forbidden characters become "_"."""
    return "_" if found.group() < "\x80" else ""


def _public_mode(folder: bool = False) -> int:
    # mkstemp creates files readable by their owner only; an export is meant to be
    # shared (uploaded, e-mailed), so give it the mode an ordinary new file gets.
    mask = os.umask(0)
    os.umask(mask)
    return (0o777 if folder else 0o666) & ~mask


def _describe(exc: OSError) -> Message:
    return os_reason(exc)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a temporary file in the same folder (which must exist)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise WriteError("write.no_folder", folder=path.parent)
    with StagedFiles() as batch:
        batch.stage_file(path, data)
        batch.commit()


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write *text* to *path* atomically (UTF-8 by default, LF line ends kept)."""
    write_bytes_atomic(path, text.encode(encoding))


def new_temp_file(folder: Path, prefix: str) -> Path:
    """Create an empty file named *prefix*…``.tmp`` in *folder*; return its path.

    Fill it, then :func:`sync_file` and :func:`replace_file` put it in place.
    """
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    os.close(fd)
    fileops.hide(name)  # Windows shows it otherwise; replace_file shows it again
    return Path(name)


def sync_file(path: Path, mode: int | None = None) -> None:
    """Flush the written file at *path* to the disk and give it *mode*.

    By default it gets the mode an ordinary new file gets: mkstemp's files
    are readable by their owner only.
    """
    with open(path, "rb+") as handle:
        _flush_to_disk(handle)
    os.chmod(path, _public_mode() if mode is None else mode)


def sync_folder(folder: Path) -> None:
    """Flush *folder*'s entries (a rename into it) to the disk, where that can be asked for."""
    if os.name == "nt":
        return  # folders cannot be opened for fsync there; NTFS journals the rename
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def replace_file(temp: Path, target: Path) -> None:
    """Rename the complete, synced file *temp* over *target*; on failure remove *temp* and raise."""
    try:
        fileops.replace(temp, target)  # waits out a brief lock (an antivirus, Word)
    except (OSError, fileops.FileInUseError):
        Path(temp).unlink(missing_ok=True)
        raise
    sync_folder(Path(target).parent)


def unique_name(name: str, taken: set[str]) -> str:
    """Return *name*, or *name* with ``-2``, ``-3``… before the extension, not in *taken*.

    Comparison ignores case, as Windows file names do.
    """
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, number = name, 2
    while candidate.lower() in taken:
        candidate = f"{stem}-{number}.{ext}" if ext else f"{stem}-{number}"
        number += 1
    taken.add(candidate.lower())
    return candidate


class StagedFiles:
    """Outputs written under hidden temporary names and put in place together.

    Each ``stage_*`` call writes completely (fsynced) beside its target; only
    :meth:`commit` renames them into place, old targets first moved aside and
    put back if any rename fails. Leaving the ``with`` block without a commit
    (an error, a refusal of a later output) removes everything staged and any
    folder made for it, so a failed export writes nothing. A process killed
    while staging leaves its staged outputs; the next batch that stages into
    that folder removes them once they are stale
    (:func:`~deskeditor.tempcopies.clean_stale_staging`).
    """

    def __init__(self) -> None:
        self._moves: list[tuple[Path | None, Path]] = []  # (staged or None to remove, target)
        self._made: list[Path] = []  # folders created for targets, outermost first
        self._targets: set[str] = set()
        self._cleaned: set[Path] = set()  # folders rid of stale staged outputs

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()

    def stage_file(self, target: Path, data: bytes) -> None:
        """Write *data* to a temporary sibling of *target* (refused if *target* is a folder)."""
        target = self._claim(target)
        if target.is_dir() and not target.is_symlink():
            # Never replace a folder, and all it holds, by a file (links export --overwrite did).
            raise WriteError("export.folder_not_file", path=target)
        temp = self._temp(target, folder=False)
        try:
            _write_synced(temp, data)
        except OSError as exc:
            raise WriteError("write.failed", target=target, reason=_describe(exc)) from None

    def stage_folder(self, target: Path, files: dict[str, bytes]) -> None:
        """Build a folder holding *files* (relative POSIX paths) that will replace *target*."""
        target = self._claim(target)
        temp = self._temp(target, folder=True)
        try:
            for name, data in files.items():
                path = temp.joinpath(*name.split("/"))
                path.parent.mkdir(parents=True, exist_ok=True)
                _write_synced(path, data)
        except OSError as exc:
            raise WriteError("write.failed", target=target, reason=_describe(exc)) from None

    def stage_removal(self, target: Path) -> None:
        """Remove *target* (a file or folder of an earlier export) when the batch is committed."""
        target = self._claim(target)
        if target.exists() or target.is_symlink():
            self._moves.append((None, target))

    def commit(self) -> None:
        """Rename every staged output onto its target; on failure put every old target back."""
        done: list[tuple[Path | None, Path, Path | None]] = []
        try:
            for staged, target in self._moves:
                old = None
                if target.exists() or target.is_symlink():
                    old = _aside(target)
                    # Word holding the document open shows here: wait briefly, then say so.
                    fileops.replace(target, old, blame=target)
                done.append((staged, target, old))
                if staged is not None:
                    fileops.replace(staged, target)
        except (OSError, fileops.FileInUseError) as exc:
            for staged, target, old in reversed(done):
                if staged is not None and not staged.exists() and target.exists():
                    fileops.replace(target, staged)  # the new one goes back to be discarded
                if old is not None:
                    fileops.replace(old, target)
            if isinstance(exc, fileops.FileInUseError):
                raise WriteError("write.in_use", error=exc) from None
            raise WriteError("write.not_replaced", target=target, reason=_describe(exc)) from None
        for _, _, old in done:
            if old is not None:
                with contextlib.suppress(OSError, fileops.FileInUseError):
                    _remove(old)  # the new output is in place; a scanner may hold the old
        self._moves.clear()
        self._made.clear()

    def discard(self) -> None:
        """Remove whatever was staged and not committed, and the folders made for it."""
        for staged, _ in self._moves:
            if staged is not None:
                _remove(staged)
        for folder in reversed(self._made):
            with contextlib.suppress(OSError):  # something else was put there meanwhile
                folder.rmdir()
        self._moves.clear()
        self._made.clear()

    def _claim(self, target: Path) -> Path:
        target = Path(os.path.abspath(target))
        key = os.path.normcase(str(target)).lower()
        if key in self._targets:
            raise WriteError("write.named_twice", target=target)
        self._targets.add(key)
        self._make_folder(target.parent)
        return target

    def _make_folder(self, folder: Path) -> None:
        missing = []
        while not folder.exists():
            missing.append(folder)
            folder = folder.parent
        for path in reversed(missing):
            try:
                path.mkdir()
            except OSError as exc:
                raise WriteError(
                    "write.cannot_make_folder", folder=path, reason=_describe(exc)
                ) from None
            self._made.append(path)
        if not folder.is_dir():
            raise WriteError("write.file_not_folder", folder=folder)

    def _temp(self, target: Path, *, folder: bool) -> Path:
        # "~name-<process id>-xxxx.tmp", hidden on Windows: a dot-name is shown there like
        # any file, and a short one keeps the path within reach of the target's own length.
        # The process id tells a later export that this one was killed (tempcopies).
        prefix, where = f"{fileops.temp_prefix(target.name)}{os.getpid()}-", target.parent
        if where not in self._cleaned:
            self._cleaned.add(where)
            clean_stale_staging(where)  # what an export killed while writing here left
        try:
            if folder:
                temp = Path(tempfile.mkdtemp(prefix=prefix, suffix=fileops.TEMP_SUFFIX, dir=where))
                os.chmod(temp, _public_mode(folder=True))
            else:
                temp = new_temp_file(where, prefix)
            fileops.hide(temp)
        except OSError as exc:
            raise WriteError("write.cannot_write_in", folder=where, reason=_describe(exc)) from None
        self._moves.append((temp, target))
        return temp


@contextlib.contextmanager
def staged(batch: StagedFiles | None = None) -> Iterator[StagedFiles]:
    """Yield *batch* to stage into; without one, a batch of its own committed at the end."""
    if batch is not None:
        yield batch
        return
    with StagedFiles() as own:
        yield own
        own.commit()


def _aside(target: Path) -> Path:
    """Return a free temporary name beside *target* to move it to while the new one goes in."""
    # The process id tells a later export whether this one was killed (tempcopies).
    prefix = fileops.temp_prefix(target.name)
    return target.with_name(f"{prefix}{os.getpid()}-{os.urandom(4).hex()}.old")


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        _flush_to_disk(handle)
    os.chmod(path, _public_mode())


def _flush_to_disk(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        fileops.remove(path)
