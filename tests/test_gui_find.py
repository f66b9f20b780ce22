"""Find and replace in the open article, driven from the keyboard as a Word user would."""

from __future__ import annotations

import pytest
from gui_helpers import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from samples import import_long_article

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def article(window, tmp_path):
    """The long sample article open in the active window."""
    article_id = import_long_article(window.store, tmp_path)
    window.open_article(article_id)
    window.activateWindow()
    window.editor.body_edit.setFocus()
    return article_id


def press(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def selected(window):
    return window.editor.body_edit.textCursor().selectedText()


def open_find(qtbot, window, query, replace=False):
    press(qtbot, Qt.Key.Key_H if replace else Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.find_edit.hasFocus()
    type_text(bar.find_edit, query)
    return bar


def test_ctrl_f_finds_in_title_lead_body_and_captions_ignoring_tones(qtbot, window, article):
    bar = window.find_bar
    press(qtbot, Qt.Key.Key_F, CTRL)
    bar.ignore_marks_box.setChecked(True)
    type_text(bar.find_edit, "hoi nghi")
    fields = [hit.field for hit in bar.hits()]
    # The lead, three body paragraphs and the first photo's caption, in reading order.
    assert fields == ["lead", "body", "body", "caption", "body"]
    # As in Word, the search starts at the cursor (the start of the body).
    assert bar.count_label.text() == "2 of 5"
    assert selected(window) == "Hội nghị"
    assert bar.find_edit.hasFocus()  # typing goes on in the bar
    press(qtbot, Qt.Key.Key_F3, SHIFT)
    assert bar.count_label.text() == "1 of 5"
    assert window.editor.lead_edit.textCursor().selectedText() == "Hội nghị"
    assert selected(window) == ""  # one match selected at a time, in one field
    # Every match is highlighted in its field.
    assert len(window.editor.body_edit.extraSelections()) == 4  # 3 in the text, 1 photo
    assert len(window.editor.lead_edit.extraSelections()) == 1


def test_without_ignoring_tones_the_query_must_carry_them(qtbot, window, article):
    bar = open_find(qtbot, window, "hoi nghi")
    assert bar.match_count == 0 and bar.count_label.text() == "No match"
    bar.find_edit.clear()
    type_text(bar.find_edit, "hội nghị")
    assert bar.match_count == 5


def test_f3_and_shift_f3_go_round_the_matches_and_say_when_they_wrap(qtbot, window, article):
    window.editor.title_edit.setFocus()  # the search starts at the top
    bar = open_find(qtbot, window, "thi đua")
    total = bar.match_count
    assert total > 3
    seen = [bar.current]
    for _ in range(total - 1):
        press(qtbot, Qt.Key.Key_F3)
        seen.append(bar.current)
    assert seen == list(range(total))
    press(qtbot, Qt.Key.Key_F3)
    assert bar.current == 0
    assert "continued from the top" in bar.note_label.text()
    assert "continued from the top" in window.statusBar().currentMessage()
    press(qtbot, Qt.Key.Key_F3, SHIFT)
    assert bar.current == total - 1
    assert "continued from the end" in bar.note_label.text()
    assert bar.count_label.text() == f"{total} of {total}"


def test_f3_keeps_working_from_the_body_after_the_bar_is_left(qtbot, window, article):
    bar = open_find(qtbot, window, "đơn vị")
    body = window.editor.body_edit
    body.setFocus()
    press(qtbot, Qt.Key.Key_F3)
    assert selected(window) == "đơn vị"
    first = body.textCursor().selectionStart()
    press(qtbot, Qt.Key.Key_F3)
    assert body.textCursor().selectionStart() > first
    assert bar.isVisible()


def test_match_case_and_whole_word(qtbot, window, article):
    bar = open_find(qtbot, window, "Hội nghị")
    assert bar.match_count == 5
    bar.match_case_box.setChecked(True)
    assert bar.match_count == 4  # "Dự hội nghị" has a small h
    bar.match_case_box.setChecked(False)
    bar.find_edit.setText("thi")
    loose = bar.match_count
    bar.whole_word_box.setChecked(True)
    assert 0 < bar.match_count <= loose
    bar.find_edit.setText("th")
    assert bar.match_count == 0  # only inside words such as "thi", "thưởng"


def test_replace_all_is_one_undo_step_and_marks_the_article_modified(qtbot, window, article):
    body = window.editor.body_edit
    before = window.editor.article()
    bar = open_find(qtbot, window, "hội nghị", replace=True)
    type_text(bar.replace_edit, "hội thảo")
    assert bar.replace_all() == 5
    after = window.editor.article()
    assert "hội nghị" not in after.lead.lower()
    assert "Hội nghị" not in body.toPlainText() and "hội nghị" not in body.toPlainText()
    # As in Word, a replacement typed in small letters takes the capitals of what it replaces.
    assert [f.caption for f in window.editor.figures()][0] == "Toàn cảnh Hội thảo sơ kết"
    assert after.lead.startswith("Hội thảo đánh giá")
    assert "Replaced 5 time(s)" in bar.note_label.text() or "5" in bar.note_label.text()
    assert window.has_unsaved_changes and window.isWindowModified()
    # Autosave keeps the replaced text.
    window.autosave()
    (recovery,) = window.store.recoveries()
    assert recovery.article.lead.startswith("Hội thảo")
    # One Ctrl+Z in the body restores every field: lead, body and captions.
    body.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    restored = window.editor.article()
    assert restored.lead == before.lead
    assert restored.body == before.body
    # And Ctrl+Y makes it again.
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert window.editor.article().lead == after.lead
    assert window.editor.article().body == after.body


def test_replace_all_in_the_body_alone_is_one_step_of_the_body(qtbot, window, article):
    before = window.editor.article().body
    bar = open_find(qtbot, window, "đơn vị", replace=True)
    type_text(bar.replace_edit, "cơ quan")
    count = bar.replace_all()
    assert count >= 2
    window.actions_by_name["undo"].trigger()  # from the Edit menu, focus still in the bar
    assert window.editor.article().body == before


def test_typing_after_replace_all_is_undone_first(qtbot, window, article):
    bar = open_find(qtbot, window, "hội nghị", replace=True)
    type_text(bar.replace_edit, "hội thảo")
    bar.replace_all()
    lead = window.editor.lead_edit
    lead.setFocus()
    type_text(lead, "X")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert "X" not in lead.toPlainText()
    assert "hội thảo" in window.editor.article().body[0].runs[0].text.lower()


def test_replace_one_at_a_time_keeps_the_format_and_moves_on(qtbot, window, article):
    bar = open_find(qtbot, window, "bám sát", replace=True)
    type_text(bar.replace_edit, "bám chắc")
    assert selected(window) == "bám sát"
    bar.replace()
    paragraph = window.editor.article().body[3]
    bold = [run.text for run in paragraph.runs if run.bold]
    assert bold == ["bám chắc kế hoạch"]
    assert bar.match_count == 0


def test_replace_in_a_caption(qtbot, window, article):
    bar = open_find(qtbot, window, "Toàn cảnh", replace=True)
    type_text(bar.replace_edit, "Quang cảnh")
    assert bar.hits()[0].field == "caption"
    assert "photo 1" in bar.note_label.text()
    bar.replace()
    assert window.editor.figures()[0].caption == "Quang cảnh Hội nghị sơ kết"


def test_escape_closes_the_bar_and_clears_the_highlights(qtbot, window, article):
    bar = open_find(qtbot, window, "thi đua")
    assert window.editor.body_edit.extraSelections()
    press(qtbot, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert not window.editor.body_edit.extraSelections()
    assert window.editor.body_edit.hasFocus()


def test_selected_text_becomes_the_query(qtbot, window, article):
    body = window.editor.body_edit
    cursor = body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(4, cursor.MoveMode.KeepAnchor)  # "Sáng"
    body.setTextCursor(cursor)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert window.find_bar.find_edit.text() == "Sáng"


def test_a_table_cell_is_searched(qtbot, window, article):
    from PySide6.QtGui import QTextCursor

    body = window.editor.body_edit
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    table = cursor.insertTable(2, 2)
    table.cellAt(1, 1).firstCursorPosition().insertText("Ủy ban nhân dân tỉnh")
    bar = open_find(qtbot, window, "uy ban")
    bar.ignore_marks_box.setChecked(True)
    assert bar.match_count == 1
    assert selected(window) == "Ủy ban"


def test_the_matches_follow_edits(qtbot, window, article):
    bar = open_find(qtbot, window, "Sáng ngày")
    assert bar.match_count == 1
    body = window.editor.body_edit
    cursor = body.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Sáng ngày 13/7. ")
    qtbot.waitUntil(lambda: bar.match_count == 2)


def test_read_only_store_finds_but_does_not_replace(qtbot, window, article):
    window.editor.set_read_only(True)
    window.find_bar.show_find(replace=True)
    assert not window.find_bar.replace_all_button.isEnabled()
    type_text(window.find_bar.find_edit, "thi đua")
    assert window.find_bar.replace_all() == 0
    assert window.find_bar.match_count > 0


def test_in_vietnamese(qtbot, window, article, vietnamese):
    from deskeditor.gui.find_bar import FindBar

    bar = FindBar(window.editor)
    qtbot.addWidget(bar)
    assert bar.replace_all_button.text() == "Thay tất cả"
    assert bar.ignore_marks_box.text() == "Bỏ qua dấu"


def test_enter_and_shift_enter_in_the_find_field(qtbot, window, article):
    window.editor.title_edit.setFocus()
    bar = open_find(qtbot, window, "thi đua")
    assert bar.current == 0
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert bar.current == 2
    press(qtbot, Qt.Key.Key_Return, SHIFT)
    assert bar.current == 1
    assert bar.find_edit.hasFocus()


def test_f3_with_the_bar_closed_opens_it(qtbot, window, article):
    press(qtbot, Qt.Key.Key_F3)
    assert window.find_bar.isVisible() and window.find_bar.find_edit.hasFocus()
