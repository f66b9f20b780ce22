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


def _guide_pictures() -> list[tuple[str, str]]:
    """Return the guide's pictures as (src, alt), in page order."""
    from html.parser import HTMLParser

    from deskeditor.gui.help_window import GUIDE, help_folder

    pictures: list[tuple[str, str]] = []

    class Images(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "img":
                found = dict(attrs)
                pictures.append((found.get("src") or "", found.get("alt") or ""))

    Images().feed((help_folder() / GUIDE).read_text(encoding="utf-8"))
    return pictures


def test_the_guide_covers_what_the_issue_asks_and_its_links_resolve():
    import re

    from deskeditor.gui.help_window import GUIDE, guide_sections, help_folder

    page = (help_folder() / GUIDE).read_text(encoding="utf-8")
    anchors = [anchor for anchor, _title in guide_sections()]
    for needed in ("soan-bai", "anh", "tim-thay", "duyet", "xuat", "lien-ket", "sao-luu"):
        assert needed in anchors, needed
    ids = set(re.findall(r'id="([^"]+)"', page))
    for target in re.findall(r'href="#([^"]+)"', page):
        assert target in ids, target


def test_every_picture_shown_exists_and_every_picture_shipped_is_shown():
    from deskeditor.gui.help_window import help_folder

    folder = help_folder()
    shown = [src for src, _alt in _guide_pictures()]
    assert len(shown) >= 15
    missing = [src for src in shown if not (folder / src).is_file()]
    assert missing == []
    # None left over from an older guide, and none shown twice.
    shipped = sorted(p.relative_to(folder).as_posix() for p in (folder / "anh").iterdir())
    assert sorted(shown) == shipped


def test_every_picture_has_a_vietnamese_description_and_a_modest_size():
    from deskeditor.gui.help_window import help_folder

    folder = help_folder()
    total = 0
    for src, alt in _guide_pictures():
        # A description a screen reader can say, in Vietnamese (it has Vietnamese letters).
        assert len(alt.split()) >= 2 and any(ord(c) > 127 for c in alt), src
        size = (folder / src).stat().st_size
        assert size <= 120_000, (src, size)  # the installer and the package carry each one
        total += size
    assert total <= 600_000, total


def test_tables_word_drafts_and_the_spell_check_have_their_pictures():
    import re

    from deskeditor.gui.help_window import GUIDE, help_folder

    page = (help_folder() / GUIDE).read_text(encoding="utf-8")
    for anchor, picture in (
        ("bang", "anh/chen-bang.png"),
        ("bang", "anh/bang-trong-bai.png"),
        ("ban-thao-word", "anh/ban-thao-word.png"),
        ("chinh-ta", "anh/chinh-ta.png"),
    ):
        section = page[page.index(f'id="{anchor}"') :]
        section = section[: re.search(r"<h[23]", section).start()]
        assert f'src="{picture}"' in section, (anchor, picture)


def test_every_picture_is_made_again_by_the_screenshot_script():
    """So that all of them can be made again after the window changes."""
    import re

    root = Path(__file__).resolve().parents[1]
    script = (root / "resources" / "help" / "make_screenshots.py").read_text(encoding="utf-8")
    made = {f"anh/{name}.png" for name in re.findall(r'_save\(\s*[^,()]+,\s*"([^"]+)"\)', script)}
    assert made == {src for src, _alt in _guide_pictures()}


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


def test_the_guide_needs_no_sideways_scrolling(qtbot):
    """Pictures shrink to the page's width: no horizontal scroll bar, even in a narrow window."""
    from deskeditor.gui.help_window import HelpWindow

    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    bar = guide.browser.horizontalScrollBar()
    for width in (guide.width(), 640):  # the size it opens at, and a narrow window
        guide.resize(width, guide.height())
        # The page is laid out again over a few turns of the event loop.
        qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=3000)
        assert guide.browser.document().idealWidth() <= guide.browser.viewport().width()
