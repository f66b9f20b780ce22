"""The editor window driven as a user would: type, format, photos, save, search, history."""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from samples import import_long_article, make_photo

from deskeditor.model import Figure, Heading, ListBlock, Paragraph, Quote, plain_text
from deskeditor.store import Store


def type_into_body(qtbot, window, text):
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, text)


def test_new_article_typed_formatted_saved_and_reopened(qtbot, window):
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Hội nghị triển khai nhiệm vụ năm 2026")
    type_into_body(qtbot, window, "Sáng nay, Sở Nội vụ ")
    body = window.editor.body_edit
    window.actions_by_name["bold"].trigger()  # bold on for what comes next
    assert window.actions_by_name["bold"].isChecked()
    type_text(body, "tổ chức hội nghị")
    window.actions_by_name["bold"].trigger()  # off again at the end of a word: the word stays bold
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "Kết quả năm qua")
    window.actions_by_name["heading"].trigger()
    qtbot.keyClick(body, Qt.Key.Key_End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    type_text(body, "Mục một")
    window.actions_by_name["bullets"].trigger()
    assert window.windowTitle().endswith("[*]") and window.isWindowModified()

    assert window.save()
    article_id = window.editor.article_id
    stored = window.store.get_article(article_id)
    assert stored.title == "Hội nghị triển khai nhiệm vụ năm 2026"
    first = stored.body[0]
    assert isinstance(first, Paragraph)
    assert [(r.text, r.bold) for r in first.runs] == [
        ("Sáng nay, Sở Nội vụ ", False),
        ("tổ chức hội nghị", True),
    ]
    assert isinstance(stored.body[1], Heading) and stored.body[1].runs[0].text == "Kết quả năm qua"
    assert isinstance(stored.body[2], ListBlock) and stored.body[2].items[0][0].text == "Mục một"
    assert not window.isWindowModified()
    assert window.article_model.row_of(article_id) >= 0

    # Reopen: what was typed is exactly what comes back.
    window.new_article(ask=False)
    window.open_article(article_id)
    assert window.editor.article().body == stored.body


def test_every_block_kind_and_mark_survives_the_editor(qtbot, window, tmp_path):
    article_id = import_long_article(window.store, tmp_path)
    window.open_article(article_id)
    before = window.store.get_article(article_id)
    after = window.editor.article()
    assert after.body == before.body
    assert (after.title, after.lead, after.author, after.tags) == (
        before.title,
        before.lead,
        before.author,
        before.tags,
    )
    # Opening changes nothing, so saving makes no new revision.
    assert not window.isWindowModified()


@pytest.mark.unicode_paths
def test_insert_photo_caption_it_save_and_reopen(qtbot, window, tmp_path):
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Tin có ảnh")
    type_text(window.editor.author_edit, "Trần Văn Ba")
    type_into_body(qtbot, window, "Đoạn mở đầu.")
    photo = make_photo(tmp_path / "Ảnh hội nghị.jpg", seed=3)
    window.import_photos([photo])
    qtbot.waitUntil(
        lambda: window.photo_import is None and bool(window.editor.figures()), timeout=20000
    )
    figures = window.editor.figures()
    assert (
        len(figures) == 1
        and figures[0].credit == "Photo: Trần Văn Ba"
        or figures[0].credit.endswith("Trần Văn Ba")
    )
    assert window.editor.figure_panel.missing_label.text()  # alt text missing is flagged

    position = window.editor.body_edit.figure_positions()[0]
    window.editor.body_edit.update_figure(
        position,
        Figure(
            caption="Các đại biểu dự hội nghị",
            credit="Ảnh: Trần Văn Ba",
            alt="Đại biểu ngồi quanh bàn họp",
            photo_id=figures[0].photo_id,
        ),
    )
    window.editor.refresh_figures()
    assert window.editor.figure_panel.missing_label.text() == ""
    assert window.save()
    stored = window.store.get_article(window.editor.article_id)
    figure = stored.figures()[0]
    assert (figure.caption, figure.alt) == (
        "Các đại biểu dự hội nghị",
        "Đại biểu ngồi quanh bàn họp",
    )
    assert window.store.photo(figure.photo_id).original_name == "Ảnh hội nghị.jpg"


def test_undo_reverts_a_caption_edit_and_typing(qtbot, window, tmp_path):
    article_id = import_long_article(window.store, tmp_path)
    window.open_article(article_id)
    body = window.editor.body_edit
    position = body.figure_positions()[0]
    original = body.figure_at(position)
    body.update_figure(
        position,
        Figure(
            caption="Chú thích mới",
            credit=original.credit,
            alt=original.alt,
            photo_id=original.photo_id,
        ),
    )
    assert body.figure_at(position).caption == "Chú thích mới"
    window.editor.figure_panel.edit_button.setFocus()  # as after clicking in the photo panel
    window.actions_by_name["undo"].trigger()
    assert body.figure_at(position).caption == original.caption
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, "XYZ")
    assert "XYZ" in body.toPlainText()
    body.undo()
    assert "XYZ" not in body.toPlainText()


