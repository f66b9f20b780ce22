"""The article list: a Qt table model over store summaries (no bodies, no images)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from deskeditor.model import ArticleSummary, Status
from deskeditor.text.collation import sort_key

_Index = QModelIndex | QPersistentModelIndex


class ArticleTableModel(QAbstractTableModel):
    """Rows of :class:`ArticleSummary`; text columns sort in Vietnamese order."""

    STATUS, DATE, TITLE, CATEGORY, AUTHOR = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._headers = [
            self.tr("Status"),
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Category"),
            self.tr("Author"),
        ]

    def set_rows(self, rows: list[ArticleSummary]) -> None:
        """Replace every row (after a search or a filter change)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def summary(self, row: int) -> ArticleSummary:
        """Return the article summary shown in *row*."""
        return self._rows[row]

    def row_of(self, article_id: int) -> int:
        """Return the row showing *article_id*, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.id == article_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.STATUS:
                return status_label(summary.status)
            if column == self.DATE:
                return (
                    summary.published_at.strftime("%d/%m/%Y %H:%M") if summary.published_at else ""
                )
            return (None, None, summary.title, summary.category, summary.author)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return summary.title
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            self.STATUS: lambda s: list(Status).index(s.status),
            self.DATE: lambda s: (s.published_at is None, s.published_at or 0),
            self.TITLE: lambda s: sort_key(s.title),
            self.CATEGORY: lambda s: sort_key(s.category),
            self.AUTHOR: lambda s: sort_key(s.author),
        }
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def status_label(status: Status) -> str:
    """Return the status name in the UI language."""
    return QCoreApplication.translate("Status", _STATUS_NAMES[status])


_STATUS_NAMES = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("Status", "Submitted"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Status", "Approved"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
    Status.RETURNED: QT_TRANSLATE_NOOP("Status", "Returned"),
}
