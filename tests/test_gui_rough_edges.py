"""The rough edges a first user hit in the window (issue 11), each reproduced as the user met it."""

from __future__ import annotations

import datetime as dt

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from samples import import_long_article, make_photo

from deskeditor.model import Article, Decision, Figure, Status
from deskeditor.store import Store
from deskeditor.store.workflow import decide, submit

SMALL_SCREEN = (1000, 560)  # 1024×600 less a taskbar and the window frame


@pytest.fixture
def long_article(window, tmp_path):
    article_id = import_long_article(window.store, tmp_path / "nguon")
    window.open_article(article_id)
    return article_id


def _captions(window):
    return [f.caption for f in window.editor.figures()]


# ---------------------------------------------------------------- photo panel


def test_move_up_and_down_follow_the_photo_and_pass_the_next_photo(qtbot, window, long_article):
    first, second, third = _captions(window)
    panel = window.editor.figure_panel
    panel.photo_list.setCurrentRow(2)
    panel.up_button.click()
    assert _captions(window) == [first, third, second]
    assert panel.photo_list.currentRow() == 1  # the selection followed the photo
    body = window.editor.article().body
    moved = next(i for i, b in enumerate(body) if isinstance(b, Figure) and b.caption == third)
    assert body[moved + 1].caption == second  # just before the photo it passed
    panel.up_button.click()  # the same photo again
    assert _captions(window) == [third, first, second]
    assert panel.photo_list.currentRow() == 0
    panel.down_button.click()
    panel.down_button.click()
    assert _captions(window) == [first, second, third]
    assert panel.photo_list.currentRow() == 2
    assert not panel.down_button.isEnabled() and panel.up_button.isEnabled()
    window.editor.body_edit.undo()
    assert _captions(window) == [first, third, second]


# ---------------------------------------------------------------- date field


def _focus_is_in(widget) -> bool:
    focused = QApplication.focusWidget()
    return focused is widget or (focused is not None and widget.isAncestorOf(focused))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10/07/2017 17:56", dt.datetime(2017, 7, 10, 17, 56)),
        ("15/08/2017 09:00", dt.datetime(2017, 8, 15, 9, 0)),
        ("5/1/2026 8:05", dt.datetime(2026, 1, 5, 8, 5)),
    ],
)
def test_typing_a_whole_date_gives_exactly_that_date(qtbot, window, typed, expected):
    window.activateWindow()
    field = window.editor.published_edit
    field.setFocus()
    focused = QApplication.focusWidget() or field
    qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget() or field, typed)
    qtbot.keyClick(QApplication.focusWidget() or field, Qt.Key.Key_Tab)
    assert window.editor.article().published_at == expected
    assert not _focus_is_in(field)  # one Tab leaves the field


def test_a_date_that_does_not_exist_is_refused_visibly(qtbot, window, no_dialogs):
    type_text(window.editor.title_edit, "Tin có ngày sai")
    field = window.editor.published_edit
    field.set_date_time(dt.datetime(2026, 3, 2, 8, 0))
    field.setFocus()
    focused = QApplication.focusWidget() or field
    qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused, "31/02/2026 08:00")
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert window.editor.article().published_at == dt.datetime(2026, 3, 2, 8, 0)
    assert field.is_invalid()
    assert "dd/mm/yyyy" in window.editor.date_hint_label.text()
    assert not window.save()  # not saved with a date the user did not mean
    assert no_dialogs[-1][0] == "warning" and "dd/mm/yyyy" in no_dialogs[-1][2]
    field.set_date_time(dt.datetime(2026, 3, 2, 8, 0))
    assert not field.is_invalid()


def test_a_date_picked_on_the_calendar_keeps_the_time(qtbot, window):
    from PySide6.QtCore import QDate

    field = window.editor.published_edit
    field.set_date_time(dt.datetime(2026, 3, 2, 8, 15))
    field.calendar.clicked.emit(QDate(2026, 3, 9))
    assert window.editor.article().published_at == dt.datetime(2026, 3, 9, 8, 15)
    assert field.line_edit.text() == "09/03/2026 08:15"


def test_the_calendar_is_made_when_its_popup_first_opens(qtbot, window):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QWidgetAction

    field = window.editor.published_edit
    field.set_date_time(dt.datetime(2026, 3, 2, 8, 15))
    menu = field.calendar_button.menu()
    assert menu.actions() == []  # the window starts without it
    menu.aboutToShow.emit()
    (holder,) = menu.actions()
    assert isinstance(holder, QWidgetAction) and holder.defaultWidget() is field.calendar
    assert field.calendar.selectedDate() == QDate(2026, 3, 2)
    menu.aboutToShow.emit()  # made once
    assert len(menu.actions()) == 1


# ---------------------------------------------------------------- toolbar