def test_move_and_remove_photos(qtbot, window, tmp_path):
    article_id = import_long_article(window.store, tmp_path)
    window.open_article(article_id)
    body = window.editor.body_edit
    captions = [f.caption for f in window.editor.figures()]
    first = body.figure_positions()[0]
    assert body.move_figure(first, -1) is None  # no photo above the first to pass
    body.move_figure(first, 1)  # past the second photo
    assert [f.caption for f in window.editor.figures()] == [captions[1], captions[0], captions[2]]
    body.undo()
    assert isinstance(window.editor.article().body[2], Figure)
    assert [f.caption for f in window.editor.figures()] == captions
    body.remove_figure(body.figure_positions()[1])
    assert [f.caption for f in window.editor.figures()] == [captions[0], captions[2]]


def test_bad_photo_gets_a_message_and_others_still_import(qtbot, window, tmp_path, no_dialogs):
    window.new_article(ask=False)
    bad = tmp_path / "khong-phai-anh.jpg"
    bad.write_text("<html>không phải ảnh</html>", encoding="utf-8")
    good = make_photo(tmp_path / "tot.jpg", seed=1)
    window.import_photos([bad, good])
    qtbot.waitUntil(lambda: window.photo_import is None, timeout=20000)
    assert len(window.editor.figures()) == 1
    warnings = [text for kind, _title, text in no_dialogs if kind == "warning"]
    assert warnings and "khong-phai-anh.jpg" in warnings[0] and "not an image" in warnings[0]


def test_a_small_photo_is_inserted_with_a_word_that_it_will_print_blurred(
    qtbot, window, tmp_path, no_dialogs
):
    """Outside testing: a 640-pixel photo printed blurred across the signed Word document."""
    window.new_article(ask=False)
    small = make_photo(tmp_path / "anh-nho.jpg", seed=2, size=(640, 480))
    large = make_photo(tmp_path / "anh-lon.jpg", seed=3)
    window.import_photos([small, large])
    qtbot.waitUntil(lambda: window.photo_import is None, timeout=20000)
    assert len(window.editor.figures()) == 2  # inserted all the same
    shown = window.statusBar().currentMessage()
    assert "anh-nho.jpg (640×480)" in shown and "anh-lon.jpg" not in shown
    assert "1000" in shown or "1,000" in shown
    assert no_dialogs == []  # a word in the status bar, no box to click away


def test_search_box_filters_as_you_type_without_accents(qtbot, window):
    from deskeditor.model import Article

    for title in ("Hội nghị sơ kết thi đua", "Lịch tiếp công dân", "Đồng chí Giám đốc thăm cơ sở"):
        window.store.save_article(Article(title=title))
    window.refresh_list()
    assert window.article_model.rowCount() == 3
    type_text(window.search_edit, "hoi nghi")
    qtbot.waitUntil(lambda: window.article_model.rowCount() == 1, timeout=3000)
    assert window.article_model.summary(0).title == "Hội nghị sơ kết thi đua"
    window.search_edit.clear()
    type_text(window.search_edit, "dong chi")
    qtbot.waitUntil(
        lambda: [s.title for s in window.article_model._rows] == ["Đồng chí Giám đốc thăm cơ sở"],
        timeout=3000,
    )


