"""The link list as a Qt tree model, and the small dialogs of the link manager."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from deskeditor import links
from deskeditor.links import CsvImportError, LinkError
from deskeditor.model import Link, LinkGroup

from .error_text import localized

Where = tuple[int, int | None]  # (group row, link row or None for the group itself)
_MIME = "application/x-deskeditor-link-row"
_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole


class LinkTreeModel(QAbstractItemModel):
    """Groups as top-level rows, their links as children; read-only.

    A link row's internal id is its group's row + 1; a group's is 0. Drops
    and checkbox clicks become requests to the dialog, which makes the change
    through its undo stack and resets the model.
    """

    NAME, URL = range(2)
    move_requested = Signal(object, object)  # (group, link) from, (group, link) to
    visibility_requested = Signal(object, bool)

    def __init__(self, groups: list[LinkGroup], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups = groups
        self._duplicates: dict[Where, int] = {}
        self._warning = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )

    def reset(self) -> None:
        """Show the list as it is now."""
        self.beginResetModel()
        self._duplicates = {
            (row, later): first
            for row, group in enumerate(self.groups)
            for first, later in links.duplicate_urls(group)
        }
        self.endResetModel()

    def duplicate_count(self) -> int:
        """Return how many links repeat an earlier address of their group."""
        return len(self._duplicates)

    def path(self, index: QModelIndex | QPersistentModelIndex) -> Where | None:
        """Return (group, link or None) of *index*."""
        if not index.isValid():
            return None
        group_row = index.internalId()
        return (index.row(), None) if group_row == 0 else (group_row - 1, index.row())

    def index_of(self, group: int, link: int | None = None, column: int = 0) -> QModelIndex:
        """Return the index of a group or of one of its links."""
        if link is None:
            return self.index(group, column)
        return self.index(link, column, self.index(group, 0))

    def index(self, row: int, column: int, parent: Any = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: Any = _ROOT) -> QModelIndex:  # type: ignore[override]
        group_row = index.internalId() if index.isValid() else 0
        return self.createIndex(group_row - 1, 0, 0) if group_row else QModelIndex()

    def rowCount(self, parent: Any = _ROOT) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].links)
        return 0

    def columnCount(self, parent: Any = _ROOT) -> int:  # noqa: N802
        return 2

    def headerData(self, section: int, orientation: Any, role: int = _DISPLAY) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.tr("Name") if section == self.NAME else self.tr("Web address")
        return None

    def flags(self, index: Any) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.internalId() == 0:
            return flags | Qt.ItemFlag.ItemIsDropEnabled  # a link dropped on a group joins it
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Any, role: int = _DISPLAY) -> Any:
        where = self.path(index)
        if where is None:
            return None
        group = self.groups[where[0]]
        item: LinkGroup | Link = group if where[1] is None else group.links[where[1]]
        column, shown = index.column(), group.visible and item.visible
        duplicate_of = self._duplicates.get(where)
        if role == _DISPLAY:
            if column == self.NAME:
                return item.name if item.visible else item.name + "  " + self.tr("(hidden)")
            if isinstance(item, LinkGroup):
                return self.tr("%n link(s)", "", len(item.links))
            return item.url
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if item.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(isinstance(item, LinkGroup) and column == self.NAME)
            font.setItalic(not shown)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if not shown or (isinstance(item, LinkGroup) and column == self.URL):
                return QColor("#777777")
            return QColor("#a04a00") if duplicate_of is not None and column == self.URL else None
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.URL
            and duplicate_of is not None
        ):
            return self._warning
        if role == Qt.ItemDataRole.ToolTipRole:
            if duplicate_of is not None:
                return self.tr("The same address is already in this group: “%1”.").replace(
                    "%1", group.links[duplicate_of].name
                )
            if not item.visible:
                return self.tr("Hidden: kept in the list but not shown on the portal.")
            if not group.visible:
                return self.tr("The group is hidden, so this link is not shown either.")
            return item.url if isinstance(item, Link) else None
        return None

    def setData(self, index: Any, value: Any, role: int = _DISPLAY) -> bool:  # noqa: N802
        where = self.path(index)
        if where is not None and role == Qt.ItemDataRole.CheckStateRole:
            self.visibility_requested.emit(where, Qt.CheckState(value) == Qt.CheckState.Checked)
        return False  # the dialog changes the list and resets the model

    # --- drag and drop: one row at a time, as "group,link" (link -1 for a group)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Any) -> QMimeData:  # noqa: N802
        data = QMimeData()
        where = self.path(indexes[0]) if indexes else None
        if where is not None:
            link = -1 if where[1] is None else where[1]
            data.setData(_MIME, QByteArray(f"{where[0]},{link}".encode()))
        return data

    def drop_target(self, data: QMimeData, row: int, parent: Any) -> tuple[Where, Where] | None:
        """Return (source, final place) of a drop before *row* of *parent*, or None if refused.

        Groups stay top level and links stay inside groups; a link dropped on
        a group goes to its end.
        """
        try:
            group, link = map(int, bytes(data.data(_MIME).data()).decode().split(","))
        except ValueError:
            return None
        if link < 0:
            if parent.isValid() or not 0 <= group < len(self.groups):
                return None
            last = len(self.groups) - 1
            to = last if row < 0 else row - 1 if row > group else row
            return (group, None), (min(to, last), None)
        target = self.path(parent)
        if target is None or not 0 <= group < len(self.groups):
            return None
        to_group, on_link = target
        if on_link is not None:
            row = on_link
        size = len(self.groups[to_group].links) - (1 if to_group == group else 0)
        to = size if row < 0 else row - 1 if to_group == group and row > link else row
        return (group, link), (to_group, min(to, size))

    def canDropMimeData(
        self, data: QMimeData, action: Any, row: int, column: int, parent: Any
    ) -> bool:  # noqa: N802
        return data.hasFormat(_MIME) and self.drop_target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Any, row: int, column: int, parent: Any
    ) -> bool:  # noqa: N802
        move = self.drop_target(data, row, parent)
        if move is not None and move[0] != move[1]:
            self.move_requested.emit(*move)
        # False: the dialog has moved the row; Qt must not remove the source row too.
        return False


class LinkEditDialog(QDialog):
    """Ask for a link's name and address; a refused address keeps the dialog open."""

    def __init__(
        self, name: str = "", url: str = "", parent: QWidget | None = None, title: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Link"))
        self.name, self.url = name, url
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Sở Tư pháp"))
        self.name_edit.setMinimumWidth(480)
        self.url_edit = QLineEdit(url)
        self.url_edit.setPlaceholderText("https://stp.langson.gov.vn")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Web address:"), self.url_edit)
        form.addRow("", self.message_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _show(self, field: QLineEdit | None, message: str) -> None:
        for edit in (self.name_edit, self.url_edit):
            edit.setStyleSheet("border: 1px solid #b00020; padding: 2px" if edit is field else "")
        self.message_label.setStyleSheet("color: #b00020" if field else "color: #0b4f8a")
        self.message_label.setText(message)
        self.message_label.show()
        (field or self.url_edit).setFocus()

    def accept(self) -> None:
        try:
            name = links.clean_name(self.name_edit.text(), "link name")
        except LinkError:
            self._show(self.name_edit, self.tr("The link needs a name."))
            return
        try:
            url, scheme_added = links.normalise_url(self.url_edit.text())
        except LinkError as exc:
            self._show(
                self.url_edit,
                self.tr("This address cannot be used: %1.").replace("%1", localized(exc)),
            )
            return
        if scheme_added:
            # Show the completed address and ask for a second OK, so no link is
            # stored that the user has not seen.
            self.url_edit.setText(url)
            self._show(
                None,
                self.tr(
                    "“https://” was added in front of the address. Check it and press OK again."
                ),
            )
            return
        self.name, self.url = name, url
        super().accept()

    @classmethod
    def get_link(
        cls, name: str = "", url: str = "", parent: QWidget | None = None, title: str = ""
    ) -> tuple[tuple[str, str], bool]:
        """Show the dialog; return ((name, address), accepted)."""
        dialog = cls(name, url, parent, title)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.name, dialog.url), accepted


class CsvProblemsDialog(QDialog):
    """List every bad row of a CSV file; offer to import only the good ones."""

    def __init__(self, error: CsvImportError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rows that cannot be imported"))
        count = len(error.problems)
        label = QLabel(
            self.tr(
                "%n row(s) of the file cannot be imported, so nothing has been imported yet:",
                "",
                count,
            )
        )
        label.setWordWrap(True)
        self.problems_edit = QPlainTextEdit()
        self.problems_edit.setReadOnly(True)
        self.problems_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.problems_edit.setPlainText("\n".join(
            self.tr("Line %1: %2").replace("%1", str(p.line)).replace("%2", localized(p.reason)) for p in error.problems
        ))  # fmt: skip
        self.problems_edit.setMinimumSize(620, 220)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.skip_button = buttons.addButton(
            self.tr("Import the good rows, skip the bad ones"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.problems_edit, 1)
        layout.addWidget(buttons)
        # Tab goes left to right, as the buttons are shown (Cancel was made first).
        QWidget.setTabOrder(
            self.skip_button, buttons.button(QDialogButtonBox.StandardButton.Cancel)
        )

    @classmethod
    def ask(cls, error: CsvImportError, parent: QWidget | None = None) -> bool:
        """Show the bad rows; return True to import the good rows."""
        return cls(error, parent).exec() == QDialog.DialogCode.Accepted
