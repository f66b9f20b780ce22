"""How an export carries its version code: written by the exporters, read back by verify.

- HTML page: ``<meta name="deskeditor-version" content="A3F9-12C7">`` and,
  like the CMS fragment, a small visible line at the end of the article.
- CMS fragment: only the visible line, "Mã phiên bản: A3F9-12C7", in a
  paragraph of its own. A web editor (CKEditor, TinyMCE) pasting the fragment
  drops unknown attributes, classes and comments, but keeps a paragraph's text,
  so the code survives a paste into the portal and back out.
- Word: the same line in the page header, and the code alone in the document
  properties (``dc:identifier``).
"""

from __future__ import annotations

import re
import unicodedata

META_NAME = "deskeditor-version"
LABEL = "Mã phiên bản"
CODE = re.compile(r"^[0-9A-F]{4}-[0-9A-F]{4}$")
_PRINTED = re.compile(LABEL + r":\s*([0-9A-Fa-f]{4}-[0-9A-Fa-f]{4})(?![0-9A-Fa-f])")
_LINE_ONLY = re.compile(r"^\s*" + LABEL + r":\s*[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}\s*$")


def code_line(code: str) -> str:
    """Return the visible line that carries *code*: ``Mã phiên bản: A3F9-12C7``."""
    return f"{LABEL}: {code}"


def printed_codes(text: str) -> list[str]:
    """Return every code written as a code line in *text*, upper case, in order."""
    return [found.upper() for found in _PRINTED.findall(unicodedata.normalize("NFC", text))]


def is_code_line(text: str) -> bool:
    """Tell whether *text* is nothing but a code line (it is a mark, not article content)."""
    return bool(_LINE_ONLY.match(unicodedata.normalize("NFC", text)))


def clean_code(text: str) -> str:
    """Return a code as it is compared: trimmed and upper case."""
    return text.strip().upper()