def test_list_sorts_titles_in_vietnamese_order(qtbot, window):
    from deskeditor.model import Article

    for title in ("Ủy ban", "Đoàn thanh niên", "Dân vận", "Uỷ thác", "Ưu tiên", "Ân cần"):
        window.store.save_article(Article(title=title))
    window.refresh_list()
    window.article_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    titles = [window.article_model.summary(r).title for r in range(window.article_model.rowCount())]
    assert titles.index("Dân vận") < titles.index("Đoàn thanh niên")
    assert titles.index("Ân cần") < titles.index("Dân vận")
    assert titles.index("Ủy ban") < titles.index("Ưu tiên") and titles.index(
        "Uỷ thác"
    ) < titles.index("Ưu tiên")


def test_paste_from_word_keeps_structure_and_drops_styles(qtbot, window):
    window.new_article(ask=False)
    mime = QMimeData()
    mime.setHtml(
        "<p style='font-family:Arial;color:red;font-size:20pt'>Đoạn <b>đậm</b> và "
        "<a href='https://sonoivu.example.gov.vn'>liên kết</a></p><h3>Mục lớn</h3>"
        "<ul><li>Một</li><li>Hai</li></ul><blockquote>Trích</blockquote>"
        "<p><a href='javascript:alert(1)'>độc</a></p>"
    )
    window.editor.body_edit.insertFromMimeData(mime)
    blocks = window.editor.body_edit.blocks()
    assert isinstance(blocks[0], Paragraph)
    assert [(r.text, r.bold, r.link) for r in blocks[0].runs] == [
        ("Đoạn ", False, None),
        ("đậm", True, None),
        (" và ", False, None),
        ("liên kết", False, "https://sonoivu.example.gov.vn"),
    ]
    assert (
        isinstance(blocks[1], Heading)
        and isinstance(blocks[2], ListBlock)
        and isinstance(blocks[3], Quote)
    )
    assert blocks[4].runs[0].link is None


def test_pasted_legacy_text_is_offered_as_unicode(qtbot, window, monkeypatch):
    from deskeditor.gui.legacy_paste import LegacyPasteFilter

    asked = []
    monkeypatch.setattr(
        LegacyPasteFilter, "ask", lambda self, enc, text, conv: asked.append(enc) or "convert"
    )
    window.new_article(ask=False)
    mime = QMimeData()
    mime.setText("Héi nghÞ s¬ kÕt c«ng t¸c thi ®ua")
    window.editor.body_edit.insertFromMimeData(mime)
    assert asked == ["tcvn3"]
    assert window.editor.body_edit.blocks()[0].runs[0].text == "Hội nghị sơ kết công tác thi đua"


def test_pasted_nfd_text_is_stored_as_nfc(qtbot, window):
    import unicodedata

    window.new_article(ask=False)
    mime = QMimeData()
    mime.setText(unicodedata.normalize("NFD", "Hòa bình, Đồng Đăng"))
    window.editor.body_edit.insertFromMimeData(mime)
    text = window.editor.body_edit.blocks()[0].runs[0].text
    assert text == unicodedata.normalize("NFC", "Hòa bình, Đồng Đăng")


def test_link_dialog_refuses_unsafe_addresses(qtbot):
    from deskeditor.gui.dialogs import LinkDialog

    for bad in (
        "javascript:alert(1)",
        "ftp://example.vn/a",
        "https://",
        "http://exa mple.vn",
        "data:text/html,x",
        # issue 12: the link list refused these, the body's links took them
        "https://good.gov.vn@evil.example/",
        "https://localhost/",
        "http://a_b.vn",
        "http://127.0.0.1/",
    ):
        dialog = LinkDialog(bad)
        qtbot.addWidget(dialog)
        dialog.accept()
        assert dialog.result() == 0 and dialog.error_label.text(), bad
    dialog.url_edit.setText("sonoivu.example.gov.vn")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.url() == "https://sonoivu.example.gov.vn"
    dialog = LinkDialog("https://bộnộivụ.vn/")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 1 and dialog.url() == "https://bộnộivụ.vn/"


