"""The category pick list in the settings dialog: add, rename, reorder, remove.

Nothing reaches the store until the dialog's OK: the page keeps the user's
steps as a plan and replays them in the store's own operations inside the
dialog's one transaction, so Cancel (or a failure) changes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskeditor.text import nfc

# One step of the plan: ("add", name), ("rename", old, new) or ("remove", name, move_to or None).
Step = tuple[Any, ...]


class CategoriesPage(QWidget):
    """Edit the category list; apply() replays the edits in the store."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.original = store.categories()
        self.usage = {name: store.category_usage(name) for name in self.original}
        self.plan: list[Step] = []
        self.list_widget = QListWidget()
        self.list_widget.addItems(self.original)
        self.list_widget.setCurrentRow(0)
        self.usage_label = QLabel()
        self.usage_label.setStyleSheet("color: #555")
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.add_button.clicked.connect(self.add_category)
        self.rename_button.clicked.connect(self.rename_category)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_category)
        self.list_widget.currentRowChanged.connect(lambda _row: self._update())
        self.list_widget.itemDoubleClicked.connect(lambda _item: self.rename_category())

        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addSpacing(12)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        hint = QLabel(
            self.tr(
                "The order here is the order of the pick list. Changes are made when you press OK."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        row = QHBoxLayout()
        row.addWidget(self.list_widget, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.usage_label)
        layout.addWidget(hint)
        self._update()

    def names(self) -> list[str]:
        """Return the categories as they are listed now."""
        return [self.list_widget.item(row).text() for row in range(self.list_widget.count())]

    def _update(self) -> None:
        row = self.list_widget.currentRow()
        selected = row >= 0
        for button in (self.rename_button, self.remove_button):
            button.setEnabled(selected)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(selected and row < self.list_widget.count() - 1)
        if selected:
            count = self.usage.get(self.names()[row], 0)
            self.usage_label.setText(self.tr("Used by %n article(s).", "", count))
        else:
            self.usage_label.clear()

    def _ask_name(self, title: str, text: str = "", skip: str | None = None) -> str | None:
        """Ask for a category name; refuse an empty one or one already listed."""
        answer, accepted = QInputDialog.getText(
            self, title, self.tr("Name of the category:"), QLineEdit.EchoMode.Normal, text
        )
        name = " ".join(nfc(answer).split())
        if not accepted or not name or name == skip:
            return None
        taken = [n for n in self.names() if n != skip]
        if name.casefold() in (n.casefold() for n in taken):
            QMessageBox.warning(
                self, title, self.tr("There is already a category named “%1”.").replace("%1", name)
            )
            return None
        return name

    def add_category(self) -> None:
        """Ask for a name and add the category at the end."""
        name = self._ask_name(self.tr("Add category"))
        if name is not None:
            self.plan.append(("add", name))
            self.usage[name] = 0
            self.list_widget.addItem(name)
            self.list_widget.setCurrentRow(self.list_widget.count() - 1)

    def rename_category(self) -> None:
        """Rename the selected category; its articles follow it."""
        row = self.list_widget.currentRow()
        if row < 0:
            return
        old = self.names()[row]
        name = self._ask_name(self.tr("Rename category"), old, skip=old)
        if name is not None:
            self.plan.append(("rename", old, name))
            self.usage[name] = self.usage.pop(old, 0)
            self.list_widget.item(row).setText(name)
            self._update()

    def move_selected(self, step: int) -> None:
        """Move the selected category one place up (-1) or down (1)."""
        row = self.list_widget.currentRow()
        if row < 0 or not 0 <= row + step < self.list_widget.count():
            return
        item = self.list_widget.takeItem(row)
        self.list_widget.insertItem(row + step, item)
        self.list_widget.setCurrentRow(row + step)

    def remove_category(self) -> None:
        """Remove the selected category; ask where its articles go if any use it."""
        row = self.list_widget.currentRow()
        if row < 0:
            return
        name = self.names()[row]
        count = self.usage.get(name, 0)
        move_to = None
        if count:
            others = [n for n in self.names() if n != name]
            none = self.tr("(no category)")
            question = self.tr(
                "%n article(s) are in “%1”. Which category should they move to?", "", count
            ).replace("%1", name)
            choice, accepted = QInputDialog.getItem(
                self, self.tr("Remove category"), question, [*others, none], 0, False
            )
            if not accepted:
                return
            move_to = choice if choice in others else None
            if move_to is not None:
                self.usage[move_to] = self.usage.get(move_to, 0) + count
        self.plan.append(("remove", name, move_to))
        self.usage.pop(name, None)
        self.list_widget.takeItem(row)
        self._update()

    def renamed(self) -> dict[str, str]:
        """Return what each changed original category became ("" when its articles have none)."""
        current = {name: name for name in self.original}
        for step in self.plan:
            if step[0] == "add":
                continue
            for original, now in current.items():
                if now == step[1]:
                    current[original] = step[2] or ""
        return {old: new for old, new in current.items() if old != new}

    def apply(self) -> None:
        """Replay the plan in the store; call inside the dialog's transaction."""
        for step in self.plan:
            if step[0] == "add":
                self.store.ensure_category(step[1])
            elif step[0] == "rename":
                self.store.rename_category(step[1], step[2])
            else:
                self.store.remove_category(step[1], step[2])
        if self.names() != self.store.categories():
            self.store.reorder_categories(self.names())
