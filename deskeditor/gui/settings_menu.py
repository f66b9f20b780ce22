"""The Settings menu's own entries: the link list and the site profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .action_registry import QT_TRANSLATE_NOOP, ActionSpec, store_writable

if TYPE_CHECKING:
    from .main_window import MainWindow


# The Settings menu's own actions; main_window places them first in that menu.
SETTINGS_ACTIONS = (
    ActionSpec("link_list", QT_TRANSLATE_NOOP("SettingsMenu", "&Link list…"), lambda w, _c: open_link_list(w), ("Ctrl+L",), enabled_when=store_writable, context="SettingsMenu"),
    ActionSpec("site_profile", QT_TRANSLATE_NOOP("SettingsMenu", "Site &profile and categories…"), lambda w, _c: open_settings(w), ("Ctrl+,",), enabled_when=store_writable, context="SettingsMenu"),
)  # fmt: skip


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
    window.fill_categories()
    window.refresh_list()