def test_toolbar_buttons_keep_one_label(qtbot, vietnamese, window):
    toolbar, actions = window.toolbar, window.actions_by_name
    names = ("bold", "italic", "underline", "heading", "quote", "bullets", "numbers", "photo")
    before = {name: toolbar.widgetForAction(actions[name]).text() for name in names}
    assert before["bold"] == "B"
    window.editor.body_edit.setFocus()
    type_text(window.editor.body_edit, "Đoạn thử")
    for name in ("bold", "italic", "underline", "bullets", "bullets", "heading", "quote"):
        actions[name].trigger()
    after = {name: toolbar.widgetForAction(actions[name]).text() for name in names}
    assert after == before


# ---------------------------------------------------------------- approved article saved again


def test_saving_an_unchanged_approved_article_does_not_warn(
    qtbot, window, long_article, no_dialogs
):
    submit(window.store, long_article)
    decide(window.store, long_article, "Hoàng Văn Nam", "Trưởng Ban biên tập", Decision.APPROVE)
    window.open_article(long_article)
    assert window.save()
    lead = window.editor.lead_edit
    lead.setFocus()
    type_text(lead, "x")
    qtbot.keyClick(lead, Qt.Key.Key_Backspace)  # changed and changed back
    assert window.save()
    assert [d for d in no_dialogs if d[0] == "question"] == []
    assert window.store.get_article(long_article).status is Status.APPROVED
    assert len(window.store.revisions(long_article)) == 1


# ---------------------------------------------------------------- history


def test_history_labels_decisions_and_compares_every_field(qtbot, window, long_article):
    from deskeditor.gui.history import HistoryDialog

    store = window.store
    submit(store, long_article)
    decide(store, long_article, "Hoàng Văn Nam", "Trưởng ban", Decision.REVISE, "Bổ sung tác giả")
    article = store.get_article(long_article)
    article.author = "Nguyễn Văn Bình"
    article.author_unit = "Phòng Văn hoá"
    article.tags = [*article.tags, "sơ kết"]
    figure = article.figures()[0]
    figure.credit = "Ảnh: Phòng Văn hoá"
    figure.alt = "Quang cảnh hội trường nhìn từ cuối phòng"
    article.source = "Nguồn: Cổng thông tin tỉnh"
    store.save_article(article)
    submit(store, long_article)
    decide(store, long_article, "Hoàng Văn Nam", "Trưởng ban", Decision.APPROVE)

    dialog = HistoryDialog(store, long_article)
    qtbot.addWidget(dialog)
    newest, oldest = dialog.table.item(0, 3).text(), dialog.table.item(1, 3).text()
    assert newest == "Approved by Hoàng Văn Nam"
    assert oldest == "Returned for changes by Hoàng Văn Nam"
    saved_at = dialog.table.item(0, 1).text()
    assert dt.datetime.strptime(saved_at, "%d/%m/%Y %H:%M")  # Vietnamese order, no seconds
    dialog.table.selectRow(0)
    shown = dialog.view.toPlainText()
    for text in (
        "Nguyễn Văn Bình",
        "Phòng Văn hoá",
        "sơ kết",
        "Quang cảnh hội trường",
        "Cổng thông tin tỉnh",
        "Lê Thị Hoà",  # the old author, struck through
    ):
        assert text in shown


def test_recovery_shows_the_date_the_vietnamese_way(qtbot):
    from deskeditor.gui.recovery import RecoveryDialog
    from deskeditor.store.recovery import Recovery

    recovery = Recovery("new", "2026-11-30T22:56:35", Article(title="Tin chưa lưu"))
    dialog = RecoveryDialog(recovery, None)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "30/11/2026 22:56" in texts and "2026-11-30" not in texts


# ---------------------------------------------------------------- a 1024×600 screen


def _fits(size) -> bool:
    return size.width() <= SMALL_SCREEN[0] and size.height() <= SMALL_SCREEN[1]


def _dialogs(window, store, tmp_path):
    from deskeditor.gui.article_actions import BatchChoiceDialog
    from deskeditor.gui.backups_dialog import BackupsDialog
    from deskeditor.gui.dialogs import FigureDialog, LinkDialog
    from deskeditor.gui.history import HistoryDialog
    from deskeditor.gui.link_tree import CsvProblemsDialog, LinkEditDialog
    from deskeditor.gui.links_manager import LinkManagerDialog
    from deskeditor.gui.recovery import RecoveryDialog
    from deskeditor.gui.settings_dialog import SettingsDialog
    from deskeditor.gui.workflow_dialogs import DecisionDialog
    from deskeditor.store.recovery import Recovery

    article_id = window.editor.article_id
    article = store.get_article(article_id)
    yield HistoryDialog(store, article_id, window)
    yield LinkManagerDialog(store, window)
    yield BackupsDialog(window)
    yield RecoveryDialog(Recovery("new", "2026-11-30T22:56:35", article), article, window)
    yield FigureDialog(article.figures()[0], window)
    yield LinkDialog("https://sonoivu.example.gov.vn", window)
    yield DecisionDialog(article.title, "ABCD-1234", "Hoàng Văn Nam", "Trưởng ban", window)
    yield SettingsDialog(store, window)
    yield BatchChoiceDialog(3, window)
    yield LinkEditDialog(parent=window)
    from deskeditor.links import CsvImportError, CsvProblem

    problems = [CsvProblem(line, "thiếu địa chỉ của liên kết") for line in range(2, 60)]
    yield CsvProblemsDialog(CsvImportError("tệp có dòng lỗi", problems), window)


