"""The main window's size, place and pane sizes, kept between sessions in QSettings."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter


def fit_default_size(window: QMainWindow) -> None:
    """Size a first-time window to the screen: at most 1400×900, never past its edges."""
    screen = window.screen().availableGeometry()
    window.resize(min(1400, int(screen.width() * 0.95)), min(900, int(screen.height() * 0.92)))


def restore_layout(window: QMainWindow, splitters: Mapping[str, QSplitter]) -> None:
    """Put back the geometry and the splitters (by settings key) that ``save_layout`` kept."""
    settings = QSettings()
    for key, splitter in splitters.items():
        state = settings.value(key)
        if state is not None:
            splitter.restoreState(state)
    geometry = settings.value("main/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    # Kept apart as well: on Windows a restored maximised geometry can come back as a
    # plain window the size of the screen instead of a maximised one.
    if str(settings.value("main/maximized", "false")).lower() == "true":
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def save_layout(window: QMainWindow, splitters: Mapping[str, QSplitter]) -> None:
    """Keep the window's geometry, maximised state and splitters for the next start."""
    settings = QSettings()
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/maximized", window.isMaximized())
    for key, splitter in splitters.items():
        settings.setValue(key, splitter.saveState())
