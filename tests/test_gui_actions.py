"""The tables of the window's actions, menus and toolbar agree with each other."""

from __future__ import annotations

import pytest


def _menu_names(items):
    from deskeditor.gui.action_registry import MenuSpec

    for item in items:
        if isinstance(item, MenuSpec):
            yield from _menu_names(item.items)
        elif item is not None:
            yield item


def test_every_action_is_in_a_menu_and_every_placed_name_is_an_action():
    from deskeditor.gui.actions import ACTIONS, MENUS, TOOLBAR

    names = [spec.name for spec in ACTIONS]
    in_menus = list(_menu_names(MENUS))
    assert len(names) == len(set(names))
    assert set(in_menus) == set(names)  # each reachable with the mouse, none unknown
    assert {name for name in TOOLBAR if name is not None} <= set(names)


def test_two_actions_with_one_name_are_refused(qtbot, window):
    from deskeditor.gui.action_registry import ActionRegistry, ActionSpec

    spec = ActionSpec("lưu", "Lưu", lambda w, _c: None)
    with pytest.raises(ValueError, match="lưu"):
        ActionRegistry(window, [spec, spec])


def test_the_window_hands_out_its_actions_read_only(qtbot, window):
    actions = window.actions_by_name
    assert actions["bold"] is window.action_registry["bold"]
    with pytest.raises(TypeError):
        actions["bold"] = actions["italic"]  # type: ignore[index]


def test_a_read_only_store_disables_what_writes_and_keeps_what_reads(qtbot, tmp_path, no_dialogs):
    from deskeditor.gui.action_registry import store_writable
    from deskeditor.gui.actions import ACTIONS
    from deskeditor.gui.main_window import MainWindow
    from deskeditor.store import Store

    path = tmp_path / "chi-doc.db"
    Store(path).close()
    holder = Store(path)
    reader = Store(path, read_only=True)
    try:
        window = MainWindow(reader)
        qtbot.addWidget(window)
        writing = {spec.name for spec in ACTIONS if spec.enabled_when is store_writable}
        assert {"save", "new", "bold", "photo", "link_list"} <= writing
        assert not any(window.actions_by_name[name].isEnabled() for name in writing)
        assert all(window.actions_by_name[name].isEnabled() for name in ("copy", "find", "about"))
        window.close()
    finally:
        reader.close()
        holder.close()


def test_no_two_actions_share_a_shortcut(qtbot, window):
    from collections import Counter

    from PySide6.QtGui import QKeySequence

    keys = Counter(
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.actions_by_name.values()
        for key in action.shortcuts()
    )
    assert [key for key, count in keys.items() if count > 1] == []


def test_word_shortcuts_for_find_replace_and_help(qtbot, window):
    def keys(name):
        return [k.toString() for k in window.actions_by_name[name].shortcuts()]

    assert keys("find_in_article") == ["Ctrl+F"]
    assert keys("replace") == ["Ctrl+H"]  # as in Word
    assert keys("find_next") == ["F3"] and keys("find_previous") == ["Shift+F3"]
    assert keys("help") == ["F1"]
    # What Ctrl+F and Ctrl+H did before moved one key further.
    assert keys("find") == ["Ctrl+Shift+F"] and keys("history") == ["Ctrl+Shift+H"]
