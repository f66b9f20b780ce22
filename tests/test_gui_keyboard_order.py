"""Keyboard use of the window in Vietnamese: Tab order, Tab in a comment, key names."""

from __future__ import annotations

import re

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QWidget


def tab_stops_after(widget: QWidget, count: int) -> list[QWidget]:
    """Return the next *count* widgets that Tab stops at after *widget* (shown ones)."""
    found: list[QWidget] = []
    current = widget
    while len(found) < count:
        current = current.nextInFocusChain()
        assert current is not widget, "the focus chain came round"
        tab = current.focusPolicy() & Qt.FocusPolicy.TabFocus
        if tab == Qt.FocusPolicy.TabFocus and current.isVisible() and current.focusProxy() is None:
            found.append(current)
    return found


def test_tab_goes_from_the_photo_buttons_to_the_turn_and_crop_buttons_under_them(qtbot, window):
    panel = window.editor.figure_panel
    stops = tab_stops_after(panel.remove_button, 5)
    assert stops[:4] == [
        panel.rotate_left_button,
        panel.rotate_right_button,
        panel.crop_button,
        panel.reset_photo_button,
    ]
    # …and then on to the byline under the body, as before.
    assert stops[4] is window.editor.author_edit


def test_tab_in_the_decision_comment_moves_on_instead_of_typing_a_tab(qtbot, vietnamese):
    from deskeditor.gui.workflow_dialogs import DecisionDialog

    dialog = DecisionDialog("Hội nghị sơ kết", "B379-21AE", "Nguyễn Văn Thành", "Trưởng ban")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.comment_edit.setFocus()
    dialog.comment_edit.setPlainText("Bổ sung số liệu")
    dialog.comment_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(dialog.comment_edit, Qt.Key.Key_Tab)
    assert dialog.comment_edit.toPlainText() == "Bổ sung số liệu"  # no tab character
    assert not dialog.comment_edit.hasFocus()


def test_shortcuts_name_the_arrow_keys_with_arrows_in_vietnamese(qtbot, vietnamese, window):
    from deskeditor.gui.actions import MENUS
    from deskeditor.gui.help_window import shortcut_groups

    below = window.actions_by_name["row_below"]
    assert below.shortcut().toString(QKeySequence.SequenceFormat.NativeText) == "Ctrl+Alt+↓"
    # The key itself is unchanged: the shortcut still works.
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    assert below.shortcut()[0] == QKeyCombination(modifiers, Qt.Key.Key_Down)
    # No English key name is left in the shortcut list (Ctrl, Shift, Alt and F-keys are
    # written so on the keyboard).
    keys = [k for _menu, rows in shortcut_groups(window.action_registry, MENUS) for _a, k in rows]
    names = {name for k in keys for name in re.split(r"\+|, ", k) if name}
    words = {n for n in names if len(n) > 1 and not re.fullmatch(r"F\d+", n)}
    assert words <= {"Ctrl", "Shift", "Alt"}, words


def test_tab_goes_left_to_right_over_the_csv_problem_buttons(qtbot, vietnamese):
    from PySide6.QtWidgets import QDialogButtonBox

    from deskeditor.errors import Message
    from deskeditor.gui.link_tree import CsvProblemsDialog
    from deskeditor.links import CsvImportError, CsvProblem

    error = CsvImportError("csv.bad_rows", [CsvProblem(3, Message("csv.no_address"))])
    dialog = CsvProblemsDialog(error)
    qtbot.addWidget(dialog)
    dialog.show()
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert dialog.skip_button.x() < cancel.x()  # shown first…
    assert tab_stops_after(dialog.problems_edit, 2) == [
        dialog.skip_button,
        cancel,
    ]  # …reached first


def test_tab_goes_left_to_right_over_the_office_dictionary_buttons(qtbot, vietnamese, store):
    from PySide6.QtWidgets import QDialogButtonBox

    from deskeditor.gui.office_words_dialog import OfficeWordsDialog

    store.office_words.add("TĐKT")
    dialog = OfficeWordsDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.word_list.setCurrentRow(0)  # Xoá từ is enabled for a chosen word
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert dialog.remove_button.x() < close.x()
    assert tab_stops_after(dialog.word_list, 2) == [dialog.remove_button, close]


def test_no_toolbar_button_is_a_tab_stop(qtbot, window):
    """Tab goes round the fields; the toolbar is for the mouse (its keys are in the menus)."""
    from PySide6.QtWidgets import QToolButton

    buttons = window.toolbar.findChildren(QToolButton)
    assert len(buttons) >= 10
    stops = [b.toolTip() for b in buttons if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert stops == []
