"""deskeditor's own sign-off document, read back as a draft with its fields in place.

The Word exporter (``export/docx.py``) writes an approval slip before the
article: the agency header, "PHIẾU DUYỆT TIN, BÀI", the rows "Tên bài:",
"Chuyên mục:"…, the decision boxes and the signature block. The article
follows from a Title paragraph on a new page: the portal's date line (centred,
in italics), the lead (in bold), the body, the byline (right-aligned: the name
in bold, the unit in italics on a second line) and the source (right-aligned,
in italics). A file is one of these when it carries a version code
(``export/versionmark.py``: the page header's code line, or the code alone in
its properties) and has a Title paragraph.

Read as an ordinary draft, the slip would become the body's first tables, the
date line and the lead ordinary paragraphs, and the source the byline's unit.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from deskeditor.export import versionmark
from deskeditor.model import plain_text

from .body import Item, Para, TableItem

_CATEGORY_LABEL = "Chuyên mục:"
_NO_VALUE = "……"  # what the slip prints for an empty field
# The portal's date line, as text.dates.web_date_line writes it: "Thứ Hai, 06/07/2026 - 09:15".
_DATE_LINE = re.compile(
    r"^(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), (\d{2})/(\d{2})/(\d{4}) - (\d{2}):(\d{2})$"
)
_SOURCE_PREFIX = re.compile(r"^\s*nguồn\s*:", re.IGNORECASE)


@dataclass
class SignOffFields:
    """What the slip and the article's head and tail hold, taken out of the body."""

    code: str
    category: str = ""
    published_at: dt.datetime | None = None
    lead: str = ""
    source: str = ""


def version_code(document: Any) -> str | None:
    """Return the version code *document* (python-docx) carries, or None for any other file."""
    for section in document.sections:
        for header in (section.first_page_header, section.header):
            if header.is_linked_to_previous:  # reading it would add a header part
                continue
            codes = versionmark.printed_codes("\n".join(p.text for p in header.paragraphs))
            if codes:
                return codes[0]
    identifier = versionmark.clean_code(document.core_properties.identifier or "")
    return identifier if versionmark.CODE.match(identifier) else None


def take_sign_off(items: list[Item], code: str) -> SignOffFields | None:
    """Remove the slip, date line, lead and source from *items*; None if no article is found.

    *items* keeps the title, the body and the byline, for the usual assembly.
    """
    items[:] = [item for item in items if not _blank(item)]
    title_at = next(
        (i for i, item in enumerate(items) if isinstance(item, Para) and item.role == "title"),
        None,
    )
    if title_at is None:
        return None
    fields = SignOffFields(code)
    for item in items[:title_at]:
        if isinstance(item, TableItem):
            fields.category = fields.category or _slip_value(item, _CATEGORY_LABEL)
    del items[:title_at]
    after_title = 1
    date_line = items[after_title] if len(items) > after_title else None
    if isinstance(date_line, Para) and date_line.align == "center" and _all(date_line, "italic"):
        found = _DATE_LINE.match(plain_text(date_line.runs).strip())
        if found:
            day, month, year, hour, minute = (int(part) for part in found.groups())
            fields.published_at = dt.datetime(year, month, day, hour, minute)
            del items[after_title]
    lead = items[after_title] if len(items) > after_title else None
    if (
        isinstance(lead, Para)
        and lead.role == "paragraph"
        and lead.numbering is None
        and _all(lead, "bold")
    ):
        fields.lead = plain_text(lead.runs).strip()
        del items[after_title]
    fields.source = _take_source(items)
    return fields


def _take_source(items: list[Item]) -> str:
    """The source line: right-aligned, in italics, after the byline or starting "Nguồn:"."""
    last = items[-1] if len(items) > 1 else None
    if not (isinstance(last, Para) and last.align == "right" and _all(last, "italic")):
        return ""
    text = plain_text(last.runs).strip()
    before = items[-2]
    after_byline = isinstance(before, Para) and before.align == "right"
    if not (after_byline or _SOURCE_PREFIX.match(text)):
        return ""  # a byline of the unit alone is in italics too
    items.pop()
    return text


def _slip_value(table: TableItem, label: str) -> str:
    for row in table.rows:
        if len(row) >= 2 and plain_text(row[0]).strip() == label:
            value = plain_text(row[1]).strip()
            return "" if value == _NO_VALUE else value
    return ""


def _all(para: Para, mark: str) -> bool:
    marked = [getattr(run, mark) for run in para.runs if run.text.strip()]
    return bool(marked) and all(marked)


def _blank(item: Item) -> bool:
    return isinstance(item, Para) and not plain_text(item.runs).strip()
