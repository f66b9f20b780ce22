"""Tệp → Mở bản thảo Word… and a .docx dropped onto the window: a Word draft becomes an article.

The file is read and its pictures processed off the GUI thread
(:class:`BackgroundOp`); the article and its photos are then stored in one
transaction, the new article opens, and what was left out is listed. The
module loads on first use; :mod:`word_drop` watches for dropped drafts.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from deskeditor.errors import DeskEditorError

from .background import BackgroundOp, OpControl
from .error_text import sentence

if TYPE_CHECKING:
    from .main_window import MainWindow


def open_word_draft(window: MainWindow) -> None:
    """Ask for a Word draft and import it."""
    if not window.maybe_save():
        return
    settings = QSettings()
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Open Word draft"),
        str(settings.value("editor/word_dir", "")),
        QCoreApplication.translate("MainWindow", "Word documents (*.docx *.docm *.dotx)"),
    )
    if name:
        settings.setValue("editor/word_dir", str(Path(name).parent))
        import_word_file(window, Path(name))


def import_word_file(window: MainWindow, path: Path) -> BackgroundOp | None:
    """Read *path* in the background, store it as a new draft, open it, show the report."""
    from deskeditor.wordimport import read_docx, store_draft

    if window.store.read_only:
        return None
    progress = QProgressDialog(
        QCoreApplication.translate("MainWindow", "Reading the Word draft…"),
        QCoreApplication.translate("MainWindow", "Cancel"),
        0,
        0,
        window,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def read(control: OpControl):  # type: ignore[no-untyped-def]
        def step(done: int, total: int) -> None:
            control.raise_if_cancelled()
            control.report((done, total))

        return read_docx(path, progress=step)

    def stepped(value: tuple[int, int]) -> None:
        progress.setMaximum(value[1])
        progress.setValue(value[0])

    def read_done(draft) -> None:  # type: ignore[no-untyped-def]
        progress.reset()
        try:
            article_id = store_draft(window.store, draft)
        except DeskEditorError as exc:
            QMessageBox.warning(
                window, QCoreApplication.translate("MainWindow", "Import failed"), sentence(exc)
            )
            return
        window.open_article(article_id)
        if draft.report:
            lines = "\n".join(f"• {sentence(item.message)}" for item in draft.report)
            QMessageBox.information(
                window,
                QCoreApplication.translate("MainWindow", "Word draft imported"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The draft was imported. What could not be brought in, or was changed:",
                )
                + "\n\n"
                + lines,
            )

    op = BackgroundOp(
        window,
        read,
        on_success=read_done,
        on_progress=stepped,
        on_finished=progress.reset,
        error_title=QCoreApplication.translate("MainWindow", "Import failed"),
    )
    progress.canceled.connect(op.cancel)
    return op.start()


def import_dropped(window: MainWindow, files: list[Path]) -> None:
    """Import dropped Word drafts as articles, one after the other's reading starts."""
    if files and window.maybe_save():
        for path in files:
            import_word_file(window, path)
