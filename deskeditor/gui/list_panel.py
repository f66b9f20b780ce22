"""The window's left pane: the search field, the two filters and the article list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QTableView, QVBoxLayout, QWidget

from deskeditor.model import Status

from .article_list import PAGE_SIZE, ArticleTableModel, fit_fixed_columns, status_label

if TYPE_CHECKING:
    from deskeditor.store import Store

SEARCH_DELAY_MS = 150


class ArticleListPanel(QWidget):
    """Find and pick an article; the window decides what picking one does.

    The panel knows the store only while it reads it (``refresh``), and never the
    editor: the window passes the open article's id and listens to ``article_chosen``.
    """

    # The user moved the list's current row to another article (its id).
    article_chosen = Signal(int)
    # The search text or a filter changed: the window reloads the list.
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._switching = False  # the list is being filled: row changes are not the user's
        self.search_edit = QLineEdit()
        # Texts stay in the window's translation context, where they always were.
        self.search_edit.setPlaceholderText(
            QCoreApplication.translate("MainWindow", "Search (accents optional: hoi nghi)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(QCoreApplication.translate("MainWindow", "All statuses"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status)
        self.category_combo = QComboBox()
        self.article_model = ArticleTableModel(self)
        self.article_table = QTableView()
        self.article_table.setModel(self.article_model)
        self.article_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Several rows can be selected for a batch export; the current row is the one open.
        self.article_table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        # Newest first is the store's own order: the list can then be read page by page.
        self.article_table.horizontalHeader().setSortIndicator(
            ArticleTableModel.DATE, Qt.SortOrder.DescendingOrder
        )
        self.article_table.setSortingEnabled(True)
        self.article_table.setAlternatingRowColors(True)
        self.article_table.setWordWrap(False)
        self.article_table.verticalHeader().hide()
        # The title first: in a narrow list it is what shows (the status and date scroll).
        header = self.article_table.horizontalHeader()
        header.moveSection(header.visualIndex(ArticleTableModel.TITLE), 0)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        filters = QHBoxLayout()
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.category_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.article_table)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.filters_changed)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.status_combo.currentIndexChanged.connect(self.filters_changed)
        self.category_combo.currentIndexChanged.connect(self.filters_changed)
        self.article_table.selectionModel().currentRowChanged.connect(self._on_current_row)

    def fill_categories(self, names: list[str]) -> None:
        """Refill the category filter, keeping the chosen category if it still exists."""
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(
            QCoreApplication.translate("MainWindow", "All categories"), None
        )
        for name in names:
            self.category_combo.addItem(name, name)
        index = self.category_combo.findData(current)
        self.category_combo.setCurrentIndex(max(index, 0))
        self.category_combo.blockSignals(False)

    def refresh(self, store: Store, open_id: int | None) -> int:
        """Reload the rows for the search text and filters; return how many articles match."""
        # The combo box gives a StrEnum back as a plain str: make it the status again.
        chosen = self.status_combo.currentData()
        status = Status(chosen) if chosen else None
        category = self.category_combo.currentData()
        query = self.search_edit.text()
        self._switching = True
        if query.strip():
            rows = store.search(query, status, category, limit=PAGE_SIZE)
            self.article_model.set_rows(rows)
            total = len(rows)
        else:
            # The newest page now; the model reads further pages as the list is scrolled.
            rows = store.list_articles(status, category, PAGE_SIZE)
            self.article_model.set_rows(
                rows, lambda offset: store.list_articles(status, category, PAGE_SIZE, offset)
            )
            total = store.count_articles(status, category) if len(rows) >= PAGE_SIZE else len(rows)
        header = self.article_table.horizontalHeader()
        if not query.strip():  # search results stay in order of relevance
            self.article_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_fixed_columns(self.article_table)
        self.article_table.setColumnWidth(ArticleTableModel.TITLE, 300)
        self.select_article(open_id)
        self._switching = False
        return total

    def select_article(self, article_id: int | None) -> None:
        """Select *article_id*'s row if it is shown (clear the selection otherwise)."""
        switching, self._switching = self._switching, True
        row = self.article_model.row_of(article_id) if article_id else -1
        if row >= 0:
            self.article_table.selectRow(row)
        else:
            self.article_table.clearSelection()
        self._switching = switching

    def first_article_id(self) -> int | None:
        """Return the id of the article in the first row (None when the list is empty)."""
        return self.article_model.summary(0).id if self.article_model.rowCount() else None

    def _on_current_row(self) -> None:
        if self._switching:
            return
        index = self.article_table.currentIndex()
        if index.isValid():
            self.article_chosen.emit(self.article_model.summary(index.row()).id)
