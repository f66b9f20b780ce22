"""The rich-text body editor: formatting, figures, paste and drop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
    QTextTable,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from deskeditor.errors import NotFoundError
from deskeditor.model import Block, Figure, ListBlock, Run, Table

from .adapter import (
    LINE_BREAK,
    TABLE_CAPTION,
    block_kind,
    caption_char_format,
    figure_block_format,
    heading_block_format,
    heading_char_format,
    insert_blocks,
    paragraph_block_format,
    quote_block_format,
    run_format,
    set_header_rows,
    set_link,
    style_table,
    table_caption_of,
)
from .caption_room import caption_edit, fit_caption, placeholder_rect
from .figure import (
    FIGURE_OBJECT,
    OBJECT_CHAR,
    PHOTO_HEIGHT,
    PHOTO_WIDTH,
    FigureRenderer,
    figure_format,
    figure_from_format,
    is_figure,
)

if TYPE_CHECKING:
    from deskeditor.store import Store

IMAGE_SUFFIXES = {
    ".jpg",
    ".jpeg",
    ".png",
    ".gif",
    ".webp",
    ".heic",
    ".heif",
    ".tif",
    ".tiff",
    ".bmp",
    ".avif",
}


def _flat_runs(blocks: list[Block]) -> list[Run]:
    """Return the text of *blocks* as one line of runs (for a table cell), blocks apart by a space."""
    out: list[Run] = []
    for block in blocks:
        if isinstance(block, Table):
            pieces = [cell for row in block.rows for cell in row if cell]
        elif isinstance(block, ListBlock):
            pieces = block.items
        elif isinstance(block, Figure):
            pieces = []
        else:
            pieces = [block.runs]
        for runs in pieces:
            if out:
                out.append(Run(" "))
            out += runs
    return out


# Called with pasted blocks; returns the blocks to insert (e.g. after legacy conversion).
PasteFilter = Callable[[list[Block]], list[Block] | None]


class BodyEdit(QTextEdit):
    """A QTextEdit whose content is always expressible as model blocks."""

    figure_activated = Signal(int)  # document position of the figure character
    files_dropped = Signal(list)  # list[Path] of image files to import at the cursor
    image_pasted = Signal(bytes)  # PNG bytes of an image from the clipboard

    def __init__(self, renderer: FigureRenderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.document().documentLayout().registerHandler(FIGURE_OBJECT, renderer)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.paste_filter: PasteFilter | None = None
        # Asked first about every drag and drop (the window's Word import takes drafts).
        self.drop_taker: Callable[[QDropEvent], bool] | None = None
        self.table_actions: list[QAction | None] = []  # the window's (None: a separator)
        self.photo_size: Callable[[int], tuple[int, int]] = lambda _id: (4, 3)
        # The store the figures' photo ids belong to (None: figures are not copied).
        self.photo_store: Callable[[], Store | None] = lambda: None
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.document().setDefaultFont(font)
        self.horizontalScrollBar().rangeChanged.connect(self._ignore_overflow_into_margin)

    def _ignore_overflow_into_margin(self, _minimum: int, maximum: int) -> None:
        # Qt rounds the columns of a page-wide table so that the table can end up to a
        # few pixels past the text width. That lands in the document's blank right
        # margin and hides nothing, yet Qt counts it as overflow and shows a
        # horizontal scroll bar. Only a wider overflow (a table whose columns cannot
        # shrink to the page) keeps the bar, which then is needed to reach it.
        if 0 < maximum <= self.document().documentMargin():
            self.horizontalScrollBar().setRange(0, 0)

    # ------------------------------------------------------------ inline marks

    def _merge_char(self, fmt: QTextCharFormat) -> None:
        # As in Word: a selection gets the mark; a cursor inside a word marks the word;
        # a cursor at a word's edge only changes what is typed next.
        cursor = self.textCursor()
        if not cursor.hasSelection() and self._inside_word(cursor):
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    @staticmethod
    def _inside_word(cursor: QTextCursor) -> bool:
        text = cursor.block().text()
        index = cursor.positionInBlock()
        return 0 < index < len(text) and text[index - 1].isalnum() and text[index].isalnum()

    def set_bold(self, on: bool) -> None:
        """Make the selection (or the word under the cursor) bold or not."""
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge_char(fmt)

    def set_italic(self, on: bool) -> None:
        """Make the selection italic or not."""
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self._merge_char(fmt)

    def set_underline(self, on: bool) -> None:
        """Underline the selection or not."""
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.SingleUnderline
            if on
            else QTextCharFormat.UnderlineStyle.NoUnderline
        )
        self._merge_char(fmt)

    def set_link(self, url: str | None) -> None:
        """Link the selection to *url*, or remove the link when *url* is None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        fmt = QTextCharFormat()
        set_link(fmt, url)
        if url is None:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        cursor.mergeCharFormat(fmt)

    def current_link(self) -> str | None:
        """Return the link under the cursor, if any."""
        fmt = self.textCursor().charFormat()
        return fmt.anchorHref() if fmt.isAnchor() and fmt.anchorHref() else None

    # ------------------------------------------------------------ block kinds

    def current_kind(self) -> str:
        """Return the kind of the block under the cursor ("paragraph", "heading", …)."""
        return block_kind(self.textCursor().block())

    def set_block_kind(self, kind: str) -> None:
        """Turn the selected blocks into paragraphs, headings or quotes."""
        formats = {
            "paragraph": paragraph_block_format,
            "heading": heading_block_format,
            "quote": quote_block_format,
        }
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block_cursor in self._selected_block_cursors(cursor):
            block = block_cursor.block()
            if block_kind(block) in ("figure", "table", "table-caption"):
                continue  # a cell or a caption is one line of text, never a heading
            if block.textList() is not None:
                block.textList().remove(block)
            block_cursor.setBlockFormat(formats[kind]())
            block_cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            weight = QTextCharFormat()
            if kind == "heading":
                weight = heading_char_format()
            else:
                weight.setFontWeight(QFont.Weight.Normal)
                weight.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 0)
            block_cursor.mergeCharFormat(weight)
        cursor.endEditBlock()

    def toggle_list(self, ordered: bool) -> None:
        """Make the selected blocks a bulleted or numbered list, or plain paragraphs again."""
        style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
        if self.current_kind() in ("table", "table-caption"):
            return  # no list in a cell or a caption
        cursor = self.textCursor()
        current = cursor.block().textList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            for block_cursor in self._selected_block_cursors(cursor):
                if block_cursor.block().textList() is not None:
                    block_cursor.block().textList().remove(block_cursor.block())
                block_cursor.setBlockFormat(paragraph_block_format())
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(style)
            current.setFormat(fmt)
        else:
            for block_cursor in self._selected_block_cursors(cursor):
                if block_kind(block_cursor.block()) in ("heading", "quote"):
                    block_cursor.setBlockFormat(paragraph_block_format())
            list_format = QTextListFormat()
            list_format.setStyle(style)
            cursor.createList(list_format)
        cursor.endEditBlock()

    def _selected_block_cursors(self, cursor: QTextCursor) -> list[QTextCursor]:
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        cursors, block = [], first
        while block.isValid():
            cursors.append(QTextCursor(block))
            if block == last:
                break
            block = block.next()
        return cursors

    # ------------------------------------------------------------ tables

    def current_table(self) -> QTextTable | None:
        """Return the table the cursor is in, if any."""
        return self.textCursor().currentTable()

    def insert_table(self, rows: int, columns: int, header: bool, caption: str = "") -> None:
        """Insert an empty table after the cursor's block, with its caption line above it.

        The cursor lands in the first cell. Inside a table, the new one goes after it.
        """
        rows, columns = max(1, rows), max(1, columns)
        cells: list[list[list[Run]]] = [[[] for _ in range(columns)] for _ in range(rows)]
        table = Table(cells, caption, 1 if header else 0)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        outer = cursor.currentTable()
        if outer is not None:
            cursor.setPosition(outer.lastPosition() + 1)
        elif cursor.block().text().strip() or block_kind(cursor.block()) != "paragraph":
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(paragraph_block_format(), QTextCharFormat())
        insert_blocks(cursor, [table], self.photo_size)  # leaves the cursor after the table
        cursor.endEditBlock()
        inserted = QTextCursor(self.document().findBlock(cursor.position() - 1)).currentTable()
        if inserted is not None:
            self.setTextCursor(inserted.cellAt(0, 0).firstCursorPosition())

    def _table_edit(self, change: Callable[[QTextTable, int, int], tuple[int, int] | None]) -> None:
        """Apply *change* to the cursor's table as one undo step.

        *change* gets the cursor's row and column and returns the cell the
        cursor stays in (as in Word, the cursor keeps its cell), or None.
        """
        table = self.current_table()
        if table is None:
            return
        cursor = self.textCursor()
        cell = table.cellAt(cursor)
        offset = cursor.position() - cell.firstPosition()
        cursor.beginEditBlock()
        stay = change(table, cell.row(), cell.column())
        cursor.endEditBlock()
        if stay is not None:
            target = table.cellAt(*stay)
            moved = QTextCursor(self.document())
            moved.setPosition(min(target.firstPosition() + offset, target.lastPosition()))
            self.setTextCursor(moved)

    def insert_row(self, below: bool = True) -> None:
        """Add an empty row above or below the cursor's (one undo step)."""

        def change(table: QTextTable, row: int, column: int) -> tuple[int, int]:
            table.insertRows(row + 1 if below else row, 1)
            style_table(table)
            return (row if below else row + 1), column

        self._table_edit(change)

    def insert_column(self, right: bool = True) -> None:
        """Add an empty column left or right of the cursor's."""

        def change(table: QTextTable, row: int, column: int) -> tuple[int, int]:
            table.insertColumns(column + 1 if right else column, 1)
            style_table(table)
            return row, (column if right else column + 1)

        self._table_edit(change)

    def remove_row(self) -> None:
        """Delete the cursor's row; the last row takes the table with it."""

        def change(table: QTextTable, row: int, column: int) -> tuple[int, int] | None:
            if table.rows() == 1:
                self._remove_table(table)
                return None
            table.removeRows(row, 1)
            set_header_rows(table, min(table.format().headerRowCount(), table.rows()))
            return min(row, table.rows() - 1), column

        self._table_edit(change)

    def remove_column(self) -> None:
        """Delete the cursor's column; the last column takes the table with it."""

        def change(table: QTextTable, row: int, column: int) -> tuple[int, int] | None:
            if table.columns() == 1:
                self._remove_table(table)
                return None
            table.removeColumns(column, 1)
            style_table(table)
            return row, min(column, table.columns() - 1)

        self._table_edit(change)

    def remove_table(self) -> None:
        """Delete the cursor's table with its caption."""
        self._table_edit(lambda table, _row, _column: self._remove_table(table))

    def _remove_table(self, table: QTextTable) -> None:
        """Remove *table* and its caption line; the paragraphs around it stay as they were."""
        caption = self.document().findBlock(table.firstPosition()).previous()
        cursor = QTextCursor(self.document())
        captioned = table_caption_of(caption) if caption.isValid() else None
        if captioned is not None and captioned.firstPosition() == table.firstPosition():
            cursor.setPosition(caption.position())
        else:
            cursor.setPosition(table.firstPosition() - 1)  # the table's frame begins here
        cursor.setPosition(table.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if cursor.block().blockFormat().property(TABLE_CAPTION):
            cursor.setBlockFormat(paragraph_block_format())
        self.setTextCursor(cursor)

    def header_row(self) -> bool:
        """Tell whether the cursor's table has a heading row."""
        table = self.current_table()
        return table is not None and table.format().headerRowCount() > 0

    def set_header_row(self, on: bool) -> None:
        """Make the first row of the cursor's table its heading row, or an ordinary row."""

        def change(table: QTextTable, row: int, column: int) -> tuple[int, int]:
            set_header_rows(table, 1 if on else 0)
            return row, column

        self._table_edit(change)

    def move_cell(self, forward: bool) -> bool:
        """Go to the next (or previous) cell as Tab does in Word; Tab in the last cell adds a row.

        The new cell's text is selected, so typing replaces it (Shift+Tab in the
        first cell selects that cell's). Return False outside a table.
        """
        table = self.current_table()
        if table is None:
            return False
        cell = table.cellAt(self.textCursor())
        index = cell.row() * table.columns() + cell.column()
        if forward:
            index += max(1, cell.columnSpan())
            if index >= table.rows() * table.columns():
                cursor = self.textCursor()
                cursor.beginEditBlock()
                table.appendRows(1)
                style_table(table)
                cursor.endEditBlock()
        else:
            index = max(index - 1, 0)  # Shift+Tab in the first cell stays there
        target = table.cellAt(index // table.columns(), index % table.columns())
        cursor = target.firstCursorPosition()
        cursor.setPosition(target.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        # An empty caption line shows what it is for, in grey (it is not text of the body).
        layout = self.document().documentLayout()
        offset = QPoint(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        # The part being painted, not self.viewport(): asking for the viewport makes PySide
        # build about forty widget classes, which would hold up the window's first paint.
        bottom = event.rect().bottom()
        block = self.cursorForPosition(QPoint(0, 0)).block()
        painter: QPainter | None = None
        while block.isValid():
            rect = layout.blockBoundingRect(block).translated(offset)
            if rect.top() - block.blockFormat().topMargin() > bottom:
                break  # (an empty caption's words are in its top margin)
            if not block.text() and block.blockFormat().property(TABLE_CAPTION):
                if painter is None:
                    painter = QPainter(self.viewport())
                    font = QFont(self.document().defaultFont())
                    font.setItalic(True)
                    painter.setFont(font)
                    painter.setPen(QColor("#8a8a8a"))
                painter.drawText(
                    placeholder_rect(block, rect),
                    Qt.AlignmentFlag.AlignCenter,
                    self.caption_placeholder(),
                )
            block = block.next()
        if painter is not None:
            painter.end()

    def caption_placeholder(self) -> str:
        """The grey words shown in an empty caption line."""
        return self.tr("Table name (caption): type it here, or leave it empty")

    def context_menu(self, position: QPoint) -> QMenu:
        """Return the right-click menu at *position*: the usual one, and in a table its commands.

        A right click in a cell without a selection puts the cursor there first,
        so the commands act on the cell clicked.
        """
        if not self.textCursor().hasSelection():
            clicked = self.cursorForPosition(position)
            if clicked.currentTable() is not None:
                self.setTextCursor(clicked)
        menu = self.createStandardContextMenu(position)
        if self.current_table() is not None and self.table_actions:
            menu.addSeparator()
            for action in self.table_actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        # In a table Tab and Shift+Tab move between cells (keyPressEvent), not out of the body.
        if self.current_table() is not None:
            return False
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        cursor = self.textCursor()
        key, modifiers = event.key(), event.modifiers()
        plain = not modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if plain and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.current_table():
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            self.move_cell(forward)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and not (
            modifiers & Qt.KeyboardModifier.ShiftModifier
        ):
            from .body_edges import delete_in_photo_line, join_at_edge

            moved = join_at_edge(cursor, forward=key == Qt.Key.Key_Delete)
            if moved is None and self.current_kind() == "figure" and not cursor.hasSelection():
                moved = delete_in_photo_line(cursor, forward=key == Qt.Key.Key_Delete)
            if moved is not None:  # a photo or a caption line is never joined to a paragraph
                self.setTextCursor(moved)
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_kind() == "table-caption":
            table = table_caption_of(cursor.block())
            if table is not None:  # Enter under the caption goes to the table, as in Word
                self.setTextCursor(table.cellAt(0, 0).firstCursorPosition())
                return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and plain
            and self.current_kind() == "table"
        ):
            # A cell holds lines, not paragraphs: Enter breaks the line (Shift+Enter's
            # separator), so what it shows is what is saved and exported.
            cursor.insertText(LINE_BREAK)
            self.setTextCursor(cursor)
            return
        # Enter at the end of a heading or quote starts an ordinary paragraph, as in Word.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and cursor.atBlockEnd()
            and self.current_kind() in ("heading", "quote", "figure")
        ):
            cursor.insertBlock(paragraph_block_format(), QTextCharFormat())
            self.setTextCursor(cursor)
            return
        if plain and event.text() and event.text().isprintable():
            self._type_outside_link_edges()
        with caption_edit(self):  # an emptied caption keeps room for its placeholder
            super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802
        if event.commitString():  # an input method (Vietnamese keyboards on Windows) types
            self._type_outside_link_edges()
        with caption_edit(self):
            super().inputMethodEvent(event)

    def cut(self) -> None:
        """Cut the selection (an emptied caption keeps room for its placeholder)."""
        with caption_edit(self):
            super().cut()

    def _type_outside_link_edges(self) -> None:
        """Make text typed at either edge of a link plain, as Word does; inside, the link grows.

        Qt gives new text the format of the character before the cursor (after it at
        a paragraph's start), so without this every word typed after a link joined it.
        """
        cursor = self.textCursor()
        fmt = cursor.charFormat()
        if cursor.hasSelection() or not fmt.isAnchor():
            return
        href = fmt.anchorHref()
        position = cursor.position()
        if self._link_at(position - 1) == href and self._link_at(position) == href:
            return
        set_link(fmt, None)
        self.setCurrentCharFormat(fmt)

    def _link_at(self, position: int) -> str | None:
        """Return the link of the character at *position* in the cursor's paragraph, if any."""
        block = self.textCursor().block()
        if not block.position() <= position < block.position() + block.length() - 1:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        fmt = cursor.charFormat()
        return fmt.anchorHref() if fmt.isAnchor() else None

    # ------------------------------------------------------------ figures

    def figure_at(self, position: int) -> Figure | None:
        """Return the figure whose character is at *position*, if any."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.movePosition(
            QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
        )
        fmt = cursor.charFormat()
        return (
            figure_from_format(fmt)
            if cursor.selectedText() == OBJECT_CHAR and is_figure(fmt)
            else None
        )

    def current_figure_position(self) -> int | None:
        """Return the position of the figure in the cursor's block, if the block holds one."""
        block = self.textCursor().block()
        if block_kind(block) != "figure":
            return None
        text = block.text()
        index = text.find(OBJECT_CHAR)
        return block.position() + index if index >= 0 else None

    def figure_positions(self) -> list[int]:
        """Return the document positions of every figure, in order."""
        positions, block = [], self.document().firstBlock()
        while block.isValid():
            if block_kind(block) == "figure":
                positions.append(block.position() + block.text().find(OBJECT_CHAR))
            block = block.next()
        return positions

    def insert_figure(
        self, figure: Figure, size: tuple[int, int], after: QTextCursor | None = None
    ) -> QTextCursor:
        """Insert *figure* as its own block after the cursor's block; return a cursor on it.

        *after* (the cursor this returned for the previous photo of a batch)
        puts the photo right after that one, so photos chosen together stay
        together and in order, wherever the user's cursor has gone meanwhile.
        """
        cursor = QTextCursor(after) if after is not None else self.textCursor()
        cursor.clearSelection()
        cursor.beginEditBlock()
        table = cursor.currentTable()
        if table is None and block_kind(cursor.block()) == "table-caption":
            table = table_caption_of(cursor.block())
        if table is not None:  # a photo goes after the table, never into a cell
            cursor.setPosition(table.lastPosition() + 1)
        text_list = cursor.block().textList()
        if text_list is not None:  # and after the list, which it would cut in two
            cursor.setPosition(text_list.item(text_list.count() - 1).position())
        if cursor.block().text().strip() or cursor.block().textList() is not None:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(figure_block_format(), QTextCharFormat())
        else:
            cursor.setBlockFormat(figure_block_format())
        cursor.insertText(OBJECT_CHAR, figure_format(figure, *size))
        placed = QTextCursor(cursor)
        placed.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
        if not cursor.block().next().isValid():
            cursor.insertBlock(paragraph_block_format(), QTextCharFormat())
        else:
            cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        return placed

    def update_figure(self, position: int, figure: Figure) -> None:
        """Change the texts, photo or crop and rotation of the figure at *position* (undoable)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.movePosition(
            QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
        )
        old = cursor.charFormat()
        size = (int(old.property(PHOTO_WIDTH) or 4), int(old.property(PHOTO_HEIGHT) or 3))
        before = figure_from_format(old)
        if figure.photo_id != before.photo_id or figure.edit or before.edit:
            # The photo's own size, which figure_format turns into the edit's.
            size = self.photo_size(figure.photo_id or 0)
        cursor.setCharFormat(figure_format(figure, *size))

    def remove_figure(self, position: int) -> None:
        """Delete the figure at *position* with its block."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        if (
            cursor.block().blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
            and not cursor.block().text()
        ):
            cursor.setBlockFormat(paragraph_block_format())
        cursor.endEditBlock()

    def move_figure(self, position: int, step: int) -> int | None:
        """Move the figure at *position* past the previous (-1) or next (+1) figure.

        Return its new position, or None when there is no photo to pass. It
        lands just before the previous photo or just after the next one, so
        one click changes the photos' order as the photo panel shows it. The
        body is rebuilt from the model in one edit: the move is a single undo
        step and can never leave a half-moved figure behind.
        """
        positions = self.figure_positions()
        if position not in positions:
            return None
        number = positions.index(position)
        other = number + step
        if step not in (-1, 1) or not 0 <= other < len(positions):
            return None
        blocks = self.blocks()
        figure_indices = [i for i, b in enumerate(blocks) if isinstance(b, Figure)]
        figure = blocks.pop(figure_indices[number])
        # Before the previous photo; or, the list being one shorter, after the next one.
        blocks.insert(figure_indices[other], figure)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        insert_blocks(cursor, blocks, self.photo_size)
        cursor.endEditBlock()
        new_position = self.figure_positions()[other]
        moved = QTextCursor(self.document())
        moved.setPosition(new_position)
        self.setTextCursor(moved)
        return new_position

    def blocks(self) -> list[Block]:
        """Return the body as model blocks."""
        from .adapter import blocks_from_document

        return blocks_from_document(self.document())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cursor = self.cursorForPosition(event.position().toPoint())
        for position in (cursor.position(), cursor.position() - 1):
            if position >= 0 and self.figure_at(position) is not None:
                self.figure_activated.emit(position)
                return
        super().mouseDoubleClickEvent(event)

    # ------------------------------------------------------------ paste and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.drop_taker is None or not self.drop_taker(event):
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self.drop_taker is None or not self.drop_taker(event):
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if self.drop_taker is None or not self.drop_taker(event):
            super().dropEvent(event)

    def _store_key(self) -> str:
        store = self.photo_store()
        return str(store.path.resolve()) if store is not None else ""

    def _photo_lookup(self, photo_id: int) -> tuple[int, int] | None:
        store = self.photo_store()
        try:
            photo = store.photo(photo_id) if store is not None else None
        except NotFoundError:
            return None
        return (photo.width, photo.height) if photo is not None else None

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        # Qt's own formats (HTML for other programs), plus the selection as our blocks,
        # which keep figures with their crop, tables with their captions (see body_clipboard).
        from .body_clipboard import MIME_TYPE, encode, selection_blocks

        qt_data = super().createMimeDataFromSelection()
        data = QMimeData()
        for name in qt_data.formats():
            data.setData(name, qt_data.data(name))
        if qt_data.hasText():
            data.setText(qt_data.text().replace(OBJECT_CHAR, ""))
        data.setData(MIME_TYPE, encode(selection_blocks(self.textCursor()), self._store_key()))
        return data

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        from .body_clipboard import MIME_TYPE, decode

        if source.hasFormat(MIME_TYPE):  # copied in this editor: no cleaning, nothing lost
            ours = decode(
                bytes(source.data(MIME_TYPE).data()), self._store_key(), self._photo_lookup
            )
            if ours is not None:
                self.insert_pasted(ours)
                return
        files = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
        images = [path for path in files if path.suffix.lower() in IMAGE_SUFFIXES or path.is_file()]
        if images and not source.hasHtml():
            self.files_dropped.emit(images)
            return
        if source.hasImage() and not source.hasHtml() and not source.hasText():
            self._paste_image(source)
            return
        # Imported here: the HTML cleaner (nh3) is not needed to show the window.
        from deskeditor.htmlimport import blocks_from_html, blocks_from_text

        if source.hasHtml():
            blocks = blocks_from_html(source.html())
        elif source.hasText():
            blocks = blocks_from_text(source.text())
        else:
            return
        if self.paste_filter is not None:
            filtered = self.paste_filter(blocks)
            if filtered is None:
                return
            blocks = filtered
        from .body_edges import clean_pasted

        self.insert_pasted(clean_pasted(blocks))

    def insert_pasted(self, blocks: list[Block]) -> None:
        """Put pasted *blocks* in place of the selection, as one undo step.

        In a table cell or caption only their text goes in; photos, which
        have no place in a cell, go after the table, so nothing is lost.
        """
        cursor = self.textCursor()
        kind = self.current_kind()
        if kind in ("table", "table-caption") and any(isinstance(b, Figure) for b in blocks):
            table = cursor.currentTable() or table_caption_of(cursor.block())
            if table is not None:
                cursor.beginEditBlock()
                cursor.setPosition(table.lastPosition() + 1)
                insert_blocks(cursor, blocks, self.photo_size)
                cursor.endEditBlock()
                self.setTextCursor(cursor)
                return
        if kind in ("table", "table-caption"):
            # A cell or a caption holds one line of text: what is pasted there is its text.
            cursor.beginEditBlock()
            cursor.removeSelectedText()
            for run in _flat_runs(blocks):
                fmt = caption_char_format() if kind == "table-caption" else run_format(run)
                cursor.insertText(run.text, fmt)
            fit_caption(cursor.block())  # a caption filled by the paste needs no room left
            cursor.endEditBlock()
            self.setTextCursor(cursor)
            return
        from .body_edges import make_room

        cursor.beginEditBlock()
        cursor.removeSelectedText()
        insert_blocks(cursor, make_room(cursor, blocks), self.photo_size)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _paste_image(self, source: QMimeData) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QImage, QImageWriter

        image = source.imageData()
        if not isinstance(image, QImage) or image.isNull():
            return
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # QImage.save(buffer, "PNG") works but its stub wants bytes, which it then refuses.
        QImageWriter(buffer, QByteArray(b"PNG")).write(image)
        self.image_pasted.emit(bytes(buffer.data().data()))
