"""Helpers for GUI tests."""

from PySide6.QtCore import Qt


def type_text(widget, text):
    """Type *text* as key presses carrying each character (QTest's keyClicks is ASCII-only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
