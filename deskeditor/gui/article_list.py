"""The article list: a Qt table model over store summaries (no bodies, no images)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from deskeditor.model import ArticleSummary, Status
from deskeditor.text.collation import sort_key

from .translation import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
Fetcher = Callable[[int], list[ArticleSummary]]
# Rows read from the store at a time: a screenful many times over, a blink to load.
PAGE_SIZE = 500
DATE_FORMAT = "%d/%m/%Y %H:%M"


class ArticleTableModel(QAbstractTableModel):
    """Rows of :class:`ArticleSummary`; text columns sort in Vietnamese order."""

    STATUS, DATE, TITLE, CATEGORY, AUTHOR = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._fetch_more: Fetcher | None = None
        self._headers = [
            self.tr("Status"),
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Category"),
            self.tr("Author"),
        ]

    def set_rows(self, rows: list[ArticleSummary], fetch_more: Fetcher | None = None) -> None:
        """Replace every row; *fetch_more(offset)* returns the next page, if there are more."""
        self.beginResetModel()
        self._rows = rows
        self._fetch_more = fetch_more if fetch_more is not None and len(rows) >= PAGE_SIZE else None
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._fetch_more is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._fetch_more is None:
            return
        rows = self._fetch_more(len(self._rows))
        if len(rows) < PAGE_SIZE:
            self._fetch_more = None
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Load every remaining page (before sorting the whole list)."""
        while self.canFetchMore():
            self.fetchMore()

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
                return summary.published_at.strftime(DATE_FORMAT) if summary.published_at else ""
            return (None, None, summary.title, summary.category, summary.author)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return summary.title
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys: dict[int, Callable[[ArticleSummary], Any]] = {
            self.STATUS: lambda s: list(Status).index(s.status),
            self.DATE: lambda s: (s.published_at is None, s.published_at or 0),
            self.TITLE: lambda s: sort_key(s.title),
            self.CATEGORY: lambda s: sort_key(s.category),
            self.AUTHOR: lambda s: sort_key(s.author),
        }
        if (
            column == self.DATE
            and order == Qt.SortOrder.DescendingOrder
            and self._fetch_more is not None
        ):
            return  # pages arrive newest first already; nothing to load or move
        # Sorting by a column means the whole list: load what is not loaded yet.
        self.fetch_all()
        self.layoutAboutToBeChanged.emit()
        # The selection and current row follow their article, not the row number.
        kept = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in kept]
        self._rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        rows = {summary.id: row for row, summary in enumerate(self._rows)}
        moved = [self.index(rows[i], index.column()) for i, index in zip(ids, kept, strict=True)]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()


def fit_fixed_columns(table: QTableView) -> None:
    """Size the status and date columns of *table* to the widest text they can show.

    The measure is QTableView.resizeColumnToContents' own (the style's size of
    an item with that text, plus the grid line, and never narrower than the
    header), taken over the few texts these columns can hold instead of over
    every loaded row: that asked the model for 500 rows × 2 columns × 8 roles,
    a third of the window's start-up work, and a status wider than those of
    the first page was cut off further down the list.
    """
    table.ensurePolished()
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    style, grid = table.style(), 1 if table.showGrid() else 0

    def width(text: str) -> int:
        option.text = text
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, option, QSize(), table)
        return size.width() + grid

    # Every date has the same shape: with its widest digit everywhere, it fits them all.
    digits = "0123456789"
    widest = max(digits, key=table.fontMetrics().horizontalAdvance)
    date = dt.datetime(2000, 1, 1).strftime(DATE_FORMAT)
    texts = {
        ArticleTableModel.STATUS: [status_label(status) for status in Status],
        ArticleTableModel.DATE: [date.translate(str.maketrans(digits, widest * 10))],
    }
    header = table.horizontalHeader()
    for column, candidates in texts.items():
        label = 0 if header.isHidden() else header.sectionSizeHint(column)
        header.resizeSection(column, max(label, *(width(text) for text in candidates)))


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
