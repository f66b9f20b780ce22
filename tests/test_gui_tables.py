"""Tables in the body editor (issue 17): insert, type across cells, rows and columns, paste.

Driven as a user would: the Insert menu's actions, Tab and Shift+Tab, typed
text, the clipboard. What is saved is always read back from the store.
"""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from deskeditor.gui.adapter import blocks_from_document, fill_document
from deskeditor.model import Paragraph, Run, Table, plain_text


def texts(table: Table) -> list[list[str]]:
    return [[plain_text(cell) for cell in row] for row in table.rows]


def tables(blocks) -> list[Table]:
    return [block for block in blocks if isinstance(block, Table)]


@pytest.fixture
def body(window):
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Kết quả thi đua năm 2025")
    edit = window.editor.body_edit
    edit.setFocus()
    type_text(edit, "Kết quả bình xét như sau:")
    return edit


def insert(window, rows=2, columns=3, header=True, caption="Kết quả bình xét", monkeypatch=None):
    from deskeditor.gui import dialogs

    monkeypatch.setattr(
        dialogs.TableDialog,
        "ask",
        classmethod(lambda cls, parent=None: (rows, columns, header, caption)),
    )
    window.actions_by_name["table"].trigger()


# ---------------------------------------------------------------- model <-> document


ROUND_TRIP = [
    Paragraph([Run("Trước bảng.")]),
    Table(
        [
            [[Run("Đơn vị")], [Run("Điểm")], [Run("Xếp loại")]],
            [[Run("Sở "), Run("Nội vụ", bold=True)], [Run("95")], [Run("Xuất sắc", italic=True)]],
            [
                [Run("Sở Tư pháp", link="https://sotuphap.example.gov.vn/")],
                [],
                [Run("Tốt", underline=True)],
            ],
        ],
        "Kết quả bình xét",
        1,
    ),
    Table([[[Run("Không tiêu đề")]]], "", 0),
    Table([[[Run("A")], [Run("B")]], [[Run("C")], [Run("D")]]], "Hai hàng tiêu đề", 2),
    Paragraph([Run("Sau bảng.")]),
]


@pytest.mark.parametrize("blocks", [ROUND_TRIP, ROUND_TRIP[1:2], ROUND_TRIP[1:4]])
def test_tables_go_through_the_editor_unchanged(qtbot, blocks):
    doc = QTextDocument()
    fill_document(doc, blocks, lambda _id: (4, 3))
    assert blocks_from_document(doc) == blocks


def test_a_caption_whose_table_was_deleted_stays_as_a_paragraph(qtbot):
    from deskeditor.gui.adapter import caption_block_format, caption_char_format

    doc = QTextDocument()
    fill_document(doc, [Paragraph([Run("Sau.")])], lambda _id: (4, 3))
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock(caption_block_format(), caption_char_format())
    cursor.insertText("Chú thích còn lại", caption_char_format())  # no table after it
    assert blocks_from_document(doc) == [
        Paragraph([Run("Sau.")]),
        Paragraph([Run("Chú thích còn lại")]),  # not bold: that was the caption's look
    ]


def test_deleting_a_table_keeps_the_paragraphs_around_it(qtbot, window):
    body = window.editor.body_edit
    fill_document(
        body.document(),
        [Paragraph([Run("Trước.")]), *ROUND_TRIP[1:3], Paragraph([Run("Sau.")])],
        lambda _id: (4, 3),
    )
    for _ in range(2):
        table_block = body.document().firstBlock()
        while QTextCursor(table_block).currentTable() is None:
            table_block = table_block.next()
        body.setTextCursor(QTextCursor(table_block))
        body.remove_table()
    assert body.blocks() == [Paragraph([Run("Trước.")]), Paragraph([Run("Sau.")])]


# ---------------------------------------------------------------- inserting and typing


