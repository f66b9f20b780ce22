"""Photo import off the GUI thread: one BackgroundOp per photo, two at a time, results in order."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from deskeditor.errors import DeskEditorError
from deskeditor.photos import ProcessedPhoto, ingest_bytes, ingest_file

from .background import BackgroundOp, OpControl
from .error_text import sentence


def _ingest(source: Path | tuple[bytes, str], _control: OpControl) -> ProcessedPhoto:
    if isinstance(source, Path):
        return ingest_file(source)
    return ingest_bytes(*source)


class PhotoImport(QObject):
    """Import several photos in the background; ``ready`` fires in the original order."""

    ready = Signal(object)  # ProcessedPhoto, in the order the files were given
    failed = Signal(str)  # "file: reason", one per refused file
    progress = Signal(int, int)  # done, total
    finished = Signal()

    def __init__(
        self, sources: list[Path | tuple[bytes, str]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.sources = sources
        self.cancelled = False
        self._ops: list[BackgroundOp] = []
        self._results: dict[int, ProcessedPhoto | None] = {}
        self._next = 0
        self._count = 0
        self.pool = QThreadPool(self)
        # Two photos at a time keeps both cores busy without doubling peak memory further.
        self.pool.setMaxThreadCount(2)

    def start(self) -> None:
        """Queue every source; results arrive through the signals, in the GUI thread."""
        if not self.sources:
            self.finished.emit()
            return
        for index, source in enumerate(self.sources):
            op = BackgroundOp(
                self,
                partial(_ingest, source),
                on_success=partial(self._on_done, index),
                on_error=partial(self._on_failed, index, source),
                on_finished=partial(self._advance, index),
                pool=self.pool,
            )
            self._ops.append(op)
            op.start()

    def cancel(self) -> None:
        """Skip the photos not started yet; those under way still finish."""
        self.cancelled = True
        for op in self._ops:
            op.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the workers are idle (for tests and shutdown)."""
        return self.pool.waitForDone(msecs)

    def _on_done(self, index: int, photo: ProcessedPhoto) -> None:
        self._results[index] = photo

    def _on_failed(self, index: int, source: Path | tuple[bytes, str], error: Exception) -> None:
        if isinstance(error, DeskEditorError):
            self.failed.emit(sentence(error))  # a signal carries plain text
        else:  # not a refusal the domain foresaw: still say which file, never lose it silently
            name = source.name if isinstance(source, Path) else source[1]
            self.failed.emit(f"{name}: {error}")

    def _advance(self, index: int) -> None:
        self._results.setdefault(index, None)  # refused, or skipped after a cancel
        self._count += 1
        self.progress.emit(self._count, len(self.sources))
        while self._next in self._results:
            photo = self._results.pop(self._next)
            self._next += 1
            if photo is not None and not self.cancelled:
                self.ready.emit(photo)
        if self._next == len(self.sources):
            self._ops.clear()
            self.finished.emit()
