"""File names the user gives: the names Windows cannot hold, and names in either Unicode form.

An output path typed on the command line or chosen in a save dialog is
checked by Windows' rules on every platform (:func:`output_path`), so that a
script that works on Linux works the same on the office's Windows desktops:
``CON.docx`` is the console there, ``web...`` loses its dots and ``a:b.docx``
writes a hidden stream of the file ``a``. The names the program makes itself
are made safe instead (:func:`deskeditor.safeio.safe_file_name`).

Names are NFC like every other input. Linux and macOS hold a name in either
form, so a name read is found in either (:func:`existing_path`) and a new
name is written in NFC; folders that already exist are used as they are.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path, PurePath, PureWindowsPath

from deskeditor.errors import DeskEditorError

# Windows also reserves COM¹…LPT³ (superscript digits) and the console names.
WINDOWS_RESERVED = {
    "con", "prn", "aux", "nul", "conin$", "conout$",
    *(f"{port}{digit}" for port in ("com", "lpt") for digit in "123456789¹²³"),
}  # fmt: skip
# What Windows refuses in a name; "/" and "\" separate the parts before this is asked.
_NOT_IN_NAME = re.compile(r'[<>:"|?*]')
_LETTER_DRIVE = re.compile(r"^[A-Za-z]:$")


class FileNameError(DeskEditorError):
    """A path the user gave has a part Windows cannot hold as a file or folder name."""

    def __init__(self, message: str, /, **params: object) -> None:
        self.path = params.get("path")
        super().__init__(message, **params)


def check_output_path(path: str | PurePath) -> None:
    """Refuse *path* if a part of it is a name Windows cannot hold, on every platform.

    The path is read as Windows reads it (``/`` and ``\\`` both separate its
    parts; ``C:``, ``D:\\`` or ``\\\\server\\share`` at its start is a drive).
    A part is refused when it is a device name (``CON``, ``PRN``, ``AUX``,
    ``NUL``, ``COM1``–``COM9``, ``LPT1``–``LPT9``, ``COM¹``…, with any
    extension and in any case), holds ``< > : " | ? *`` or a control
    character, or ends in a dot or a space (Windows drops them). A leading
    space is legal; ``.`` and ``..`` are the folders they always are.
    """
    given = str(path)
    windows = PureWindowsPath(given)
    parts = list(windows.parts)
    if windows.drive:
        parts.pop(0)  # the anchor: "C:\", "C:", or "\\server\share\"
        if not windows.root and parts and _LETTER_DRIVE.match(windows.drive):
            # "a:b.docx" is the file b.docx in drive A's current folder to Windows, and a
            # file named "a:b.docx" anywhere else: a name with a colon, refused as such.
            parts[0] = windows.drive + parts[0]
        elif not _LETTER_DRIVE.match(windows.drive):
            parts[:0] = _share_parts(windows.drive)
    elif windows.root:
        parts.pop(0)
    for part in parts:
        problem = name_problem(part)
        if problem is not None:
            code, params = problem
            raise FileNameError(code, path=given, name=part, **params)


def _share_parts(drive: str) -> list[str]:
    r"""Return the names in a UNC drive to check: ``\\.\NUL`` is a device, ``\\?\C:`` is not."""
    names = [name for name in drive.replace("/", "\\").split("\\") if name]
    if names and names[0] in ("?", "."):
        names = names[1:]
        if names and names[0].upper() == "UNC":
            names = names[1:]
    return [name for name in names if not _LETTER_DRIVE.match(name)]


def name_problem(name: str) -> tuple[str, dict[str, str]] | None:
    """Return the code and parameters saying why Windows cannot hold *name*, or None."""
    if name in (".", ".."):
        return None
    for character in name:
        if unicodedata.category(character) == "Cc":
            return "name.control_character", {"character": f"U+{ord(character):04X}"}
    found = _NOT_IN_NAME.search(name)
    if found:
        return "name.forbidden_character", {"character": found.group()}
    if name.split(".")[0].rstrip(" ").lower() in WINDOWS_RESERVED:
        return "name.device", {}
    if name.endswith("."):
        return "name.trailing_dot", {}
    if name.endswith(" "):
        return "name.trailing_space", {}
    return None


def output_path(path: str | PurePath) -> Path:
    """Return the user's output *path* checked (:func:`check_output_path`), its new names in NFC.

    The folders of *path* that exist are kept as they are on the disk, in
    whichever form their names are (so no twin of a folder is made); an
    existing file of the same name in the other form is the one replaced.
    """
    check_output_path(path)
    return _resolved(Path(path), new_in_nfc=True)


def existing_path(path: str | PurePath) -> Path:
    """Return *path*, or the file or folder on the disk whose name is the same in NFC.

    Linux and macOS hold a name in either form; a name typed (NFC) may be on
    the disk in NFD, as a Mac or an archive wrote it, and the other way round.
    When neither exists, *path* is returned as it was given.
    """
    path = Path(path)
    if os.path.lexists(path):
        return path
    found = _resolved(path, new_in_nfc=False)
    return found if os.path.lexists(found) else path


def _resolved(path: Path, *, new_in_nfc: bool) -> Path:
    """Walk *path* part by part: existing parts as the disk has them, the rest in NFC (or as given)."""
    anchor = path.anchor
    current = Path(anchor) if anchor else Path()
    parts = path.parts[1:] if anchor else path.parts
    on_disk = True
    for part in parts:
        if on_disk:
            literal = current / part
            if os.path.lexists(literal):
                current = literal
                continue
            twin = _same_name_in(current, part)
            if twin is not None:
                current = current / twin
                continue
            on_disk = False
        current = current / (unicodedata.normalize("NFC", part) if new_in_nfc else part)
    return current


def _same_name_in(folder: Path, name: str) -> str | None:
    """Return the entry of *folder* whose name is *name* in NFC (preferring the NFC one)."""
    wanted = unicodedata.normalize("NFC", name)
    if name.isascii() or name in (".", ".."):
        return None  # one form only
    try:
        with os.scandir(folder) as entries:
            same = sorted(
                entry.name
                for entry in entries
                if not entry.name.isascii() and unicodedata.normalize("NFC", entry.name) == wanted
            )
    except (OSError, ValueError):
        return None
    if wanted in same:
        return wanted
    return same[0] if same else None
