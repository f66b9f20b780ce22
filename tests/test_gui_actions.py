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
