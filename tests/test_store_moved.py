"""A store file moved (or deleted) while the program has it open loses no save.

SQLite keeps the ``-wal`` under the file's old name and does not fold it into a
moved file when it closes: every save made since the store was opened stayed
behind in it, and the moved file held none of them (a new store was empty).
Windows refuses to move a file SQLite has open, so this is about Linux and macOS.
"""

from __future__ import annotations

import os
import sys

import pytest

from deskeditor.errors import StoreError
from deskeditor.model import Article, Paragraph, Run
from deskeditor.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows refuses the move")


def _article(title: str) -> Article:
    return Article(title=title, body=[Paragraph([Run("Đồng chí Đặng Quốc Huy phát biểu.")])])


def _titles(path) -> list[str]:
    with Store(path, snapshot=True) as store:
        assert store.check() == []
        return sorted(row.title for row in store.list_articles())


def test_saves_before_the_move_are_in_the_moved_file_and_later_ones_are_refused(tmp_path):
    path = tmp_path / "kho.db"
    moved = tmp_path / "USB" / "kho.db"
    moved.parent.mkdir()
    store = Store(path)
    store.save_article(_article("Hội nghị sơ kết"))
    store.save_article(_article("Lễ trao tặng Huân chương"))
    os.replace(path, moved)  # the user moves it in the file manager

    with pytest.raises(StoreError, match="was moved or deleted while it was open, so this was not"):
        store.save_article(_article("Bài viết sau khi chuyển"))
    store.close()

    assert _titles(moved) == ["Hội nghị sơ kết", "Lễ trao tặng Huân chương"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["USB"]  # no -wal, -shm or lock left


def test_a_store_moved_back_takes_saves_again(tmp_path):
    path = tmp_path / "kho.db"
    aside = tmp_path / "kho-tam.db"
    with Store(path) as store:
        store.save_article(_article("Hội nghị sơ kết"))
        os.replace(path, aside)
        with pytest.raises(StoreError):
            store.save_article(_article("Bài bị từ chối"))
        os.replace(aside, path)
        store.save_article(_article("Bài lưu sau khi chuyển về"))
    assert _titles(path) == ["Bài lưu sau khi chuyển về", "Hội nghị sơ kết"]


def test_the_window_says_so_in_vietnamese_and_keeps_the_text(
    qtbot, tmp_path, settings_dir, no_dialogs, vietnamese
):
    from gui_helpers import type_text

    from deskeditor.gui.main_window import MainWindow

    path = tmp_path / "kho.db"
    store = Store(path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    try:
        type_text(window.editor.title_edit, "Tin đã lưu")
        assert window.save()
        os.replace(path, tmp_path / "kho-moi.db")
        window.editor.title_edit.setPlainText("Tin chưa lưu được")

        assert not window.save()

        kind, _, text = no_dialogs[-1]
        assert kind in ("warning", "critical")
        assert "đã bị chuyển đi hoặc xoá trong lúc đang mở" in text
        assert window.has_unsaved_changes
        assert window.editor.title_edit.toPlainText() == "Tin chưa lưu được"
    finally:
        window._dirty = False
        window.close()
        store.close()
    assert _titles(tmp_path / "kho-moi.db") == ["Tin đã lưu"]
