"""Access keys (the underlined letter of Alt+letter) in every menu of the window.

Two items of one menu with the same letter make the letter only move between
them; a letter that is not on the keyboard (ả, ê) cannot be pressed at all.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

# Language names are written in their own language, without an access key.
NO_KEY = {"Tiếng Việt", "English"}


def access_key(text: str) -> str | None:
    """Return the letter after the single "&" of *text* ("&&" is a plain ampersand)."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1] if 0 <= index < len(plain) - 1 else None


def faults(title: str, actions, every_item: bool = True) -> list[str]:  # type: ignore[no-untyped-def]
    """Return what is wrong with the access keys of one menu's items (submenus too).

    With *every_item*, an item without an access key is a fault too.
    """
    found: list[str] = []
    taken: dict[str, str] = {}
    for action in actions:
        if action.isSeparator():
            continue
        text = action.text()
        key = access_key(text)
        if key is None:
            if every_item and text not in NO_KEY:
                found.append(f"{title}: {text!r} has no access key")
        elif not (key.isascii() and key.isalnum()):
            found.append(f"{title}: {text!r} has {key!r}, which no key of the keyboard types")
        elif key.lower() in taken:
            found.append(f"{title}: {text!r} and {taken[key.lower()]!r} share {key!r}")
        else:
            taken[key.lower()] = text
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # a menu filled as it opens is filled now
            found += faults(f"{title} → {text.replace('&', '')}", menu.actions())
    return found


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_menu_has_two_items_with_one_access_key(qtbot, request, language):
    if language == "vi":
        request.getfixturevalue("vietnamese")
    window = request.getfixturevalue("window")
    menu_bar = window.menuBar().actions()
    if language == "vi":
        assert [a.text().replace("&", "") for a in menu_bar][:2] == ["Tệp", "Sửa"]
    assert faults("menu bar", menu_bar) == []


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_right_click_menu_in_a_table_has_no_clash(qtbot, request, language):
    """The table's commands join the text field's own Undo, Cut, Copy, Paste…"""
    if language == "vi":
        request.getfixturevalue("vietnamese")
    window = request.getfixturevalue("window")
    body = window.editor.body_edit
    body.setFocus()
    body.insert_table(2, 2, True, "Kết quả bình xét")
    assert body.current_table() is not None
    at = body.cursorRect().center()
    menu = body.context_menu(at)
    texts = [a.text() for a in menu.actions()]
    assert any(t.replace("&", "") in ("Xoá bảng", "Delete table") for t in texts)
    # Qt's own Delete and Select All have no access key; the clashes are what matter here.
    assert faults("body", menu.actions(), every_item=False) == []
    menu.deleteLater()
