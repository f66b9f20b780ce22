"""Where a photo, a table's caption line or pasted blocks meet the paragraphs around them.

A photo's block and a caption line are structure, not text: Qt's Backspace
and Delete would join them with the paragraph beside them, which moved the
paragraph's text behind the photo on saving (the photo's block is read as
photo, then text) or turned a caption into the end of a paragraph. And Qt
pastes several blocks into the middle of a paragraph by splitting it in the
wrong place. These helpers do what Word does instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor

from deskeditor.model import Block, ListBlock, Paragraph, Run, Table, TextBlock

from .adapter import block_kind, paragraph_block_format, run_format

_STRUCTURE = ("figure", "table-caption")
# Invisible characters web pages and Word leave in pasted text, which made Find miss
# "đoạn văn" in "đoạn\u200b văn". A no-break space becomes a space, as the HTML paste
# already does. (A soft hyphen stays: in TCVN3 text it is part of a letter.)
_INVISIBLE = str.maketrans({"\u200b": None, "\u2060": None, "\ufeff": None, "\u00a0": " "})


def _empty_paragraph(block: QTextBlock) -> bool:
    return block_kind(block) == "paragraph" and not block.text()


def join_at_edge(cursor: QTextCursor, forward: bool) -> QTextCursor | None:
    """Handle Backspace (*forward* False) or Delete next to a photo or a caption line.

    Return where the cursor goes when the key is handled here, or None to let
    Qt act (the key is not at such an edge). An empty paragraph on the other
    side is removed, the photo or caption keeping its look; a paragraph with
    text is never joined to it: the cursor only crosses over, as into a cell.
    """
    if cursor.hasSelection():
        return None
    block = cursor.block()
    if forward and not cursor.atBlockEnd() or not forward and not cursor.atBlockStart():
        return None
    first, second = (block, block.next()) if forward else (block.previous(), block)
    if not first.isValid() or not second.isValid():
        return None
    kinds = block_kind(first), block_kind(second)
    if "table" in kinds or not set(kinds) & set(_STRUCTURE):
        return None  # Qt never joins a cell to a paragraph; plain paragraphs join as usual
    if not forward and second.textList() is not None:
        return None  # Backspace first takes a list item out of its list, as Qt does
    edit = QTextCursor(cursor)
    first_end = first.position() + first.length() - 1
    if not (_empty_paragraph(first) or _empty_paragraph(second)):
        edit.setPosition(second.position() if forward else first_end)
        return edit
    keep = second if _empty_paragraph(first) else first
    block_format, char_format = keep.blockFormat(), keep.charFormat()
    edit.beginEditBlock()
    if keep == second:  # the empty line before goes, with the line break after it
        edit.setPosition(first.position())
        edit.setPosition(second.position(), QTextCursor.MoveMode.KeepAnchor)
    else:  # the line break before the empty line goes, with the line
        edit.setPosition(first_end)
        edit.setPosition(second.position() + second.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    edit.removeSelectedText()
    edit.setBlockFormat(block_format)  # Qt gave the joined block the first one's look
    edit.setBlockCharFormat(char_format)
    edit.endEditBlock()
    return edit


def delete_in_photo_line(cursor: QTextCursor, forward: bool) -> QTextCursor:
    """Delete the character before (or after) the cursor in a photo's line, as one undo step.

    When that takes the photo, the emptied line gets an ordinary paragraph's
    look: else text typed there was centred on screen, and saved as the
    ordinary paragraph it is.
    """
    edit = QTextCursor(cursor)
    edit.beginEditBlock()
    if forward:
        edit.deleteChar()
    else:
        edit.deletePreviousChar()
    block = edit.block()
    if not block.text() and block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter:
        edit.setBlockFormat(paragraph_block_format())
    edit.endEditBlock()
    return edit


def make_room(cursor: QTextCursor, blocks: list[Block]) -> list[Block]:
    """Prepare the cursor's paragraph for pasted *blocks*; return those still to insert.

    As in Word: text after the cursor stays a paragraph of its own, after
    what is pasted; pasted in mid-sentence, a first pasted paragraph joins
    the text before the cursor. A single paragraph still goes inline.
    """
    if len(blocks) == 1 and isinstance(blocks[0], Paragraph) or not blocks:
        return blocks
    block = cursor.block()
    kind = block_kind(block)
    if kind not in ("paragraph", "list", "heading", "quote"):
        return blocks
    before, after = cursor.positionInBlock() > 0, cursor.positionInBlock() < len(block.text())
    if after:
        cursor.insertBlock(block.blockFormat(), block.charFormat())
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    # Only in mid-sentence: at a paragraph's end, pasted paragraphs start new lines.
    if before and after and isinstance(blocks[0], Paragraph) and kind in ("paragraph", "list"):
        for run in blocks[0].runs:
            cursor.insertText(run.text, run_format(run))
        blocks = blocks[1:]
        if blocks:  # the rest start on a line of their own
            cursor.insertBlock(paragraph_block_format(), QTextCharFormat())
    return blocks


def clean_pasted(blocks: list[Block]) -> list[Block]:
    """Take invisible characters out of text pasted from elsewhere (in place); return *blocks*."""

    def clean(runs: list[Run]) -> None:
        for run in runs:
            run.text = run.text.translate(_INVISIBLE)

    for block in blocks:
        if isinstance(block, TextBlock):
            clean(block.runs)
        elif isinstance(block, ListBlock):
            for item in block.items:
                clean(item)
        elif isinstance(block, Table):
            block.caption = block.caption.translate(_INVISIBLE)
            for row in block.rows:
                for cell in row:
                    clean(cell)
    return blocks
