"""Writing files safely: temporary name first, rename when complete; Windows-safe names."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from deskeditor.errors import DeskEditorError
from deskeditor.text import nfc, slugify

WINDOWS_RESERVED = {
    "con", "prn", "aux", "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}  # fmt: skip
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
MAX_NAME = 80


class WriteError(DeskEditorError):
    """A file could not be written; nothing partial was left behind."""


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
    stem = _FORBIDDEN.sub("_", stem).strip().rstrip(". ")[:MAX_NAME].rstrip(". ")
    if not stem:
        stem = default
    if stem.split(".")[0].lower() in WINDOWS_RESERVED:
        stem = f"{stem}_"
    return f"{stem}.{ext}" if ext else stem


def _public_mode() -> int:
    # mkstemp creates files readable by their owner only; an export is meant to be
    # shared (uploaded, e-mailed), so give it the mode an ordinary new file gets.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _describe(exc: OSError) -> str:
    return exc.strerror or str(exc)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a temporary file in the same folder."""
    path = Path(path)
    if not path.parent.is_dir():
        raise WriteError(f"the folder {path.parent} does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent
        )
    except OSError as exc:
        raise WriteError(f"cannot write in {path.parent}: {_describe(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, _public_mode())
        os.replace(temp_name, path)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise WriteError(f"cannot write {path}: {_describe(exc)}") from None


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write *text* to *path* atomically (UTF-8 by default, LF line ends kept)."""
    write_bytes_atomic(path, text.encode(encoding))


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