def test_insert_a_table_type_across_cells_with_tab_and_save(qtbot, window, body, monkeypatch):
    insert(window, monkeypatch=monkeypatch)
    assert body.current_kind() == "table"
    assert window.actions_by_name["header_row"].isChecked()
    for text in ("Đơn vị", "Điểm", "Xếp loại", "Sở Nội vụ", "95", "Xuất sắc"):
        type_text(body, text)
        qtbot.keyClick(body, Qt.Key.Key_Tab)  # Tab in the last cell adds a row
    type_text(body, "Sở Y tế")
    assert body.hasFocus()  # Tab moved between cells, never out of the body
    qtbot.keyClick(body, Qt.Key.Key_Backtab)
    qtbot.keyClick(body, Qt.Key.Key_Backtab)  # back to "95", selected: typing replaces it
    type_text(body, "96")
    assert window.save()
    stored = window.store.get_article(window.editor.article_id)
    assert isinstance(stored.body[0], Paragraph)
    [table] = tables(stored.body)
    assert table.caption == "Kết quả bình xét" and table.header_rows == 1
    assert texts(table) == [
        ["Đơn vị", "Điểm", "Xếp loại"],
        ["Sở Nội vụ", "96", "Xuất sắc"],
        ["Sở Y tế", "", ""],
    ]


def test_shift_tab_in_the_first_cell_stays_and_tab_outside_a_table_leaves_the_body(
    qtbot, window, body, monkeypatch
):
    insert(window, rows=1, columns=2, header=False, caption="", monkeypatch=monkeypatch)
    qtbot.keyClick(body, Qt.Key.Key_Backtab)
    assert body.hasFocus() and body.current_kind() == "table"
    table = body.current_table()
    assert table.cellAt(body.textCursor()).column() == 0
    after = QTextCursor(body.document())
    after.setPosition(table.lastPosition() + 1)
    body.setTextCursor(after)
    qtbot.keyClick(body, Qt.Key.Key_Tab)
    assert not body.hasFocus()  # as before tables: Tab leaves the body for the next field


def test_rows_and_columns_are_added_and_removed_each_in_one_undo_step(
    qtbot, window, body, monkeypatch
):
    insert(window, rows=2, columns=2, monkeypatch=monkeypatch)
    for text in ("A", "B", "C", "D"):
        type_text(body, text)
        qtbot.keyClick(body, Qt.Key.Key_Tab) if text != "D" else None
    actions = window.actions_by_name
    assert actions["row_below"].isEnabled()  # its shortcut works in a table
    actions["row_below"].trigger()  # under C D
    actions["column_right"].trigger()  # right of D
    actions["row_above"].trigger()  # above C D
    actions["column_left"].trigger()  # left of D
    [table] = tables(body.blocks())
    assert texts(table) == [
        ["A", "", "B", ""],
        ["", "", "", ""],
        ["C", "", "D", ""],
        ["", "", "", ""],
    ]
    actions["remove_column"].trigger()
    actions["remove_row"].trigger()
    # The cursor stayed in D's cell: its column and its row go.
    assert texts(tables(body.blocks())[0]) == [["A", "", ""], ["", "", ""], ["", "", ""]]
    body.undo()
    body.undo()
    assert texts(tables(body.blocks())[0]) == texts(table)
    actions["header_row"].trigger()  # off
    assert tables(body.blocks())[0].header_rows == 0
    actions["remove_table"].trigger()
    assert tables(body.blocks()) == []
    assert body.blocks() == [Paragraph([Run("Kết quả bình xét như sau:")])]
    assert not actions["row_below"].isEnabled()  # no table under the cursor any more


def test_the_last_row_or_column_removed_takes_the_table_with_it(qtbot, window, body, monkeypatch):
    insert(window, rows=1, columns=1, monkeypatch=monkeypatch)
    type_text(body, "Ô duy nhất")
    window.actions_by_name["remove_row"].trigger()
    assert tables(body.blocks()) == []


def test_the_caption_is_edited_in_the_line_above_the_table(qtbot, window, body, monkeypatch):
    insert(window, rows=1, columns=2, caption="", monkeypatch=monkeypatch)
    type_text(body, "ô một")
    caption = body.document().findBlock(body.current_table().firstPosition()).previous()
    cursor = QTextCursor(caption)
    body.setTextCursor(cursor)
    assert body.current_kind() == "table-caption"
    type_text(body, "Danh sách đơn vị")
    qtbot.keyClick(body, Qt.Key.Key_Return)  # goes into the table, adds no paragraph
    assert body.current_kind() == "table"
    [table] = tables(body.blocks())
    assert table.caption == "Danh sách đơn vị"
    assert texts(table) == [["ô một", ""]]
    window.actions_by_name["bold"].trigger()  # no mark in a caption: it is plain text
    body.setTextCursor(QTextCursor(caption))
    window.actions_by_name["heading"].trigger()  # a caption never becomes a heading
    assert tables(body.blocks())[0].caption == "Danh sách đơn vị"


