"""Backups and read-only opening, as a user meets them in the window."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from deskeditor.model import Article
from deskeditor.store import Store


def test_daily_backup_is_made_in_the_background(qtbot, window):
    from deskeditor.gui.backups_dialog import backup_folder, start_auto_backup

    window.store.save_article(Article(title="Tin cần giữ"))
    assert start_auto_backup(window).wait(30_000)
    copies = list(backup_folder(window.store.path).glob("deskeditor-*.db"))
    assert len(copies) == 1
    qtbot.waitUntil(lambda: "Today's backup" in window.statusBar().currentMessage())
    assert start_auto_backup(window).wait(30_000)  # once a day only
    assert len(list(backup_folder(window.store.path).glob("deskeditor-*.db"))) == 1


def test_restore_from_the_dialog_reloads_the_window(
    qtbot, window, tmp_path, no_dialogs, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from deskeditor.gui.backups_dialog import BackupsDialog

    window.store.save_article(Article(title="Bài trong bản sao lưu"))
    QSettings().setValue("backup/folder", str(tmp_path / "sao-luu"))
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.back_up_now().wait(30_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 2).text() == "1"
    window.store.save_article(Article(title="Bài viết sau đó"))
    window.refresh_list()
    assert window.article_model.rowCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert dialog.restored
    assert [s.title for s in window.store.list_articles()] == ["Bài trong bản sao lưu"]
    assert window.article_model.rowCount() == 1
    kept = list((tmp_path / "sao-luu").glob("truoc-khoi-phuc-*.db"))
    assert len(kept) == 1
    window.store.save_article(Article(title="Vẫn ghi được"))  # reopened for writing


def test_a_store_opened_read_only_cannot_be_changed(qtbot, tmp_path, settings_dir, no_dialogs):
    from deskeditor.gui.main_window import MainWindow

    path = tmp_path / "chi-doc.db"
    with Store(path) as writer:
        writer.save_article(Article(title="Chỉ để đọc"))
    holder = Store(path)  # another program holds the store
    try:
        reader = Store(path, read_only=True)
        window = MainWindow(reader)
        qtbot.addWidget(window)
        assert "read-only" in window.windowTitle()
        assert window.editor.title_edit.isReadOnly() and window.editor.body_edit.isReadOnly()
        assert not window.actions_by_name["save"].isEnabled()
        assert window.save() is False
        assert window.article_model.rowCount() == 1
        window.close()
        reader.close()
    finally:
        holder.close()
