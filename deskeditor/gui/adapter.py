"""The one place that converts between ``QTextDocument`` and the model's body blocks.

Qt's own HTML and Markdown are lossy and are never stored: what is saved is
always ``blocks_from_document``; what is shown is ``fill_document``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextListFormat,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from deskeditor.model import (
    Block,
    Figure,
    Heading,
    ListBlock,
    Paragraph,
    Quote,
    Run,
    Table,
    TextBlock,
    trim_runs,
)
from deskeditor.text import clean_text, nfc

from .figure import OBJECT_CHAR, figure_format, figure_from_format, is_figure

QUOTE_BLOCK = QTextFormat.Property.UserProperty + 10
# The paragraph right above a table that holds its caption (plain text).
TABLE_CAPTION = QTextFormat.Property.UserProperty + 11
CAPTION_TOP_MARGIN = 8
CAPTION_BOTTOM_MARGIN = 2
HEADER_BACKGROUND = QColor("#e6ecf3")
TABLE_BORDER = QColor("#7d8a9a")
HEADING_LEVEL = 2
LINK_COLOUR = QColor("#0645ad")
QUOTE_COLOUR = QColor("#444444")
# A line break inside a block (Shift+Enter; Enter in a table cell) is the document's
# line separator and the model's "\n". A caption is one line: there it is a space.
LINE_BREAK = "\u2028"
_DROP = str.maketrans({LINE_BREAK: " ", "\u2029": " ", OBJECT_CHAR: None})
_RUN_TEXT = str.maketrans({LINE_BREAK: "\n", "\u2029": " ", OBJECT_CHAR: None})
_TO_DOCUMENT = str.maketrans({"\n": LINE_BREAK, "\r": None})

PhotoSize = Callable[[int], tuple[int, int]]


# ------------------------------------------------------------------ formats


def paragraph_block_format() -> QTextBlockFormat:
    """Return the block format of an ordinary paragraph."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(6)
    return fmt


def heading_block_format() -> QTextBlockFormat:
    """Return the block format of a sub-heading."""
    fmt = QTextBlockFormat()
    fmt.setHeadingLevel(HEADING_LEVEL)
    fmt.setTopMargin(10)
    fmt.setBottomMargin(6)
    return fmt


def quote_block_format() -> QTextBlockFormat:
    """Return the block format of a quotation (indented, marked with a property)."""
    fmt = QTextBlockFormat()
    fmt.setProperty(QUOTE_BLOCK, True)
    fmt.setLeftMargin(28)
    fmt.setRightMargin(28)
    fmt.setBottomMargin(6)
    return fmt


def figure_block_format() -> QTextBlockFormat:
    """Return the block format that centres a figure."""
    fmt = QTextBlockFormat()
    fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    fmt.setTopMargin(6)
    fmt.setBottomMargin(10)
    return fmt


def caption_block_format(top_margin: float = 0) -> QTextBlockFormat:
    """Return the block format of a table's caption (the paragraph above the table).

    An empty caption gets a larger *top_margin* (see caption_room).
    """
    fmt = QTextBlockFormat()
    fmt.setProperty(TABLE_CAPTION, True)
    fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    fmt.setTopMargin(max(top_margin, CAPTION_TOP_MARGIN))
    fmt.setBottomMargin(CAPTION_BOTTOM_MARGIN)
    return fmt


def caption_top_margin(doc: QTextDocument, empty: bool) -> float:
    """Return a caption's top margin: an empty one keeps a line's room (see caption_room)."""
    if not empty:
        return CAPTION_TOP_MARGIN
    font = QFont(doc.defaultFont())
    font.setBold(True)
    return CAPTION_TOP_MARGIN + QFontMetricsF(font).lineSpacing() + CAPTION_BOTTOM_MARGIN


def caption_char_format() -> QTextCharFormat:
    """Return the look of a table's caption: bold by its look, not a mark (it is plain text)."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def table_format(header_rows: int) -> QTextTableFormat:
    """Return the format of a table: ruled, as wide as the page, *header_rows* heading rows."""
    fmt = QTextTableFormat()
    fmt.setBorder(1)
    fmt.setBorderBrush(TABLE_BORDER)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    fmt.setBorderCollapse(True)
    fmt.setCellPadding(4)
    fmt.setCellSpacing(0)
    fmt.setBottomMargin(8)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setHeaderRowCount(header_rows)
    return fmt


def style_table(table: QTextTable) -> None:
    """Shade the heading rows' cells and clear the others' (after any change of rows)."""
    header_rows = table.format().headerRowCount()
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue  # covered by a merged cell
            fmt = QTextTableCellFormat()
            if row < header_rows:
                fmt.setBackground(HEADER_BACKGROUND)
            else:
                fmt.setBackground(Qt.GlobalColor.transparent)
            cell.setFormat(fmt)


def set_header_rows(table: QTextTable, count: int) -> None:
    """Make the first *count* rows the table's heading rows."""
    fmt = table.format()
    fmt.setHeaderRowCount(max(0, min(count, table.rows())))
    table.setFormat(fmt)
    style_table(table)


