"""The Settings menu's own entries: the link list and the site profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from .main_window import MainWindow


def install_settings_actions(window: MainWindow) -> dict[str, QAction]:
    """Put "Link list…" and "Site profile and categories…" first in the Settings menu."""
    menu = window.settings_menu
    before = menu.actions()[0] if menu.actions() else None  # the Language submenu
    added = {}
    for name, text, shortcut, slot in (
        ("link_list", QCoreApplication.translate("SettingsMenu", "&Link list…"), "Ctrl+L", open_link_list),
        ("site_profile", QCoreApplication.translate("SettingsMenu", "Site &profile and categories…"), "Ctrl+,", open_settings),
    ):  # fmt: skip
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, slot=slot: slot(window))
        menu.insertAction(before, action)
        added[name] = action
    menu.insertSeparator(before)
    getattr(window, "actions_by_name", {}).update(added)
    return added


def open_link_list(window: MainWindow) -> bool:
    """Open the link manager; return True if the list was saved."""
    from .links_manager import LinkManagerDialog

    dialog = LinkManagerDialog(window.store, window)
    try:
        return dialog.exec() == LinkManagerDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def open_settings(window: MainWindow) -> bool:
    """Open the settings dialog; after OK show the new categories everywhere."""
    from .settings_dialog import SettingsDialog

    renamed, accepted = SettingsDialog.edit(window.store, window)
    if accepted:
        refresh_categories(window, renamed)
    return accepted


def refresh_categories(window: MainWindow, renamed: dict[str, str]) -> None:
    """Refill the filter and the editor's category list; follow a rename of the open one."""
    # The store has already moved the open article along with a rename or removal.
    window.editor.set_categories(window.store.categories(), renamed)
    window._fill_categories()
    window.refresh_list()
