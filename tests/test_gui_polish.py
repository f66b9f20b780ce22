"""Small things an outside tester met in the Vietnamese window, each as the tester met it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

# ---------------------------------------------------------------- 1. date field


def _retype(qtbot, field, text):
    field.setFocus()
    focused = QApplication.focusWidget() or field
    qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


def test_an_impossible_date_says_it_kept_the_old_one(qtbot, vietnamese, window):
    editor = window.editor
    field = editor.published_edit
    field.set_date_time(dt.datetime(2026, 3, 2, 8, 0))
    assert not editor.date_hint_label.isVisible()
    _retype(qtbot, field, "31/02/2026 25:70")
    hint = editor.date_hint_label
    assert hint.isVisible()
    assert "không hợp lệ" in hint.text() and "02/03/2026 08:00" in hint.text()
    assert "ngày cũ" in hint.text()
    assert "#b00020" in hint.styleSheet()
    # Under the field, whole: not cut off at the window's edge.
    assert hint.geometry().top() >= field.geometry().bottom()
    assert hint.width() >= hint.fontMetrics().horizontalAdvance(hint.text()) or hint.wordWrap()
    assert hint.height() >= hint.heightForWidth(hint.width())
    assert editor.article().published_at == dt.datetime(2026, 3, 2, 8, 0)
    _retype(qtbot, field, "15/08/2026 09:00")
    assert not hint.isVisible()
    assert editor.article().published_at == dt.datetime(2026, 8, 15, 9, 0)


# ---------------------------------------------------------------- 2. undo of Replace All


def test_undoing_replace_all_back_to_the_saved_text_is_saved_again(
    qtbot, vietnamese, window, tmp_path
):
    from gui_helpers import type_text
    from samples import import_long_article

    window.open_article(import_long_article(window.store, tmp_path))
    window.activateWindow()
    saved = window.editor.article()
    assert window.save_state_label.text() == "Đã lưu" and not window.has_unsaved_changes
    window.find_bar.show_find(replace=True)
    bar = window.find_bar
    type_text(bar.find_edit, "hội nghị")
    type_text(bar.replace_edit, "hội thảo")
    assert bar.replace_all() == 5
    assert window.statusBar().currentMessage() == "Đã thay 5 chỗ."
    assert window.save_state_label.text() == "Chưa lưu" and window.isWindowModified()
    window.autosave()  # kept for a crash while it was unsaved
    assert window.store.recoveries()
    undo = next(a for a in window.menuBar().actions() if a.text() == "&Sửa").menu().actions()[0]
    assert undo.text().startswith("&Hoàn tác")
    undo.trigger()
    assert window.editor.article() == saved
    assert not window.has_unsaved_changes and not window.isWindowModified()
    assert window.save_state_label.text() == "Đã lưu"
    assert window.statusBar().currentMessage() == ""
    assert bar.note_label.text() == ""
    assert window.store.recoveries() == []  # nothing to offer back after a crash
    # Any other change is unsaved again, as before.
    type_text(window.editor.author_edit, "x")
    assert window.has_unsaved_changes and window.save_state_label.text() == "Chưa lưu"


# ---------------------------------------------------------------- 3. editing a published article


def test_editing_a_published_article_says_the_portal_keeps_the_old_version(
    qtbot, vietnamese, window, tmp_path, no_dialogs
):
    from samples import import_long_article

    from deskeditor.model import Decision, Status
    from deskeditor.store.workflow import decide, publish, submit

    article = import_long_article(window.store, tmp_path)
    submit(window.store, article)
    decide(window.store, article, "Hoàng Văn Nam", "Trưởng Ban biên tập", Decision.APPROVE)
    publish(window.store, article)
    window.open_article(article)
    window.editor.lead_edit.setPlainText("Sapo sửa sau khi đã đăng.")
    assert window.save()  # the patched question answers Save
    ((title, text),) = [(t, x) for kind, t, x in no_dialogs if kind == "question"]
    assert title == "Sửa bài đã đăng?"
    assert "đã đăng trên cổng thông tin" in text
    assert "vẫn giữ bản cũ" in text and "được duyệt và đăng lại" in text
    assert window.store.get_article(article).status is Status.DRAFT


# ---------------------------------------------------------------- 4. replacing a photo


def test_replacing_a_photo_asks_to_check_its_caption_and_alt_text(
    qtbot, vietnamese, window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog
    from samples import import_long_article, make_photo

    from deskeditor.gui.dialogs import FigureDialog

    window.open_article(import_long_article(window.store, tmp_path / "nguon"))
    old = window.editor.figures()[0]
    new_file = make_photo(tmp_path / "anh-moi.jpg", seed=7, size=(1200, 800))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(new_file), ""))
    shown = []

    def check(figure, parent=None, note=""):
        shown.append((figure, note))
        checked = dataclasses.replace(
            figure, credit="Ảnh: Vi Văn Thắng", alt="Đại biểu bấm nút khởi công công trình"
        )
        return checked, True

    monkeypatch.setattr(FigureDialog, "edit", check)
    window.editor.select_figure(0)
    window.editor.figure_panel.replace_button.click()
    qtbot.waitUntil(lambda: window.photo_import is None, timeout=20_000)
    ((figure, note),) = shown  # the caption dialog opened on the new photo, old texts in it
    assert figure.photo_id != old.photo_id and figure.caption == old.caption
    assert figure.alt == old.alt
    assert "ảnh mới" in note and "chú thích" in note and "mô tả (alt)" in note
    replaced = window.editor.figures()[0]
    assert replaced.photo_id == figure.photo_id
    assert replaced.alt == "Đại biểu bấm nút khởi công công trình"
    assert replaced.credit == "Ảnh: Vi Văn Thắng"
    message = window.statusBar().currentMessage()
    assert message.startswith("Đã thay ảnh.") and "mô tả (alt)" in message


def test_the_caption_dialog_shows_the_note_for_a_new_photo(qtbot, vietnamese):
    from deskeditor.gui.dialogs import FigureDialog
    from deskeditor.model import Figure

    dialog = FigureDialog(Figure(caption="Toàn cảnh hội nghị", alt="Hội trường"), note="Ảnh mới")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.note_label.isVisible() and dialog.note_label.text() == "Ảnh mới"
    plain = FigureDialog(Figure(caption="Toàn cảnh hội nghị"))
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.note_label.isVisible()


# ---------------------------------------------------------------- 5. backups dialog


def _last_column_reaches_the_edge(table) -> bool:
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    return header.sectionPosition(last) + header.sectionSize(last) >= table.viewport().width()


def test_the_backups_list_stays_full_width_and_shows_the_copy_a_restore_kept(
    qtbot, vietnamese, window, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from deskeditor.gui.backups_dialog import BackupsDialog
    from deskeditor.model import Article

    window.store.save_article(Article(title="Bài trong bản sao lưu"))
    QSettings().setValue("backup/folder", str(tmp_path / "sao-luu"))
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _last_column_reaches_the_edge(dialog.table)
    assert dialog.back_up_now().wait(30_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert _last_column_reaches_the_edge(dialog.table)  # it stopped stretching here
    window.store.save_article(Article(title="Bài viết sau đó"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert dialog.restored and dialog.isVisible()
    kinds = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert "Trước khi khôi phục" in kinds  # listed at once, not after reopening the dialog
    selected = dialog.table.currentRow()
    assert dialog.table.item(selected, 1).text() == "Trước khi khôi phục"
    assert dialog.table.item(selected, 2).text() == "2"  # the data the restore replaced
    assert _last_column_reaches_the_edge(dialog.table)


# ---------------------------------------------------------------- 6. empty table caption


def _table_top(image) -> int:
    """Return the first row of the viewport image crossed by the table's top border."""
    from deskeditor.gui.adapter import TABLE_BORDER

    middle = image.width() // 2
    return next(
        y for y in range(image.height()) if image.pixelColor(middle, y).rgb() == TABLE_BORDER.rgb()
    )