def test_a_photo_is_inserted_after_the_table_not_into_a_cell(qtbot, window, body, monkeypatch):
    from deskeditor.model import Figure

    insert(window, rows=1, columns=2, monkeypatch=monkeypatch)
    body.insert_figure(Figure("Ảnh", "", "Mô tả"), (4, 3))
    blocks = body.blocks()
    assert isinstance(blocks[1], Table) and isinstance(blocks[2], Figure)


# ---------------------------------------------------------------- paste


WORD_TABLE = (
    "<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal><b>Họ và tên</b></p></td>"
    "<td><p class=MsoNormal><b>Đơn vị</b></p></td></tr>"
    "<tr><td colspan=2><p class=MsoNormal>Nguyễn Văn An (ô gộp)</p></td></tr></table>"
)


def paste(body, html: str) -> None:
    data = QMimeData()
    data.setHtml(html)
    data.setText("bản thuần")
    body.insertFromMimeData(data)


def test_a_table_pasted_from_word_becomes_a_table(qtbot, window, body):
    qtbot.keyClick(body, Qt.Key.Key_Return)
    paste(body, WORD_TABLE)
    [table] = tables(body.blocks())
    assert table.header_rows == 1
    assert texts(table) == [["Họ và tên", "Đơn vị"], ["Nguyễn Văn An (ô gộp)", ""]]
    assert window.save()
    stored = window.store.get_article(window.editor.article_id)
    assert tables(stored.body) == [table]


def test_a_table_pasted_into_a_cell_gives_its_text_to_the_cell(qtbot, window, body, monkeypatch):
    insert(window, rows=1, columns=2, monkeypatch=monkeypatch)
    paste(body, WORD_TABLE)
    [table] = tables(body.blocks())
    assert texts(table) == [["Họ và tên Đơn vị Nguyễn Văn An (ô gộp)", ""]]
    assert table.rows[0][0][0].bold  # marks kept


def test_the_insert_menu_offers_the_table_and_its_commands(window):
    titles = [action.text() for action in window.menus["insert"].actions()]
    assert window.actions_by_name["table"].text() in titles
    table_menu = window.menus["table_menu"]
    assert len([a for a in table_menu.actions() if not a.isSeparator()]) == 8


# ---------------------------------------------------------------- soak


WORDS = [
    "Sở Nội vụ",
    "Xuất sắc",
    "Hoàn thành tốt",
    "Đồng Đăng",
    "Lộc Bình",
    "96,5",
    "Hữu Lũng",
    "ý kiến",
]