def test_every_dialog_fits_a_1024_by_600_screen(qtbot, vietnamese, window, long_article, tmp_path):
    for dialog in _dialogs(window, window.store, tmp_path):
        qtbot.addWidget(dialog)
        name = type(dialog).__name__
        assert _fits(dialog.minimumSizeHint()), (name, dialog.minimumSizeHint())
        assert _fits(dialog.sizeHint()), (name, dialog.sizeHint())
        assert _fits(dialog.size()), (name, dialog.size())
        dialog.close()


def test_the_window_and_its_toolbar_fit_1024_by_600(qtbot, vietnamese, window):
    assert _fits(window.minimumSizeHint()), window.minimumSizeHint()
    window.resize(1000, 560)
    qtbot.wait(50)
    button = window.toolbar.widgetForAction(window.actions_by_name["export_docx"])
    assert button is not None and button.isVisible()  # not in the toolbar's overflow menu
    right = button.mapTo(window, button.rect().topRight()).x()
    assert right <= window.width()


# ---------------------------------------------------------------- the window itself


def test_a_long_title_shows_every_line(qtbot, window):
    window.resize(1000, 560)
    title = window.editor.title_edit
    title.setPlainText(
        "Huyện Tràng Định ra quân chiến dịch chuyển đổi số cộng đồng, hướng dẫn người dân sử "
        "dụng dịch vụ công trực tuyến toàn trình và thanh toán không dùng tiền mặt tại 23 xã, "
        "thị trấn trên địa bàn huyện trong tháng cao điểm"
    )
    qtbot.waitUntil(lambda: title.document().size().height() > 0)
    qtbot.wait(50)
    assert title.document().blockCount() == 1
    assert title.verticalScrollBar().maximum() == 0  # nothing hidden below the box


def test_a_long_source_shows_its_start(qtbot, window):
    window.resize(1000, 560)
    source = "Nguồn: Trung tâm Văn hoá, Thể thao và Truyền thông huyện Tràng Định, tỉnh Lạng Sơn"
    window.editor.load(Article(title="Tin có nguồn dài", source=source))
    assert window.editor.source_edit.cursorPosition() == 0


def test_a_long_category_shows_its_start(qtbot, window):
    window.resize(1000, 560)
    category = "Thi đua - Khen thưởng và gương người tốt việc tốt"
    window.editor.load(Article(title="Tin", category=category))
    assert window.editor.category_combo.lineEdit().cursorPosition() == 0


def test_the_window_title_names_the_article_not_the_program_twice(qtbot, window, long_article):
    display = QApplication.applicationDisplayName()
    QApplication.setApplicationDisplayName("Soạn tin bài")
    try:
        window.open_article(long_article)
        title = window.windowTitle()
        assert "deskeditor" not in title and "Soạn tin bài" not in title
        assert title.startswith("Cụm thi đua số II")
        window.new_article(ask=False)
        assert "deskeditor" not in window.windowTitle()
    finally:
        QApplication.setApplicationDisplayName(display)


def test_the_maximised_state_is_remembered(qtbot, tmp_path, settings_dir, no_dialogs):
    from deskeditor.gui.main_window import MainWindow

    with Store(tmp_path / "phong.db") as store:
        first = MainWindow(store)
        qtbot.addWidget(first)
        first.showMaximized()
        qtbot.waitUntil(first.isMaximized)
        first.close()
        second = MainWindow(store)
        qtbot.addWidget(second)
        second.show()
        qtbot.waitUntil(second.isMaximized, timeout=2000)
        second.showNormal()
        qtbot.waitUntil(lambda: not second.isMaximized())
        second.close()
        third = MainWindow(store)
        qtbot.addWidget(third)
        third.show()
        qtbot.wait(50)
        assert not third.isMaximized()
        third.close()


def test_a_typed_new_category_is_offered_after_saving(qtbot, window):
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Tin kinh tế số")
    combo = window.editor.category_combo
    combo.setEditText("Kinh tế số nông thôn")
    assert window.save()
    assert combo.findText("Kinh tế số nông thôn") >= 0
    window.new_article(ask=False)
    assert combo.findText("Kinh tế số nông thôn") >= 0
    assert window.category_combo.findText("Kinh tế số nông thôn") >= 0