def heading_char_format(base: QTextCharFormat | None = None) -> QTextCharFormat:
    """Return the look of heading text (larger, bold) on top of *base*."""
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
    return fmt


def run_format(run: Run, *, heading: bool = False, quote: bool = False) -> QTextCharFormat:
    """Return the character format showing *run*'s marks."""
    fmt = QTextCharFormat()
    if run.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if run.italic:
        fmt.setFontItalic(True)
    if run.underline:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    if run.link:
        set_link(fmt, run.link, keep_underline=run.underline)
    if quote and not run.link:
        fmt.setForeground(QUOTE_COLOUR)
    return heading_char_format(fmt) if heading else fmt


def set_link(fmt: QTextCharFormat, url: str | None, keep_underline: bool = False) -> None:
    """Make *fmt* a link to *url* (or plain text again when *url* is None)."""
    if url:
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setForeground(LINK_COLOUR)
        if not keep_underline:
            # A dotted line marks links, so that a single underline stays the user's mark.
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    else:
        fmt.setAnchor(False)
        fmt.setAnchorHref("")
        fmt.clearForeground()
        if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)


# ------------------------------------------------------------------ model -> document


def fill_document(doc: QTextDocument, blocks: list[Block], photo_size: PhotoSize) -> None:
    """Replace the content of *doc* with *blocks* (not undoable: used when opening)."""
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    insert_blocks(cursor, blocks, photo_size)
    cursor.endEditBlock()
    doc.clearUndoRedoStacks()
    doc.setModified(False)


def insert_blocks(cursor: QTextCursor, blocks: list[Block], photo_size: PhotoSize) -> None:
    """Insert *blocks* at *cursor*; a lone paragraph goes inline into the current block.

    The first block reuses the current block when it is empty, so opening or
    pasting into an empty editor leaves no blank paragraph in front.
    """
    if len(blocks) == 1 and isinstance(blocks[0], Paragraph) and cursor.block().textList() is None:
        _insert_runs(cursor, blocks[0].runs)
        return
    first = not cursor.block().text()

    def new_block(block_fmt: QTextBlockFormat) -> None:
        nonlocal first
        if first:
            cursor.setBlockFormat(block_fmt)
            cursor.setBlockCharFormat(QTextCharFormat())
            if cursor.block().textList() is not None:
                cursor.block().textList().remove(cursor.block())
            first = False
        else:
            cursor.insertBlock(block_fmt, QTextCharFormat())

    for block in blocks:
        if isinstance(block, Table):
            new_block(
                caption_block_format(caption_top_margin(cursor.document(), not block.caption))
            )
            cursor.insertText(block.caption, caption_char_format())
            cursor.setBlockCharFormat(caption_char_format())
            table = cursor.insertTable(
                len(block.rows), block.columns, table_format(block.header_rows)
            )
            for row_number, row in enumerate(block.rows):
                for column, cell in enumerate(row):
                    _insert_runs(table.cellAt(row_number, column).firstCursorPosition(), cell)
            style_table(table)
            # Qt keeps an empty paragraph after a table: the next block goes into it.
            cursor.setPosition(table.lastPosition() + 1)
            first = True
        elif isinstance(block, Figure):
            new_block(figure_block_format())
            width, height = photo_size(block.photo_id or 0)
            cursor.insertText(OBJECT_CHAR, figure_format(block, width, height))
        elif isinstance(block, ListBlock):
            list_format = QTextListFormat()
            list_format.setStyle(
                QTextListFormat.Style.ListDecimal
                if block.ordered
                else QTextListFormat.Style.ListDisc
            )
            text_list = None
            for item in block.items:
                new_block(paragraph_block_format())
                if text_list is None:
                    text_list = cursor.createList(list_format)
                else:
                    text_list.add(cursor.block())
                _insert_runs(cursor, item)
        else:
            heading = isinstance(block, Heading)
            quote = isinstance(block, Quote)
            new_block(
                heading_block_format()
                if heading
                else quote_block_format()
                if quote
                else paragraph_block_format()
            )
            _insert_runs(cursor, block.runs, heading=heading, quote=quote)


def _insert_runs(
    cursor: QTextCursor, runs: list[Run], *, heading: bool = False, quote: bool = False
) -> None:
    for run in runs:
        text = run.text.translate(_TO_DOCUMENT)  # "\n" would start a new paragraph
        cursor.insertText(text, run_format(run, heading=heading, quote=quote))


# ------------------------------------------------------------------ document -> model


def block_kind(block: QTextBlock) -> str:
    """Return "figure", "list", "heading", "quote", "table-caption", "table" or "paragraph"."""
    if QTextCursor(block).currentTable() is not None:
        return "table"
    if block.blockFormat().property(TABLE_CAPTION):
        return "table-caption"
    if block.textList() is not None:
        return "list"
    fmt = block.blockFormat()
    if fmt.headingLevel() > 0:
        return "heading"
    if fmt.property(QUOTE_BLOCK):
        return "quote"
    if figure_in_block(block) is not None:
        return "figure"
    return "paragraph"