def test_restore_a_revision_from_history(qtbot, window, monkeypatch):
    from deskeditor.gui.history import HistoryDialog

    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Bản đầu")
    type_into_body(qtbot, window, "Nội dung thứ nhất")
    window.save()
    window.editor.title_edit.setPlainText("Bản sau")
    window.save()
    article_id = window.editor.article_id
    dialog = HistoryDialog(window.store, article_id, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)  # the older revision (newest is first)
    assert "Bản" in dialog.view.toPlainText()
    dialog.restore()
    assert dialog.restored
    window.open_article(article_id)
    assert window.editor.title_edit.text() == "Bản đầu"
    assert len(window.store.revisions(article_id)) == 3


def test_closing_with_unsaved_changes_asks(qtbot, window, no_dialogs):
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Chưa lưu")
    assert window.isWindowModified()
    window.close()  # the patched question answers "Save"
    assert any(kind == "question" for kind, *_ in no_dialogs)
    assert [s.title for s in window.store.list_articles()] == ["Chưa lưu"]


def test_autosave_is_offered_back_after_a_crash(
    qtbot, tmp_path, settings_dir, no_dialogs, monkeypatch
):
    from deskeditor.gui.main_window import MainWindow
    from deskeditor.gui.recovery import RecoveryDialog

    store = Store(tmp_path / "crash.db")
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.new_article(ask=False)
    type_text(first.editor.title_edit, "Bài đang viết dở")
    first.autosave()
    first._dirty = False  # the "crash": the window goes away without saving
    first.close()

    offered = []
    monkeypatch.setattr(
        RecoveryDialog,
        "ask",
        classmethod(lambda cls, rec, cur, parent: offered.append(rec) or True),
    )
    second = MainWindow(store)
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: bool(offered), timeout=3000)
    assert second.editor.title_edit.text() == "Bài đang viết dở"
    assert second.isWindowModified()
    second._dirty = False
    second.close()
    store.close()


def test_window_remembers_size_splitters_and_last_article(
    qtbot, tmp_path, settings_dir, no_dialogs
):
    from deskeditor.gui.main_window import MainWindow
    from deskeditor.model import Article

    store = Store(tmp_path / "remember.db")
    first_id = store.save_article(Article(title="Một")).article_id
    store.save_article(Article(title="Hai"))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.open_article(first_id)
    window.resize(700, 500)
    window.splitter.setSizes([200, 500])
    saved = window.splitter.sizes()
    window.close()
    again = MainWindow(store)
    qtbot.addWidget(again)
    assert again.editor.article_id == first_id
    assert again.size().width() == 700
    assert abs(again.splitter.sizes()[0] - saved[0]) <= 2
    again.close()
    store.close()


def test_word_count_and_save_state_in_status_bar(qtbot, window):
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Ba từ đây")
    type_into_body(qtbot, window, "một hai")
    qtbot.waitUntil(lambda: "5" in window.words_label.text(), timeout=3000)
    assert window.save()
    assert window.save_state_label.text().startswith("Saved")


def test_interface_is_vietnamese_by_default(
    qtbot, installed_vietnamese, tmp_path, settings_dir, no_dialogs
):
    from PySide6.QtCore import QCoreApplication

    from deskeditor.gui.main_window import MainWindow

    store = Store(tmp_path / "vi.db")
    window = MainWindow(store)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Tệp", "&Sửa", "Định &dạng"]
    assert window.search_edit.placeholderText().startswith("Tìm kiếm")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Huỷ"
    window.close()
    store.close()


def test_status_shown_in_the_list(qtbot, window):
    from deskeditor.model import Article
    from deskeditor.store import workflow

    workflow.submit(window.store, window.store.save_article(Article(title="Đã gửi")).article_id)
    window.refresh_list()
    index = window.article_model.index(0, 0)
    assert window.article_model.data(index) == "Submitted"


