"""The rich-text body editor: formatting, figures, paste and drop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from deskeditor.model import Block, Figure

from .adapter import (
    block_kind,
    figure_block_format,
    heading_block_format,
    heading_char_format,
    insert_blocks,
    paragraph_block_format,
    quote_block_format,
    set_link,
)
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
        self.photo_size: Callable[[int], tuple[int, int]] = lambda _id: (4, 3)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        self.document().setDefaultFont(font)

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
            if block_kind(block) == "figure":
                continue
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter at the end of a heading or quote starts an ordinary paragraph, as in Word.
        cursor = self.textCursor()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and cursor.atBlockEnd()
            and self.current_kind() in ("heading", "quote", "figure")
        ):
            cursor.insertBlock(paragraph_block_format(), QTextCharFormat())
            self.setTextCursor(cursor)
            return
        super().keyPressEvent(event)

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

    def insert_figure(self, figure: Figure, size: tuple[int, int]) -> None:
        """Insert *figure* as its own block after the cursor's block."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.block().text().strip() or cursor.block().textList() is not None:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(figure_block_format(), QTextCharFormat())
        else:
            cursor.setBlockFormat(figure_block_format())
        cursor.insertText(OBJECT_CHAR, figure_format(figure, *size))
        if not cursor.block().next().isValid():
            cursor.insertBlock(paragraph_block_format(), QTextCharFormat())
        else:
            cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

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

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasImage() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
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
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        insert_blocks(cursor, blocks, self.photo_size)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def _paste_image(self, source: QMimeData) -> None:
        from PySide6.QtCore import QBuffer, QIODevice
        from PySide6.QtGui import QImage

        image = source.imageData()
        if not isinstance(image, QImage) or image.isNull():
            return
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        self.image_pasted.emit(bytes(buffer.data().data()))
