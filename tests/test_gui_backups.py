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


def test_the_daily_backup_of_a_start_waits_for_the_first_frame(
    qtbot, tmp_path, settings_dir, no_dialogs, monkeypatch
):
    """run_gui's window is painted before today's backup starts copying the store."""
    from PySide6.QtCore import QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from deskeditor import app
    from deskeditor.crashlog import CrashLog
    from deskeditor.gui import backups_dialog
    from deskeditor.gui.main_window import MainWindow

    db = tmp_path / "kho.db"
    with Store(db) as store:
        store.save_article(Article(title="Tin cần giữ"))
    started: list[bool] = []  # for each backup started: had the window been painted?
    painted: list[MainWindow] = []
    real_start = backups_dialog.start_auto_backup

    def start(window: MainWindow):  # type: ignore[no-untyped-def]
        started.append(bool(painted))
        return real_start(window)

    class Painted(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == event.Type.Paint and isinstance(watched, MainWindow):
                painted.append(watched)
            return False

    watcher = Painted()
    QApplication.instance().installEventFilter(watcher)
    monkeypatch.setattr(backups_dialog, "start_auto_backup", start)

    def run_until_backed_up() -> int:  # app.exec, until the backup has been made
        loop = QEventLoop()
        timer = QTimer(interval=20)
        timer.timeout.connect(
            lambda: loop.quit() if started and not painted[0].background_ops() else None
        )
        timer.start()
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        painted[0]._closed = True  # no questions on the way out
        painted[0].close()
        return 0

    monkeypatch.setattr(QApplication, "exec", lambda _app: run_until_backed_up())
    try:
        assert app._run_window(db, CrashLog(tmp_path / "logs")) == 0
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert started == [True]
    assert len(list(backups_dialog.backup_folder(db).glob("deskeditor-*.db"))) == 1