def test_dropping_image_files_inserts_them_in_order(qtbot, window, tmp_path):
    from PySide6.QtCore import QUrl

    window.new_article(ask=False)
    paths = [
        make_photo(tmp_path / f"anh-{i}.jpg", seed=i, size=(600 + 100 * i, 400)) for i in range(3)
    ]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.editor.body_edit.insertFromMimeData(mime)
    qtbot.waitUntil(
        lambda: window.photo_import is None and len(window.editor.figures()) == 3, timeout=20000
    )
    names = [window.store.photo(f.photo_id).original_name for f in window.editor.figures()]
    assert names == ["anh-0.jpg", "anh-1.jpg", "anh-2.jpg"]


def test_pasting_an_image_from_the_clipboard_inserts_a_photo(qtbot, window):
    from PySide6.QtGui import QColor, QImage

    window.new_article(ask=False)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    mime = QMimeData()
    mime.setImageData(image)
    window.editor.body_edit.insertFromMimeData(mime)
    qtbot.waitUntil(
        lambda: window.photo_import is None and len(window.editor.figures()) == 1, timeout=20000
    )
    photo = window.store.photo(window.editor.figures()[0].photo_id)
    assert (photo.width, photo.height) == (320, 200)


def test_a_long_list_is_read_page_by_page_and_sorting_reads_it_all(qtbot, window):
    from deskeditor.gui.article_list import PAGE_SIZE
    from deskeditor.model import Article

    with window.store.transaction():
        for number in range(PAGE_SIZE + 20):
            window.store.save_article(Article(title=f"Tin số {number:04d}"))
    window.refresh_list()
    model = window.article_model
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    assert window.count_label.text().startswith(str(PAGE_SIZE + 20))
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 20 and not model.canFetchMore()
    window.refresh_list()
    window.article_table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == PAGE_SIZE + 20
    assert model.summary(0).title == "Tin số 0000"


def test_new_article_from_the_menu_asks_about_unsaved_changes(qtbot, window, no_dialogs):
    """Regression: File > New passed the action's "checked" (False) as ask=False and dropped the text."""
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Bài chưa lưu")
    type_into_body(qtbot, window, "Nội dung đang gõ dở.")
    window.actions_by_name["new"].trigger()  # the fixture answers "Save"
    assert [kind for kind, *_ in no_dialogs] == ["question"]
    assert [s.title for s in window.store.list_articles(None, None, 10)] == ["Bài chưa lưu"]
    assert window.editor.title_edit.text() == ""


def test_typing_pause_never_moves_the_cursor_to_the_selected_photo(qtbot, window, tmp_path):
    """The photo panel refreshes after a pause in typing; the cursor must stay where it was.

    Outside testing found the next words landing after the photo selected in the panel:
    the refresh re-selected the row, and selecting a row moved the body's cursor.
    """
    article_id = import_long_article(window.store, tmp_path)
    window.open_article(article_id)
    editor = window.editor
    body = editor.body_edit
    editor.select_figure(0)  # a photo is selected, as after adding or editing one
    body.setFocus()
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, "Cuối bài")
    editor.refresh_figures()  # what the panel timer does after a pause
    qtbot.wait(400)  # and the timer itself, had it been started
    type_text(body, " vẫn ở cuối.")
    last = editor.article().body[-1]
    assert isinstance(last, Paragraph)
    assert plain_text(last.runs).endswith("Cuối bài vẫn ở cuối.")
    assert editor.figure_panel.photo_list.currentRow() == 0  # the selection itself is kept


def test_choosing_a_photo_in_the_panel_still_shows_it_in_the_body(qtbot, window, tmp_path):
    article_id = import_long_article(window.store, tmp_path)
    window.open_article(article_id)
    editor = window.editor
    body = editor.body_edit
    body.moveCursor(QTextCursor.MoveOperation.End)
    editor.figure_panel.photo_list.setCurrentRow(1)  # the user clicks the second thumbnail
    assert body.current_figure_position() == body.figure_positions()[1]


def _runs_of_first_paragraph(window):
    return window.editor.article().body[0].runs


