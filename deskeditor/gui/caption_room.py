"""A line's room for an empty table caption, where its grey placeholder words go.

A table's caption is the paragraph the table starts in. While it has text, Qt
lays out its line and then the table; an empty one gets no line at all, so the
table came straight under the paragraph before and the placeholder ("Table name
(caption): type it here…") was drawn over the heading row. An empty caption
keeps a line's room in its top margin instead; it is given back when text is
typed into the caption, in the same undo step as the typing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit

from .adapter import (
    CAPTION_BOTTOM_MARGIN,
    CAPTION_TOP_MARGIN,
    TABLE_CAPTION,
    caption_top_margin,
)


def placeholder_rect(block: QTextBlock, rect: QRectF) -> QRectF:
    """Return where an empty caption's words go: the room above its table (*rect*: the block's)."""
    room = block.blockFormat().topMargin() - CAPTION_TOP_MARGIN - CAPTION_BOTTOM_MARGIN
    if room <= 0:
        return rect  # a caption line Qt lays out (its table deleted): the words go in it
    return QRectF(rect.left(), rect.top() - room - CAPTION_BOTTOM_MARGIN, rect.width(), room)


def fit_caption(block: QTextBlock) -> None:
    """Give *block*, if a caption, the top margin its text calls for (in the edit under way)."""
    fmt = block.blockFormat()
    if not fmt.property(TABLE_CAPTION):
        return
    wanted = caption_top_margin(block.document(), not block.text())
    if abs(fmt.topMargin() - wanted) >= 0.5:
        fmt.setTopMargin(wanted)
        QTextCursor(block).setBlockFormat(fmt)


@contextmanager
def caption_edit(edit: QTextEdit) -> Iterator[None]:
    """Make an edit that may empty or fill a caption one undo step with the room that follows.

    The room must be in the edit's own undo step: changed afterwards, in a step of
    its own, Undo took back only the room, which the next change then put back.
    """
    cursor = edit.textCursor()
    doc = edit.document()
    ends = (doc.findBlock(cursor.selectionStart()), doc.findBlock(cursor.selectionEnd()))
    if not any(
        block.blockFormat().property(TABLE_CAPTION)
        and (len(block.text()) <= 1 or cursor.hasSelection())
        for block in ends
    ):
        yield  # typing in a caption that stays as it is: Qt's usual undo steps
        return
    cursor.beginEditBlock()
    try:
        yield
    finally:
        after = edit.textCursor().block()
        for block in (after.previous(), after, after.next()):
            if block.isValid():
                fit_caption(block)
        cursor.endEditBlock()
