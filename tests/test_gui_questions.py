"""The window's questions and messages say what holds now (outside testing).

When another copy of the program held the store, the question began in lower
case and said "or open the store read-only" right before asking whether to
open it read-only; saving before a workflow move spoke of an export.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from deskeditor import app
from deskeditor.store.lock import StoreInUseError


def test_the_store_in_use_question_is_one_capitalised_question(
    qtbot, tmp_path, vietnamese, monkeypatch
):
    path = tmp_path / "kho.db"
    asked = []

    def held(db_path, **options):
        raise StoreInUseError(db_path, None)

    def question(parent, title, text, buttons):
        asked.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(app, "Store", held)
    monkeypatch.setattr(QMessageBox, "question", question)
    assert app.open_store(path) is None
    [(title, text)] = asked
    first, _, ask = text.partition("\n\n")
    assert first.startswith("Kho dữ liệu ") and str(path) in first and first.endswith(".")
    assert "chỉ đọc" not in first and "chỉ đọc" in ask  # offered once, by the question


def test_saving_before_a_workflow_move_says_why_without_talking_of_export(
    qtbot, window, no_dialogs
):
    """Outside testing: "Gửi duyệt" with unsaved text asked about "the exported version"."""
    from deskeditor.gui import article_actions
    from deskeditor.model import Status

    window.new_article(ask=False)
    window.editor.title_edit.setPlainText("Hội nghị tổng kết công tác thi đua năm 2026")
    window.editor.category_combo.setCurrentText("Tin tức - Sự kiện")
    article_actions.submit(window)
    [question] = [text for kind, _title, text in no_dialogs if kind == "question"]
    assert "export" not in question and "saved revision" in question
    assert window.current_status() == Status.SUBMITTED  # saved, then sent for sign-off


def test_saving_clears_a_passing_message_that_no_longer_holds(qtbot, window):
    """Outside testing: "Đã đánh dấu là đã đăng." stayed after the save made a new draft."""
    window.new_article(ask=False)
    window.editor.title_edit.setPlainText("Lịch tiếp công dân tháng 12")
    assert window.save()
    window.show_status_message("Đã đánh dấu là đã đăng.")
    window.editor.title_edit.setPlainText("Lịch tiếp công dân tháng 12 năm 2026")
    assert window.save()
    assert window.statusBar().currentMessage() == ""
    assert window.save_state_label.text().startswith("Saved")  # the permanent word says it
