"""Backups: the automatic daily copy at start-up, and the restore dialog."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from deskeditor.backups import BackupInfo, auto_backup, list_backups, restore
from deskeditor.errors import DeskEditorError
from deskeditor.store.copies import default_folder

from .background import BackgroundOp
from .error_text import localized, sentence
from .translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from .main_window import MainWindow

FOLDER_KEY = "backup/folder"


def backup_folder(store_path: Path) -> Path:
    """Return the backup folder chosen in the settings, or the default one beside the store."""
    chosen = str(QSettings().value(FOLDER_KEY, "") or "")
    return Path(chosen) if chosen else default_folder(store_path)


def start_auto_backup(window: MainWindow) -> BackgroundOp:
    """Make today's backup in the background (its own read-only connection); say so when done."""
    folder = backup_folder(window.store.path)
    store_path = window.store.path

    def made(path: Path | None) -> None:
        if path is not None:
            window.show_status_message(
                QCoreApplication.translate("MainWindow", "Today's backup: %1").replace(
                    "%1", str(path)
                )
            )

    def failed(exc: Exception) -> None:
        window.show_status_message(
            QCoreApplication.translate("MainWindow", "Automatic backup failed: %1").replace(
                "%1", localized(exc)
            )
        )

    return BackgroundOp(
        window, lambda _control: auto_backup(store_path, folder), on_success=made, on_error=failed
    ).start()


class BackupsDialog(QDialog):
    """List the backups with their dates and article counts; restore one."""

    KIND_LABELS = {
        "daily": QT_TRANSLATE_NOOP("BackupsDialog", "Daily"),
        "migration": QT_TRANSLATE_NOOP("BackupsDialog", "Before an upgrade"),
        "restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
        "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Manual"),
        "other": QT_TRANSLATE_NOOP("BackupsDialog", "Other"),
    }

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.restored = False
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 440)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton(self.tr("Change folder…"))
        change.clicked.connect(self.change_folder)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made at"), self.tr("Kind"), self.tr("Articles"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        # Another program holds a store opened read-only: it must not be replaced under it.
        self.restore_button.setVisible(not window.store.read_only)
        self.backup_now_button = QPushButton(self.tr("Back up now"))
        self.backup_now_button.clicked.connect(self.back_up_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Folder:")))
        top.addWidget(self.folder_label, 1)
        top.addWidget(change)
        bottom = QHBoxLayout()
        bottom.addWidget(self.backup_now_button)
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        note = QLabel(
            self.tr(
                "A copy is made automatically once a day when the program starts; the last 7 "
                "daily and 4 weekly copies are kept. Restoring keeps a copy of the current data."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(bottom)
        self.infos: list[BackupInfo] = []
        self.reload()

    def folder(self) -> Path:
        """Return the backup folder in use."""
        return backup_folder(self.window_.store.path)

    def reload(self) -> None:
        """List the backups of the folder, newest first."""
        folder = self.folder()
        self.folder_label.setText(str(folder))
        self.infos = list_backups(folder)
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            kind = self.tr(self.KIND_LABELS.get(info.kind, self.KIND_LABELS["other"]))
            articles = (
                str(info.articles)
                if not info.damaged
                else self.tr("damaged: %1").replace("%1", localized(info.problem))
            )
            cells = [
                info.taken_at.strftime("%d/%m/%Y %H:%M"),
                kind,
                articles,
                f"{info.size / 2**20:.1f} MB",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if info.damaged:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        # Every column but the last: sized to its contents, the last one would stop
        # stretching to the table's edge.
        for column in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(column)
        self.restore_button.setEnabled(bool(self.infos))
        if self.infos:
            self.table.selectRow(0)

    def change_folder(self) -> None:
        """Choose where backups go (kept in this computer's settings)."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), str(self.folder())
        )
        if chosen:
            QSettings().setValue(FOLDER_KEY, chosen)
            self.reload()

    def back_up_now(self) -> BackgroundOp:
        """Make a copy now, in the backup folder, without freezing the window; return the op."""
        from deskeditor.backups import manual_backup

        store_path, folder = self.window_.store.path, self.folder()
        self.backup_now_button.setEnabled(False)
        self.restore_button.setEnabled(False)  # not while the copy is being made

        def failed(exc: Exception) -> None:
            QMessageBox.warning(self, self.tr("Backup failed"), sentence(exc))

        return BackgroundOp(
            self,
            lambda _control: manual_backup(store_path, folder),
            on_error=failed,
            on_finished=self._backup_done,
        ).start()

    def _backup_done(self) -> None:
        self.backup_now_button.setEnabled(True)
        self.reload()

    def restore_selected(self) -> None:
        """Put the selected backup in place of the store, after asking."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.infos):
            return
        info = self.infos[row]
        if info.damaged:
            QMessageBox.warning(self, self.tr("Cannot restore"), self.tr("This backup is damaged."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace all current data with the backup of %1 (%2 articles)? "
                "A copy of the current data is kept in the backup folder."
            )
            .replace("%1", info.taken_at.strftime("%d/%m/%Y %H:%M"))
            .replace("%2", str(info.articles)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or not self.window_.maybe_save():
            return
        window = self.window_
        store_path = window.store.path
        window.store.close()
        try:
            safety = restore(store_path, info.path, self.folder())
        except DeskEditorError as exc:
            QMessageBox.critical(self, self.tr("Restore failed"), sentence(exc))
            safety = None
            restored = False
        else:
            restored = True
        window.reopen_store()
        self.reload()  # the copy of the replaced data is listed at once
        if restored:
            self.restored = True
            kept = [row for row, info in enumerate(self.infos) if info.path == safety]
            if kept:
                self.table.selectRow(kept[0])
            QMessageBox.information(
                self,
                self.tr("Restored"),
                self.tr("The backup was restored. The data it replaced is kept in %1.").replace(
                    "%1", str(safety or "-")
                ),
            )

    @classmethod
    def show_for(cls, window: MainWindow, parent: QWidget | None = None) -> bool:
        """Show the dialog; return True if a backup was restored."""
        dialog = cls(window)
        dialog.exec()
        return dialog.restored
