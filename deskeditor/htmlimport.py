"""Turn HTML pasted from Word or a web page into model blocks.

Only structure survives: paragraphs, headings, quotes, lists, tables, bold,
italic, underline and http/https/mailto links. Fonts, colours, styles, scripts
and images are dropped. nh3 does the cleaning; this module maps what is left.

A table keeps its rows, cells, caption and header rows (``<thead>`` or rows of
``<th>``; from Word, whose HTML has neither, a first row all in bold). Merged
cells are not kept as merged: the text stays in the first cell and the cells
it covered are left empty, so every row has the same number of cells and no
text is lost. A one-cell table (a web page's layout box) becomes a paragraph;
a table inside a table gives its text to the outer cell.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

from deskeditor.model import (
    Block,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Run,
    Table,
    plain_text,
    square_rows,
    trim_runs,
)
from deskeditor.text import nfc
from deskeditor.urls import LINK_SCHEMES, UrlError, check_url

_KEEP_TAGS = {
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
    "b", "strong", "i", "em", "u", "a", "span", "table", "tr", "td", "th", "thead", "tbody",
    "tfoot", "caption",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
# What may stay inside a cell: its text, separated where a line or block ended.
_CELL_BREAKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol",
                "li", "tr", "td", "th", "table", "caption"}  # fmt: skip
MAX_PASTED_COLUMNS = 50
_MARK_TAGS = {"b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline"}
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "tr", "td", "th"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

# Word marks list paragraphs with mso-list and writes the bullet as text inside
# conditional comments; nh3 would keep that bullet as text, so lists are rebuilt first.
_WORD_MARKER = re.compile(
    r"<!(?:--)?\[if !supportLists\](?:--)?>(.*?)<!(?:--)?\[endif\](?:--)?>", re.S | re.I
)
_WORD_LIST_PARAGRAPH = re.compile(r"<p\b[^>]*mso-list:[^>]*>(.*?)</p>", re.S | re.I)
_ORDERED_MARKER = re.compile(r"^\s*\(?[0-9ivxIVXa-zA-Z]{1,4}[.)]")
_TAG = re.compile(r"<[^>]+>")


def _rebuild_word_lists(html: str) -> str:
    out: list[str] = []
    position = 0
    open_tag = ""
    for match in _WORD_LIST_PARAGRAPH.finditer(html):
        between = html[position : match.start()]
        if open_tag and between.strip():
            out.append(f"</{open_tag}>")
            open_tag = ""
        out.append(between)
        inner = match.group(1)
        marker = _WORD_MARKER.search(inner)
        marker_text = _TAG.sub("", marker.group(1)).replace("&nbsp;", " ") if marker else ""
        tag = "ol" if _ORDERED_MARKER.match(marker_text) else "ul"
        if tag != open_tag:
            if open_tag:
                out.append(f"</{open_tag}>")
            out.append(f"<{tag}>")
            open_tag = tag
        out.append(f"<li>{_WORD_MARKER.sub('', inner)}</li>")
        position = match.end()
    if open_tag:
        out.append(f"</{open_tag}>")
    out.append(html[position:])
    return "".join(out)


def clean_html(html: str) -> str:
    """Return *html* reduced to the tags and attributes the model can hold."""
    html = _rebuild_word_lists(html)
    html = _WORD_MARKER.sub("", html)
    return nh3.clean(
        html,
        tags=_KEEP_TAGS,
        attributes={"a": {"href"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}},
        url_schemes=set(LINK_SCHEMES),
        clean_content_tags={"script", "style", "head", "title", "template", "noscript"},
        strip_comments=True,
        link_rel=None,
    )


class _TableBuilder:
    """The table being read: rows of cells, spans laid out, header rows counted."""

    def __init__(self) -> None:
        self.rows: list[list[list[Run]]] = []
        self.header: list[bool] = []  # per row: in <thead>, or every cell a <th>
        self.caption = ""
        self.in_head = False
        self.row_open = False
        self.row_all_th = True
        self.covered: dict[int, int] = {}  # column -> rows still covered by a rowspan above

    def start_row(self) -> None:
        self.end_row()
        self.rows.append([])
        self.header.append(self.in_head)
        self.row_all_th = True
        self.row_open = True
        self._skip_covered()

    def _skip_covered(self) -> None:
        row = self.rows[-1]
        while self.covered.get(len(row), 0) > 0:
            self.covered[len(row)] -= 1
            row.append([])

    def add_cell(self, runs: list[Run], header: bool, colspan: int, rowspan: int) -> None:
        if not self.row_open:
            self.start_row()
        row = self.rows[-1]
        self._skip_covered()
        for offset in range(colspan):
            if rowspan > 1:
                self.covered[len(row)] = rowspan - 1
            row.append(runs if offset == 0 else [])
        self.row_all_th = self.row_all_th and header
        self._skip_covered()

    def end_row(self) -> None:
        if self.row_open:
            if self.rows[-1] and self.row_all_th:
                self.header[-1] = True
            self.row_open = False

    def build(self) -> Block | None:
        """Return the table, a paragraph for a one-cell table, or None when it holds nothing."""
        self.end_row()
        rows = [row[:MAX_PASTED_COLUMNS] for row in self.rows if row]
        if not rows or not any(plain_text(cell).strip() for row in rows for cell in row):
            return Paragraph(_plain(self.caption)) if self.caption else None
        if len(rows) == 1 and len(rows[0]) == 1 and not self.caption:
            return Paragraph(rows[0][0])
        header_rows = 0
        for is_header in self.header[: len(rows)]:
            if not is_header:
                break
            header_rows += 1
        if header_rows == 0 and len(rows) > 1 and _all_bold(rows[0]):
            header_rows = 1  # Word writes its heading row as bold text in plain cells
        return Table(square_rows(rows), self.caption, header_rows)


def _plain(text: str) -> list[Run]:
    return [Run(text)] if text else []


def _all_bold(row: list[list[Run]]) -> bool:
    runs = [run for cell in row for run in cell if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    value = dict(attrs).get(name) or "1"
    return min(int(value), MAX_PASTED_COLUMNS) if value.strip().isdigit() and int(value) > 0 else 1


class _BlockBuilder(HTMLParser):
    """Walk cleaned HTML and collect blocks of runs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.runs: list[Run] = []
        self.marks = {"bold": 0, "italic": 0, "underline": 0}
        self.links: list[str | None] = []
        self.kind = "paragraph"
        self.quote_depth = 0
        self.lists: list[ListBlock] = []
        self.table: _TableBuilder | None = None
        self.table_depth = 0  # tables inside a cell's table give their text to that cell
        self.cell: tuple[bool, int, int] | None = None  # in a cell: (th, colspan, rowspan)
        self.in_caption = False

    # ---- helpers

    def _flush(self) -> None:
        runs = _tidy(self.runs)
        self.runs = []
        if not runs:
            return
        if self.lists:
            self.lists[-1].items.append(runs)
        elif self.kind == "heading":
            self.blocks.append(Heading(runs))
        elif self.quote_depth:
            self.blocks.append(Quote(runs))
        else:
            self.blocks.append(Paragraph(runs))

    def _paragraph_ends_in_break(self) -> bool:
        """Tell whether a paragraph (or quote) is open and its text so far ends in a line break."""
        if self.lists or self.kind == "heading" or self.table is not None:
            return False  # a list item, a heading, a cell: one block, its breaks are one
        return "".join(run.text for run in self.runs).rstrip(" ").endswith("\n")

    # ---- parser callbacks

    def _table_start(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """Handle *tag* for a table; return True when it was a table's own tag."""
        if tag == "table":
            if self.table is None:
                self._flush()
                self.table = _TableBuilder()
            else:
                self.runs.append(Run(" "))
            self.table_depth += 1
            return True
        if self.table is None:
            return False
        if self.table_depth > 1 or (self.cell is not None and tag not in _CELL_TAGS):
            if tag in _CELL_BREAKS:
                # A cell's own paragraphs and <br> are its lines; an inner table's text
                # runs on in the outer cell.
                self.runs.append(Run("\n" if self.table_depth == 1 else " "))
                return True
            return tag not in _MARK_TAGS and tag != "a"
        if tag == "thead":
            self.table.in_head = True
        elif tag in ("tbody", "tfoot"):
            self.table.in_head = False
        elif tag == "tr":
            self.table.start_row()
        elif tag in _CELL_TAGS:
            self._end_cell()
            self.runs = []
            self.cell = (tag == "th", _span(attrs, "colspan"), _span(attrs, "rowspan"))
        elif tag == "caption":
            self.runs = []
            self.in_caption = True
        elif tag in _CELL_BREAKS:
            self.runs.append(Run(" "))
        return tag not in _MARK_TAGS and tag != "a"

    def _end_cell(self) -> None:
        if self.table is not None and self.cell is not None:
            header, colspan, rowspan = self.cell
            self.table.add_cell(_tidy(self.runs), header, colspan, rowspan)
            self.runs = []
            self.cell = None

    def _table_end(self, tag: str) -> bool:
        """Handle the end of *tag* for a table; return True when it was a table's own tag."""
        if self.table is None:
            return False
        if tag == "table":
            self.table_depth -= 1
            if self.table_depth:
                self.runs.append(Run(" "))
                return True
            self._end_cell()
            block = self.table.build()
            self.table = None
            self.runs = []
            if block is not None:
                self.blocks.append(block)
            return True
        if self.table_depth > 1:
            return tag in _CELL_BREAKS
        if tag in _CELL_TAGS:
            self._end_cell()
        elif tag == "tr":
            self._end_cell()
            self.table.end_row()
        elif tag == "thead":
            self.table.in_head = False
        elif tag == "caption" and self.in_caption:
            self.table.caption = plain_text(_tidy(self.runs))
            self.runs = []
            self.in_caption = False
        elif tag in _CELL_BREAKS and self.cell is not None:
            self.runs.append(Run(" "))
        return tag not in _MARK_TAGS and tag != "a"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._table_start(tag, attrs):
            return
        if tag in _MARK_TAGS:
            self.marks[_MARK_TAGS[tag]] += 1
        elif tag == "a":
            self.links.append(_checked_link(dict(attrs).get("href")))
        elif tag == "br":
            if self._paragraph_ends_in_break():
                self._flush()  # a blank line (<br><br>): pages that have no <p> mean a new paragraph
            else:
                self.runs.append(Run("\n"))  # a line break inside the block, as the page shows it
        elif tag in ("ul", "ol"):
            self._flush()
            new_list = ListBlock([], ordered=tag == "ol")
            if not self.lists:  # nested lists are flattened into the outer one
                self.blocks.append(new_list)
                self.lists.append(new_list)
            else:
                self.lists.append(self.lists[-1])
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag in _HEADINGS:
                self.kind = "heading"
            if tag == "blockquote":
                self.quote_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._table_end(tag):
            return
        if tag in _MARK_TAGS:
            self.marks[_MARK_TAGS[tag]] = max(0, self.marks[_MARK_TAGS[tag]] - 1)
        elif tag == "a":
            if self.links:
                self.links.pop()
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag in _HEADINGS:
                self.kind = "paragraph"
            if tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)

    def handle_data(self, data: str) -> None:
        text = re.sub(r"\s+", " ", data.replace("\xa0", " "))
        if not text:
            return
        if self.table is not None and self.cell is None and not self.in_caption:
            return  # white space between rows and cells
        link = next((href for href in reversed(self.links) if href), None)
        self.runs.append(
            Run(
                nfc(text),
                bold=self.marks["bold"] > 0 and self.kind != "heading",
                italic=self.marks["italic"] > 0,
                underline=self.marks["underline"] > 0,
                link=link,
            )
        )

    def close(self) -> None:
        super().close()
        while self.table is not None:  # a table never closed: keep what it holds
            self._table_end("table")
        self._flush()


def _checked_link(href: str | None) -> str | None:
    """Return *href* if the link policy allows it; the text of a refused link stays, unlinked."""
    try:
        return check_url(href) if href else None
    except UrlError:
        return None


# Spaces and line breaks in a row: one line break if there is one, else one space.
_BLANKS = re.compile(r"[ \n]{2,}")


def _one_blank(match: re.Match[str]) -> str:
    return "\n" if "\n" in match.group() else " "


def _tidy(runs: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in runs:
        if merged and merged[-1].same_marks(run):
            merged[-1].text = _BLANKS.sub(_one_blank, merged[-1].text + run.text)
        else:
            merged.append(Run(run.text, run.bold, run.italic, run.underline, run.link))
    return trim_runs(merged)


def blocks_from_html(html: str) -> list[Block]:
    """Return the model blocks of pasted *html* (cleaned first)."""
    builder = _BlockBuilder()
    builder.feed(clean_html(html))
    builder.close()
    return [b for b in builder.blocks if not (isinstance(b, ListBlock) and not b.items)]


def blocks_from_text(text: str) -> list[Block]:
    """Return one paragraph per non-empty line of pasted plain text."""
    return [Paragraph([Run(nfc(line.strip()))]) for line in text.splitlines() if line.strip()]