def _table_captions(window):
    from deskeditor.model import Table

    return [b.caption for b in window.editor.article().body if isinstance(b, Table)]


def _placeholder_ink(body, monkeypatch):
    """Return the image, and the pixels that only the grey placeholder words paint."""
    body.viewport().repaint()
    with_words = body.viewport().grab().toImage()
    words = type(body).caption_placeholder
    monkeypatch.setattr(type(body), "caption_placeholder", lambda self: "")
    body.viewport().repaint()
    without = body.viewport().grab().toImage()
    monkeypatch.setattr(type(body), "caption_placeholder", words)
    ink = [
        (x, y)
        for x in range(with_words.width())
        for y in range(with_words.height())
        if with_words.pixel(x, y) != without.pixel(x, y)
    ]
    return with_words, ink


def test_an_empty_table_caption_keeps_its_words_off_the_table(
    qtbot, vietnamese, window, monkeypatch
):
    from gui_helpers import type_text
    from PySide6.QtGui import QTextCursor
    from test_gui_tables import insert

    window.new_article(ask=False)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Kết quả bình xét như sau:")
    insert(window, rows=2, columns=3, caption="", monkeypatch=monkeypatch)
    qtbot.wait(20)
    image, ink = _placeholder_ink(body, monkeypatch)
    top = _table_top(image)
    assert len(ink) > 50  # the words are drawn
    assert max(y for _x, y in ink) < top  # above the table, never over its heading row
    # Typed into, the caption is a line of its own; emptied again, the room comes back.
    caption = body.document().findBlock(body.current_table().firstPosition()).previous()
    body.setTextCursor(QTextCursor(caption))
    type_text(body, "Ơ")
    qtbot.wait(20)
    assert _table_captions(window) == ["Ơ"]
    typed_top = _table_top(body.viewport().grab().toImage())
    assert abs(typed_top - top) <= 2  # the table stays where it was
    qtbot.keyClick(body, Qt.Key.Key_Backspace)
    qtbot.wait(20)
    image, ink = _placeholder_ink(body, monkeypatch)
    assert len(ink) > 50 and max(y for _x, y in ink) < _table_top(image)
    assert _table_captions(window) == [""]
    body.undo()  # the typing comes back with its line, in one step
    qtbot.wait(20)
    assert _table_captions(window) == ["Ơ"]
    assert abs(_table_top(body.viewport().grab().toImage()) - top) <= 2
    body.undo()
    qtbot.wait(20)
    assert _table_captions(window) == [""]
    image, ink = _placeholder_ink(body, monkeypatch)
    assert len(ink) > 50 and max(y for _x, y in ink) < _table_top(image)


