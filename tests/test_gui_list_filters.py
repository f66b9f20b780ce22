"""The list's status filter, chosen as a user does, with and without a search (outside testing).

Choosing any status failed with "'str' object has no attribute 'value'":
the combo box gives its item data back as a plain string.
"""

from __future__ import annotations

import pytest

from deskeditor.model import Article, Paragraph, Run, Status
from deskeditor.store import Store, workflow


@pytest.fixture
def store_with_statuses(tmp_path):
    path = tmp_path / "kho.db"
    with Store(path) as store:
        for title in ("Hội nghị tổng kết thi đua", "Hội nghị cán bộ công chức"):
            store.save_article(
                Article(
                    title=title, category="Tin tức - Sự kiện", body=[Paragraph([Run("Nội dung.")])]
                )
            )
        submitted = store.save_article(
            Article(title="Hội nghị sơ kết 6 tháng", body=[Paragraph([Run("Nội dung.")])])
        ).article_id
        workflow.submit(store, submitted)
    return path


def _titles(window) -> list[str]:
    model = window.article_model
    return sorted(model.summary(row).title for row in range(model.rowCount()))


def _choose_status(window, status):
    combo = window.status_combo
    combo.setCurrentIndex(combo.findText(_label(status)))


def _label(status):
    from deskeditor.gui.article_list import status_label

    return status_label(status)


@pytest.mark.parametrize("with_search", [False, True])
def test_choosing_a_status_shows_only_its_articles(
    qtbot, store_with_statuses, settings_dir, no_dialogs, with_search
):
    from deskeditor.gui.main_window import MainWindow

    window = MainWindow(Store(store_with_statuses))
    qtbot.addWidget(window)
    window.show()
    if with_search:
        window.search_edit.setText("hoi nghi")
        window.refresh_list()
    _choose_status(window, Status.SUBMITTED)
    assert _titles(window) == ["Hội nghị sơ kết 6 tháng"]
    assert window.count_label.text().startswith("1 ")
    _choose_status(window, Status.DRAFT)
    assert _titles(window) == ["Hội nghị cán bộ công chức", "Hội nghị tổng kết thi đua"]
    window.status_combo.setCurrentIndex(0)  # all statuses
    assert len(_titles(window)) == 3
    window._dirty = False
    window.close()


def test_the_title_is_the_first_column_a_narrow_list_shows(qtbot, window):
    """Outside testing: at 800 px the list showed only the status and the date."""
    from deskeditor.gui.article_list import ArticleTableModel

    header = window.article_table.horizontalHeader()
    assert header.logicalIndexAt(1) == ArticleTableModel.TITLE
    assert header.sectionViewportPosition(ArticleTableModel.TITLE) == 0
