"""The user guide (F1) and the list of keyboard shortcuts, both readable offline.

The guide is HTML with its pictures inside the package (``deskeditor/help``),
read through ``importlib.resources``. The shortcut list is made from the
window's action registry and menu tables each time it is opened, so it can
never disagree with the keys the window really has.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .action_registry import MenuSpec

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .action_registry import ActionRegistry
    from .main_window import MainWindow

GUIDE = "huong-dan.html"


def help_folder() -> Path:
    """Return the folder of the user guide inside the installed (or frozen) package."""
    return Path(str(resources.files("deskeditor") / "help"))


class _Headings(HTMLParser):
    """Collect the ``<h2 id=…>`` sections of the guide: its table of contents."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[tuple[str, str]] = []
        self._anchor: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self._anchor = dict(attrs).get("id") or ""
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._anchor is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2" and self._anchor is not None:
            self.sections.append((self._anchor, " ".join("".join(self._text).split())))
            self._anchor = None


def guide_sections(path: Path | None = None) -> list[tuple[str, str]]:
    """Return the guide's sections as (anchor, title) pairs, in order."""
    parser = _Headings()
    parser.feed((path or help_folder() / GUIDE).read_text(encoding="utf-8"))
    return parser.sections


class HelpWindow(QMainWindow):
    """The user guide: contents on the left, the page on the right, back and forward."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(1000, 720)
        self.guide = help_folder() / GUIDE
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(True)
        self.contents_list = QListWidget()
        self.contents_list.setObjectName("help_contents")
        for anchor, title in guide_sections(self.guide):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, anchor)
            self.contents_list.addItem(item)
        self.contents_list.itemActivated.connect(self._open_item)
        self.contents_list.itemClicked.connect(self._open_item)
        splitter = QSplitter()
        splitter.addWidget(self.contents_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([290, 710])
        self.setCentralWidget(splitter)

        toolbar = QToolBar(self.tr("Navigation"), self)
        toolbar.setMovable(False)
        self.back_action = toolbar.addAction(self.tr("◀ Back"), self.browser.backward)
        self.back_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Back), QKeySequence("Alt+Left")]
        )
        self.forward_action = toolbar.addAction(self.tr("Forward ▶"), self.browser.forward)
        self.forward_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Forward), QKeySequence("Alt+Right")]
        )
        self.home_action = toolbar.addAction(self.tr("Contents"), self.browser.home)
        self.addToolBar(toolbar)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.browser.setSource(QUrl.fromLocalFile(str(self.guide)))

    def open_section(self, anchor: str) -> None:
        """Show the section called *anchor* (kept in the back/forward history)."""
        url = QUrl.fromLocalFile(str(self.guide))
        url.setFragment(anchor)
        self.browser.setSource(url)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_section(str(item.data(Qt.ItemDataRole.UserRole)))

    @classmethod
    def show_for(cls, window: QWidget) -> HelpWindow:
        """Show the guide beside *window* (one guide window, raised if already open)."""
        guide = window.findChild(HelpWindow)
        if guide is None:
            guide = cls(window)
        guide.show()
        guide.raise_()
        guide.activateWindow()
        return guide


def _plain(text: str) -> str:
    """Return a menu or action text without its mnemonic marker and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_groups(
    registry: ActionRegistry, menus: Iterable[MenuSpec]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Return every shortcut in *menus*: (menu, [(action, keys)]), in menu order."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    listed: set[str] = set()

    def walk(spec: MenuSpec, title: str) -> None:
        rows: list[tuple[str, str]] = []
        for item in spec.items:
            if isinstance(item, MenuSpec):
                walk(
                    item,
                    title + " → " + _plain(QCoreApplication.translate(item.context, item.title)),
                )
            elif item is not None and item not in listed:
                action = registry[item]
                keys = [
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                ]
                keys = [k for k in keys if k]
                if keys:
                    listed.add(item)
                    rows.append((_plain(action.text()), ", ".join(keys)))
        if rows:
            groups.append((title, rows))

    for menu in menus:
        walk(menu, _plain(QCoreApplication.translate(menu.context, menu.title)))
    return groups


def shortcuts_html(groups: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """Return the shortcut list as an HTML table, one heading row per menu."""
    rows = []
    for title, actions in groups:
        rows.append(f'<tr><th colspan="2" align="left"><br>{html.escape(title)}</th></tr>')
        for text, keys in actions:
            rows.append(f"<tr><td>{html.escape(text)}</td><td><b>{html.escape(keys)}</b></td></tr>")
    return '<table cellspacing="0" cellpadding="4" width="100%">' + "".join(rows) + "</table>"


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, by menu (made from the action registry)."""

    def __init__(self, window: MainWindow, menus: Iterable[MenuSpec]) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 640)
        self.groups = shortcut_groups(window.action_registry, menus)
        self.browser = QTextBrowser()
        self.browser.setHtml(shortcuts_html(self.groups))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    @classmethod
    def show_for(cls, window: MainWindow, menus: Iterable[MenuSpec]) -> ShortcutsDialog:
        """Show the shortcuts of *menus* beside *window*; it does not block the window."""
        dialog = cls(window, menus)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
