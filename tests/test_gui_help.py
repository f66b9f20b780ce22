"""The user guide (F1) and the shortcut list (Help menu), offline and in Vietnamese."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication


def test_f1_opens_the_guide_with_contents_and_back_forward(qtbot, window):
    from deskeditor.gui.help_window import HelpWindow

    window.activateWindow()
    window.editor.body_edit.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    guide = window.findChild(HelpWindow)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Hướng dẫn sử dụng" in text
    # The contents list every section; choosing one goes there and can be gone back from.
    titles = [guide.contents_list.item(i).text() for i in range(guide.contents_list.count())]
    assert len(titles) >= 8
    assert not guide.back_action.isEnabled()
    guide.open_section("sao-luu")
    assert guide.browser.source().fragment() == "sao-luu"
    assert guide.back_action.isEnabled()
    guide.back_action.trigger()
    assert guide.browser.source().fragment() == ""
    assert guide.forward_action.isEnabled()
    guide.forward_action.trigger()
    assert guide.browser.source().fragment() == "sao-luu"
    # F1 again raises the same window.
    window.actions_by_name["help"].trigger()
    assert len(window.findChildren(HelpWindow)) == 1


def test_the_guide_covers_what_the_issue_asks_and_its_links_and_pictures_resolve():
    import re

    from deskeditor.gui.help_window import GUIDE, guide_sections, help_folder

    folder = help_folder()
    page = (folder / GUIDE).read_text(encoding="utf-8")
    anchors = [anchor for anchor, _title in guide_sections()]
    for needed in ("soan-bai", "anh", "tim-thay", "duyet", "xuat", "lien-ket", "sao-luu"):
        assert needed in anchors, needed
    ids = set(re.findall(r'id="([^"]+)"', page))
    for target in re.findall(r'href="#([^"]+)"', page):
        assert target in ids, target
    pictures = re.findall(r'src="([^"]+)"', page)
    assert len(pictures) >= 5
    for src in pictures:
        assert (folder / src).is_file(), src
    # Every picture in the folder is used (none left over from an older guide).
    shipped = {p.relative_to(folder).as_posix() for p in (folder / "anh").glob("*.png")}
    assert shipped == set(pictures)


def test_the_guide_is_package_data():
    import tomllib

    root = Path(__file__).resolve().parents[1]
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["deskeditor"]
    assert "help/*.html" in patterns and "help/anh/*.png" in patterns


def test_the_shortcut_list_has_every_action_with_a_shortcut(qtbot, vietnamese, window):
    from deskeditor.gui.actions import MENUS
    from deskeditor.gui.help_window import ShortcutsDialog

    dialog = ShortcutsDialog.show_for(window, MENUS)
    qtbot.addWidget(dialog)
    listed = {text for _menu, rows in dialog.groups for text, _keys in rows}
    text = dialog.browser.toPlainText()
    for name, action in window.actions_by_name.items():
        if action.shortcuts():
            plain = action.text().replace("&", "").rstrip("…").strip()
            assert plain in listed, name
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert key in text, name
    menus = [menu for menu, _rows in dialog.groups]
    assert "Sửa" in menus and "Trợ giúp" in menus  # by menu, in Vietnamese
    assert "Tìm trong bài" in listed and "Hướng dẫn sử dụng" in listed
    assert dialog.windowTitle() == "Phím tắt"


def test_help_menu_in_vietnamese(qtbot, tmp_path, settings_dir, no_dialogs, vietnamese):
    from deskeditor.gui.main_window import MainWindow
    from deskeditor.store import Store

    store = Store(tmp_path / "vi.db")
    window = MainWindow(store)
    qtbot.addWidget(window)
    titles = {a.text().replace("&", "") for a in window.menuBar().actions()}
    assert "Trợ giúp" in titles
    assert window.actions_by_name["help"].text().replace("&", "") == "Hướng dẫn sử dụng"
    assert window.actions_by_name["shortcuts"].text().replace("&", "") == "Phím tắt"
    assert window.actions_by_name["replace"].text().replace("&", "") == "Thay thế…"
    window.close()
    store.close()
