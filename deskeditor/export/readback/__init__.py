"""Read an export back as its reader sees it, and compare it with a revision.

``read_export`` opens any form the exporters write — the HTML folder
(``index.html`` and ``images/``), the single HTML file, the CMS fragment and
the .docx — and turns what a reader sees into a list of :class:`Item`: each
paragraph, heading, quote, list item, caption and photo with its text, its
inline marks and links, and the sha256 of the picture's bytes.

``expected_items`` renders the revision with the same exporter (photos
inlined) and reads that back the same way, so both sides go through one
reader and a difference can only be a difference of content. ``differences``
names the first ones in words ("paragraph 3: text differs: …").

What is not compared: the site's header, footer and link list on the page, and
the approval slip's tables in the .docx, which change with the settings and
the workflow, not with the article.
"""

from __future__ import annotations

from pathlib import Path

from deskeditor.safeio import ReadError, read_regular_file

from .compare import MAX_DIFFERENCES, differences, expected_items, labels
from .docx_reader import read_docx
from .html_reader import read_html
from .items import (
    DOCX,
    HTML_FRAGMENT,
    HTML_PAGE,
    MAX_HTML_BYTES,
    MAX_PART_BYTES,
    ExportCopy,
    Item,
    Marks,
    VerifyError,
    no_code,
)

__all__ = [
    "DOCX",
    "HTML_FRAGMENT",
    "HTML_PAGE",
    "MAX_DIFFERENCES",
    "MAX_HTML_BYTES",
    "MAX_PART_BYTES",
    "ExportCopy",
    "Item",
    "Marks",
    "VerifyError",
    "differences",
    "expected_items",
    "labels",
    "read_export",
]


def read_export(path: Path) -> ExportCopy:
    """Read an export of any form; raise VerifyError when it is not one."""
    path = Path(path)
    if path.is_dir():
        if not (path / "index.html").is_file():
            raise VerifyError("verify.folder_without_index", path=path)
        path = path / "index.html"
    try:  # a regular file only (a pipe would never answer), read with a bound
        head = read_regular_file(path, 4, head_only=True)
        data = read_regular_file(path, MAX_HTML_BYTES)
    except ReadError as exc:
        if exc.kind == "missing":
            raise VerifyError("verify.missing", path=path) from None
        if exc.kind == "folder":
            raise VerifyError("verify.folder_without_index", path=path) from None
        if exc.kind == "too_large":
            limit = MAX_HTML_BYTES // 2**20
            raise VerifyError("verify.too_large", path=path, limit=limit) from None
        raise VerifyError("file.cannot_read", error=exc) from None
    if head == b"PK\x03\x04":
        return read_docx(path, data)
    if b"\x00" in data[:1024]:
        raise no_code(path)  # binary: an image, a PDF, an old .doc
    return read_html(path, data.decode("utf-8", errors="replace"))