def _tab(qtbot, body, shadow: list[list[str]], at: list[int], forward: bool = True) -> None:
    """Press Tab (or Shift+Tab) and move the shadow's cursor as Word would."""
    qtbot.keyClick(body, Qt.Key.Key_Tab if forward else Qt.Key.Key_Backtab)
    index = at[0] * len(shadow[0]) + at[1] + (1 if forward else -1)
    if index >= len(shadow) * len(shadow[0]):
        shadow.append(["" for _ in shadow[0]])
    index = max(index, 0)
    at[:] = [index // len(shadow[0]), index % len(shadow[0])]


def test_soak_build_type_reshape_save_reopen(qtbot, window, body, monkeypatch):
    """Many tables typed cell by cell and reshaped, saved on the way, reopened: nothing lost.

    A shadow table in Python follows every step as the user expects it
    (Word's behaviour); the editor and then the store must agree with it.
    """
    import random

    rng = random.Random(17)
    actions = window.actions_by_name
    expected: list[list[list[str]]] = []
    captions: list[str] = []
    for number in range(24):
        rows, columns = rng.randint(1, 4), rng.randint(1, 4)
        caption = f"Bảng số {number + 1}: {rng.choice(WORDS)}"
        captions.append(caption)
        qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # after all
        insert(window, rows, columns, rng.random() < 0.5, caption, monkeypatch)
        shadow = [["" for _ in range(columns)] for _ in range(rows)]
        at = [0, 0]

        for step in range(rng.randint(6, 20)):
            choice = rng.random()
            if choice < 0.55:
                word = f"{rng.choice(WORDS)} {number}.{step}"
                type_text(body, word)  # the cell's text was selected: typing replaces it
                shadow[at[0]][at[1]] = word
                _tab(qtbot, body, shadow, at, rng.random() < 0.85)
                continue
            r, c = at
            if choice < 0.65:
                actions["row_below"].trigger()
                shadow.insert(r + 1, ["" for _ in shadow[0]])
            elif choice < 0.72:
                actions["row_above"].trigger()
                shadow.insert(r, ["" for _ in shadow[0]])
                at[0] += 1
            elif choice < 0.8:
                actions["column_right"].trigger()
                for row in shadow:
                    row.insert(c + 1, "")
            elif choice < 0.86:
                actions["column_left"].trigger()
                for row in shadow:
                    row.insert(c, "")
                at[1] += 1
            elif choice < 0.93 and len(shadow) > 1:
                actions["remove_row"].trigger()
                del shadow[r]
                at[0] = min(r, len(shadow) - 1)
            elif len(shadow[0]) > 1:
                actions["remove_column"].trigger()
                for row in shadow:
                    del row[c]
                at[1] = min(c, len(shadow[0]) - 1)
            # The cursor keeps its place in the cell: go on from the next cell, selected.
            _tab(qtbot, body, shadow, at)
        expected.append(shadow)
        if number % 4 == 3:
            assert window.save()
        assert [texts(t) for t in tables(body.blocks())] == expected

    assert window.save()
    article_id = window.editor.article_id
    stored = window.store.get_article(article_id)
    assert [texts(t) for t in tables(stored.body)] == expected
    assert [t.caption for t in tables(stored.body)] == captions
    window.new_article(ask=False)
    window.open_article(article_id)
    assert window.editor.article().body == stored.body
    assert not window.isWindowModified()  # opening a body with tables changes nothing


def test_a_body_with_several_tables_is_read_again_and_again(qtbot, window):
    """Regression: table.document() with PySide6 6.11 killed the body's document wrapper."""
    import gc

    body = window.editor.body_edit
    fill_document(body.document(), ROUND_TRIP, lambda _id: (4, 3))
    for _ in range(3):
        assert body.blocks() == ROUND_TRIP
        gc.collect()


def test_the_table_commands_are_in_vietnamese(
    qtbot, installed_vietnamese, tmp_path, settings_dir, no_dialogs
):
    from PySide6.QtCore import QCoreApplication

    from deskeditor.gui.dialogs import TableDialog
    from deskeditor.gui.main_window import MainWindow
    from deskeditor.store import Store

    store = Store(tmp_path / "vi.db")
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.actions_by_name["table"].text() == "Chèn &bảng…"
    assert window.menus["table_menu"].title() == "&Sửa bảng"
    assert window.actions_by_name["remove_row"].text() == "Xoá hà&ng"
    dialog = TableDialog(window)
    assert dialog.windowTitle() == "Chèn bảng"
    assert dialog.header_check.text() == "Hàng đầu là hàng tiêu đề"
    assert QCoreApplication.translate("RecoveryDialog", "Table: %1") == "Bảng: %1"
    assert window.editor.body_edit.caption_placeholder().startswith("Tên bảng")
    window.close()
    store.close()


def test_an_empty_caption_line_shows_what_it_is_for(qtbot, window, body, monkeypatch):
    insert(window, rows=1, columns=2, caption="", monkeypatch=monkeypatch)
    caption = body.document().findBlock(body.current_table().firstPosition()).previous()
    from deskeditor.gui.caption_room import placeholder_rect

    # Above the table, in the room an empty caption keeps (test_gui_polish checks the pixels).
    rect = placeholder_rect(caption, body.document().documentLayout().blockBoundingRect(caption))
    rect = rect.toRect()
    rect.translate(0, -body.verticalScrollBar().value())

    def ink() -> int:
        image = body.viewport().grab(rect).toImage()
        return sum(
            1
            for x in range(0, image.width(), 2)
            for y in range(image.height())
            if image.pixelColor(x, y).lightness() < 200
        )

    with_words = ink()
    words = type(body).caption_placeholder
    monkeypatch.setattr(type(body), "caption_placeholder", lambda self: "")
    body.viewport().repaint()
    assert with_words > ink() + 50  # the grey words are drawn
    monkeypatch.setattr(type(body), "caption_placeholder", words)
    body.setTextCursor(QTextCursor(caption))
    type_text(body, "Ơ")
    assert tables(body.blocks())[0].caption == "Ơ"  # the words were never text


def test_a_right_click_in_a_cell_offers_the_table_commands(qtbot, window, body, monkeypatch):
    insert(window, rows=2, columns=2, monkeypatch=monkeypatch)
    table = body.current_table()
    cell = body.cursorRect(table.cellAt(1, 1).firstCursorPosition()).center()
    menu = body.context_menu(cell)
    texts_ = [action.text() for action in menu.actions()]
    assert window.actions_by_name["remove_row"].text() in texts_
    assert table.cellAt(body.textCursor()).row() == 1  # the cursor went to the clicked cell
    menu.deleteLater()
    outside = QTextCursor(body.document())
    body.setTextCursor(outside)
    plain = body.context_menu(body.cursorRect(outside).center())
    assert window.actions_by_name["remove_row"].text() not in [a.text() for a in plain.actions()]
    plain.deleteLater()


# ---------------------------------------------------------------- width on screen


def _body_with(window, blocks) -> None:
    from deskeditor.model import Article

    saved = window.store.save_article(Article(title="Bảng trong bài", body=blocks))
    window.open_article(saved.article_id)


def _long_text(words: int) -> list[Run]:
    return [Run(" ".join(["Cụm thi đua số II sơ kết công tác khen thưởng."] * words))]


def test_a_page_wide_table_shows_no_horizontal_scroll_bar(qtbot, window):
    """Regression: Qt rounds a page-wide table's columns a pixel or two past the page.

    That overflow lies in the blank right margin, but Qt showed a horizontal
    scroll bar for it (at about every other window width, with 4 columns).
    """

    def table(columns: int) -> Table:
        heading = [[Run(f"Cột {c}")] for c in range(1, columns + 1)]
        return Table([heading, *[[[Run("Sở Nội vụ")]] * columns] * 3], f"{columns} cột", 1)

    blocks: list = [Paragraph(_long_text(40))]
    for columns in (3, 4, 5, 7):
        blocks += [table(columns), Paragraph(_long_text(2))]
    _body_with(window, blocks)
    body = window.editor.body_edit
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: body.verticalScrollBar().isVisible())
    overflowing = []
    for width in range(1180, 1222):  # odd and even widths of the body alike
        window.resize(width, 800)
        QApplication.processEvents()
        bar = body.horizontalScrollBar()
        if bar.maximum() != 0 or bar.isVisible():
            overflowing.append((width, bar.maximum()))
    assert overflowing == []
    # Nothing is hidden: every table's last column ends inside the visible page.
    layout, doc = body.document().documentLayout(), body.document()
    for table in _qt_tables(body):
        cell = table.cellAt(0, table.columns() - 1)
        text_right = layout.blockBoundingRect(doc.findBlock(cell.firstPosition())).right()
        edge = text_right + table.format().cellPadding() + table.format().border()
        assert edge <= body.viewport().width() - doc.documentMargin() / 2


