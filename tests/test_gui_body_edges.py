"""Backspace, Delete and paste where a photo or a table's caption meets a paragraph.

Found by using the editor as the office does: Backspace at the start of a
photo's line glued the photo to the paragraph before it, and saving then put
that paragraph's text after the photo; Backspace at the start of a caption
line made the caption the end of a paragraph. Several paragraphs pasted in
mid-sentence split the sentence in the wrong place.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from samples import import_long_article

from deskeditor.gui.adapter import TABLE_CAPTION, block_kind
from deskeditor.model import Article, Figure, ListBlock, Paragraph, Run, Table, plain_text


def kinds(body) -> list[str]:
    return [type(block).__name__ for block in body.blocks()]


def texts(body) -> list[str]:
    out = []
    for block in body.blocks():
        if isinstance(block, Figure):
            out.append(f"[ảnh {block.photo_id}]")
        elif isinstance(block, Table):
            out.append(f"[bảng {block.caption}]")
        elif isinstance(block, ListBlock):
            out.append(" / ".join(plain_text(item) for item in block.items))
        else:
            out.append(plain_text(block.runs))
    return out


@pytest.fixture
def long_body(window, tmp_path):
    article_id = import_long_article(window.store, tmp_path / "nguon")
    window.open_article(article_id)
    body = window.editor.body_edit
    body.setFocus()
    return body


def photo_block(body, number=0):
    return body.document().findBlock(body.figure_positions()[number])


def press(qtbot, body, key) -> None:
    qtbot.keyClick(body, key)


def test_backspace_at_a_photo_never_glues_it_to_the_paragraph_before(qtbot, window, long_body):
    body = long_body
    before = texts(body)
    photo = photo_block(body)
    body.setTextCursor(QTextCursor(photo))
    press(qtbot, body, Qt.Key.Key_Backspace)
    assert texts(body) == before
    assert body.textCursor().position() == photo.previous().position() + len(
        photo.previous().text()
    )  # the cursor went to the end of the paragraph before, as over a cell's edge
    assert window.save()
    assert texts(body) == before  # and the saved order is the one on screen


def test_backspace_and_delete_after_a_photo_leave_the_next_paragraph_alone(
    qtbot, window, long_body
):
    body = long_body
    before = texts(body)
    after_photo = photo_block(body).next()
    body.setTextCursor(QTextCursor(after_photo))
    press(qtbot, body, Qt.Key.Key_Backspace)
    assert texts(body) == before
    assert block_kind(body.textCursor().block()) == "figure"
    press(qtbot, body, Qt.Key.Key_Delete)  # at the photo's end, Delete does not pull the text up
    assert texts(body) == before
    paragraph = photo_block(body).previous()
    cursor = QTextCursor(paragraph)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    press(qtbot, body, Qt.Key.Key_Delete)  # nor does Delete before it pull the photo in
    assert texts(body) == before


def test_an_empty_line_beside_a_photo_goes_and_the_photo_keeps_its_place(qtbot, window, long_body):
    body = long_body
    before = texts(body)
    photo = photo_block(body)
    cursor = QTextCursor(photo.previous())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    press(qtbot, body, Qt.Key.Key_Return)  # an empty line before the photo
    press(qtbot, body, Qt.Key.Key_Down)
    body.setTextCursor(QTextCursor(photo_block(body)))
    press(qtbot, body, Qt.Key.Key_Backspace)  # takes the empty line away
    assert texts(body) == before
    photo = photo_block(body)
    assert block_kind(photo) == "figure"
    assert photo.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
    assert photo.previous().text()  # the empty line is gone, the paragraph is there
    window.actions_by_name["undo"].trigger()
    assert not photo_block(body).previous().text()  # one undo brings the empty line back
    assert texts(body) == before


def test_backspace_or_delete_never_turns_a_table_caption_into_paragraph_text(qtbot, window):
    table = Table(
        [[[Run("Đơn vị")], [Run("Điểm")]], [[Run("Sở Nội vụ")], [Run("95")]]], "Kết quả", 1
    )
    blocks = [Paragraph([Run("Trước bảng.")]), table, Paragraph([Run("Sau bảng.")])]
    saved = window.store.save_article(Article(title="Bảng", body=blocks))
    window.open_article(saved.article_id)
    body = window.editor.body_edit
    body.setFocus()
    caption = body.document().firstBlock().next()
    assert caption.blockFormat().property(TABLE_CAPTION)
    body.setTextCursor(QTextCursor(caption))
    press(qtbot, body, Qt.Key.Key_Backspace)
    assert body.blocks() == blocks
    cursor = QTextCursor(body.document().firstBlock())
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    press(qtbot, body, Qt.Key.Key_Delete)
    assert body.blocks() == blocks
    assert body.current_kind() == "table-caption"  # Delete stepped into the caption


# ---------------------------------------------------------------- paste


@pytest.fixture
def two_paragraphs(window):
    blocks = [Paragraph([Run("Đầu câu một, cuối câu một.")]), Paragraph([Run("Đoạn hai.")])]
    saved = window.store.save_article(Article(title="Dán", body=blocks))
    window.open_article(saved.article_id)
    body = window.editor.body_edit
    body.setFocus()
    return body


def put_cursor(body, before_text: str) -> None:
    cursor = body.textCursor()
    cursor.setPosition(body.document().toPlainText().index(before_text))
    body.setTextCursor(cursor)


def paste_html(body, html: str) -> None:
    data = QMimeData()
    data.setHtml(html)
    body.insertFromMimeData(data)


def test_paragraphs_pasted_in_mid_sentence_split_it_where_the_cursor_was(qtbot, two_paragraphs):
    body = two_paragraphs
    put_cursor(body, "cuối câu")
    paste_html(body, "<p>Dán đoạn A.</p><p>Dán đoạn B.</p>")
    assert texts(body) == [
        "Đầu câu một, Dán đoạn A.",
        "Dán đoạn B.",
        "cuối câu một.",
        "Đoạn hai.",
    ]


def test_paragraphs_pasted_at_a_paragraph_start_or_end_come_as_their_own(qtbot, two_paragraphs):
    body = two_paragraphs
    put_cursor(body, "Đoạn hai")
    paste_html(body, "<p>Dán đoạn A.</p><p>Dán đoạn B.</p>")
    assert texts(body) == ["Đầu câu một, cuối câu một.", "Dán đoạn A.", "Dán đoạn B.", "Đoạn hai."]
    assert "" not in [block.text() for block in _blocks(body)]  # no empty line left over
    body.moveCursor(QTextCursor.MoveOperation.End)
    paste_html(body, "<p>Dán đoạn C.</p><p>Dán đoạn D.</p>")
    assert texts(body)[-3:] == ["Đoạn hai.", "Dán đoạn C.", "Dán đoạn D."]


def _blocks(body):
    block = body.document().firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def test_a_photo_pasted_in_mid_paragraph_stands_between_its_two_halves(qtbot, window, long_body):
    body = long_body
    cursor = QTextCursor(photo_block(body))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    heading = next(b for b in _blocks(body) if block_kind(b) == "heading")
    paragraph = heading.next()
    middle = paragraph.text().index(",") + 1
    head, tail = paragraph.text()[:middle], paragraph.text()[middle:]
    cursor = QTextCursor(paragraph)
    cursor.setPosition(paragraph.position() + middle)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    shown = texts(body)
    at = shown.index(head)
    assert shown[at + 1].startswith("[ảnh") and shown[at + 2] == tail.strip()
    assert kinds(body).count("Figure") == 4
    pasted = photo_block(body, 1)
    assert pasted.text() == "\ufffc"  # on screen too: no half sentence beside the photo
    assert pasted.next().text() == tail


def test_invisible_characters_from_the_web_do_not_stay_to_hide_words_from_find(
    qtbot, two_paragraphs
):
    from deskeditor.text.find import find_all

    body = two_paragraphs
    body.moveCursor(QTextCursor.MoveOperation.End)
    paste_html(body, "<p>Tổ chức\u200b hội nghị\ufeff sơ kết&nbsp;đợt\u2060 một.</p>")
    data = QMimeData()
    data.setText("Tiếp\u00a0theo là đoạn\u200b văn bản.")
    body.insertFromMimeData(data)
    text = texts(body)[-1]
    assert text == "Đoạn hai.Tổ chức hội nghị sơ kết đợt một.Tiếp theo là đoạn văn bản."
    assert find_all(text, "đoạn văn") and find_all(text, "hội nghị sơ kết")


def test_text_typed_where_a_photo_was_deleted_is_an_ordinary_paragraph(qtbot, window, long_body):
    from gui_helpers import type_text

    body = long_body
    cursor = QTextCursor(photo_block(body))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    press(qtbot, body, Qt.Key.Key_Backspace)  # the photo goes
    assert kinds(body).count("Figure") == 2
    window.actions_by_name["undo"].trigger()  # one step brings it back, look and all
    assert kinds(body).count("Figure") == 3
    press(qtbot, body, Qt.Key.Key_Backspace)
    type_text(body, "Chữ gõ vào chỗ ảnh")
    block = body.textCursor().block()
    assert not block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter  # as it is saved
