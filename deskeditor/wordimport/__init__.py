"""Import a Word draft (.docx) as a new draft article, with a report of what was left out.

Library: python-docx (already the Word exporter's dependency), used as the
package reader (relationships, parts, styles, numbering) with the body read
from its XML tree. mammoth turns a .docx into HTML and so hides exactly what
this import needs: numbering definitions, alignment, run fonts (for the
legacy Vietnamese encodings), pictures' relationships and tracked changes.

Reading (:func:`read_docx`) touches no store: the file is checked (zip bomb,
encrypted or old binary document, damaged zip), the body is read, and every
picture goes through the photo pipeline (:mod:`deskeditor.photos`); a picture
the pipeline refuses is left out and reported. Storing (:func:`store_draft`)
then adds the photos and the article in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from deskeditor.errors import Message, PhotoError, WordImportError
from deskeditor.model import (
    Article,
    Block,
    Figure,
    ListBlock,
    Paragraph,
    Run,
    Status,
    Table,
    plain_text,
    square_rows,
    trim_runs,
)
from deskeditor.text import nfc
from deskeditor.text.legacy import convert_legacy, detect_legacy

from .container import (
    DAMAGED,
    as_plain_docx,
    is_word_file,
    looks_like_word,
    read_package,
)

if TYPE_CHECKING:  # python-docx and lxml load only when a Word file is read
    from deskeditor.model import Figure
    from deskeditor.photos import ProcessedPhoto
    from deskeditor.store import Store

    from .body import TableItem
    from .inline import ImageRef

__all__ = [
    "ReportItem",
    "WordDraft",
    "import_docx",
    "is_word_file",
    "looks_like_word",
    "read_docx",
    "store_draft",
]

# What the reading counted, and the code of its line in the report, in order.
_COUNTED = (
    ("textbox", "word.textbox"),
    ("shape", "word.shape"),
    ("chart", "word.chart"),
    ("footnote", "word.footnote"),
    ("comment", "word.comment"),
    ("equation", "word.equation"),
    ("object", "word.object"),
    ("linked_image", "word.linked_image"),
    ("inserted", "word.inserted"),
    ("deleted", "word.deleted"),
)


@dataclass(frozen=True)
class ReportItem:
    """One line of the report: a message of the catalogue (English as ``str``)."""

    message: Message

    @property
    def code(self) -> str:
        """The catalogue code of the line (word.textbox, word.link_refused...)."""
        return self.message.code


@dataclass
class WordDraft:
    """A Word file read into a draft article, its processed photos and the report."""

    article: Article
    photos: list[ProcessedPhoto] = field(default_factory=list)  # one for each figure
    report: list[ReportItem] = field(default_factory=list)
    legacy_runs: dict[str, int] = field(default_factory=dict)  # encoding -> runs converted


def read_docx(path: Path, progress: Callable[[int, int], None] | None = None) -> WordDraft:
    """Read the .docx at *path* into a draft, or raise :class:`WordImportError`."""
    import docx  # python-docx loads only when a Word file is imported
    from docx.oxml.ns import qn

    from deskeditor.photos import SMALL_LONG_EDGE

    from .article import assemble, place_tables
    from .body import BodyReader
    from .inline import Findings
    from .signoff import take_sign_off, version_code

    path = Path(path)
    data, macros = as_plain_docx(read_package(path))
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError) as exc:
        raise WordImportError(path.name, DAMAGED) from exc
    except Exception as exc:  # lxml's XMLSyntaxError and python-docx's own errors
        raise WordImportError(path.name, DAMAGED) from exc
    root = document.element
    if root.tag != qn("w:document") or root.find(qn("w:body")) is None:
        raise WordImportError(path.name, DAMAGED)
    findings = Findings()
    items = BodyReader(document, findings).read(document)
    code = version_code(document)
    own = take_sign_off(items, code) if code else None
    result = assemble(items, nfc(path.stem), lead=own.lead if own else None)
    place_tables(result, _table_blocks)
    article = result.article
    if result.no_title and not article.lead.strip() and not article.body:
        raise WordImportError(path.name, "word.empty")  # an empty draft helps nobody
    article.status = Status.DRAFT
    report: list[ReportItem] = []
    unmarked = convert_unmarked_legacy(article)
    if unmarked:
        report.append(ReportItem(Message("word.legacy_text", count=unmarked)))
    if own is not None:  # deskeditor's own sign-off document: the slip is no part of the text
        article.category, article.source = own.category, own.source
        article.published_at = own.published_at
        report.append(ReportItem(Message("word.own_export", code=own.code)))
    _check_size(article, path.name)
    if macros:
        report.append(ReportItem(Message("word.macros")))
    if result.no_title:
        report.append(ReportItem(Message("word.no_title")))
    for counted, code in _COUNTED:
        if findings.counts[counted]:
            report.append(ReportItem(Message(code, count=findings.counts[counted])))
    for text, url, reason in findings.refused_links:
        if text:
            line = Message("word.link_refused", text=text, url=url, reason=reason)
        else:
            line = Message("word.link_refused_untitled", url=url, reason=reason)
        report.append(ReportItem(line))
    photos = _process_photos(result.pictures, path.stem, report, article, progress)
    small = len({p.sha256 for p in photos if p.small})  # a picture shown twice counts once
    if small:
        report.append(ReportItem(Message("word.photo_small", count=small, edge=SMALL_LONG_EDGE)))
    missing_alt = sum(1 for figure in article.figures() if not figure.alt.strip())
    if missing_alt:
        report.append(ReportItem(Message("word.photo_no_alt", count=missing_alt)))
    return WordDraft(article, photos, report, dict(findings.legacy_runs))


def convert_unmarked_legacy(article: Article) -> int:
    """Convert TCVN3/VNI text that lost its old font; return how many texts were converted.

    Runs in a .VnTime or VNI font are converted as they are read; text copied
    from an old document into a new one keeps its bytes but not its font, and is
    found here by what it spells, one paragraph (title, caption, cell) at a time.
    """
    converted = 0

    def text(value: str) -> str:
        nonlocal converted
        encoding = detect_legacy(value) if value else None
        if encoding is None:
            return value
        converted += 1
        return convert_legacy(value, encoding)

    def runs(pieces: list[Run]) -> None:
        nonlocal converted
        encoding = detect_legacy("".join(run.text for run in pieces)) if pieces else None
        if encoding is not None:
            converted += 1
            for run in pieces:
                run.text = convert_legacy(run.text, encoding)

    article.title, article.lead = text(article.title), text(article.lead)
    article.author, article.author_unit = text(article.author), text(article.author_unit)
    for block in article.body:
        if isinstance(block, Figure):
            block.caption, block.credit, block.alt = (
                text(block.caption),
                text(block.credit),
                text(block.alt),
            )
        elif isinstance(block, ListBlock):
            for item in block.items:
                runs(item)
        elif isinstance(block, Table):
            block.caption = text(block.caption)
            for row in block.rows:
                for cell in row:
                    runs(cell)
        else:
            runs(block.runs)
    return converted


def _check_size(article: Article, name: str) -> None:
    """Refuse what the interchange JSON could not carry back (its limits, jsonio)."""
    from deskeditor.jsonio import MAX_BLOCKS, MAX_LIST_ITEMS, MAX_RUNS

    too_long = len(article.body) > MAX_BLOCKS
    for block in article.body:
        if isinstance(block, ListBlock):
            too_long |= len(block.items) > MAX_LIST_ITEMS
            too_long |= any(len(item) > MAX_RUNS for item in block.items)
        elif isinstance(block, Table):
            too_long |= sum(len(cell) for row in block.rows for cell in row) > MAX_RUNS
        elif not isinstance(block, Figure):
            too_long |= len(block.runs) > MAX_RUNS
    if too_long:
        raise WordImportError(
            name, Message("word.too_long", blocks=MAX_BLOCKS, items=MAX_LIST_ITEMS)
        )


def _table_blocks(table: TableItem, caption: str) -> list[Block]:
    """A Word table as a table block: square rows of run cells (merged cells padded)."""
    rows = [row for row in table.rows if row]
    if not any(plain_text(cell).strip() for row in rows for cell in row):
        return [Paragraph([Run(caption)])] if caption else []
    for row in rows:
        for cell in row:
            trim_runs(cell)
    header_rows = min(table.header_rows, len(rows))
    for row in rows[:header_rows]:  # a header cell is bold by itself
        for cell in row:
            for run in cell:
                run.bold = False
    return [Table(square_rows(rows), caption=caption, header_rows=header_rows)]


def _process_photos(
    pictures: list[tuple[Figure, ImageRef]],
    stem: str,
    report: list[ReportItem],
    article: Article,
    progress: Callable[[int, int], None] | None,
) -> list[ProcessedPhoto]:
    """Run every picture through the photo pipeline; drop (and report) the refused ones."""
    from deskeditor.photos import ingest_bytes  # Pillow loads only when needed

    done: dict[str, ProcessedPhoto] = {}
    refused: dict[str, str] = {}
    kept: dict[int, ProcessedPhoto] = {}
    for number, (figure, image) in enumerate(pictures, 1):
        if image.data is not None:
            digest = hashlib.sha256(image.data).hexdigest()
            if digest not in done and digest not in refused:
                try:
                    done[digest] = ingest_bytes(image.data, f"{stem}-{image.name}")
                except PhotoError as exc:
                    refused[digest] = exc.reason
                    line = Message("word.photo_refused", name=image.name, reason=exc.reason)
                    report.append(ReportItem(line))
            if digest in done:
                kept[id(figure)] = done[digest]
        if progress is not None:
            progress(number, len(pictures))
    body: list[Block] = []
    for block in article.body:
        if isinstance(block, Figure) and id(block) not in kept:
            words = block.caption
            if block.credit:
                words = f"{words} ({block.credit})".strip()
            if words:  # the picture is lost, not its words
                body.append(Paragraph([Run(words)]))
            continue
        body.append(block)
    article.body = body
    return [kept[id(figure)] for figure in article.figures()]


def store_draft(store: Store, draft: WordDraft) -> int:
    """Add the draft's photos and article to *store* in one transaction; return the id.

    A Word draft has no publication date of its own; it gets the time of the
    import, the date the editor would show it with (and keep on the next save),
    so that the list and the editor show the same date from the start.
    """
    if draft.article.published_at is None:
        draft.article.published_at = dt.datetime.now().replace(second=0, microsecond=0)
    return store.import_article(draft.article, photos=draft.photos)


def import_docx(store: Store, path: Path) -> tuple[int, list[ReportItem]]:
    """Read the .docx at *path* and add it to *store* as a draft; return (id, report)."""
    draft = read_docx(path)
    return store_draft(store, draft), draft.report