# ---------------------------------------------------------------- 7. Qt's own file dialog


@pytest.mark.unicode_paths  # a file with a Vietnamese name in the folder shown
def test_qts_own_file_dialog_speaks_vietnamese(qtbot, vietnamese, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QFileDialog,
        QLabel,
        QListView,
        QPushButton,
        QToolButton,
        QTreeView,
    )

    (tmp_path / "bài-viết.docx").write_bytes(b"")
    dialog = QFileDialog(None, "Chọn bản thảo Word", str(tmp_path), "Word (*.docx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels == ["Tìm tr&ong:", "&Tên tệp:", "&Loại tệp:"]
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["&Mở", "Huỷ"]
    tips = {b.toolTip() for b in dialog.findChildren(QToolButton)}
    assert tips == {
        "Quay lại",
        "Tiến tới",
        "Thư mục cha",
        "Tạo thư mục mới",
        "Xem danh sách",
        "Xem chi tiết",
    }
    model = dialog.findChild(QTreeView, "treeView").model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Tên", "Kích thước", "Loại", "Ngày sửa"]
    sidebar = dialog.findChild(QListView, "sidebar").model()
    assert sidebar.index(0, 0).data() == "Máy tính"
    menu_texts = {a.text() for a in dialog.findChildren(QAction) if a.text()}
    assert {"Hiện Kích thước", "Hiện Loại", "Hiện Ngày sửa", "Thư mục &mới"} <= menu_texts
    english = {"Look in", "File name", "Files of type", "Name", "Size", "Type", "Show ", "Folder"}
    shown = labels + [*headers, *menu_texts]
    assert not [text for text in shown for word in english if word in text.replace("&", "")]