def test_typing_after_a_link_continues_in_plain_text(qtbot, window):
    """As in Word: the link covers the words it was made on, not what is typed after it."""
    window.new_article(ask=False)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Tài liệu đăng tại Cổng thông tin của Sở")
    cursor = body.textCursor()
    cursor.movePosition(
        QTextCursor.MoveOperation.Left,
        QTextCursor.MoveMode.KeepAnchor,
        len("Cổng thông tin của Sở"),
    )
    body.setTextCursor(cursor)
    body.set_link("https://sonoivu.example.gov.vn/tai-lieu")
    body.moveCursor(QTextCursor.MoveOperation.End)
    type_text(body, ". Xem thêm.")
    runs = _runs_of_first_paragraph(window)
    linked = [run.text for run in runs if run.link]
    assert linked == ["Cổng thông tin của Sở"]
    assert plain_text(runs) == "Tài liệu đăng tại Cổng thông tin của Sở. Xem thêm."
    assert not body.current_link()


def test_typing_before_a_link_at_the_start_of_a_paragraph_stays_plain(qtbot, window):
    window.new_article(ask=False)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Cổng thông tin")
    body.selectAll()
    body.set_link("https://sonoivu.example.gov.vn/")
    body.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    type_text(body, "Xem ")
    runs = _runs_of_first_paragraph(window)
    assert [(run.text, bool(run.link)) for run in runs] == [
        ("Xem ", False),
        ("Cổng thông tin", True),
    ]


def test_typing_inside_a_link_stays_in_the_link(qtbot, window):
    window.new_article(ask=False)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Cổng tin")
    body.selectAll()
    body.set_link("https://sonoivu.example.gov.vn/")
    cursor = body.textCursor()
    cursor.setPosition(len("Cổng "))
    body.setTextCursor(cursor)
    type_text(body, "thông ")
    runs = _runs_of_first_paragraph(window)
    assert [(run.text, run.link) for run in runs] == [
        ("Cổng thông tin", "https://sonoivu.example.gov.vn/")
    ]


def test_link_dialog_selects_the_old_address_so_typing_replaces_it(qtbot):
    from deskeditor.gui.dialogs import LinkDialog

    dialog = LinkDialog("https://cu.example.gov.vn/")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.url_edit, "moi.example.gov.vn")
    assert dialog.url_edit.text() == "moi.example.gov.vn"


