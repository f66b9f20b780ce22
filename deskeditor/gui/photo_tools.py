"""Rotate, crop and reset the photo of a figure: the actions, and their buttons in the photo panel.

Each change is one change of the figure's format in the body's document, so
Ctrl+Z and Ctrl+Y undo and redo it like typing. The edit belongs to the
figure (see :mod:`deskeditor.photo_edit`); the master is never touched, so
"Khôi phục ảnh gốc" brings the photo back as imported at any time, also
after saving and reopening.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from deskeditor.errors import NotFoundError
from deskeditor.model import Figure
from deskeditor.photo_edit import PhotoEdit

from .action_registry import QT_TRANSLATE_NOOP, ActionSpec, MenuSpec, store_writable

if TYPE_CHECKING:
    from .main_window import MainWindow


def _figure(window: MainWindow) -> tuple[int, Figure] | None:
    """Return the position and figure the photo actions act on; say so when there is none."""
    position = window.editor.selected_figure_position()
    figure = window.editor.body_edit.figure_at(position) if position is not None else None
    if position is None or figure is None or figure.photo_id is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Select a photo first (in the photo panel)."),
            8000,
        )
        return None
    return position, figure


def _apply(window: MainWindow, position: int, figure: Figure, edit: PhotoEdit | None) -> None:
    """Give the figure at *position* its new edit, as one undoable step."""
    window.editor.body_edit.update_figure(position, dataclasses.replace(figure, edit=edit))
    window.editor.refresh_figures()


def rotate(window: MainWindow, step: int) -> None:
    """Turn the selected photo a quarter to the left (-1) or to the right (+1)."""
    found = _figure(window)
    if found is None or window.store.read_only:
        return
    position, figure = found
    width, height = window.images.size(figure.photo_id or 0)
    edit = (figure.edit or PhotoEdit()).rotated(step).normalised(width, height)
    _apply(window, position, figure, edit)


def crop(window: MainWindow) -> None:
    """Open the crop dialog on the selected photo."""
    from .crop_dialog import CropDialog
    from .images import decode

    found = _figure(window)
    if found is None or window.store.read_only:
        return
    position, figure = found
    photo_id = figure.photo_id or 0
    try:
        picture = decode(window.store.photo_rendition(photo_id, "web")[0])
    except NotFoundError:
        return
    edit, accepted = CropDialog.ask(picture, window.images.size(photo_id), figure.edit, window)
    if accepted and edit != figure.edit:
        _apply(window, position, figure, edit)


def reset(window: MainWindow) -> None:
    """Give the selected photo back as it was imported (undoable)."""
    found = _figure(window)
    if found is None or window.store.read_only:
        return
    position, figure = found
    if figure.edit is not None:
        _apply(window, position, figure, None)


W = store_writable
PHOTO_ACTIONS = (
    ActionSpec("rotate_left", QT_TRANSLATE_NOOP("MainWindow", "Rotate photo &left"), lambda w, _c: rotate(w, -1), tip=QT_TRANSLATE_NOOP("MainWindow", "Rotate the selected photo 90° to the left"), icon_mark="⟲", enabled_when=W),
    ActionSpec("rotate_right", QT_TRANSLATE_NOOP("MainWindow", "Rotate photo &right"), lambda w, _c: rotate(w, 1), tip=QT_TRANSLATE_NOOP("MainWindow", "Rotate the selected photo 90° to the right"), icon_mark="⟳", enabled_when=W),
    ActionSpec("crop", QT_TRANSLATE_NOOP("MainWindow", "&Crop photo…"), lambda w, _c: crop(w), tip=QT_TRANSLATE_NOOP("MainWindow", "Crop the selected photo to a free frame or to 3:2, 4:3, 16:9 or 1:1"), icon_text=QT_TRANSLATE_NOOP("MainWindow", "Crop…"), enabled_when=W),
    ActionSpec("reset_photo", QT_TRANSLATE_NOOP("MainWindow", "Restore the &original photo"), lambda w, _c: reset(w), tip=QT_TRANSLATE_NOOP("MainWindow", "Undo every crop and rotation of the selected photo"), icon_text=QT_TRANSLATE_NOOP("MainWindow", "Original"), enabled_when=W),
)  # fmt: skip
PHOTO_MENU = MenuSpec(
    "photo_edit",
    QT_TRANSLATE_NOOP("MainWindow", "&Edit photo"),
    ("rotate_left", "rotate_right", "crop", None, "reset_photo"),
)


def add_panel_buttons(window: MainWindow) -> None:
    """Put the photo actions under the photo panel's list, as buttons reachable with Tab."""
    panel = window.editor.figure_panel
    row = QHBoxLayout()
    for name in ("rotate_left", "rotate_right", "crop", "reset_photo"):
        action = window.actions_by_name[name]
        button = QToolButton(panel)
        button.setObjectName(f"{name}_button")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The turn buttons show an arrow only: a screen reader says what they do.
        button.setAccessibleName(action.text().replace("&", ""))
        wide = name in ("crop", "reset_photo")
        policy = QSizePolicy.Policy.Expanding if wide else QSizePolicy.Policy.Minimum
        button.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
        row.addWidget(button, 2 if wide else 1)
        setattr(panel, f"{name}_button", button)
    # Made after the window, they would come last for Tab: put them right after the
    # panel's other buttons, in the order they are shown.
    previous: QWidget = panel.remove_button
    for name in ("rotate_left", "rotate_right", "crop", "reset_photo"):
        button = getattr(panel, f"{name}_button")
        QWidget.setTabOrder(previous, button)
        previous = button
    layout = panel.layout()
    # One row under the other photo buttons: on a 1024×600 screen the list keeps its room.
    if isinstance(layout, QBoxLayout):
        layout.addLayout(row)
