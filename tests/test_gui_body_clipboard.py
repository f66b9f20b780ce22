"""Copy, cut, paste and drag a photo (with its crop) inside the body editor.

A figure is one object character whose photo, caption, credit, alt text and
crop live in its format; Qt's HTML of a selection has no place for it, so
copying a photo used to paste nothing at all. Driven with the keyboard as a
user would; what counts is read back from the store after saving.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from samples import import_long_article

from deskeditor.gui import photo_tools
from deskeditor.gui.adapter import TABLE_CAPTION, block_kind
from deskeditor.gui.body_clipboard import MIME_TYPE
from deskeditor.model import Figure, Paragraph, Table, plain_text
from deskeditor.photo_edit import PhotoEdit

SQUARE = PhotoEdit(turns=1, crop=(300, 0, 1200, 1200), aspect="1:1")


@pytest.fixture
def opened(window, tmp_path):
    """The long sample (three photos) open, its first photo cropped to a square and turned."""
    article_id = import_long_article(window.store, tmp_path / "nguon")
    window.open_article(article_id)
    body = window.editor.body_edit
    position = body.figure_positions()[0]
    photo_tools._apply(window, position, body.figure_at(position), SQUARE)
    body.setFocus()
    return article_id


def figures(window) -> list[Figure]:
    return window.editor.figures()


def select_figure(body, number: int) -> Figure:
    """Select the *number*-th figure's block (as a click beside it and Shift+End would)."""
    position = body.figure_positions()[number]
    cursor = body.textCursor()
    cursor.setPosition(position)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    return body.figure_at(position)


def put_cursor_after_paragraph(body, text_start: str) -> None:
    """Put the cursor at the end of the paragraph beginning with *text_start*, then Enter."""
    block = body.document().firstBlock()
    while block.isValid() and not block.text().startswith(text_start):
        block = block.next()
    assert block.isValid(), text_start
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)


def key(qtbot, body, letter, modifier=Qt.KeyboardModifier.ControlModifier) -> None:
    qtbot.keyClick(body, letter, modifier)


def same_figure(a: Figure, b: Figure) -> bool:
    return (a.photo_id, a.caption, a.credit, a.alt, a.edit) == (
        b.photo_id,
        b.caption,
        b.credit,
        b.alt,
        b.edit,
    )


def saved_figures(window, article_id) -> list[Figure]:
    assert window.save()
    return window.store.get_article(article_id).figures()


