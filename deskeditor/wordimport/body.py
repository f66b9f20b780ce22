"""Read a Word document's body into a flat list of paragraphs, pictures and tables.

This is the first pass: each item keeps what the second pass
(:mod:`deskeditor.wordimport.article`) needs to decide what it is, such as a
paragraph's role by style, its alignment and its list numbering.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.document import Document
from docx.oxml.ns import qn
from lxml.etree import _Element as Element

from deskeditor.model import Run, plain_text

from .inline import MC, Findings, ImageRef, InlineReader
from .styles import DocStyles


@dataclass
class Para:
    """A paragraph: *role* is title, heading, caption, quote or paragraph (from its style)."""

    role: str
    runs: list[Run]
    align: str = "left"
    numbering: tuple[str, bool, int] | None = None  # (numId, ordered, level) of a list item


@dataclass
class Picture:
    """A picture on a line of its own (a paragraph with text around it is split)."""

    image: ImageRef


@dataclass
class TableItem:
    """A table: rows of cells of runs, its leading header rows, and pictures found inside."""

    rows: list[list[list[Run]]]
    header_rows: int = 0
    pictures: list[ImageRef] = field(default_factory=list)
    # What each cell holds in order (pictures, and each paragraph's runs), row by row.
    grid: list[list[list[ImageRef | list[Run]]]] = field(default_factory=list)


Item = Para | Picture | TableItem


class BodyReader:
    """Walks the body of one document."""

    def __init__(self, document: Document, findings: Findings) -> None:
        self.styles = DocStyles(document)
        self.findings = findings
        self.inline = InlineReader(document.part, self.styles, findings)

    def read(self, document: Document) -> list[Item]:
        """Return the items of the document's body, in order."""
        items: list[Item] = []
        self._blocks(document.element.body, items)
        return items

    def _blocks(self, container: Element, items: list[Item]) -> None:
        for child in container:
            tag = child.tag
            if tag == qn("w:p"):
                items.extend(self._paragraph(child))
            elif tag == qn("w:tbl"):
                table = self._table(child)
                items.extend(_layout(table) or [table])
            elif tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self._blocks(content, items)
            elif tag == qn("w:customXml"):
                self._blocks(child, items)
            elif tag == f"{{{MC}}}AlternateContent":
                branch = child.find(f"{{{MC}}}Choice")
                if branch is None:
                    branch = child.find(f"{{{MC}}}Fallback")
                if branch is not None:
                    self._blocks(branch, items)
            elif tag == qn("w:altChunk"):
                self.findings.counts["object"] += 1

    def _paragraph(self, p: Element) -> list[Item]:
        ppr = p.find(qn("w:pPr"))
        style = self.styles.paragraph_style(ppr)
        role, _level = self.styles.paragraph_role(style)
        align = self.styles.alignment(ppr, style)
        numbering = self.styles.numbering(ppr, style)
        items: list[Item] = []
        runs: list[Run] = []
        for piece in self.inline.paragraph(p, style, style_marks=role == "paragraph"):
            if isinstance(piece, ImageRef):
                if runs:
                    items.append(Para(role, runs, align, numbering))
                    runs = []
                items.append(Picture(piece))
            else:
                runs.append(piece)
        if runs or not items:
            items.append(Para(role, runs, align, numbering))
        return items

    def _table(self, tbl: Element) -> TableItem:
        table = TableItem([])
        header_done = False
        for tr in tbl.iter(qn("w:tr")):
            if tr.getparent() is not None and _owning_table(tr) is not tbl:
                continue  # a row of a nested table: its text is in the outer cell
            trpr = tr.find(qn("w:trPr"))
            if trpr is not None and trpr.find(qn("w:del")) is not None:
                self.findings.counts["deleted"] += 1
                continue
            row: list[list[Run]] = []
            table.grid.append([])
            for tc in tr.iter(qn("w:tc")):
                if _owning_row(tc) is not tr:
                    continue
                table.grid[-1].append([])
                row.append(self._cell(tc, table))
                span = _grid_span(tc)
                row.extend([] for _ in range(span - 1))
            table.rows.append(row)
            is_header = trpr is not None and trpr.find(qn("w:tblHeader")) is not None
            if is_header and not header_done:
                table.header_rows += 1
            else:
                header_done = True
        if table.header_rows == 0 and len(table.rows) > 1 and _all_bold(table.rows[0]):
            table.header_rows = 1
        return table

    def _cell(self, tc: Element, table: TableItem) -> list[Run]:
        runs: list[Run] = []
        for p in tc.iter(qn("w:p")):
            style = self.styles.paragraph_style(p.find(qn("w:pPr")))
            pieces = self.inline.paragraph(p, style)
            images = [piece for piece in pieces if isinstance(piece, ImageRef)]
            table.pictures += images
            texts = [piece for piece in pieces if isinstance(piece, Run)]
            table.grid[-1][-1] += images  # the same runs serve the table or the layout
            if plain_text(texts).strip():
                table.grid[-1][-1].append(list(texts))
            if texts and runs:
                runs.append(Run("\n"))  # a cell's paragraphs are its lines, as Word shows them
            runs += texts
        return runs


def _layout(table: TableItem) -> list[Item] | None:
    """A table used to lay out photos with their captions, as pictures and caption paragraphs.

    It is one when it holds pictures and no more paragraphs of text than
    pictures. Captions are read under their picture (column by column), or
    beside it when every row holding a picture also holds text.
    """
    texts = sum(
        1 for row in table.grid for cell in row for piece in cell if isinstance(piece, list)
    )
    if not table.pictures or texts > len(table.pictures):
        return None
    beside = all(
        any(isinstance(piece, list) for cell in row for piece in cell)
        for row in table.grid
        if any(isinstance(piece, ImageRef) for cell in row for piece in cell)
    )
    if beside:
        cells = [cell for row in table.grid for cell in row]
    else:
        width = max(len(row) for row in table.grid)
        cells = [row[c] for c in range(width) for row in table.grid if c < len(row)]
    items: list[Item] = []
    for cell in cells:
        for piece in cell:
            if isinstance(piece, ImageRef):
                items.append(Picture(piece))
            else:
                after_picture = bool(items) and isinstance(items[-1], Picture)
                items.append(Para("caption" if after_picture else "paragraph", piece))
    return items


def _owning_table(tr: Element) -> Element | None:
    parent = tr.getparent()
    while parent is not None and parent.tag != qn("w:tbl"):
        parent = parent.getparent()
    return parent


def _owning_row(tc: Element) -> Element | None:
    parent = tc.getparent()
    while parent is not None and parent.tag != qn("w:tr"):
        parent = parent.getparent()
    return parent


def _grid_span(tc: Element) -> int:
    tcpr = tc.find(qn("w:tcPr"))
    span = tcpr.find(qn("w:gridSpan")) if tcpr is not None else None
    value = span.get(qn("w:val")) if span is not None else None
    return min(int(value), 64) if value and value.isdigit() and int(value) > 0 else 1


def _all_bold(row: list[list[Run]]) -> bool:
    runs = [run for cell in row for run in cell if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)
