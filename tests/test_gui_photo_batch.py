"""Photos chosen together go in together, in order, after the cursor's block (outside testing).

Seven files chosen at once at the end of the first paragraph were scattered
one block further down each: after the heading, after the next paragraph,
between list items, and the list was cut into three.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from samples import make_photo

from deskeditor.model import Article, Figure, Heading, ListBlock, Paragraph, Run


def _open(window, body):
    article_id = window.store.save_article(Article(title="Hội nghị tổng kết", body=body)).article_id
    window.open_article(article_id)


def _cursor_at_end_of_block(window, number):
    body = window.editor.body_edit
    block = body.document().findBlockByNumber(number)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)


BODY = [
    Paragraph([Run("Sáng 15/11, Sở Nội vụ tổ chức hội nghị.")]),
    Heading([Run("Kết quả nổi bật")]),
    Paragraph([Run("Năm 2026, toàn ngành đạt nhiều kết quả.")]),
    ListBlock([[Run("Khen thưởng 12 tập thể")], [Run("Khen thưởng 30 cá nhân")]]),
]


def test_photos_chosen_together_follow_the_cursor_paragraph_in_order(qtbot, window, tmp_path):
    _open(window, BODY)
    _cursor_at_end_of_block(window, 0)
    photos = [make_photo(tmp_path / f"anh-{n}.jpg", seed=n) for n in range(1, 5)]
    window.import_photos(photos)
    qtbot.waitUntil(lambda: window.photo_import is None, timeout=30_000)
    body = window.editor.article().body
    assert [type(block).__name__ for block in body] == [
        "Paragraph", "Figure", "Figure", "Figure", "Figure", "Heading", "Paragraph", "ListBlock",
    ]  # fmt: skip
    photo_ids = [block.photo_id for block in body if isinstance(block, Figure)]
    assert photo_ids == sorted(photo_ids)  # in the order chosen (stored in that order)
    assert body[-1].items == BODY[-1].items  # the list stays whole


def test_a_photo_inserted_inside_a_list_goes_after_it(qtbot, window, tmp_path):
    _open(window, BODY)
    _cursor_at_end_of_block(window, 3)  # the first list item
    window.import_photos([make_photo(tmp_path / "anh.jpg", seed=7)])
    qtbot.waitUntil(lambda: window.photo_import is None, timeout=30_000)
    body = window.editor.article().body
    assert [type(block).__name__ for block in body] == [
        "Paragraph", "Heading", "Paragraph", "ListBlock", "Figure",
    ]  # fmt: skip
    assert body[3].items == BODY[-1].items


def test_a_tiny_photo_is_not_a_dot_in_the_photo_panel(qtbot, window, tmp_path):
    """Outside testing: an 8 × 6 px photo showed as a dot beside its caption."""
    window.new_article(ask=False)
    window.import_photos([make_photo(tmp_path / "anh-nho.jpg", seed=3, size=(8, 6))])
    qtbot.waitUntil(lambda: window.photo_import is None, timeout=30_000)
    panel = window.editor.figure_panel.photo_list
    [size] = panel.item(0).icon().availableSizes()
    icon = panel.iconSize()
    assert size.width() == icon.width() or size.height() == icon.height()