def test_removing_the_last_photo_keeps_the_byline_safe_and_undo_brings_it_back(
    qtbot, window, tmp_path
):
    """Outside testing: focus fell to the author field with its text selected, and Edit →
    Undo then acted on that field, so the photo stayed deleted."""
    window.new_article(ask=False)
    type_text(window.editor.author_edit, "Lý Văn Hoà")
    type_into_body(qtbot, window, "Đoạn có ảnh.")
    window.import_photos([make_photo(tmp_path / "anh.jpg", seed=5)])
    qtbot.waitUntil(
        lambda: window.photo_import is None and bool(window.editor.figures()), timeout=20000
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = window.editor.figure_panel
    panel.photo_list.setCurrentRow(0)
    panel.remove_button.setFocus()
    panel.remove_button.click()
    assert window.editor.figures() == []
    from PySide6.QtWidgets import QApplication

    assert QApplication.focusWidget() is window.editor.body_edit
    window.actions_by_name["undo"].trigger()
    assert len(window.editor.figures()) == 1
    assert window.editor.author_edit.text() == "Lý Văn Hoà"


LEGACY_TITLE = "Héi nghÞ s¬ kÕt c«ng t¸c thi ®ua"
UNICODE_TITLE = "Hội nghị sơ kết công tác thi đua"


@pytest.fixture
def legacy_answers(monkeypatch):
    """Answer the old-encoding question with the next of the answers appended; record asks."""
    from deskeditor.gui.legacy_paste import LegacyPasteFilter

    answers, asked = [], []

    def ask(self, encoding, text, converted):
        asked.append(encoding)
        return answers.pop(0)

    monkeypatch.setattr(LegacyPasteFilter, "ask", ask)
    return answers, asked


def _paste_keys(qtbot, widget):
    from PySide6.QtGui import QKeySequence

    widget.setFocus()
    sequence = QKeySequence(QKeySequence.StandardKey.Paste)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


def test_legacy_text_pasted_into_the_title_lead_and_byline_is_offered_as_unicode(
    qtbot, window, legacy_answers
):
    """Outside testing: only the body offered the conversion; the title kept "Héi nghÞ"."""
    from PySide6.QtWidgets import QApplication

    answers, asked = legacy_answers
    window.new_article(ask=False)
    editor = window.editor
    QApplication.clipboard().setText(LEGACY_TITLE)
    for field in (editor.title_edit, editor.lead_edit, editor.author_edit, editor.source_edit):
        answers.append("convert")
        _paste_keys(qtbot, field)
    assert asked == ["tcvn3"] * 4
    article = editor.article()
    assert article.title == UNICODE_TITLE
    assert article.lead == UNICODE_TITLE
    assert (article.author, article.source) == (UNICODE_TITLE, UNICODE_TITLE)


def test_the_edit_menu_paste_asks_too_and_keep_and_cancel_are_honoured(
    qtbot, window, legacy_answers
):
    from PySide6.QtWidgets import QApplication

    answers, asked = legacy_answers
    window.new_article(ask=False)
    editor = window.editor
    QApplication.clipboard().setText(LEGACY_TITLE)
    editor.unit_edit.setFocus()
    answers.append("keep")
    window.actions_by_name["paste"].trigger()
    assert editor.unit_edit.text() == LEGACY_TITLE
    editor.tags_edit.setFocus()
    answers.append("cancel")
    window.actions_by_name["paste"].trigger()
    assert editor.tags_edit.text() == ""
    assert asked == ["tcvn3", "tcvn3"]


def test_ordinary_text_pastes_into_the_fields_without_a_question(qtbot, window, legacy_answers):
    from PySide6.QtWidgets import QApplication

    _answers, asked = legacy_answers
    window.new_article(ask=False)
    QApplication.clipboard().setText("Nguyễn Thị Hà")
    _paste_keys(qtbot, window.editor.author_edit)
    assert window.editor.author_edit.text() == "Nguyễn Thị Hà"
    assert asked == []


def test_the_right_click_paste_of_the_title_and_byline_asks_too(qtbot, window, legacy_answers):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    answers, asked = legacy_answers
    window.new_article(ask=False)
    editor = window.editor
    QApplication.clipboard().setText(LEGACY_TITLE)
    title_menu = window.spelling.build_menu(editor.title_edit, QPoint(4, 4))
    byline_menu = editor.author_edit.createStandardContextMenu()
    window.legacy_fields.reroute(byline_menu, editor.author_edit)
    for menu in (title_menu, byline_menu):
        answers.append("convert")
        paste = next(a for a in menu.actions() if a.objectName() == "edit-paste")
        paste.trigger()
    assert asked == ["tcvn3", "tcvn3"]
    assert editor.title_edit.toPlainText() == UNICODE_TITLE
    assert editor.author_edit.text() == UNICODE_TITLE


def test_legacy_text_pasted_into_a_photo_caption_is_offered_as_unicode(qtbot, legacy_answers):
    from PySide6.QtWidgets import QApplication

    from deskeditor.gui.dialogs import FigureDialog

    answers, asked = legacy_answers
    dialog = FigureDialog(Figure(caption="", credit="", alt="", photo_id=1))
    qtbot.addWidget(dialog)
    QApplication.clipboard().setText(LEGACY_TITLE)
    for field in (dialog.caption_edit, dialog.credit_edit, dialog.alt_edit):
        answers.append("convert")
        _paste_keys(qtbot, field)
    figure = dialog.result_figure()
    assert asked == ["tcvn3"] * 3
    assert (figure.caption, figure.credit, figure.alt) == (UNICODE_TITLE,) * 3


def test_a_photo_button_with_no_photo_chosen_says_why_nothing_happens(qtbot, window, tmp_path):
    article_id = import_long_article(window.store, tmp_path)
    window.open_article(article_id)
    panel = window.editor.figure_panel
    panel.photo_list.setCurrentRow(-1)
    before = [figure.caption for figure in window.editor.figures()]
    panel.remove_button.click()
    assert [figure.caption for figure in window.editor.figures()] == before
    assert "photo" in window.statusBar().currentMessage().lower() or "ảnh" in (
        window.statusBar().currentMessage().lower()
    )
