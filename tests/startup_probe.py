"""Start the window as ``deskeditor`` does, look at its first painted frame, then use its keys.

Run as a separate process by tests/test_gui_startup.py: what a start loads can
only be seen in a fresh interpreter. Arguments: the store's path and a folder
for the settings. Prints one JSON object on its last line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# As run_gui: the program's own imports first (deskeditor.app orders them).
from deskeditor.app import create_application, open_store  # noqa: E402

STORE, SETTINGS = Path(sys.argv[1]), sys.argv[2]


def _spell_marks(edit) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCharFormat

    squiggle = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    marks = []
    block = edit.document().begin()
    while block.isValid():
        text = block.text()
        marks += [
            text[r.start : r.start + r.length]
            for r in block.layout().formats()
            if r.format.underlineStyle() == squiggle
        ]
        block = block.next()
    return marks


def _lexicon_built() -> bool:
    lexicon = sys.modules.get("deskeditor.text.spelling.lexicon")
    return lexicon is not None and lexicon.default_lexicon.cache_info().currsize > 0


def main() -> None:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS)
    app = create_application()
    from deskeditor.gui.main_window import MainWindow

    store = open_store(STORE)
    assert store is not None
    window = MainWindow(store)
    frame: dict[str, object] = {}
    loop = QEventLoop()

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint and not frame:
                frame.update(
                    modules=sorted(sys.modules),
                    lexicon_built=_lexicon_built(),
                    rows=window.article_model.rowCount(),
                    article_id=window.editor.article_id,
                    title=window.editor.title_edit.text(),
                )
                QTimer.singleShot(0, loop.quit)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    QTimer.singleShot(30_000, loop.quit)
    window.show()
    loop.exec()
    window.removeEventFilter(watcher)

    # Just after the first frame: the spell check starts by itself.
    for _ in range(200):
        if window.spell_start.done:
            break
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    after = {
        "spell_marks": _spell_marks(window.editor.body_edit),
        "lexicon_built": _lexicon_built(),
    }

    # The keys of features that load on first use work from the start.
    window.activateWindow()
    window.editor.body_edit.setFocus()
    keys: dict[str, object] = {"find_bar_before": window.find_bar_if_made() is not None}
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar_if_made()
    keys["ctrl_f"] = bar is not None and bar.isVisible() and bar.find_edit.hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    keys["escape"] = bar is not None and not bar.isVisible()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7)
    keys["f7_off"] = not window.actions_by_name["spell_check"].isChecked()
    keys["f7_marks"] = _spell_marks(window.editor.body_edit)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F7)  # on again, as it was
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    from deskeditor.gui.help_window import HelpWindow

    guide = window.findChild(HelpWindow)
    keys["f1"] = guide is not None and guide.isVisible()

    window.close()
    store.close()
    print(json.dumps({"frame": frame, "after": after, "keys": keys}))
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: Qt's offscreen platform may crash in it


if __name__ == "__main__":
    main()
