"""The article list: its fixed-width columns fit every text they can show."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from deskeditor.gui.article_list import ArticleTableModel, fit_fixed_columns, status_label
from deskeditor.model import Article, ArticleSummary, Paragraph, Run, Status

STATUS, DATE = ArticleTableModel.STATUS, ArticleTableModel.DATE


def _rows(statuses: list[Status]) -> list[ArticleSummary]:
    start = dt.datetime(2026, 11, 28, 8, 0)
    return [
        ArticleSummary(
            n + 1,
            status,
            start - dt.timedelta(days=37 * n, minutes=83 * n),
            f"Hội nghị tổng kết công tác năm {2026 - n}",
            "Tin tức - Sự kiện",
            "Nguyễn Thị Hằng",
        )
        for n, status in enumerate(statuses)
    ]


def _table(qtbot, rows: list[ArticleSummary]) -> QTableView:
    table = QTableView()
    qtbot.addWidget(table)
    model = ArticleTableModel(table)
    model.set_rows(rows)
    table.setModel(model)
    return table


def test_columns_are_as_wide_as_qt_measures_their_contents(qtbot):
    rows = _rows([*Status] * 12)  # every status, dates over ten years
    table = _table(qtbot, rows)
    fit_fixed_columns(table)
    fitted = table.columnWidth(STATUS), table.columnWidth(DATE)
    table.resizeColumnToContents(STATUS)
    table.resizeColumnToContents(DATE)
    assert fitted[0] == table.columnWidth(STATUS)
    assert fitted[1] >= table.columnWidth(DATE)
    assert fitted[1] <= table.columnWidth(DATE) + 2 * len("dd/mm/yyyy hh:mm")  # no waste


def test_a_status_further_down_the_list_is_not_cut_off(qtbot):
    # The first rows are all drafts; a published article comes later.
    table = _table(qtbot, _rows([Status.DRAFT] * 30 + [Status.PUBLISHED]))
    fit_fixed_columns(table)
    wanted = _table(qtbot, _rows([Status.PUBLISHED]))
    wanted.resizeColumnToContents(STATUS)
    assert table.columnWidth(STATUS) >= wanted.columnWidth(STATUS)


def test_the_window_sizes_its_columns_when_it_fills_the_list(qtbot, window):
    for n in range(3):
        window.store.save_article(
            Article(
                title=f"Tập huấn chuyển đổi số đợt {n + 1}",
                category="Tin tức - Sự kiện",
                body=[Paragraph([Run("Cán bộ phường Đông Kinh dự tập huấn.")])],
            )
        )
    window.refresh_list()
    assert window.article_model.rowCount() == 3
    metrics = window.article_table.fontMetrics()
    widest_status = max(metrics.horizontalAdvance(status_label(s)) for s in Status)
    assert window.article_table.columnWidth(STATUS) > widest_status
    shown = window.article_model.index(0, DATE).data()
    assert window.article_table.columnWidth(DATE) > metrics.horizontalAdvance(shown)


def test_sorting_keeps_the_open_article_highlighted(qtbot, window):
    """F19: after a click on a column header the highlighted row was another article."""
    ids = {
        title: window.store.save_article(
            Article(title=title, body=[Paragraph([Run("Nội dung bài viết.")])])
        ).article_id
        for title in ("Bế giảng lớp bồi dưỡng", "An toàn giao thông", "Cải cách hành chính")
    }
    window.refresh_list()
    window.open_article(ids["Bế giảng lớp bồi dưỡng"])
    table, model = window.article_table, window.article_model
    before = model.summary(table.currentIndex().row()).title
    table.sortByColumn(ArticleTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert [model.summary(r).title for r in range(3)][0] == "An toàn giao thông"
    highlighted = [model.summary(i.row()).title for i in table.selectionModel().selectedRows()]
    assert highlighted == [before] == ["Bế giảng lớp bồi dưỡng"]
    assert model.summary(table.currentIndex().row()).title == "Bế giảng lớp bồi dưỡng"
    assert window.editor.article_id == ids["Bế giảng lớp bồi dưỡng"]