def figure_in_block(block: QTextBlock) -> QTextCharFormat | None:
    """Return the figure format if *block* holds a figure, else None."""
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if is_figure(fragment.charFormat()):
            return fragment.charFormat()
        iterator += 1
    return None


def runs_of_block(block: QTextBlock, *, heading: bool = False) -> list[Run]:
    """Read the inline runs of one document block, merging neighbours with equal marks."""
    runs: list[Run] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        iterator += 1
        fmt = fragment.charFormat()
        if is_figure(fmt):
            continue
        text = clean_text(nfc(fragment.text().translate(_RUN_TEXT)))
        if not text:
            continue
        link = fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None
        run = Run(
            text,
            # Headings are bold by their look; bold is only a mark in other blocks.
            bold=not heading and fmt.fontWeight() >= QFont.Weight.DemiBold,
            italic=fmt.fontItalic(),
            underline=fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline,
            link=link,
        )
        if runs and runs[-1].same_marks(run):
            runs[-1].text += run.text
        else:
            runs.append(run)
    return trim_runs(runs)


def table_caption_of(block: QTextBlock) -> QTextTable | None:
    """Return the table that the caption *block* belongs to: the one right after it."""
    following = block.next()
    table = QTextCursor(following).currentTable() if following.isValid() else None
    if table is None or table.firstPosition() != following.position():
        return None
    return table


def cell_runs(doc: QTextDocument, table: QTextTable, row: int, column: int) -> list[Run]:
    """Read one cell's runs; its paragraphs (a table pasted into it) are lines of it.

    *doc* is passed in: with PySide6 6.11, a document wrapper got from
    ``table.document()`` marks the document deleted once the table's wrapper goes.
    """
    cell = table.cellAt(row, column)
    if cell.row() != row or cell.column() != column:
        return []  # covered by a merged cell: its text is in the first cell
    runs: list[Run] = []
    block = doc.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= cell.lastPosition():
        more = runs_of_block(block)
        if runs and more:
            runs.append(Run("\n"))
        runs += more
        block = block.next()
    merged: list[Run] = []
    for run in runs:
        if merged and merged[-1].same_marks(run):
            merged[-1].text += run.text
        else:
            merged.append(run)
    return merged


def table_from_document(doc: QTextDocument, table: QTextTable, caption: str) -> Table:
    """Read a table of *doc* into the model."""
    rows = [
        [cell_runs(doc, table, row, column) for column in range(table.columns())]
        for row in range(table.rows())
    ]
    header_rows = min(table.format().headerRowCount(), len(rows))
    return Table(rows, caption, header_rows)


def blocks_from_document(doc: QTextDocument) -> list[Block]:
    """Convert the editor's document into model blocks; empty paragraphs are dropped."""
    blocks: list[Block] = []
    current_list = None
    caption = ""  # the caption paragraph just read, for the table after it
    block = doc.firstBlock()
    while block.isValid():
        kind = block_kind(block)
        if kind == "table":
            table = QTextCursor(block).currentTable()
            while isinstance(outer := table.parentFrame(), QTextTable):
                table = outer  # the outermost table (a pasted one inside a cell)
            blocks.append(table_from_document(doc, table, caption))
            caption, current_list = "", None
            block = doc.findBlock(table.lastPosition() + 1)
            continue
        caption = ""
        if kind == "table-caption":
            text = clean_text(nfc(block.text().translate(_DROP))).strip()
            current_list = None
            if table_caption_of(block) is None and text:  # its table was deleted
                blocks.append(Paragraph([Run(text)]))  # bold was its look, not a mark
            caption = text
            block = block.next()
            continue
        if kind == "list":
            text_list = block.textList()
            items = runs_of_block(block)
            if current_list is not None and current_list[0] == text_list:
                if items:
                    current_list[1].items.append(items)
            else:
                ordered = text_list.format().style() in _ORDERED_STYLES
                list_block = ListBlock([items] if items else [], ordered)
                blocks.append(list_block)
                current_list = (text_list, list_block)
        else:
            current_list = None
            if kind == "figure":
                fmt = figure_in_block(block)
                assert fmt is not None
                blocks.append(figure_from_format(fmt))
                # Text typed beside a figure becomes a paragraph of its own.
                extra = runs_of_block(block)
                if extra:
                    blocks.append(Paragraph(extra))
            else:
                runs = runs_of_block(block, heading=kind == "heading")
                if runs:
                    kinds: dict[str, type[TextBlock]] = {"heading": Heading, "quote": Quote}
                    cls = kinds.get(kind, Paragraph)
                    blocks.append(cls(runs))
        block = block.next()
    return [b for b in blocks if not (isinstance(b, ListBlock) and not b.items)]


_ORDERED_STYLES = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}
