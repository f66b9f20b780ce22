"""Export many articles at once, in a worker thread with its own store connection."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from deskeditor.errors import DeskEditorError


@dataclass(frozen=True)
class BatchRequest:
    """What to export, where, and in which forms."""

    db_path: Path
    article_ids: list[int]
    folder: Path
    html: bool = True
    docx: bool = True
    template_dir: Path | None = None


def export_one(  # type: ignore[no-untyped-def]
    store, article_id: int, folder: Path, html: bool, docx: bool, template_dir: Path | None = None
) -> list[Path]:
    """Export one article into *folder* under names made from its title; return what was written."""
    from deskeditor.export import ExportOptions, context_for
    from deskeditor.export.html import default_folder_name, write_html_folder
    from deskeditor.safeio import unique_name

    context = context_for(store, article_id)
    taken = {p.name.lower() for p in folder.iterdir()}
    stem = default_folder_name(context.article)
    written = []
    if html:
        name = unique_name(stem, taken)
        written.append(
            write_html_folder(context, folder / name, ExportOptions(template_dir=template_dir))
        )
    if docx:
        from deskeditor.export.docx import write_docx

        name = unique_name(f"{stem}.docx", taken)
        written.append(write_docx(context, folder / name, ExportOptions()))
    return written


class BatchExportWorker(QObject):
    """Runs in a QThread; reports progress and per-article failures."""

    progress = Signal(int, int, str)  # done, total, title of the article just done
    failed = Signal(str)  # "title: reason"
    finished = Signal(int)  # how many articles were exported

    def __init__(self, request: BatchRequest) -> None:
        super().__init__()
        self.request = request
        self.cancelled = threading.Event()

    def run(self) -> None:
        """Export every requested article unless cancelled."""
        from deskeditor.store import Store

        done = 0
        request = self.request
        try:
            # Read-only: the window holds the store's write lock.
            store = Store(request.db_path, read_only=True)
        except DeskEditorError as exc:
            self.failed.emit(str(exc))
            self.finished.emit(0)
            return
        try:
            for index, article_id in enumerate(request.article_ids):
                if self.cancelled.is_set():
                    break
                title = str(article_id)
                try:
                    title = store.get_article(article_id).title
                    export_one(
                        store,
                        article_id,
                        request.folder,
                        request.html,
                        request.docx,
                        request.template_dir,
                    )
                    done += 1
                except DeskEditorError as exc:
                    self.failed.emit(f"{title}: {exc}")
                self.progress.emit(index + 1, len(request.article_ids), title)
        finally:
            store.close()
            self.finished.emit(done)


class BatchEvents(QObject):
    """The worker's signals again, from an object living in the GUI thread.

    PySide6 runs a plain function or lambda connected to a signal in the thread
    that emits it; forwarding through this object makes such callbacks run in
    the GUI thread, where widgets may be touched.
    """

    progress = Signal(int, int, str)
    failed = Signal(str)
    finished = Signal(int)


def start_batch(
    request: BatchRequest, parent: QObject
) -> tuple[QThread, BatchExportWorker, BatchEvents]:
    """Start the export in a new thread; connect callbacks to the returned events."""
    events = BatchEvents(parent)
    thread = QThread(parent)
    worker = BatchExportWorker(request)
    worker.moveToThread(thread)
    worker.progress.connect(events.progress)
    worker.failed.connect(events.failed)
    worker.finished.connect(events.finished)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    # Python owns the worker (it has no parent): the caller keeps a reference
    # until the thread has finished, then lets it go; nothing deletes it earlier.
    thread.finished.connect(thread.deleteLater)
    return thread, worker, events
