"""The question when another copy of the program holds the store (outside testing).

It began in lower case and said "or open the store read-only" right before
asking whether to open it read-only.
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
