"""The office's spelling list: see the words added with *Thêm vào từ điển cơ quan*, remove one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskeditor.errors import DeskEditorError

from .error_text import sentence

if TYPE_CHECKING:
    from deskeditor.store import Store


class OfficeWordsDialog(QDialog):
    """Lists the office's words; a word taken off is underlined again where misspelt."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.changed = False
        self.setWindowTitle(self.tr("Office dictionary"))
        self.word_list = QListWidget()
        self.word_list.addItems(store.office_words.words())
        self.remove_button = QPushButton(self.tr("&Remove word"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.word_list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0 and not store.read_only)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Words the spell checker accepts in every article of this store:"))
        )
        layout.addWidget(self.word_list)
        layout.addWidget(buttons)
        # Tab goes left to right, as the buttons are shown (Close was made first).
        QWidget.setTabOrder(
            self.remove_button, buttons.button(QDialogButtonBox.StandardButton.Close)
        )
        self.resize(360, 420)

    def remove_selected(self) -> None:
        """Take the selected word off the list."""
        item = self.word_list.currentItem()
        if item is None:
            return
        try:
            self.store.office_words.remove(item.text())
        except DeskEditorError as exc:
            QMessageBox.warning(self, self.windowTitle(), sentence(exc))
            return
        self.word_list.takeItem(self.word_list.row(item))
        self.changed = True

    @classmethod
    def edit(cls, store: Store, parent: QWidget | None = None) -> bool:
        """Show the list; return True if a word was removed."""
        dialog = cls(store, parent)
        try:
            dialog.exec()
            return dialog.changed
        finally:
            dialog.deleteLater()
