"""Bad luck at the desk loses nothing and shows no traceback (the window's side).

Each case as a user meets it: the photo file goes away, the export folder
refuses writing or the disk fills up mid-export.
"""

from __future__ import annotations

import errno
import os

import pytest
from gui_helpers import type_text
from samples import make_photo

from deskeditor.gui import article_actions
from deskeditor.model import Figure


def _article_with_photo(qtbot, window, photo) -> None:
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Tin có ảnh hội nghị")
    type_text(window.editor.author_edit, "Trần Văn Ba")
    window.import_photos([photo])
    qtbot.waitUntil(
        lambda: window.photo_import is None and bool(window.editor.figures()), timeout=20000
    )
    window.editor.body_edit.update_figure(
        window.editor.body_edit.figure_positions()[0],
        Figure(
            caption="Các đại biểu dự hội nghị",
            credit="Ảnh: Trần Văn Ba",
            alt="Đại biểu ngồi quanh bàn họp",
            photo_id=window.editor.figures()[0].photo_id,
        ),
    )
    window.editor.refresh_figures()


def test_a_photo_file_deleted_after_inserting_is_still_saved_and_exported(
    qtbot, window, tmp_path, no_dialogs, monkeypatch
):
    photo = make_photo(tmp_path / "anh-hoi-nghi.jpg", seed=5)
    _article_with_photo(qtbot, window, photo)
    photo.unlink()  # the card is taken out of the reader before saving

    assert window.save()

    article = window.store.get_article(window.editor.article_id)
    (figure,) = article.figures()
    data, mime, _, _ = window.store.photo_rendition(figure.photo_id, "master")
    assert mime == "image/jpeg" and len(data) > 1000
    target = tmp_path / "xuat" / "tin.docx"
    target.parent.mkdir()
    monkeypatch.setattr(
        article_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    article_actions.export_docx(window)
    assert target.stat().st_size > len(data) // 2
    assert [kind for kind, *_ in no_dialogs if kind in ("warning", "critical")] == []


def test_a_photo_file_gone_before_it_is_read_is_named_and_the_others_come_in(
    qtbot, window, tmp_path, no_dialogs
):
    window.new_article(ask=False)
    gone = make_photo(tmp_path / "da-xoa.jpg", seed=1)
    kept = make_photo(tmp_path / "con-lai.jpg", seed=2)
    gone.unlink()
    window.import_photos([gone, kept])
    qtbot.waitUntil(lambda: window.photo_import is None, timeout=20000)
    assert len(window.editor.figures()) == 1
    warnings = [text for kind, _title, text in no_dialogs if kind == "warning"]
    assert len(warnings) == 1 and "da-xoa.jpg" in warnings[0]
    assert "Traceback" not in warnings[0]


@pytest.mark.parametrize(
    ("where", "error"),
    [
        ("mkstemp", PermissionError(errno.EACCES, os.strerror(errno.EACCES))),
        ("fsync", OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))),
    ],
)
def test_an_export_the_folder_refuses_is_said_in_words_and_the_old_file_stays(
    qtbot, window, tmp_path, no_dialogs, monkeypatch, where, error
):
    import tempfile

    photo = make_photo(tmp_path / "anh.jpg", seed=7)
    _article_with_photo(qtbot, window, photo)
    assert window.save()
    folder = tmp_path / "xuat"
    folder.mkdir()
    target = folder / "tin.docx"
    target.write_bytes(b"PK the earlier export")
    monkeypatch.setattr(
        article_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )

    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr(tempfile if where == "mkstemp" else os, where, refuse)
    article_actions.export_docx(window)
    monkeypatch.undo()

    kind, _title, text = no_dialogs[-1]
    assert kind == "critical" and str(folder) in text and "Traceback" not in text
    assert target.read_bytes() == b"PK the earlier export"
    assert sorted(p.name for p in folder.iterdir()) == ["tin.docx"]


def test_a_full_disk_while_saving_is_said_in_vietnamese_and_the_text_stays(
    qtbot, window, no_dialogs, vietnamese
):
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Tin đã lưu")
    assert window.save()
    pages = window.store.conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite's own "database or disk is full", as on a full disk: no page can be added.
    window.store.conn.execute(f"PRAGMA max_page_count = {pages}")
    long_title = "Hội nghị sơ kết công tác thi đua khen thưởng " * 200
    window.editor.title_edit.setPlainText(long_title)

    assert not window.save()

    kind, _title, text = no_dialogs[-1]
    assert kind in ("warning", "critical")
    assert text.startswith("Ổ đĩa chứa kho dữ liệu") and "đã đầy" in text  # a sentence of its own
    assert window.has_unsaved_changes
    assert window.editor.title_edit.toPlainText() == long_title
    assert window.store.check() == []
    window.store.conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # space freed
    assert window.save()
    assert window.store.get_article(window.editor.article_id).title == long_title.strip()


def test_a_full_disk_refuses_a_write_by_name_and_leaves_the_store_as_it_was(store):
    from deskeditor.errors import StoreError
    from deskeditor.model import Article, Paragraph, Run

    store.save_article(Article(title="Bài một", body=[Paragraph([Run("Một.")])]))
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError, match="the disk that holds the store .* is full"):
        store.save_article(Article(title="Bài hai", body=[Paragraph([Run("Hai. " * 20000)])]))
    assert [row.title for row in store.list_articles()] == ["Bài một"]
    assert store.check() == []


def test_a_drive_that_went_away_is_a_named_error(tmp_path):
    import sqlite3

    from deskeditor.errors import StoreError
    from deskeditor.store.opening import translate

    # SQLITE_IOERR_READ, as when the USB stick holding the store is pulled out.
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = 10 | (1 << 8)
    named = translate(error, tmp_path / "kho.db")
    assert isinstance(named, StoreError)
    assert str(named) == (
        f"the store {tmp_path / 'kho.db'} could not be read or written (disk I/O error);"
        " if it is on a USB stick or a network drive, check that it is still there, then try again"
    )


def test_closing_with_a_full_disk_keeps_the_window_and_the_text(qtbot, window, no_dialogs):
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Tin đã lưu")
    assert window.save()
    pages = window.store.conn.execute("PRAGMA page_count").fetchone()[0]
    window.store.conn.execute(f"PRAGMA max_page_count = {pages}")
    long_title = "Lễ trao tặng Huân chương Lao động " * 200
    window.editor.title_edit.setPlainText(long_title)

    window.close()  # "Save changes?" is answered Save; the save fails

    assert window.isVisible() and window.has_unsaved_changes
    assert window.editor.title_edit.toPlainText() == long_title
    assert any("is full" in text for kind, _title, text in no_dialogs if kind != "question")
    window.store.conn.execute(f"PRAGMA max_page_count = {pages * 100}")