def test_a_manual_backup_is_labelled_manual(qtbot, window, tmp_path, settings_dir):
    from PySide6.QtCore import QSettings

    from deskeditor.gui.backups_dialog import BackupsDialog

    QSettings().setValue("backup/folder", str(tmp_path / "sao-luu"))
    window.store.save_article(Article(title="Bài cần sao lưu"))
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.back_up_now().wait(30_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 1).text() == "Manual"


def test_a_pasted_image_gets_no_credit_and_is_flagged(qtbot, window, tmp_path):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QImage

    window.new_article(ask=False)
    type_text(window.editor.author_edit, "Trần Văn Ba")
    mime = QMimeData()
    mime.setImageData(QImage(str(make_photo(tmp_path / "dan.jpg", seed=4, size=(640, 480)))))
    window.editor.body_edit.insertFromMimeData(mime)
    qtbot.waitUntil(
        lambda: window.photo_import is None and bool(window.editor.figures()), timeout=20000
    )
    assert window.editor.figures()[0].credit == ""
    panel = window.editor.figure_panel
    assert "credit" in panel.missing_label.text()
    assert "credit" in panel.photo_list.item(0).toolTip()


def test_return_in_the_alt_text_field_does_not_break_the_line(qtbot):
    from deskeditor.gui.dialogs import FigureDialog

    dialog = FigureDialog(Figure(caption="Toàn cảnh hội nghị", photo_id=None))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.alt_edit.setFocus()
    type_text(dialog.alt_edit, "Hội trường đông đại biểu")
    qtbot.keyClick(dialog.alt_edit, Qt.Key.Key_Return)
    type_text(dialog.alt_edit, " ngồi kín")
    assert "\n" not in dialog.alt_edit.toPlainText()
    assert dialog.result() == QDialog.DialogCode.Accepted  # Return is OK, as in a line field


@pytest.mark.parametrize(
    "keys",
    [
        (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    ],
)
def test_ctrl_y_and_ctrl_shift_z_redo(qtbot, window, keys):
    window.new_article(ask=False)
    window.activateWindow()
    qtbot.waitActive(window)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Nội dung")
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Nội dung" not in body.toPlainText()
    qtbot.keyClick(body, *keys)  # in the body, as in Word
    assert "Nội dung" in body.toPlainText()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.editor.figure_panel.photo_list.setFocus()  # after a click in the photo panel
    qtbot.keyClick(window.editor.figure_panel.photo_list, *keys)
    assert "Nội dung" in body.toPlainText()


# ---------------------------------------------------------------- read-only store


def test_a_read_only_store_keeps_every_write_action_disabled(
    qtbot, tmp_path, settings_dir, no_dialogs, monkeypatch
):
    from deskeditor.gui import article_actions
    from deskeditor.gui.backups_dialog import BackupsDialog
    from deskeditor.gui.dialogs import FigureDialog
    from deskeditor.gui.main_window import MainWindow

    path = tmp_path / "chi-doc.db"
    with Store(path) as writer:
        article_id = import_long_article(writer, tmp_path / "nguon")
    holder = Store(path)  # another program holds the store
    reader = Store(path, read_only=True)
    try:
        window = MainWindow(reader)
        qtbot.addWidget(window)
        window.article_menu.aboutToShow.emit()
        for name in ("submit", "decide", "publish"):
            assert not window.actions_by_name[name].isEnabled(), name
        article_actions.submit(window)  # even if reached another way: a message, no traceback
        assert any(kind == "information" for kind, *_ in no_dialogs)
        assert reader.get_article(article_id).status is Status.DRAFT
        window.open_article(article_id)
        edited = []
        monkeypatch.setattr(FigureDialog, "edit", classmethod(lambda *a: edited.append(a)))
        window.edit_figure_at(window.editor.body_edit.figure_positions()[0])
        assert edited == [] and not window.isWindowModified()  # no caption edit to lose
        dialog = BackupsDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.restore_button.isHidden()
        window.close()
    finally:
        reader.close()
        holder.close()


def test_the_menu_asks_the_workflow_which_moves_are_allowed(
    qtbot, window, long_article, monkeypatch
):
    from deskeditor.store import workflow

    monkeypatch.setattr(workflow, "_MOVES", {**workflow._MOVES, Status.DRAFT: frozenset()})
    window.article_menu.aboutToShow.emit()
    assert not window.actions_by_name["submit"].isEnabled()
    monkeypatch.setattr(
        workflow, "_MOVES", {**workflow._MOVES, Status.DRAFT: frozenset({workflow.Move.PUBLISH})}
    )
    window.article_menu.aboutToShow.emit()
    assert window.actions_by_name["publish"].isEnabled()
    assert QMessageBox  # the no_dialogs fixture patches it
