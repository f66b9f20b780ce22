"""Photo import off the GUI thread: Pillow work in a thread pool, results back in order."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from deskeditor.errors import DeskEditorError
from deskeditor.photos import ProcessedPhoto, ingest_bytes, ingest_file


class _Relay(QObject):
    """Carries results from worker threads to the GUI thread (queued signals)."""

    done = Signal(int, object)  # index, ProcessedPhoto
    failed = Signal(int, str)  # index, message


class _Task(QRunnable):
    def __init__(
        self,
        index: int,
        source: Path | tuple[bytes, str],
        relay: _Relay,
        cancelled: threading.Event,
    ) -> None:
        super().__init__()
        self.index = index
        self.source = source
        self.relay = relay
        self.cancelled = cancelled

    def run(self) -> None:
        if self.cancelled.is_set():
            self.relay.failed.emit(self.index, "")
            return
        try:
            if isinstance(self.source, Path):
                photo = ingest_file(self.source)
            else:
                photo = ingest_bytes(*self.source)
        except DeskEditorError as exc:
            self.relay.failed.emit(self.index, str(exc))
        except Exception as exc:  # never let a worker die silently
            self.relay.failed.emit(self.index, f"{self._name()}: {exc}")
        else:
            self.relay.done.emit(self.index, photo)

    def _name(self) -> str:
        return self.source.name if isinstance(self.source, Path) else self.source[1]


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
        self.cancelled = threading.Event()
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._results: dict[int, ProcessedPhoto | None] = {}
        self._next = 0
        self._count = 0
        self.pool = QThreadPool(self)
        # Two photos at a time keeps both cores busy without doubling peak memory further.
        self.pool.setMaxThreadCount(2)

    def start(self) -> None:
        """Queue every source; results arrive through the signals."""
        if not self.sources:
            self.finished.emit()
            return
        for index, source in enumerate(self.sources):
            self.pool.start(_Task(index, source, self._relay, self.cancelled))

    def cancel(self) -> None:
        """Skip the photos not started yet; those under way still finish."""
        self.cancelled.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the workers are idle (for tests and shutdown)."""
        return self.pool.waitForDone(msecs)

    def _on_done(self, index: int, photo: ProcessedPhoto) -> None:
        self._results[index] = photo
        self._advance()

    def _on_failed(self, index: int, message: str) -> None:
        self._results[index] = None
        if message:
            self.failed.emit(message)
        self._advance()

    def _advance(self) -> None:
        self._count += 1
        self.progress.emit(self._count, len(self.sources))
        while self._next in self._results:
            photo = self._results.pop(self._next)
            self._next += 1
            if photo is not None and not self.cancelled.is_set():
                self.ready.emit(photo)
        if self._next == len(self.sources):
            self.finished.emit()
