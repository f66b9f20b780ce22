"""Word drafts dropped onto the window, the body editor included, go to the Word import.

Kept apart from :mod:`word_import` so that the window watches for drops from
the start while the import itself loads with the first draft.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDropEvent

if TYPE_CHECKING:
    from .main_window import MainWindow


def is_word_drop(path: Path) -> bool:
    """Tell whether a dropped file goes to the Word import: a Word name, or a zip/OLE content."""
    from deskeditor.wordimport.container import WORD_SUFFIXES, is_word_file

    suffix = path.suffix.lower()
    return suffix in WORD_SUFFIXES or (suffix != ".json" and is_word_file(path))


class WordDropTarget(QObject):
    """Takes Word drafts dropped anywhere on the window, the body editor included.

    A drop holding only Word files is taken before the body editor sees it
    (it would offer them to the photo import); any other drop goes on as before.
    The body asks :meth:`take` from its own drag and drop handlers: reaching its
    viewport to filter it would make PySide build about forty widget classes
    before the first paint.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.editor.body_edit.drop_taker = self.take

    def _word_files(self, event: QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        files = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
        if not files or not all(is_word_drop(path) for path in files):
            return []
        return files

    def take(self, event: QDropEvent) -> bool:
        """Take *event* if it drags or drops only Word drafts; tell whether it was taken."""
        files = self._word_files(event)
        if not files or self.window_.store.read_only:
            return False
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            from .word_import import import_dropped

            import_dropped(self.window_, files)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # QDragEnterEvent and QDragMoveEvent are QDropEvents too.
        return watched is self.window_ and isinstance(event, QDropEvent) and self.take(event)
