"""Tệp → Mở bản thảo Word… and a .docx dropped onto the window (issue 17)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from deskeditor.gui.word_import import import_word_file
from deskeditor.wordimport import read_docx
from tests.wordgen import add_text_box, photo_bytes, realistic_draft


def _wait(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.background_ops(), timeout=30_000)


def _draft_with_text_box(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Bản tin có hộp chữ", style="Title")
    add_text_box(document.add_paragraph("Nội dung chính. "), "Chữ trong hộp")
    document.save(path)
    return path


@pytest.mark.unicode_paths  # a Vietnamese file name
def test_the_file_menu_opens_a_word_draft(qtbot, window, tmp_path, monkeypatch, no_dialogs):
    path = realistic_draft(tmp_path / "bản thảo.docx")  # photos, lists, a table...
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_by_name["import_word"].trigger()
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: window.editor.article_id is not None)
    assert (
        window.editor.title_edit.text() == "Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2026"
    )
    assert window.store.count_articles() == 1
    assert [b.kind for b in window.editor.body_edit.blocks()] == [
        b.kind for b in read_docx(path).article.body
    ]
    assert no_dialogs == []  # nothing was left out: no report


def test_the_report_lists_what_was_left_out(qtbot, window, tmp_path, no_dialogs, vietnamese):
    import_word_file(window, _draft_with_text_box(tmp_path / "hop.docx"))
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: bool(no_dialogs))
    kind, title, text = no_dialogs[-1]
    assert kind == "information" and title == "Đã nhập bản thảo Word"
    assert "Hộp văn bản bị bỏ qua: 1" in text
    assert window.editor.title_edit.text() == "Bản tin có hộp chữ"


def _drop(target, paths: list[Path]) -> bool:
    """Drag *paths* over *target* and drop them; return whether the drag was accepted."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted()


def test_a_docx_dropped_on_the_window_becomes_an_article(qtbot, window, tmp_path):
    assert _drop(window, [realistic_draft(tmp_path / "keo-tha.docx", photos=1)])
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: window.store.count_articles() == 1)
    assert window.editor.article_id == 1


def test_a_docx_dropped_on_the_body_is_imported_not_taken_for_a_photo(qtbot, window, tmp_path):
    path = realistic_draft(tmp_path / "than-bai.docx", photos=0, table=False)
    assert _drop(window.editor.body_edit.viewport(), [path])
    assert window.photo_import is None
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: window.store.count_articles() == 1)


def test_a_photo_dropped_on_the_body_still_goes_to_the_photos(qtbot, window, tmp_path):
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(photo_bytes())
    seen = []
    window.editor.body_edit.files_dropped.connect(seen.append)
    _drop(window.editor.body_edit.viewport(), [photo])
    assert seen == [[photo]]
    qtbot.waitUntil(lambda: window.photo_import is None, timeout=30_000)
    assert window.store.count_articles() == 0


def test_a_damaged_file_is_one_message_in_vietnamese_and_nothing_is_stored(
    qtbot, window, tmp_path, no_dialogs, vietnamese
):
    path = tmp_path / "hong.docx"
    path.write_bytes(b"PK\x03\x04" + bytes(100))
    import_word_file(window, path)
    _wait(qtbot, window)
    qtbot.waitUntil(lambda: bool(no_dialogs))
    kind, _title, text = no_dialogs[-1]
    assert kind == "warning"
    assert text == "hong.docx: tệp bị hỏng hoặc không phải văn bản Word"
    assert window.store.count_articles() == 0


def test_the_menu_item_reads_in_vietnamese(qtbot, vietnamese, tmp_path, settings_dir, no_dialogs):
    from deskeditor.gui.main_window import MainWindow
    from deskeditor.store import Store

    with Store(tmp_path / "vi.db") as store:
        win = MainWindow(store)
        qtbot.addWidget(win)
        assert win.actions_by_name["import_word"].text() == "Mở bản thảo &Word…"
        win.close()