def _qt_tables(body):
    found, block = [], body.document().firstBlock()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None and table not in found:
            found.append(table)
        block = block.next()
    return found


def test_a_wide_table_wraps_its_cells_at_the_page_width(qtbot, window):
    """Twelve columns of long text stay as wide as the page: the cells wrap, as in Word."""
    cells = [[_long_text(1) for _ in range(12)] for _ in range(3)]
    wide = Table([[[Run(f"Cột {c}")] for c in range(1, 13)], *cells], "Mười hai cột", 1)
    _body_with(window, [Paragraph(_long_text(3)), wide])
    body = window.editor.body_edit
    window.resize(1280, 800)
    QApplication.processEvents()
    assert body.horizontalScrollBar().maximum() == 0
    table = _qt_tables(body)[0]
    cell = table.cellAt(1, 0)
    top = body.cursorRect(cell.firstCursorPosition()).top()
    bottom = body.cursorRect(cell.lastCursorPosition()).top()
    assert bottom > top + 3 * body.fontMetrics().lineSpacing()  # the text wrapped in its cell


def test_a_table_too_wide_for_a_narrow_body_can_still_be_scrolled_to(qtbot):
    from deskeditor.gui.body_editor import BodyEdit
    from deskeditor.gui.figure import FigureRenderer

    body = BodyEdit(FigureRenderer(lambda *_: None))
    qtbot.addWidget(body)
    wide = Table([[[Run("Nội dung")] for _ in range(12)] for _ in range(2)], "", 0)
    fill_document(body.document(), [wide], lambda _id: (4, 3))
    body.resize(160, 300)
    body.show()
    QApplication.processEvents()
    assert body.horizontalScrollBar().maximum() > body.document().documentMargin()
