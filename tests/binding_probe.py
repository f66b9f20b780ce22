"""Exercise the Qt binding the way the editor does; print reference-count drift as JSON.

Run as a separate process by tests/test_binding.py: a broken binding aborts the
interpreter ("Fatal Python error: none_dealloc"), which must fail one test, not
end the whole test run.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, QTimer, Signal  # noqa: E402
from PySide6.QtGui import QTextCursor, QTextListFormat  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 3000


class Emitter(QObject):
    """A Python-side signal, as the editor's own `changed` signal is."""

    changed = Signal()
    flagged = Signal(bool)


def counts() -> dict[str, int]:
    return {
        name: sys.getrefcount(value)
        for name, value in (("None", None), ("True", True), ("False", False))
    }


def main() -> int:
    app = QApplication([])
    edit = QTextEdit()
    emitter = Emitter()
    # Slots that return None, and one that takes and returns a bool.
    edit.textChanged.connect(lambda: None)
    edit.cursorPositionChanged.connect(lambda: None)
    emitter.changed.connect(lambda: None)
    emitter.flagged.connect(lambda flag: not flag)
    timer = QTimer(singleShot=True, interval=10_000)
    timer.timeout.connect(lambda: None)
    cursor = edit.textCursor()
    cursor.insertList(QTextListFormat.Style.ListDisc)
    cursor.insertBlock()

    def one_round(i: int) -> None:
        edit.insertPlainText("ệ")
        emitter.changed.emit()
        emitter.flagged.emit(i % 2 == 0)
        timer.start()
        cursor = edit.textCursor()
        block = cursor.block()
        # The calls the editor makes on every key press or selection change:
        # each may return None (no list, no user data, no frame or table).
        block.textList()
        block.userData()
        cursor.currentList()
        cursor.currentTable()
        cursor.charFormat().isAnchor()
        cursor.blockFormat().alignment()
        block.next().isValid()
        block.previous().textList()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor)
        cursor.hasSelection()
        edit.document().isUndoAvailable()

    # The first calls fill the binding's own caches; measure after them.
    for i in range(200):
        one_round(i)
    app.processEvents()
    before = counts()
    for i in range(ROUNDS):
        one_round(i)
    app.processEvents()
    after = counts()
    print(json.dumps({name: after[name] - before[name] for name in before}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
