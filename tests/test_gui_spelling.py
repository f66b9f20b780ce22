"""Spell checking in the window: squiggles, the suggestions menu, the office's list, ignoring."""

from __future__ import annotations

from gui_helpers import type_text
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor

from deskeditor.gui.main_window import MainWindow
from deskeditor.model import Article, Paragraph, Run
from deskeditor.store import Store

SQUIGGLE = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def underlined(edit, block_number: int = 0) -> list[str]:
    """The words of a block the highlighter underlines with the spelling squiggle."""
    block = edit.document().findBlockByNumber(block_number)
    text = block.text()
    return [
        text[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == SQUIGGLE
    ]


def point_at(edit, word: str) -> QPoint:
    """The viewport point in the middle of the first *word* of the document."""
    cursor = edit.document().find(word)
    cursor.setPosition(cursor.selectionStart() + 1)
    return edit.cursorRect(cursor).center()


def open_with_body(window, text: str, title: str = "Tin hoạt động") -> int:
    article_id = window.store.save_article(
        Article(title=title, body=[Paragraph([Run(text)])])
    ).article_id
    window.open_article(article_id)
    return article_id


def test_a_typo_gets_the_squiggle_as_it_is_typed(qtbot, window):
    window.new_article(ask=False)
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Hội nghị tổng kêt công tác năm 2024 của UBND tỉnh")
    assert underlined(body) == ["kêt"]
    type_text(window.editor.title_edit, "Tin hoat động")
    assert underlined(window.editor.title_edit) == ["hoat"]


def test_the_fix_comes_first_and_applying_it_is_one_undo_step(qtbot, window):
    open_with_body(window, "Sở tổ chức hội nghị vieejt nam và tổng kêt công tác.")
    body = window.editor.body_edit
    assert not window.isWindowModified()  # underlining is not an edit
    menu = window.spelling.build_menu(body, point_at(body, "kêt"))
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert actions[0].text() == "kết"
    assert actions[0].font().bold()
    names = [a.objectName() for a in actions]
    assert names.index("spell_add") < names.index("spell_ignore") < len(names) - 1  # Qt's own after
    actions[0].trigger()
    assert body.toPlainText() == "Sở tổ chức hội nghị vieejt nam và tổng kết công tác."
    assert underlined(body) == ["vieejt"]
    assert window.isWindowModified()
    # A Telex leftover is read back.
    menu = window.spelling.build_menu(body, point_at(body, "vieejt"))
    assert menu.actions()[0].text() == "việt"
    body.undo()
    assert body.toPlainText() == "Sở tổ chức hội nghị vieejt nam và tổng kêt công tác."


def test_no_spelling_items_on_a_right_word(qtbot, window):
    open_with_body(window, "Hội nghị tổng kết công tác")
    body = window.editor.body_edit
    menu = window.spelling.build_menu(body, point_at(body, "nghị"))
    assert not [a for a in menu.actions() if a.objectName().startswith("spell_")]


def test_a_word_added_to_the_office_list_stays_after_reopening(
    qtbot, tmp_path, settings_dir, no_dialogs
):
    path = tmp_path / "kho.db"
    store = Store(path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    open_with_body(window, "Đoàn công tác nghe bà con hát sli ở Lạng Sơn.")
    body = window.editor.body_edit
    assert underlined(body) == ["sli"]
    menu = window.spelling.build_menu(body, point_at(body, "sli"))
    next(a for a in menu.actions() if a.objectName() == "spell_add").trigger()
    assert underlined(body) == []
    window._dirty = False
    window.close()
    store.close()

    store = Store(path)
    assert store.office_words.words() == ["sli"]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.open_article(window.store.list_articles()[0].id)
    assert underlined(window.editor.body_edit) == []
    window._dirty = False
    window.close()
    store.close()


def test_ignoring_a_word_holds_for_that_article_only(qtbot, window):
    first = open_with_body(window, "Bà con hát sli ở bản.")
    body = window.editor.body_edit
    menu = window.spelling.build_menu(body, point_at(body, "sli"))
    next(a for a in menu.actions() if a.objectName() == "spell_ignore").trigger()
    assert underlined(body) == []
    assert not window.isWindowModified()
    assert window.store.office_words.words() == []

    open_with_body(window, "Bài khác cũng nói về sli.", title="Bài khác")
    assert underlined(window.editor.body_edit) == ["sli"]
    window.new_article(ask=False)
    type_text(window.editor.body_edit, "sli")
    assert underlined(window.editor.body_edit) == ["sli"]
    # Back in the first article, the word is still ignored.
    window.open_article(first)
    assert underlined(window.editor.body_edit) == []


def test_checking_can_be_turned_off_and_the_choice_is_remembered(qtbot, tmp_path, window):
    open_with_body(window, "tổng kêt")
    body = window.editor.body_edit
    toggle = window.actions_by_name["spell_check"]
    assert toggle.isChecked()
    toggle.trigger()
    assert underlined(body) == []
    assert not window.isWindowModified()
    menu = window.spelling.build_menu(body, point_at(body, "kêt"))
    assert not [a for a in menu.actions() if a.objectName().startswith("spell_")]

    store = Store(tmp_path / "khac.db")
    other = MainWindow(store)
    qtbot.addWidget(other)
    assert not other.actions_by_name["spell_check"].isChecked()
    assert not other.spelling.enabled
    other.actions_by_name["spell_check"].trigger()
    other.close()
    store.close()
    toggle.trigger()
    assert underlined(body) == ["kêt"]


def test_read_only_text_offers_no_replacement(qtbot, window):
    open_with_body(window, "tổng kêt")
    body = window.editor.body_edit
    body.setReadOnly(True)
    menu = window.spelling.build_menu(body, point_at(body, "kêt"))
    assert not [a for a in menu.actions() if a.objectName() == "spell_suggestion"]
    assert [a for a in menu.actions() if a.objectName() == "spell_ignore"]
    cursor = QTextCursor(body.document())
    assert cursor.document().toPlainText() == "tổng kêt"


def test_the_menu_speaks_vietnamese(qtbot, vietnamese, window):
    open_with_body(window, "tổng kêt")
    body = window.editor.body_edit
    texts = [a.text() for a in window.spelling.build_menu(body, point_at(body, "kêt")).actions()]
    assert texts[0] == "kết"
    assert "Thêm vào từ điển cơ quan" in texts
    assert "Bỏ qua trong bài này" in texts
    assert window.actions_by_name["spell_check"].text() == "&Kiểm tra chính tả"
    assert window.actions_by_name["office_dictionary"].text() == "Từ điển &cơ quan…"


def test_the_squiggle_lands_on_the_word_after_an_emoji(qtbot, window):
    # Qt counts in UTF-16: the emoji is two units, one character for Python.
    open_with_body(window, "😀 tổng kêt")
    block = window.editor.body_edit.document().firstBlock()
    ranges = [
        (r.start, r.length)
        for r in block.layout().formats()
        if r.format.underlineStyle() == SQUIGGLE
    ]
    assert ranges == [(8, 3)]


def test_a_word_taken_off_the_office_list_is_underlined_again(qtbot, window, monkeypatch):
    from deskeditor.gui.office_words_dialog import OfficeWordsDialog

    open_with_body(window, "bà con hát sli")
    body = window.editor.body_edit
    window.spelling.add_to_office("sli")
    assert underlined(body) == []

    def remove_the_word(store, parent):
        dialog = OfficeWordsDialog(store, parent)
        qtbot.addWidget(dialog)
        assert [dialog.word_list.item(i).text() for i in range(dialog.word_list.count())] == ["sli"]
        assert not dialog.remove_button.isEnabled()
        dialog.word_list.setCurrentRow(0)
        dialog.remove_button.click()
        assert dialog.word_list.count() == 0
        return dialog.changed

    monkeypatch.setattr(OfficeWordsDialog, "edit", remove_the_word)
    window.actions_by_name["office_dictionary"].trigger()
    assert window.store.office_words.words() == []
    assert underlined(body) == ["sli"]


def test_a_new_article_keeps_its_ignored_words_once_saved(qtbot, window):
    window.new_article(ask=False)
    type_text(window.editor.title_edit, "Tin mới")
    body = window.editor.body_edit
    body.setFocus()
    type_text(body, "Bà con hát sli")
    menu = window.spelling.build_menu(body, point_at(body, "sli"))
    next(a for a in menu.actions() if a.objectName() == "spell_ignore").trigger()
    assert window.save()
    saved = window.editor.article_id
    open_with_body(window, "Bài khác nói về sli.", title="Bài khác")
    assert underlined(window.editor.body_edit) == ["sli"]
    window.open_article(saved)
    assert underlined(window.editor.body_edit) == []


def test_a_typo_in_a_table_cell_gets_fixes_and_the_table_commands(qtbot, window):
    window.new_article(ask=False)
    body = window.editor.body_edit
    body.setFocus()
    body.insert_table(2, 2, header=False)
    table = body.current_table()
    body.setTextCursor(table.cellAt(1, 1).firstCursorPosition())
    type_text(body, "tổng kêt")
    menu = window.spelling.build_menu(body, point_at(body, "kêt"))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "kết"
    assert window.actions_by_name["remove_row"].text() in texts
