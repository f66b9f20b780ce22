"""What kind of file a draft is, and whether its zip may be opened at all.

A .docx is a zip holding ``word/document.xml``. Before anything reads it,
every entry's declared size and compression ratio are checked and the total
is capped, so a zip bomb is refused from its directory alone (Python's
zipfile never inflates an entry past its declared size, and a wrong CRC
fails). An OLE compound file is either an old binary Word document (a
``WordDocument`` stream) or an encrypted Office file (``EncryptionInfo`` and
``EncryptedPackage``): Word saves a password-protected .docx that way.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

from deskeditor.errors import WordImportError
from deskeditor.safeio import ReadError, read_regular_file

MAX_DOCX_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_TOTAL_UNCOMPRESSED = 600 * 1024 * 1024
MAX_XML_UNCOMPRESSED = 100 * 1024 * 1024
# An entry this large must not be more than MAX_RATIO times its compressed size.
RATIO_CHECKED_FROM = 4 * 1024 * 1024
MAX_RATIO = 200

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
RTF_MAGIC = b"{\\rtf"
DOCUMENT_PART = "word/document.xml"
CONTENT_TYPES = "[Content_Types].xml"
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".doc", ".rtf")
_DOCX_MAIN_TYPE = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)
_OTHER_MAIN_TYPES = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)

# Why a file is refused: codes of deskeditor.messages.
DAMAGED = "word.damaged"
NOT_WORD = "word.not_word"
ENCRYPTED = "word.encrypted"
LEGACY_DOC = "word.legacy_doc"
RTF = "word.rtf"
ZIP_BOMB = "word.zip_bomb"


def looks_like_word(head: bytes) -> bool:
    """Tell whether a file starting with *head* is meant for the Word import (zip or OLE)."""
    return head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC)


def is_word_file(path: Path) -> bool:
    """Tell from its first bytes whether *path* is a zip or an OLE file (not JSON)."""
    try:
        head = read_regular_file(path, 8, head_only=True)
    except ReadError:
        return False
    return looks_like_word(head)


def meant_for_word(path: Path) -> bool:
    """Tell whether *path* goes to the Word import rather than the JSON reader.

    The content decides: a zip or an OLE file is Word's whatever its name. A
    file named .docx or .doc that is neither, and does not start like JSON,
    goes to the Word import too, so that its error speaks of Word.
    """
    try:
        head = read_regular_file(path, 64, head_only=True)
    except ReadError:
        return False
    if looks_like_word(head):
        return True
    if head.startswith(RTF_MAGIC):  # Word saves RTF under .doc too
        return True
    starts_like_json = head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
    return Path(path).suffix.lower() in WORD_SUFFIXES and not starts_like_json


def read_package(path: Path) -> bytes:
    """Return the bytes of the .docx at *path*, or raise :class:`WordImportError`.

    The zip's directory is checked first: an OLE file, a zip without
    ``word/document.xml``, a damaged zip and a zip bomb each give one error.
    """
    path = Path(path)
    name = path.name
    try:
        data = read_regular_file(path, MAX_DOCX_BYTES)
    except ReadError as exc:
        raise WordImportError(name, exc.reason) from None
    if data.startswith(OLE_MAGIC):
        streams = ole_stream_names(data)
        if {"encryptioninfo", "encryptedpackage"} & streams:
            raise WordImportError(name, ENCRYPTED)
        if "worddocument" in streams:
            raise WordImportError(name, LEGACY_DOC)
        raise WordImportError(name, NOT_WORD)
    if data.startswith(RTF_MAGIC):
        raise WordImportError(name, RTF)
    if not data.startswith(ZIP_MAGIC):
        raise WordImportError(name, NOT_WORD)
    check_zip(data, name)
    return data


def as_plain_docx(data: bytes) -> tuple[bytes, bool]:
    """Return a macro-enabled document or a template (.docm, .dotx, .dotm) as a plain .docx.

    Only the main part's content type changes (python-docx opens nothing
    else); the macros are never run nor kept. Also return whether it held macros.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        types = archive.read(CONTENT_TYPES) if CONTENT_TYPES in names else b""
        if not any(kind in types for kind in _OTHER_MAIN_TYPES):
            return data, False
        for kind in _OTHER_MAIN_TYPES:
            types = types.replace(kind, _DOCX_MAIN_TYPE)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
            for info in archive.infolist():
                content = types if info.filename == CONTENT_TYPES else archive.read(info)
                out.writestr(info.filename, content, zipfile.ZIP_STORED)
        macros = any(name.lower().endswith("vbaproject.bin") for name in names)
    return buffer.getvalue(), macros


def check_zip(data: bytes, name: str) -> None:
    """Refuse a damaged zip, one without a Word document part, and a zip bomb."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise WordImportError(name, DAMAGED) from None
    if len(entries) > MAX_ENTRIES:
        raise WordImportError(name, ZIP_BOMB)
    names = {entry.filename for entry in entries}
    if DOCUMENT_PART not in names:
        raise WordImportError(name, NOT_WORD)
    total = 0
    for entry in entries:
        size = entry.file_size
        total += size
        too_big_xml = entry.filename.endswith((".xml", ".rels")) and size > MAX_XML_UNCOMPRESSED
        ratio = size / max(entry.compress_size, 1)
        if (
            too_big_xml
            or (size > RATIO_CHECKED_FROM and ratio > MAX_RATIO)
            or total > MAX_TOTAL_UNCOMPRESSED
        ):
            raise WordImportError(name, ZIP_BOMB)


# ---------------------------------------------------------------- OLE compound files

_END = 0xFFFFFFFE
_MAX_SECTORS = 1 << 20


def ole_stream_names(data: bytes) -> set[str]:
    """Return the names (lower case) of the entries of an OLE compound file's directory.

    A directory that cannot be followed falls back to looking for the names
    Word's two formats use, as UTF-16 text anywhere in the file.
    """
    try:
        return _directory_names(data)
    except (struct.error, IndexError, ValueError, KeyError):
        found = set()
        for stream in ("WordDocument", "EncryptionInfo", "EncryptedPackage"):
            if stream.encode("utf-16-le") in data:
                found.add(stream.lower())
        return found


def _directory_names(data: bytes) -> set[str]:
    sector_size = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    if sector_size not in (512, 4096):
        raise ValueError("sector size")
    first_dir, first_difat, difat_count = (
        struct.unpack_from("<I", data, 0x30)[0],
        *struct.unpack_from("<II", data, 0x44),
    )
    fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _END]
    next_difat, seen = first_difat, 0
    while next_difat < _END and seen < min(difat_count, _MAX_SECTORS):
        ids = struct.unpack_from(f"<{sector_size // 4}I", data, (next_difat + 1) * sector_size)
        fat_sectors += [s for s in ids[:-1] if s < _END]
        next_difat, seen = ids[-1], seen + 1
    fat: list[int] = []
    for sector in fat_sectors:
        fat += struct.unpack_from(f"<{sector_size // 4}I", data, (sector + 1) * sector_size)
    names: set[str] = set()
    sector, steps = first_dir, 0
    while sector < _END and steps < _MAX_SECTORS:
        base = (sector + 1) * sector_size
        if base + sector_size > len(data):
            raise ValueError("directory outside the file")
        for offset in range(base, base + sector_size, 128):
            length = struct.unpack_from("<H", data, offset + 0x40)[0]
            if 2 <= length <= 64:
                raw = data[offset : offset + length - 2]
                names.add(raw.decode("utf-16-le", errors="replace").lower())
        sector, steps = fat[sector], steps + 1
    return names