def test_a_copied_photo_pastes_with_its_crop_caption_alt_and_credit(qtbot, window, opened):
    body = window.editor.body_edit
    original = select_figure(body, 0)
    assert original.edit == SQUARE and original.caption and original.alt and original.credit
    key(qtbot, body, Qt.Key.Key_C)
    put_cursor_after_paragraph(body, "Nhiệm vụ trọng tâm")
    key(qtbot, body, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    key(qtbot, body, Qt.Key.Key_V)

    shown = figures(window)
    assert len(shown) == 4
    assert same_figure(shown[0], original) and same_figure(shown[1], original)
    kinds = [type(b).__name__ for b in body.blocks()]
    assert kinds.index("Heading") + 1 == kinds.index("Figure", kinds.index("Heading"))
    saved = saved_figures(window, opened)
    assert len(saved) == 4 and same_figure(saved[1], original)
    # Reopened, the copy is still cropped, and the editor lays it out square.
    window.new_article(ask=False)
    window.open_article(opened)
    assert same_figure(figures(window)[1], original)

    # Undo takes the pasted photo away; redo brings it back with its crop.
    body.setFocus()
    put_cursor_after_paragraph(body, "Nhiệm vụ trọng tâm")
    key(qtbot, body, Qt.Key.Key_V)
    assert len(figures(window)) == 5
    window.actions_by_name["undo"].trigger()
    assert len(figures(window)) == 4
    window.actions_by_name["redo"].trigger()
    assert len(figures(window)) == 5 and same_figure(figures(window)[2], original)


def test_a_copied_photo_pastes_into_another_article_with_its_crop(qtbot, window, opened):
    body = window.editor.body_edit
    original = select_figure(body, 0)
    key(qtbot, body, Qt.Key.Key_C)
    assert window.save()
    window.new_article(ask=False)
    window.editor.title_edit.setPlainText("Bài mới có ảnh chép sang")
    body.setFocus()
    body.insertPlainText("Đoạn mở đầu của bài mới.")
    key(qtbot, body, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    key(qtbot, body, Qt.Key.Key_V)
    assert [type(b) for b in body.blocks()] == [Paragraph, Figure]
    assert window.save()
    new_id = window.editor.article_id
    assert same_figure(window.store.get_article(new_id).figures()[0], original)
    # The first article still has its own cropped photo; cropping the copy leaves it alone.
    photo_tools._apply(window, body.figure_positions()[0], figures(window)[0], None)
    assert window.save()
    assert window.store.get_article(new_id).figures()[0].edit is None
    assert window.store.get_article(opened).figures()[0].edit == SQUARE


def test_cut_and_paste_moves_the_photo_and_undo_redo_keep_its_crop(qtbot, window, opened):
    body = window.editor.body_edit
    original = select_figure(body, 0)
    key(qtbot, body, Qt.Key.Key_X)
    assert len(figures(window)) == 2 and all(f.edit is None for f in figures(window))
    put_cursor_after_paragraph(body, "Quý IV")
    key(qtbot, body, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    key(qtbot, body, Qt.Key.Key_V)
    shown = figures(window)
    assert len(shown) == 3 and same_figure(shown[1], original)  # after the numbered list now

    window.actions_by_name["undo"].trigger()  # the paste
    assert len(figures(window)) == 2
    for _ in range(3):  # the Enter (Qt makes two steps of Enter in a list), then the cut
        window.actions_by_name["undo"].trigger()
    assert len(figures(window)) == 3 and same_figure(figures(window)[0], original)
    for _ in range(4):
        window.actions_by_name["redo"].trigger()
    assert len(figures(window)) == 3 and same_figure(figures(window)[1], original)
    saved = saved_figures(window, opened)
    assert [f.edit for f in saved] == [None, SQUARE, None]


def drop(body, data: QMimeData, point: QPoint, action=Qt.DropAction.MoveAction) -> None:
    """Deliver a drag's enter, move and drop at *point* of the body's viewport."""
    viewport = body.viewport()
    where = QPointF(point)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(point, action, data, buttons, modifiers),
        QDragMoveEvent(point, action, data, buttons, modifiers),
        QDropEvent(where, action, data, buttons, modifiers),
    ):
        QApplication.sendEvent(viewport, event)


def block_point(body, text_start: str) -> QPoint:
    """Scroll to the paragraph beginning with *text_start*; return its end, in the viewport."""
    block = body.document().firstBlock()
    while not block.text().startswith(text_start):
        block = block.next()
    rect = body.document().documentLayout().blockBoundingRect(block)
    body.verticalScrollBar().setValue(int(rect.top()) - 20)
    end = body.cursorForPosition(QPoint(0, 0))  # only to read the scroll offset back
    assert end is not None
    offset = body.verticalScrollBar().value()
    return QPoint(int(rect.right()) - 4, int(rect.bottom()) - 8 - offset)


def test_a_photo_dragged_within_the_body_keeps_its_crop_and_one_undo_puts_it_back(
    qtbot, window, opened
):
    """The drag's data is what the body makes of its selection, dropped as Qt drops it.

    Offscreen Qt cannot run a real drag (QDrag.exec returns at once), so the
    move's two halves are driven here as QTextEdit does them on a drop from
    itself: the data arrives at the drop point and what was dragged leaves,
    as one undo step. The drag's data is the body's own (it starts a drag
    with createMimeDataFromSelection, as copy does).
    """
    body = window.editor.body_edit
    original = select_figure(body, 0)
    data = body.createMimeDataFromSelection()
    assert data.hasFormat(MIME_TYPE) and data.hasHtml()
    assert "\ufffc" not in data.text()  # other programs get no stray object character
    point = block_point(body, "Nhiệm vụ trọng tâm")
    dragged = body.textCursor()
    dragged.beginEditBlock()  # as QTextEdit does for a move: one step, the photo leaves
    drop(body, data, point)  # (the point is taken before it leaves, as Qt takes it)
    dragged.removeSelectedText()
    dragged.endEditBlock()
    shown = figures(window)
    assert len(shown) == 3 and same_figure(shown[0], original)
    kinds = [type(b).__name__ for b in body.blocks()]
    assert kinds.index("Figure") > kinds.index("Heading")  # it moved down, past the heading
    window.actions_by_name["undo"].trigger()
    assert same_figure(figures(window)[0], original)
    assert [type(b).__name__ for b in body.blocks()].index("Figure") < kinds.index("Heading")
    window.actions_by_name["redo"].trigger()
    assert [type(b).__name__ for b in body.blocks()] == kinds
    assert saved_figures(window, opened)[0].edit == SQUARE


def test_a_copied_table_keeps_its_caption_heading_row_and_marks(qtbot, window, opened):
    body = window.editor.body_edit
    table = next(b for b in body.blocks() if isinstance(b, Table))
    block = body.document().firstBlock()
    while not block.blockFormat().property(TABLE_CAPTION):  # the line above the table
        block = block.next()
    cursor = QTextCursor(block)
    found = QTextCursor(block.next()).currentTable()
    cursor.setPosition(found.lastPosition() + 1, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    key(qtbot, body, Qt.Key.Key_C)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    body.setTextCursor(cursor)
    key(qtbot, body, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    key(qtbot, body, Qt.Key.Key_V)
    copies = [b for b in body.blocks() if isinstance(b, Table)]
    assert len(copies) == 2 and copies[1] == table


def test_a_photo_pasted_in_a_table_cell_goes_after_the_table(qtbot, window, opened):
    body = window.editor.body_edit
    original = select_figure(body, 0)
    key(qtbot, body, Qt.Key.Key_C)
    block = body.document().firstBlock()
    while QTextCursor(block).currentTable() is None:
        block = block.next()
    body.setTextCursor(QTextCursor(block))
    key(qtbot, body, Qt.Key.Key_V)
    blocks = body.blocks()
    table_at = next(i for i, b in enumerate(blocks) if isinstance(b, Table))
    assert isinstance(blocks[table_at + 1], Figure) and same_figure(blocks[table_at + 1], original)


def test_a_photo_from_another_store_or_foreign_data_is_not_pasted_as_a_photo(qtbot, window, opened):
    body = window.editor.body_edit
    select_figure(body, 0)
    cursor = body.textCursor()
    cursor.setPosition(cursor.selectionStart() - 1, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)  # the paragraph's end, the photo, its line
    data = body.createMimeDataFromSelection()
    payload = json.loads(bytes(data.data(MIME_TYPE).data()))
    payload["store"] = "/another/kho.db"
    elsewhere = QMimeData()
    elsewhere.setData(MIME_TYPE, json.dumps(payload).encode())
    before = len(figures(window))
    body.moveCursor(QTextCursor.MoveOperation.End)
    body.insertFromMimeData(elsewhere)
    assert len(figures(window)) == before  # its photo id means another picture here

    for junk in (b"{", b"[]", b'{"version": 1, "store": "", "blocks": [{"type": "x"}]}'):
        foreign = QMimeData()
        foreign.setData(MIME_TYPE, junk)
        foreign.setText("Văn bản dự phòng")
        body.insertFromMimeData(foreign)  # falls back on the plain text, no traceback
    assert plain_text(body.blocks()[-1].runs).endswith("Văn bản dự phòng")
    forged = dict(payload, store=body._store_key())
    forged["blocks"] = [dict(b, photo_id=999_999) for b in payload["blocks"] if "photo_id" in b]
    foreign = QMimeData()
    foreign.setData(MIME_TYPE, json.dumps(forged).encode())
    body.insertFromMimeData(foreign)
    assert len(figures(window)) == before  # no such photo in this store


def test_words_copied_from_a_heading_paste_inline_as_plain_words(qtbot, window, opened):
    body = window.editor.body_edit
    block = body.document().firstBlock()
    while block_kind(block) != "heading":
        block = block.next()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + len("Nhiệm vụ"), QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    key(qtbot, body, Qt.Key.Key_C)
    before = [type(b).__name__ for b in body.blocks()]
    put_cursor_after_paragraph(body, "Thi đua là yêu nước")
    key(qtbot, body, Qt.Key.Key_V)
    assert [type(b).__name__ for b in body.blocks()] == before  # no new heading
    quote = next(b for b in body.blocks() if type(b).__name__ == "Quote")
    assert plain_text(quote.runs).endswith("thi đua.Nhiệm vụ")
    assert not any(run.bold for run in quote.runs)
